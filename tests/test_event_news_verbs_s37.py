"""Verbs of wire and headline English that a lexicon sweep (session 37) found uncoded."""

import pytest

from helpers import coded_events


@pytest.mark.parametrize("text, trigger, type_, actor, recipient", [
    ("Beijing excoriated Washington on Friday over the latest arms sale to Taiwan.", "excoriated", "ACCUSE", "CHN", "USA"),
    ("Seoul rapped Tokyo over the new history textbooks approved this week.", "rapped", "ACCUSE", "KOR", "JPN"),
    ("Ankara bristled at the Dutch decision to bar its ministers from rallies.", "bristled", "ACCUSE", "TUR", None),
    ("Belgrade scuttled the agreement on vehicle licence plates at the last minute.", "scuttled", "REJECT", "SRB", None),
    ("Warsaw balked at the migrant quotas agreed by the other member states.", "balked", "REJECT", "POL", None),
    ("Kenya's Supreme Court threw out the opposition's challenge to the election result.", "threw", "REJECT", "KEN", "KEN"),
    ("Kyiv sought more air defence systems from Berlin after the strikes.", "sought", "REQUEST", "UKR", "DEU"),
    ("Washington dispatched an aircraft carrier to the Mediterranean on Tuesday.", "dispatched", "MOBILIZE", "USA", None),
    ("Zimbabwe's government caved in to the striking doctors after six weeks.", "caved", "CONCEDE", "ZWE", "ZWE"),
])
def test_news_verb_is_coded(text, trigger, type_, actor, recipient):
    events = [e for e in coded_events(text, "2017-03-14") if e["trigger"]["text"] == trigger]
    assert [e["type"] for e in events] == [type_]
    assert [m["country"] for m in events[0]["actor"]] == [actor]
    if recipient:
        assert recipient in [m["country"] for m in events[0]["recipient"]]


def test_rapping_about_a_city_is_no_event():
    assert coded_events("The young rapper rapped about growing up in Chicago.", "2017-03-14") == []
