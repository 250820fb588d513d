"""A passive that names no doer may name it by a preposition the verb's pattern lists (verbs.yaml actor)."""

import dyad


def test_an_envoy_summoned_to_a_ministry_was_summoned_by_its_government():
    event = dyad.code("The US ambassador was summoned to the Russian Foreign Ministry on Monday.",
                      published="2024-03-12")["events"][0]
    assert event["type"] == "ACCUSE"
    assert [m["country"] for m in event["actor"]] == ["RUS"]
    assert [m["country"] for m in event["recipient"]] == ["USA"]


def test_an_active_summons_keeps_its_subject():
    event = dyad.code("Russia summoned the US ambassador on Monday.", published="2024-03-12")["events"][0]
    assert [m["country"] for m in event["actor"]] == ["RUS"]
