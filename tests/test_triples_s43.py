"""Who did what to whom in single news sentences (session 43): the dateline the parser hangs on
the first subject as a modifier ("HONIARA (Reuters) - Rioters torched shops") was read as the
doer, and the titled name after "called on" or "appealed to", which the parser makes the subject
of the infinitive that follows ("called on Prime Minister X to resign"), was lost as recipient."""

import dyad
import pytest


def events(text: str) -> list[dict]:
    return dyad.code(text, published="2019-06-12")["events"]


def event_at(text: str, trigger: str) -> dict:
    found = [e for e in events(text) if e["trigger"]["text"] == trigger]
    assert found, [e["trigger"]["text"] for e in events(text)]
    return found[0]


def codes(mentions: list[dict]) -> list[str | None]:
    return [m["code"] for m in mentions]


# -- a dateline hung on the subject as a modifier is where the reporter is, not who acted

@pytest.mark.parametrize("text, trigger", [
    ("HONIARA (Reuters) - Rioters set fire to dozens of Chinese-owned stores in the Solomon Islands capital on Friday.",
     "fire"),
    ("HONIARA (Reuters) - Rioters burned Chinese-owned shops in the Solomon Islands capital for a second day on Thursday.",
     "burned"),
])
def test_dateline_modifier_is_no_doer(text, trigger):
    # the rioters do it (a riot, PROTEST), not the government the capital's name would stand for
    event = event_at(text, trigger)
    assert event["type"] == "PROTEST"
    assert [(m["text"], m["code"]) for m in event["actor"]] == [("Rioters", "SLBCVL")]


def test_named_doer_after_dateline_stays():
    # a country named in the subject's own words is still the doer's
    event = event_at("NAIROBI (Reuters) - Kenyan police arrested three opposition lawmakers on Monday.", "arrested")
    assert event["type"] == "COERCE"
    assert codes(event["actor"]) == ["KENCOP"]


# -- "called on <title> <name> to ...": the name the parser made the infinitive's subject is whom it asks

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Opposition leader Ana Ruiz called on Prime Minister Joseph Muscat to resign on Tuesday.", "called", "MLT"),
    ("The union appealed to Prime Minister John Howard to intervene.", "appealed", "AUS"),
])
def test_titled_name_read_as_infinitive_subject_is_recipient(text, trigger, recipient):
    event = event_at(text, trigger)
    assert event["type"] == "REQUEST"
    assert [m["country"] for m in event["recipient"]] == [recipient]


def test_call_on_country_stays():
    event = event_at("The French president called on Germany to send more troops to the Sahel.", "called")
    assert (event["type"], codes(event["recipient"])) == ("REQUEST", ["DEU"])


def test_call_without_infinitive_subject_keeps_no_recipient():
    # "called for calm": nothing is asked of anyone named
    event = event_at("The archbishop called for calm after the riots in the capital.", "called")
    assert event["type"] == "REQUEST"
    assert event["recipient"] == []


# -- a show of force "in a message to" someone is aimed at them, more than at where forces are sent

@pytest.mark.parametrize("text, trigger, type_, recipient", [
    ("Washington is dispatching a bomber task force to the Middle East in a message to Iran.",
     "dispatching", "MOBILIZE", ["IRN"]),
    ("Russia moved tanks to the Belarus border on Friday in a warning to NATO.", "moved", "MOBILIZE", ["IGO"]),
])
def test_show_of_force_aimed_at_addressee(text, trigger, type_, recipient):
    event = event_at(text, trigger)
    assert event["type"] == type_
    assert codes(event["recipient"]) == recipient


def test_deployment_without_addressee_keeps_none():
    event = event_at("India sent troops to the Kashmir valley on Monday.", "sent")
    assert (event["type"], event["recipient"]) == ("MOBILIZE", [])
