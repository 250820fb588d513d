"""Breakaway regions are coded by the state they nominally belong to, as Abkhazia, South Ossetia
and Transnistria already were (session 16, issue 6): Nagorno-Karabakh is Azerbaijan's,
Somaliland and Puntland Somalia's."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, country", [
    ("Armenia sent a convoy of food and fuel to Nagorno-Karabakh on Monday.", "Nagorno-Karabakh", "AZE"),
    ("Somaliland's president rejected talks with Mogadishu on Sunday.", "Somaliland's president", "SOM"),
    ("The Somaliland government expelled two aid workers on Friday.", "The Somaliland government", "SOM"),
])
def test_breakaway_region_is_its_state(nlp, text, phrase, country):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.country == country
