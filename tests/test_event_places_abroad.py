"""Where events happen in stories of several places: names the tagger mislabels, deeds a
relative clause places, journeys to where they happen, acts said to be nationwide."""

import pytest

import dyad


def _places_by_trigger(text: str, published: str = "2024-05-06") -> dict[str, dict | None]:
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


def test_a_city_the_tagger_calls_a_language_is_still_the_place():
    # the small model tags "Tunis" here as a LANGUAGE
    place = _places_by_trigger("Police clubbed dozens of lawyers in Tunis on Monday.")["clubbed"]
    assert (place["name"], place["country"]) == ("Tunis", "TUN")


def test_a_language_is_no_place():
    assert _places_by_trigger("The minister said in Thai that police arrested forty people on Monday.")["arrested"] is None


@pytest.mark.parametrize("text, trigger, expected", [
    # a relative clause telling what the deed did says where it was, not the reporter's dateline
    ("NAIROBI, Kenya (AP) - Al-Shabab claimed Monday's bombing that killed 12 soldiers near Mandera.",
     "bombing", "Mandera"),
    # a journey's talks are where it ends
    ("NAIROBI, Kenya (AP) - Ethiopia's prime minister flew to Juba on Friday for talks with Salva Kiir.",
     "flew", "Juba"),
    ("NAIROBI, Kenya (AP) - Uganda's foreign minister travelled to Kinshasa on Monday to meet Congo's president.",
     "travelled", "Kinshasa"),
])
def test_a_deed_or_journey_is_where_its_words_put_it_not_at_the_dateline(text, trigger, expected):
    assert _places_by_trigger(text)[trigger]["name"] == expected


def test_a_deed_others_speak_of_in_a_relative_clause_is_not_placed_by_it():
    # where officials did the blaming says nothing of where the attack was
    place = _places_by_trigger("NAIROBI, Kenya (AP) - Police said the attack that officials blamed on rebels in "
                               "Mandera was planned abroad.")["attack"]
    assert place is None or place["name"] != "Mandera"
