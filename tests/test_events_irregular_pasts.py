"""An irregular past the tagger takes for a present ("retook" tagged VBP, so the lemmatizer keeps
"retook") is still the verb the lexicon knows: the lemmatizer's own table of irregular forms names it."""

import dyad

PUBLISHED = "2024-05-08"  # a Wednesday


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}


def test_a_retaking_told_with_an_irregular_past_is_coded(nlp):
    found = by_trigger("Government troops retook the town of Kidal on Tuesday.")
    assert found["retook"]["type"] == "ASSAULT"
    assert found["retook"]["date"]["value"] == "2024-05-07"
    assert found["retook"]["location"]["country"] == "MLI"
    found = by_trigger("Police retook both buildings early on Wednesday and arrested about 150 people.")
    assert found["retook"]["type"] == "ASSAULT" and found["arrested"]["type"] == "COERCE"

