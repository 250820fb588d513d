"""Places of events on a town's street (session 34, issue #7): "on a Lagos street", "on the Beirut
seafront" say where the street is, so the town is the scene "the capital" and "the city" refer back to,
and a seafront is a street. Stories written for these tests."""

from helpers import events_by_trigger


def test_a_town_named_on_its_street_is_the_city_referred_to_after(nlp):
    text = ("Kenyan opposition lawmaker Ahmed Yusuf was shot dead on a busy Nairobi street late on Friday as he "
            "drove home from parliament.\n\nPolice sealed off the centre of the capital and set up roadblocks on "
            "roads out of the city.")
    events = events_by_trigger(text, "2023-04-01")
    assert events["shot"]["location"]["name"] == "Nairobi"
    assert events["sealed"]["location"]["name"] == "Nairobi"
    assert events["roadblocks"]["location"]["name"] == "Nairobi"


def test_a_seafront_is_a_street_of_its_town(nlp):
    text = ("A car bomb tore through the convoy of a former minister on the Algiers seafront on Monday, "
            "killing nine people.")
    events = events_by_trigger(text, "2023-04-04")
    assert events["tore"]["location"]["name"] == "Algiers"
    assert events["tore"]["location"]["country"] == "DZA"
