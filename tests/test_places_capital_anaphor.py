""""The capital" and "the country" stand for the story's place, not for a place someone only went
to or came from ("flew home to New Delhi") or that a verbal act names as a party ("accused
Washington"): those say who, not where."""

import dyad


def _places(text, published="2024-05-06"):
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


def test_a_party_accused_is_not_the_capital(nlp):
    text = ("MANAGUA, Nicaragua (AP) — The foreign minister accused Washington on Monday of meddling in the "
            "election.\n\nRiot police arrested dozens of students in the capital on Sunday.")
    place = _places(text)["arrested"]
    assert place["country"] == "NIC"
    assert place["name"] == "Managua"


def test_a_destination_is_not_the_capital(nlp):
    text = ("COLOMBO, Sri Lanka (AP) — The visiting Indian minister cut short his trip and flew home to New "
            "Delhi on Friday.\n\nMobs opposed to the accord burned buses and government offices in the capital "
            "on Wednesday.")
    assert _places(text)["burned"]["country"] == "LKA"


def test_the_capital_of_the_country_named_before_is_unchanged(nlp):
    text = "Kenyan police fired tear gas at protesters in the capital on Tuesday."
    assert _places(text)["fired"]["country"] == "KEN"


def test_a_foreign_embassy_in_the_capital_is_in_the_host_s_capital():
    record = dyad.code("OUAGADOUGOU, Oct 1 (Reuters) - The new junta said France was sheltering the ousted leader.\n\n"
                       "France denied it. On Saturday hundreds of protesters attacked the French embassy in the capital.",
                       published="2022-10-01")
    attack = next(e for e in record["events"] if e["trigger"]["text"] == "attacked")
    assert attack["location"] is not None and attack["location"]["country"] == "BFA"


def test_the_capital_of_a_country_the_tagger_does_not_call_a_place():
    # "Guinea-Bissau" tagged an organisation, "the Central African Republic" a location: still countries
    assert _places("Mutinous soldiers took control of the capital of Guinea-Bissau on Thursday night.")[
        "took"]["name"] == "Bissau"
    assert _places("Rebel fighters seized the capital of the Central African Republic on Sunday.")[
        "seized"]["name"] == "Bangui"
