"""A pattern that asks who its doer is ("hit" by an armed force, not a crisis hitting the economy)
reads a pronoun subject as the phrase it stands for."""

import dyad


def by_trigger(text: str, published: str = "2024-11-14") -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=published)["events"]}


def test_a_pronoun_subject_stands_for_the_armed_force_named_before(nlp):
    found = by_trigger("Russian forces shelled the central market of Pokrovsk on Tuesday. \u201cThey hit the school "
                       "yesterday,\u201d said Olena, a nurse.")
    assert found["hit"]["type"] == "ASSAULT"
    assert {m["country"] for m in found["hit"]["actor"]} == {"RUS"}


def test_a_pronoun_standing_for_no_armed_force_does_not_make_a_strike(nlp):
    found = by_trigger("Inflation rose sharply last year. It hit the savings of pensioners hardest.")
    assert "hit" not in found
