"""Events of "when and where" stories that dyad did not find at all (issue 7): smashing one's way
into a building, a named town seized or taken by fighters, protesters gathering, a leader
quitting as president, a role or involvement denied; and the same words in other senses, which
stay no such event."""

import pytest

import dyad
from helpers import types_by_trigger

PUBLISHED = "2025-03-10"


def found(text: str) -> dict[str, tuple]:
    return types_by_trigger(text, PUBLISHED)


@pytest.mark.parametrize("text, trigger, type_", [
    ("Hundreds of students smashed their way into the provincial council building in Medan on Tuesday.", "smashed", "ASSAULT"),
    ("Islamist fighters seized Mosul on June 10 after government troops fled.", "seized", "ASSAULT"),
    ("Insurgents have taken Kunduz, the provincial governor said on Sunday.", "taken", "ASSAULT"),
    ("Thousands of protesters gathered outside the Russian embassy in Tbilisi on Sunday.", "gathered", "PROTEST"),
    ("Congress met in Lima on Tuesday, a day after Alberto Fujimori quit as president.", "quit", "RETREAT"),
])
def test_events_of_when_and_where_stories_are_found(nlp, text, trigger, type_):
    assert found(text).get(trigger, (None,))[0] == type_


@pytest.mark.parametrize("text", [
    "Mourners gathered at the cemetery in Gaza on Friday.",
    "The vote took Britain out of the European Union.",
    "The news took Moscow by surprise.",
    "Police seized 10 tonnes of cocaine in Colombia on Friday.",
    "The film captured Britain's imagination last summer.",
    "The coach quit as manager of the national team in May.",
])
def test_the_same_words_in_other_senses_are_no_such_event(nlp, text):
    assert not {t for t, (type_, _) in found(text).items() if type_ in ("ASSAULT", "PROTEST")}


@pytest.mark.parametrize("text, party", [
    ("The Kremlin denied any involvement in the poisoning of the opposition leader on Tuesday.", "The Kremlin"),
    ("Hamas denied responsibility for the rocket fire on Sunday.", "Hamas"),
    ("The interior ministry denied any wrongdoing, calling the report politically motivated.", "The interior ministry"),
])
def test_denying_a_role_or_a_report_rejects_it(nlp, text, party):
    events = [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["type"] == "REJECT"]
    assert [(e["trigger"]["text"][:4], e["status"], e["actor"][0]["text"]) for e in events] == [("deni", "asserted", party)]


@pytest.mark.parametrize("text, deed", [
    ("The army denied that its soldiers had fired on the crowd in Lagos.", "fired"),
    ("The Kremlin has denied targeting civilians in Kharkiv.", "targeting"),
])
def test_a_denied_deed_stays_the_deed_with_status_denied(nlp, text, deed):
    events = dyad.code(text, published=PUBLISHED)["events"]
    assert [(e["trigger"]["text"], e["status"]) for e in events] == [(deed, "denied")]


def test_an_accusation_the_accused_denies_stays_the_accusation(nlp):
    text = "Kigali has long accused Uganda of arming the rebels, a charge Kampala denies."
    events = dyad.code(text, published=PUBLISHED)["events"]
    assert ("accused", "ACCUSE") in {(e["trigger"]["text"], e["type"]) for e in events}


def test_a_deed_a_day_after_the_news_is_a_happening_of_its_own(nlp):
    # the parser hangs "quit" on "day" as a relative clause; it has its own subject and its own time
    text = ("Bolivia's interim government promised on Monday to call new elections and said the country would "
            "respect its debts to foreign banks, a day after Evo Morales quit as president.")
    assert found(text).get("quit", (None,))[0] == "RETREAT"
