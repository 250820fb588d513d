"""A wire story's run of days with a bare weekday ("clashed for a second day Tuesday") and a place
named by the land it spans ("in the forests of Chhattisgarh", "in the Kodori Gorge of Abkhazia")
(session 36, issue #7). Stories written for these tests."""

from helpers import events_by_trigger


def test_a_bare_weekday_after_a_run_of_days_dates_the_deed():
    text = ("MINDANAO, Philippines (AP) — Muslim rebels clashed with soldiers for a second day Tuesday in "
            "villages near the southern city of Cotabato.")
    events = events_by_trigger(text, "2013-09-11")
    assert events["clashed"]["date"]["value"] == "2013-09-10"
    assert events["clashed"]["date"]["text"] == "Tuesday"
    text = "Students marched through Dhaka for a fourth straight night Monday, defying a curfew."
    events = events_by_trigger(text, "2013-09-11")
    assert events["marched"]["date"]["value"] == "2013-09-09"


def test_a_run_of_days_with_on_keeps_its_day():
    text = "Students marched through Dhaka for a fourth day on Monday."
    events = events_by_trigger(text, "2013-09-11")
    assert events["marched"]["date"]["value"] == "2013-09-09"


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


def test_a_summit_named_as_a_proper_noun_is_no_town():
    # GeoNames holds towns called Summit (New Jersey, Illinois): news means the meeting
    text = ("PANAMA CITY (AP) — Police fired tear gas at protesters who tried to break through the fence "
            "around the Summit of the Americas on Friday.")
    events = events_by_trigger(text, "2015-04-11")
    assert events["fired"]["location"]["country"] == "PAN"
