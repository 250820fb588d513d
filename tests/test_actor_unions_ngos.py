"""National trade union federations and some movements, NGOs and media that news often names
(issue 6): each with its country and sector, not an unknown name."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("COSATU said on Tuesday its members would march on parliament in Cape Town.", "COSATU", "ZAFLAB"),
    ("The AFL-CIO endorsed the Democratic candidate on Wednesday.", "The AFL-CIO", "USALAB"),
    ("The Korean Confederation of Trade Unions staged a general strike in Seoul.",
     "The Korean Confederation of Trade Unions", "KORLAB"),
    ("CONAIE leaders rejected the government's offer to end the fuel protests in Quito.", "CONAIE", "ECUCVL"),
    ("The White Helmets said 30 people were pulled from the rubble in Aleppo.", "The White Helmets", "SYRNGO"),
])
def test_a_federation_or_movement_has_its_country_and_sector(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
