"""A headline drops the "was": "Opposition leader arrested in Harare" tells what was done to the
leader, whatever the tagger makes of it (events/object_verbs)."""

import dyad


def parties(text, trigger, published="2024-03-12"):
    event = next(e for e in dyad.code(text, published=published)["events"] if e["trigger"]["text"] == trigger)
    return [m["text"] for m in event["actor"]], [m["text"] for m in event["recipient"]]


def test_a_headline_arrest_is_done_to_its_noun():
    actors, recipients = parties("Opposition leader arrested in Harare", "arrested")
    assert "Opposition leader" in recipients and "Opposition leader" not in actors


def test_a_headline_killing_is_done_to_its_noun():
    actors, recipients = parties("Protesters killed in Khartoum", "killed")
    assert "Protesters" in recipients and "Protesters" not in actors


def test_an_active_headline_keeps_its_doer():
    actors, recipients = parties("Police arrest 40 protesters in Harare", "arrest")
    assert actors == ["Police"] and recipients == ["40 protesters"]


def test_a_verb_used_without_object_stays_active():
    actors, _ = parties("Rebels attacked at dawn", "attacked")
    assert actors == ["Rebels"]
