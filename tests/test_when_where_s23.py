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


def test_a_base_some_way_from_a_named_capital_is_placed_by_it(nlp):
    # the parser hangs "the capital, Kabul" on the compass word that says how far from it
    event = _events("Insurgents attacked an army base southwest of the capital, Kabul, killing at least "
                    "six soldiers on Tuesday.")["attacked"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["country"] == "AFG"


def test_an_attack_said_to_have_happened_in_part_of_a_country(nlp):
    # the next sentence names the deed again and places it in a region of a country
    events = _events("Eight soldiers have been killed in an ambush by rebels, the army says.\n\n"
                     "The ambush happened in the north-west of Peru near the Ecuadorean border.")
    assert events["ambush"]["location"]["country"] == "PER"
