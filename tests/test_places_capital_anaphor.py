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


def test_a_town_where_a_source_sits_is_not_the_capital(nlp):
    # a local story of the dateline's country: a spokesman abroad does not move the scene
    text = ("ASMARA, June 3 (Reuters) - Soldiers loyal to the government retook the radio station in Asmara "
            "on Monday, a military spokesman in Addis Ababa said.\n\nMutinous officers had seized two "
            "ministers in the capital last week.")
    place = _places(text, "2024-06-03")["seized"]
    assert place["country"] == "ERI"


def test_a_country_named_in_passing_is_not_the_country(nlp):
    text = ("TEGUCIGALPA, March 4 (AFP) - Police fired tear gas at students in Tegucigalpa on Tuesday. Spain "
            "asked for calm.\n\nThe government shut down mobile networks across the country on Wednesday.")
    assert _places(text, "2025-03-04")["shut"]["country"] == "HND"


def test_a_country_named_in_the_same_sentence_keeps_the_capital(nlp):
    # the sentence itself moves the scene abroad: the capital is the one it names
    text = ("QUITO, May 2 (Reuters) - Police detained 40 people in Quito on Friday.\n\nIn Peru, thousands "
            "of Ecuadorian migrants marched in the capital on Saturday.")
    assert _places(text, "2025-05-02")["marched"]["country"] == "PER"


def test_a_town_abroad_where_fighting_goes_on_is_still_the_capital(nlp):
    # named as the scene of a deed, the foreign town is where the story moved
    text = ("DAKAR, May 2 (Reuters) - Hundreds of families streamed into Dakar on Monday to escape clashes in "
            "Banjul.\n\nMutinous soldiers seized the state radio in the capital on Sunday.")
    assert _places(text, "2025-05-02")["seized"]["country"] == "GMB"
