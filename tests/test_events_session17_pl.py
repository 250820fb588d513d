"""Event readings the blind sets showed dyad getting wrong (session 17): a crowd that gathers,
marches, rallies or takes to the streets to celebrate, mourn, pray or welcome someone is no protest
(CAMEO 141 is a demonstration for or against a cause); the purpose the sentence gives says so. A
warning that the unknown doers of a deed ("those behind the bombing", "the attackers") will pay is a
threat, though no country can be coded for them."""

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


@pytest.mark.parametrize("text, actor", [
    ("Pakistan's prime minister warned on Sunday that those behind the bombing would pay a heavy price.", "PAK"),
    ("Kenya's president warned on Friday that those who carried out the massacre would pay a heavy price.", "KEN"),
])
def test_a_threat_to_the_unknown_doers_of_a_deed_is_a_threat(nlp, text, actor):
    # the lead's known bug: the foretold harm names no one a table can code, and the threat was dropped
    threats = [e for e in coded_events(text, PUBLISHED) if e["type"] == "THREATEN"]
    assert [m["country"] for e in threats for m in e["actor"]] == [actor]


@pytest.mark.parametrize("text", [
    "The Pakistani minister warned on Sunday that those behind the bombing were still at large.",
    "The mayor of Dhaka warned on Monday that those living near the river would face floods.",
])
def test_a_warning_that_foretells_no_harm_to_the_culprits_is_no_threat(nlp, text):
    assert not [e for e in coded_events(text, PUBLISHED) if e["type"] == "THREATEN"]
