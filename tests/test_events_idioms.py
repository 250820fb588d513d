"""Idioms whose verb is an event verb elsewhere: "took place" happened, it took no town."""

from helpers import types_by_trigger


def test_took_place_in_a_city_is_no_capture():
    found = types_by_trigger("The meeting between the two ministers took place in the German city of Bonn on Thursday.",
                             "2017-02-17")
    assert "took" not in found


def test_took_a_town_is_still_a_capture():
    found = types_by_trigger("Rebels took the town of Kidal on Monday.", "2017-02-17")
    assert found["took"][0] == "ASSAULT"
