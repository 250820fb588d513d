"""Suspending what citizens vote or are guaranteed: a court or a government suspending a vote, or a
president suspending constitutional guarantees or civil liberties, restricts political life
(COERCE), as suspending a constitution or an election already did."""

import pytest

import dyad


@pytest.mark.parametrize("text", [
    "The Constitutional Court suspended the vote on regional autonomy last month.",
    "President Mendoza suspended constitutional guarantees in three provinces on Tuesday afternoon.",
    "The military council suspended civil liberties across the country after the mutiny.",
])
def test_suspending_votes_and_rights_restricts_them(nlp, text):
    types = {e["trigger"]["text"]: e["type"] for e in dyad.code(text, published="2024-05-06")["events"]}
    assert types.get("suspended") == "COERCE"


def test_suspending_a_broadcast_licence_is_no_restriction_of_rights(nlp):
    events = dyad.code("The regulator suspended the broadcast licence of a private channel.", published="2024-05-06")["events"]
    assert [e["mode"] for e in events if e["trigger"]["text"] == "suspended"] != ["restrict"]
