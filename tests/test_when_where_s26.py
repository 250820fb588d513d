"""Places of events dyad finds (session 26, real when/where study sets). Stories written for
these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_a_town_named_in_the_outskirts_or_suburb_phrase_places_the_deed(nlp):
    # "the outskirts of the town of X": the place noun's own "of" phrase, one step further up
    event = _events("Militants killed four soldiers on the outskirts of the northern town of Gao on "
                    "Saturday.")["killed"]
    assert event["location"]["name"] == "Gao" and event["location"]["country"] == "MLI"
    event = _events("A car bomb exploded in a suburb of the city of Mosul on Saturday, killing six "
                    "people.")["killing"]
    assert event["location"]["name"] == "Mosul" and event["location"]["country"] == "IRQ"
