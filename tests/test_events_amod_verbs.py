"""A finite verb the small parser hangs on the noun after it as an adjective ("Myanmar's military
seized power": "seized" an amod of "power", no verb left) is read as the verb it is."""

import dyad
from dyad.nlp import pipeline

PUBLISHED = "2024-05-08"  # a Wednesday


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}


def countries(mentions: list[dict]) -> set[str]:
    return {m["country"] or m["code"] for m in mentions}


def test_a_coup_told_with_a_misread_verb_is_coded_with_its_doer_and_day(nlp):
    found = by_trigger("Myanmar's military seized power on Monday and detained Aung San Suu Kyi.")
    assert found["seized"]["type"] == "COERCE" and countries(found["seized"]["actor"]) == {"MMR"}
    assert found["seized"]["date"]["value"] == "2024-05-06"
    assert countries(found["detained"]["actor"]) == {"MMR"}
    found = by_trigger("Niger's military seized power early on Wednesday and said it was holding the president.")
    assert found["seized"]["type"] == "COERCE" and countries(found["seized"]["actor"]) == {"NER"}
    assert found["seized"]["date"]["value"] == "2024-05-08"


def test_a_misread_participle_in_a_sentence_with_no_verb_is_the_verb(nlp):
    found = by_trigger("Russia's military fired missiles at Kyiv overnight.")
    assert found["fired"]["type"] == "ASSAULT"
    assert countries(found["fired"]["actor"]) == {"RUS"} and countries(found["fired"]["recipient"]) == {"UKR"}


def test_the_dateline_before_a_misread_verb_is_not_the_root(nlp):
    doc = pipeline()("BAMAKO, March 3 (Wire) - Mali's military seized power on Monday, arresting the interim "
                     "president, and troops fired on protesters in the capital.")
    verb = next(t for t in doc if t.text == "seized")
    assert verb.dep_ == "ROOT" and verb.pos_ == "VERB"
    assert {c.text: c.dep_ for c in verb.children}.get("military") == "nsubj"
    assert {c.text: c.dep_ for c in verb.children}.get("power") == "dobj"


def test_real_adjectives_stay_adjectives(nlp):
    for text, word in (("Seized weapons were displayed at a news conference on Friday.", "Seized"),
                       ("Israel's withdrawal from the occupied territories was discussed on Monday.", "occupied"),
                       ("The seized weapons were destroyed on Monday.", "seized")):
        doc = pipeline()(text)
        assert next(t for t in doc if t.text == word).dep_ == "amod", text
