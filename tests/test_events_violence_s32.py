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


# An attack named by a noun with its doer, told as the subject of a verb of force: one happening,
# marked on the verb ("Israeli strikes hit the suburbs").

@pytest.mark.parametrize("text, verb, country", [
    ("Israeli strikes hit the southern suburbs of Beirut on Wednesday.", "hit", "ISR"),
    ("An air strike by the Saudi-led coalition hit a wedding party in Hajjah on Monday.", "hit", "SAU"),
    ("Turkish air strikes struck Kurdish positions in northern Iraq on Sunday.", "struck", "TUR"),
])
def test_strikes_that_hit_are_one_event_marked_on_the_verb(nlp, text, verb, country):
    events = _events(text)
    assert list(events) == [verb]
    event = events[verb]
    assert event["type"] == "ASSAULT"
    assert event["actor"][0]["country"] == country


def test_a_blast_that_tore_through_stays_marked_on_the_blast(nlp):
    events = _events("A blast tore through a market in Peshawar on Friday.")
    assert "blast" in events and "tore" not in events


def test_clashes_between_militias_give_no_doer_to_the_killing(nlp):
    events = _events("Clashes between rival militias killed 32 people in Tripoli on Sunday.")
    assert events["Clashes"]["type"] == "ASSAULT"
    assert events["killed"]["actor"] == []


def test_strikes_that_killed_stay_marked_on_the_strikes(nlp):
    events = _events("Israeli air strikes killed 40 people across southern Lebanon on Monday.")
    assert events["strikes"]["type"] == "ASSAULT"
    assert events["strikes"]["actor"][0]["country"] == "ISR"


# Breaking into an army depot or an armoury storms it, as breaking into a barracks does.

@pytest.mark.parametrize("text, trigger", [
    ("Armed villagers broke into an army depot near Gjirokaster on Sunday and carried off rifles.", "broke"),
    ("Gunmen burst into a police armoury in Kisumu on Tuesday.", "burst"),
])
def test_breaking_into_a_depot_or_armoury_is_an_assault(nlp, text, trigger):
    assert _events(text)[trigger]["type"] == "ASSAULT"
