"""When/where of events in short wire stories (session 23, real when/where study sets): which
place or day governs an event its own sentence does not place or date. Stories written for
these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_a_lead_without_a_town_places_later_deeds_in_its_region(nlp):
    # no dateline and no town in the lead: its state says where the story's later deeds were
    events = _events("Gunmen killed nine soldiers on Monday in an ambush in the state of Zamfara in "
                     "northwestern Nigeria, officials said.\n\n"
                     "The attackers torched two army trucks before fleeing on motorcycles.")
    event = events["torched"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["country"] == "NGA"
