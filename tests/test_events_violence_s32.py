"""Acts of force news readers mark that dyad coded under another word or missed (session 32):
setting something on fire is marked on the fire or the blaze ("set fire to", "set X ablaze",
"set X on fire"), also where the small parser hangs "ablaze" as an adverb or a clause of its own.
Sentences written for these tests."""

import pytest

from helpers import events_by_trigger

PUBLISHED = "2025-07-03"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


@pytest.mark.parametrize("text, trigger", [
    ("Rioters set fire to a bank in Accra on Tuesday.", "fire"),
    ("Students set a bus on fire near the campus in Kumasi on Friday.", "fire"),
    ("Farmers set parliament ablaze on Tuesday.", "ablaze"),
    ("Demonstrators set the national assembly ablaze in Lome on Monday and the interior minister resigned.", "ablaze"),
    ("Protesters set the police station and two cars ablaze on Monday.", "ablaze"),
    ("A street trader set himself alight outside the town hall in Gafsa on Monday.", "alight"),
])
def test_setting_fire_is_marked_on_the_fire(nlp, text, trigger):
    events = _events(text)
    assert "set" not in events
    event = events[trigger]
    assert (event["type"], event["mode"], event["cameo"]) == ("PROTEST", "riot", "145")


def test_a_blaze_set_in_a_clause_after_the_news_keeps_its_day(nlp):
    events = _events("Police fired tear gas at students on Monday, hours after demonstrators set the "
                     "ruling party's offices ablaze.")
    assert events["fired"]["type"] == "ASSAULT"
    blaze = events["ablaze"]
    assert blaze["type"] == "PROTEST"
    assert blaze["date"]["value"] == "2025-06-30"


def test_the_fire_keeps_the_doer_and_the_place(nlp):
    event = _events("Rioters set fire to a bank in Accra on Tuesday.")["fire"]
    assert event["actor"][0]["country"] == "GHA"
    assert event["recipient"][0]["text"] == "a bank"
    assert event["date"]["value"] == "2025-07-01"
    assert event["location"]["name"] == "Accra"


def test_setting_out_or_setting_up_is_no_fire(nlp):
    events = _events("The minister set out a plan for new schools in Accra on Tuesday.")
    assert not any(e["type"] in ("ASSAULT", "PROTEST") for e in events.values())



# Roadblocks set up or put up across a town: armed men closing the roads (PLOVER COERCE restrict,
# "cordoning off areas"), a blockade when civilians put them up; marked on the roadblocks.

def test_roadblocks_set_up_by_troops_restrict_movement(nlp):
    event = _events("Soldiers set up roadblocks across the Malian capital on Thursday and searched cars.")["roadblocks"]
    assert (event["type"], event["mode"]) == ("COERCE", "restrict")
    assert event["actor"][0]["text"] == "Soldiers"
    assert event["date"]["value"] == "2025-07-03"
    assert event["location"]["country"] == "MLI"


def test_roadblocks_put_up_by_militiamen(nlp):
    events = _events("By dawn militiamen had put up roadblocks across the town of Goma.")
    assert events["roadblocks"]["type"] == "COERCE"
    assert "put" not in events


def test_roadblocks_put_up_by_farmers_are_a_blockade(nlp):
    event = _events("Farmers put up roadblocks on the main highway to Santa Cruz on Monday.")["roadblocks"]
    assert (event["type"], event["mode"]) == ("PROTEST", "obstruct")


def test_a_tent_set_up_is_no_event(nlp):
    assert _events("Volunteers set up tents for the homeless near the station in Lyon on Monday.") == {}
