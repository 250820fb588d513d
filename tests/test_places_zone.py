"""A town named before "zone" ("the Mardan industrial zone", "the Rafah border zone") is where
the zone is, as a town before "area" or "strip" is; and troops redeployed "to" a town are
placed there, as troops deployed or sent are."""

import dyad


def _places(text, published="2024-04-09"):
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


def test_a_town_named_before_zone(nlp):
    place = _places("ISLAMABAD, April 9 (Reuters) - Gunmen attacked a textile mill in the Mardan industrial "
                    "zone on Monday, police said.")["attacked"]
    assert place is not None and place["name"] == "Mardan"


def test_troops_redeployed_to_a_town(nlp):
    place = _places("KYIV, April 9 (Reuters) - Russia will redeploy troops to the Belgorod region, "
                    "the ministry said.")["redeploy"]
    assert place is not None and place["country"] == "RUS"
