"""A breakaway region named as a side is coded by the state it belongs to with PLOVER's sector for
partially recognised entities, PRE (the manual's Transnistria example; four blind sets mark
Abkhazia, South Ossetia, Transnistria and Somaliland so), not as that state itself (session 40)."""

import dyad
import pytest


def codes(text: str, role: str) -> list[str]:
    events = dyad.code(text, published="2015-04-20")["events"]
    assert events
    return [m["code"] for e in events for m in e[role]]


@pytest.mark.parametrize("text, role, code", [
    ("Moscow recognised Abkhazia as an independent state on Tuesday.", "recipient", "GEOPRE"),
    ("Georgian troops attacked South Ossetia overnight.", "recipient", "GEOPRE"),
    ("Transnistria accused Moldova of blocking its exports.", "actor", "MDAPRE"),
    ("Ethiopia signed a port deal with Somaliland on Monday.", "actor", "SOMPRE"),
])
def test_a_breakaway_region_is_its_state_s_partially_recognised_entity(text, role, code):
    assert code in codes(text, role)


def test_the_region_s_government_and_the_state_keep_their_sectors():
    assert codes("Somaliland's government expelled two aid workers on Friday.", "actor") == ["SOMGOV"]
    assert codes("Georgia accused Russia of arming the rebels.", "actor")[0] == "GEO"
