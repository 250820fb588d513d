"""Event coding fixes of session 26, each from a construction met in real news, in sentences
written for dyad."""

import pytest

from helpers import coded_events

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text, trigger", [
    ("The rocket attack on the airport did not stop the peace talks in Doha.", "attack"),
    ("The bombing of the market will not deter the government, the minister said.", "bombing"),
    ("The strike by dock workers did not affect oil exports on Monday.", "strike"),
])
def test_a_deed_that_is_the_subject_of_a_negated_verb_happened(nlp, text, trigger):
    [event] = [e for e in coded_events(text, PUBLISHED) if e["trigger"]["text"] == trigger]
    assert event["status"] == "asserted"


@pytest.mark.parametrize("text", [
    "The planned strike by dock workers did not take place.",
    "The general strike called by the unions did not go ahead on Monday.",
])
def test_a_deed_said_not_to_occur_did_not_happen(nlp, text):
    assert not [e for e in coded_events(text, PUBLISHED) if e["type"] == "PROTEST" and e["status"] == "asserted"]


def test_a_deed_that_will_not_go_unpunished_is_a_threat_to_its_doers(nlp):
    events = coded_events("The Indian foreign minister said the attack by Pakistani militants on the pilgrims "
                          "would not go unpunished.", PUBLISHED)
    [threat] = [e for e in events if e["type"] == "THREATEN"]
    assert [m["country"] for m in threat["actor"]] == ["IND"]
    assert [(m["country"], m["sector"]) for m in threat["recipient"]] == [("PAK", "REB")]


def test_a_deed_that_went_unpunished_is_no_threat(nlp):
    assert "THREATEN" not in {e["type"] for e in coded_events(
        "Rights groups said the killings of protesters in 2019 went unpunished.", PUBLISHED)}
