"""A wire story's run of days with a bare weekday ("clashed for a second day Tuesday") and a place
named by the land it spans ("in the forests of Chhattisgarh", "in the Kodori Gorge of Abkhazia")
(session 36, issue #7). Stories written for these tests."""

from helpers import events_by_trigger


def test_the_land_a_place_spans_is_in_that_place():
    text = "Maoist rebels ambushed a convoy of police in the forests of Chhattisgarh state on Tuesday."
    events = events_by_trigger(text, "2020-06-17")
    assert events["ambushed"]["location"]["country"] == "IND"
    text = "Separatist fighters ambushed a police patrol in the Kodori Gorge of Abkhazia on Monday."
    events = events_by_trigger(text, "2020-06-17")
    assert events["ambushed"]["location"]["country"] == "GEO"
    text = "Soldiers raided a guerrilla camp in the jungle of Sucumbios province on Saturday."
    events = events_by_trigger(text, "2020-06-17")
    assert events["raided"]["location"]["country"] == "ECU"
