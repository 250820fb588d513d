"""Seizing a person is taking them by force (by armed men: ASSAULT abduct) or arresting them (by a
state's forces: COERCE arrest), also when the person is a peacekeeper or a monitor, or is told as
"him" or "her". A thing told as "it", or a passport that is hers, is not a person seized."""

import dyad


def coded(text):
    record = dyad.code(text, published="2024-05-20")
    return [(e["trigger"]["text"], e["type"], e["mode"]) for e in record["events"] if e["status"] == "asserted"]


def test_peacekeepers_seized_by_rebels_are_abducted():
    assert coded("Rebels seized two peacekeepers near the border on Sunday.") == [("seized", "ASSAULT", "abduct")]


def test_a_man_told_as_him_is_seized():
    assert coded("Gunmen seized him outside his home in the capital on Friday.") == [("seized", "ASSAULT", "abduct")]


def test_a_woman_seized_by_a_states_forces_is_arrested():
    assert coded("Special forces seized her in a raid on the compound on Saturday.") == [("seized", "COERCE", "arrest")]


def test_her_passport_is_a_thing_seized():
    assert coded("Police seized her passport at the airport on Monday.") == [("seized", "COERCE", "seize")]

