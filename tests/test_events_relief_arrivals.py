"""A plane, ship or convoy carrying relief that lands, arrives, docks, reaches or enters a place
delivers aid there (AID, CAMEO 073): the arrival is the trigger, dated by its own clause, the sender
told by the vehicle's nationality. A vehicle landing with nothing said of relief is no event."""

import dyad


def events(text):
    record = dyad.code(text, published="2024-03-15")
    return [(e["trigger"]["text"], e["type"], e["cameo"], [m["code"] for m in e["actor"]],
             [m["country"] for m in e["recipient"]], e["date"]["value"] if e.get("date") else None)
            for e in record["events"]]


def test_a_plane_carrying_medicine_that_lands_delivers_aid():
    assert events("A Jordanian air force plane carrying medicine and blankets landed in Benghazi on Tuesday.") == [
        ("landed", "AID", "073", ["JORMIL"], ["LBY"], "2024-03-12")]


def test_a_ship_carrying_food_that_docks_delivers_aid():
    coded = events("A Turkish ship carrying 2,000 tonnes of flour and tents docked in the port of Tripoli on Wednesday.")
    assert [(t, ty, a, d) for t, ty, _, a, _, d in coded] == [("docked", "AID", ["TUR"], "2024-03-13")]


def test_a_convoy_of_trucks_carrying_food_that_reaches_a_town_delivers_aid():
    coded = events("A convoy of Red Crescent trucks carrying food and fuel reached the besieged town of Madaya on Monday.")
    assert [(t, ty, d) for t, ty, _, _, _, d in coded] == [("reached", "AID", "2024-03-11")]


def test_a_plane_that_lands_with_nothing_said_of_relief_is_no_event():
    assert events("A Qatari government plane landed in Kabul on Tuesday.") == []
    assert events("A bus carrying pilgrims arrived in Karbala on Tuesday.") == []
