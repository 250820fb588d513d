"""Places, session 41: a summons of an envoy, a decree made by a country named as a state, and a
town followed by a country that says whose a titled person is, not where the town lies."""

import pytest

import dyad


def _places_by_trigger(text: str, published: str = "2024-05-06") -> dict[str, dict | None]:
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


@pytest.mark.parametrize("text", [
    "Austria summoned the Iranian ambassador on Tuesday over the arrests.",
    "Chile's foreign ministry summoned Peru's envoy on Friday to protest.",
    "OSLO, March 4 (Reuters) - Brazil summoned the Norwegian ambassador on Monday.",
])
def test_a_summons_with_no_place_of_its_own_is_unplaced(text):
    # called in at a foreign ministry wherever the doers' capital is: the gold leaves it unplaced
    assert _places_by_trigger(text)["summoned"] is None


def test_a_summons_under_a_dateline_of_the_doers_country_is_at_the_dateline():
    place = _places_by_trigger("LISBON, March 4 (Reuters) - Portugal summoned the Angolan ambassador on Monday.")["summoned"]
    assert (place["name"], place["country"]) == ("Lisbon", "PRT")


def test_a_summons_by_a_capital_named_for_its_government_is_at_that_capital():
    place = _places_by_trigger("PARIS, May 3 (AFP) - Poland expelled a German diplomat on Monday. Berlin summoned "
                               "the Polish ambassador in return.")["summoned"]
    assert (place["name"], place["country"]) == ("Berlin", "DEU")


def test_an_expulsion_is_still_done_at_home():
    place = _places_by_trigger("Vienna expelled two Iranian diplomats on Tuesday.")["expelled"]
    assert place is not None and place["country"] == "AUT" and place["lat"] is None


@pytest.mark.parametrize("text, trigger, country", [
    ("Georgia declared martial law on Friday after Russian tanks crossed into South Ossetia.", "declared", "GEO"),
    ("Bolivia, which says its police lost control of the mines, declared a state of siege on Monday.", "declared", "BOL"),
    ("HAVANA, July 3 (Reuters) - Venezuela declared a state of emergency on Wednesday.", "declared", "VEN"),
])
def test_a_decree_a_country_makes_is_placed_at_that_country(text, trigger, country):
    place = _places_by_trigger(text)[trigger]
    assert place is not None and place["country"] == country


def test_a_country_decreeing_for_a_place_it_names_is_placed_there():
    place = _places_by_trigger("Russia imposed martial law in Crimea on Friday.")["imposed"]
    assert place is not None and place["name"] == "Crimea"


@pytest.mark.parametrize("text, trigger, town, country", [
    ("In Nairobi, U.S. Secretary of State Antony Blinken met Kenya's president on Monday.", "met", "Nairobi", "KEN"),
    ("In Ankara, UK Defence Secretary Ben Wallace met Turkish officials on Friday.", "met", "Ankara", "TUR"),
])
def test_a_country_heading_a_title_after_a_town_says_whose_the_person_is(text, trigger, town, country):
    place = _places_by_trigger(text)[trigger]
    assert (place["name"], place["country"]) == (town, country)
