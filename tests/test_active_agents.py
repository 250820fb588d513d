"""A "by" phrase after an active verb is how something was done, not a passive's doer."""

import dyad


def _events(text: str) -> list[dict]:
    return dyad.code(text, published="2021-09-10")["events"]


def test_leaders_who_spoke_by_telephone_are_both_parties_of_the_call():
    # (the small model reads this "by" as a passive's agent)
    [call] = [e for e in dyad.code("Olaf Scholz and Emmanuel Macron spoke by telephone on Thursday.",
                                   published="2022-06-10")["events"] if e["trigger"]["text"] == "spoke"]
    assert call["type"] == "CONSULT" and call["mode"] == "phone"
    assert sorted(a["country"] for a in call["actor"]) == ["DEU", "FRA"]


def test_a_true_passive_keeps_its_doer():
    [attack] = _events("Two soldiers were killed by Taliban fighters in Helmand province on Wednesday.")
    assert [a["country"] for a in attack["actor"]] == ["AFG"]
    assert attack["actor"][0]["sector"] == "REB"
    assert attack["recipient"][0]["text"] == "Two soldiers"
