"""Session 39: the type of the main event of a sentence (PLOVER manual, COERCE and REJECT sections)."""

import pytest

import dyad

from helpers import coded_events, events_by_trigger

PUBLISHED = "2025-03-12"


@pytest.mark.parametrize("text, recipient", [
    ("Hungary barred two Dutch lawmakers from entering the country on Friday.", "NLDLEG"),
    ("The Israeli government barred a Norwegian envoy from returning to Gaza last week.", "NOR"),
    ("Malaysia banned a Singaporean opposition politician from entering the state of Sabah.", "SGP"),
    ("The island's government has barred the Australian Broadcasting Corporation from covering the summit.", "AUS"),
])
def test_barring_someone_from_entering_is_refusing_them_entry(text, recipient):
    # PLOVER COERCE ambiguities: a country barring a person or group from entering its territory is REJECT
    barred = next(e for e in coded_events(text, PUBLISHED) if e["trigger"]["text"] in ("barred", "banned"))
    assert (barred["type"], barred["cameo"]) == ("REJECT", "1245")
    assert any(m["code"].startswith(recipient) for m in barred["recipient"])


def test_barring_from_another_deed_is_no_refusal_of_entry():
    # a ban on signing players is no refusal of entry: the verb alone names no event
    assert not [e for e in coded_events("The league barred the club from signing new players.", PUBLISHED)
                if e["type"] == "REJECT"]


@pytest.mark.parametrize("text, recipient", [
    ("The Kenyan government declared the separatist movement a terrorist organisation on Tuesday.", "KEN"),
    ("Tajikistan's government declared the opposition party an extremist organisation on Monday, a day after "
     "a bomb killed nine police officers at a checkpoint near the capital.", "TJK"),
    ("Russia designated the anti-corruption foundation of the jailed opposition leader as an extremist "
     "organisation.", "RUS"),
    ("Israel declared six Palestinian rights groups terrorist organisations.", "PSE"),
])
def test_declaring_a_group_terrorist_bans_it(text, recipient):
    # PLOVER COERCE restrict: "the banning of individuals or organizations from political life" (CAMEO 1722)
    declared = next(e for e in coded_events(text, PUBLISHED) if e["trigger"]["text"] in ("declared", "designated"))
    assert (declared["type"], declared["mode"], declared["cameo"]) == ("COERCE", "restrict", "1722")
    if recipient not in ("RUS", "TJK"):  # (the parser runs these on: the type is what is asked)
        assert any(m["country"] == recipient for m in declared["recipient"])


@pytest.mark.parametrize("text, cameo", [
    ("The president declared war on the armed groups in the north.", "190"),
    ("The government declared a state of emergency in the capital.", "1724"),
])
def test_other_declarations_keep_their_codes(text, cameo):
    assert [e["cameo"] for e in coded_events(text, PUBLISHED) if e["trigger"]["text"] == "declared"] == [cameo]


@pytest.mark.parametrize("text, type_, cameo", [
    ("The Russian president ordered his military to put the nuclear forces on high alert on Sunday.", "MOBILIZE", "152"),
    ("The Bolivian president ordered troops to occupy the natural gas fields on Monday.", "COERCE", "192"),
    ("The interior minister ordered police to arrest the opposition leader on Friday.", "COERCE", "173"),
])
def test_an_order_to_ones_forces_that_is_done_as_given_is_the_act(text, type_, cameo):
    ordered = events_by_trigger(text, PUBLISHED)["ordered"]
    assert (ordered["type"], ordered["cameo"]) == (type_, cameo)
    # the forces ordered carry the act out; it is not done to them
    assert not [m for m in ordered["recipient"] if m["sector"] in ("MIL", "COP")]


def test_an_order_to_fight_stays_a_demand():
    ordered = events_by_trigger("The president ordered the army to crush the rebels within a month.", PUBLISHED)["ordered"]
    assert (ordered["type"], ordered["cameo"]) == ("REQUEST", "100")


@pytest.mark.parametrize("text", [
    "The prime minister gave the rebel commanders 48 hours to lay down their arms on Monday and warned that the "
    "army would show no mercy.",
    "The junta gave the deposed president three days to hand over power and threatened to storm the palace.",
])
def test_a_time_limit_given_with_a_warning_is_an_ultimatum(text):
    # CAMEO 139 "give ultimatum", PLOVER THREATEN: the warning joined to the deadline is its penalty
    gave = events_by_trigger(text, PUBLISHED)["gave"]
    assert gave["type"] == "THREATEN" and gave["cameo"].startswith("13")


def test_a_time_limit_alone_stays_a_demand():
    gave = events_by_trigger("The president gave the rebels 48 hours to disarm.", PUBLISHED)["gave"]
    assert gave["type"] == "REQUEST"


def test_a_crowd_that_gathered_and_chanted_slogans_protested():
    # a verb joined to the gathering tells what the crowd did there, as a participle does ("gathered, chanting")
    events = events_by_trigger("Thousands of students gathered outside parliament and chanted slogans against "
                               "the new tax law.", PUBLISHED)
    assert events["gathered"]["type"] == "PROTEST"


def test_pressing_ahead_or_on_with_something_is_no_request():
    for text in ("China pressed ahead with missile tests off Taiwan on Monday.",
                 "The rebels pressed on with their advance toward the capital on Sunday."):
        assert not [e for e in dyad.code(text, published="2001-01-20")["events"] if e["type"] == "REQUEST"], text
    # a request pressed on someone still is one
    events = dyad.code("New Delhi pressed Islamabad to act against the militants.", published="2001-01-20")["events"]
    assert [(e["type"], [m["country"] for m in e["recipient"]]) for e in events] == [("REQUEST", ["PAK"])]
