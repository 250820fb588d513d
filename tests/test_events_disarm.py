"""Weapons handed over are disarmament (PLOVER RETREAT, CAMEO 0873), by verb or by noun; letting aid flights in is access (086)."""

import pytest

import dyad


def party(mention: dict) -> str:
    code = mention["code"]
    return mention["country"] or (code[:3] if code and code[:3] in ("IGO", "NGO") else code)


@pytest.mark.parametrize("text, recipients", [
    # not a release of persons or property (0841): weapons handed over are given up
    ("Hundreds of Maoist fighters in Nepal handed over their weapons to United Nations monitors on Monday.", {"IGO"}),
    ("About 200 Tuareg rebels turned over their rifles to Malian soldiers in Kidal on Friday.", {"MLI"}),
    # the noun, after "completed" as after "carried out"
    ("The Revolutionary Armed Forces of Colombia completed the handover of its weapons to United Nations monitors on Tuesday.", {"IGO"}),
    ("The Irish Republican Army completed the decommissioning of its arsenal, the commission said.", set()),
])
def test_weapons_handed_over_are_disarmament(nlp, text, recipients):
    events = [e for e in dyad.code(text, published="2025-03-10")["events"] if e["status"] == "asserted"]
    assert [(e["type"], e["cameo"]) for e in events] == [("RETREAT", "0873")], text
    assert {party(m) for m in events[0]["recipient"]} == recipients


@pytest.mark.parametrize("text, type_, cameo", [
    ("Police in Kenya handed over the suspect to Interpol on Friday.", "COOPERATE", "063"),
    ("Israel handed over the bodies of two soldiers to Hezbollah on Tuesday.", "RETREAT", "0841"),
    ("Israel completed the withdrawal of its troops from the Gaza Strip on Monday.", "RETREAT", "0872"),
])
def test_other_handovers_keep_their_codes(nlp, text, type_, cameo):
    events = [e for e in dyad.code(text, published="2025-03-10")["events"] if e["status"] == "asserted"]
    assert [(e["type"], e["cameo"]) for e in events] == [(type_, cameo)], text


@pytest.mark.parametrize("text", [
    # letting aid flights or helicopters in is allowing humanitarian access (086), as "allowed" was
    "Sudan let United Nations aid flights land in El Fasher on Monday.",
    "Ethiopia allowed World Food Programme helicopters to land in Tigray on Friday.",
])
def test_letting_aid_flights_in_is_access(nlp, text):
    events = [e for e in dyad.code(text, published="2025-03-10")["events"] if e["status"] == "asserted"]
    assert [(e["type"], e["mode"]) for e in events] == [("RETREAT", "access")], text
    assert events[0]["recipient"], text
