"""A story that names no country, capital or leader is where its towns are: a role noun of a
later sentence ("police", "young people") takes the country of the towns the gazetteer finds
(issue 6)."""

import pytest

from actor_lookup import code_of


def code(nlp, text, phrase):
    return code_of(nlp, text, phrase, "2011-01-10")


@pytest.mark.parametrize("text, phrase, expected", [
    ("Hundreds of unemployed graduates marched through the streets of Kasserine on Sunday. Police fired tear "
     "gas at them near the town hall.", "Police", "TUNCOP"),
    ("A bomb tore through a crowded market in Mombasa on Friday. Hundreds of young people later blocked the "
     "main road to the port.", "Hundreds of young people", "KENCVL"),
])
def test_a_story_without_a_country_is_where_its_towns_are(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


def test_a_country_named_still_wins(nlp):
    text = "Protesters marched through Mombasa on Friday, Uganda's government said. Police fired tear gas."
    assert code(nlp, text, "Police") == "UGACOP"  # the article names Uganda; the town alone does not outvote it
