"""The subject of a passive is the victim, however the deed is told: "were reported killed", "were
feared killed", "were killed by shelling" (the gerund is the passive's agent, not a means its
subject used)."""

import dyad


def parties(text, published="2014-07-20"):
    return {e["trigger"]["text"]: ([m["text"] for m in e["actor"]], [m["text"] for m in e["recipient"]])
            for e in dyad.code(text, published=published)["events"]}


def test_reported_killed_makes_the_civilians_victims():
    found = parties("At least four civilians have been reported killed as shells hit apartment blocks in Avdiivka.")
    assert found["killed"] == ([], ["At least four civilians"])


def test_killed_by_shelling_has_no_doer_among_its_victims():
    found = parties("At least 35 Palestinians have been killed by shelling in Gaza since the ceasefire collapsed.")
    assert all("At least 35 Palestinians" not in actors for actors, _ in found.values())
    assert "At least 35 Palestinians" in found["killed"][1]


def test_a_means_in_an_active_clause_is_still_the_subjects_deed():
    # (a verb of no event of its own: "retook" is one, and a means of it is part of it)
    found = parties("Rebels won back the town by storming its barracks on Monday.")
    assert found["storming"][0] == ["Rebels"]
