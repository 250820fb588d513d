"""Event readings the blind sets showed dyad getting wrong (session 17): a crowd that gathers,
marches, rallies or takes to the streets to celebrate, mourn, pray or welcome someone is no protest
(CAMEO 141 is a demonstration for or against a cause); the purpose the sentence gives says so."""

import pytest

from helpers import coded_events

PUBLISHED = "2024-05-20"


def protests(text: str) -> list[dict]:
    return [e for e in coded_events(text, PUBLISHED) if e["type"] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Thousands of Argentine fans took to the streets of Buenos Aires on Sunday to celebrate the World Cup title.",
    "Tens of thousands of Thais gathered outside the Grand Palace in Bangkok on Friday to mourn the late king.",
    "Crowds of Zimbabweans marched through Harare on Sunday to honour the late vice president.",
    "Supporters rallied at Nairobi airport on Tuesday to welcome the opposition leader home from exile.",
])
def test_a_crowd_that_celebrates_mourns_or_welcomes_is_no_protest(nlp, text):
    assert protests(text) == []


@pytest.mark.parametrize("text", [
    "Thousands of French workers took to the streets of Paris on Thursday to protest against the pension reform.",
    "Opposition supporters rallied in Nairobi on Saturday to demand the release of their leader.",
    "Thousands of Filipinos marched through Manila on Sunday to denounce the president's drug war.",
])
def test_a_crowd_with_a_cause_still_protests(nlp, text):
    assert [e["cameo"] for e in protests(text)] == ["141"]
