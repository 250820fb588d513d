"""The sentence's verb after a relative clause or a participle phrase on its subject ("Hundreds of
students who opposed the visit clashed with police", "Troops backed by armoured vehicles smashed
through the barricades") is the verb, not a participle on the phrase's last noun."""

import dyad
from dyad.nlp import parse


def roots(text):
    doc, _ = next(parse([(text, None)]))
    return [(t.text, t.dep_) for t in doc if t.dep_ == "ROOT"]


def test_a_clash_after_a_relative_clause_on_the_subject_is_coded():
    events = dyad.code("Hundreds of youths who opposed the decision clashed with soldiers in the town.",
                       published="2024-04-02")["events"]
    # (youths clashing with soldiers: a riot by civilians, PROTEST; the relative clause's stance is no event)
    assert [(e["trigger"]["text"], e["type"]) for e in events if e["status"] == "asserted"] == [("clashed", "PROTEST")]


def test_the_verb_after_a_participle_phrase_with_its_agent_is_the_root():
    assert roots("Police backed by armoured cars swept through the camp on Wednesday.") == [("swept", "ROOT")]
