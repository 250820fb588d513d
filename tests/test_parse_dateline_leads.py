"""A wire story's lead sentence run into its dateline ("GOMA, May 8 (Wire) - Congo's air force bombed
...") can lose its verb to the dateline in the small model's parse ("bombed" read as an adjective); its words are
parsed again on their own, and the lead keeps that parse when it finds the verb there."""

import dyad
from dyad.nlp import pipeline

PUBLISHED = "2024-05-08"  # a Wednesday


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}


def countries(mentions: list[dict]) -> set[str]:
    return {m["country"] or m["code"] for m in mentions}


def test_a_lead_verb_the_dateline_turned_into_an_adjective_is_the_verb(nlp):
    text = ("GOMA, May 8 (Wire) - Congo's air force bombed positions of the rebel group around the town on "
            "Tuesday, hours after clashes erupted between the two sides.")
    verb = next(t for t in pipeline()(text) if t.text == "bombed")
    assert verb.dep_ == "ROOT" and verb.tag_ == "VBD"
    assert {c.text: c.dep_ for c in verb.children}.get("force") == "nsubj"
    found = by_trigger(text)
    assert found["bombed"]["type"] == "ASSAULT" and countries(found["bombed"]["actor"]) == {"COD"}
    assert found["bombed"]["date"]["value"] == "2024-05-07"
    assert "erupted" in found  # the clause after it stays an event of its own


def test_a_lead_the_parser_read_right_keeps_its_parse(nlp):
    text = "NAIROBI, May 8 (Wire) - Gunmen stormed a college in the northeastern town of Garissa on Tuesday."
    doc = pipeline()(text)
    verb = next(t for t in doc if t.text == "stormed")
    assert verb.dep_ == "ROOT"
    found = by_trigger(text)
    assert [m["text"] for m in found["stormed"]["actor"]] == ["Gunmen"]
    assert found["stormed"]["date"]["value"] == "2024-05-07"
