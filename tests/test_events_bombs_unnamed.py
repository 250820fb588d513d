"""A bomb that tears or rips through a place is an attack even when no one is named who set it or
what it hit ("Bombs tore through two cafes in the capital, police said"), as PLOVER codes attacks by
unknown attackers; a capitalized first word after a dateline ("MOGADISHU (Reuters) - Bombs ...")
that the tagger took for a name is still the weapon."""

import dyad


def coded(text):
    record = dyad.code(text, published="2024-06-03")
    return [(e["trigger"]["text"], e["type"], e["mode"], e["date"]["value"] if e["date"] else None)
            for e in record["events"] if e["status"] == "asserted"]


def test_bombs_tearing_through_cafes_with_no_one_named_are_an_attack():
    assert coded("Bombs tore through two cafes in the old city late on Saturday, police said.") == [
        ("tore", "ASSAULT", "explosives", "2024-06-01")]


def test_a_capitalized_plural_after_a_dateline_is_the_weapon():
    assert ("ripped", "ASSAULT", "explosives", "2024-05-31") in coded(
        "MOGADISHU (Reuters) - Bombs ripped through a hotel near the port on Friday, killing nine people.")


def test_a_storm_tearing_through_a_village_is_no_attack():
    assert coded("A storm tore through the fishing village on Saturday, officials said.") == []
