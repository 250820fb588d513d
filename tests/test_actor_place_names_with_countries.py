"""A country's name inside a longer place name is that place: "New Jersey Gov. Chris Christie"
is a US governor, not an official of Jersey; "New Mexico" is no part of Mexico."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, country", [
    ("New Jersey Gov. Chris Christie vetoed the gun bill on Friday.", "New Jersey Gov. Chris Christie", "USA"),
    ("Police in New Mexico arrested two men on Friday.", "New Mexico", "USA"),
    ("Jersey City police arrested two men on Friday.", "Jersey City police", "USA"),
])
def test_a_country_name_inside_a_province_name_is_the_province(nlp, text, phrase, country):
    mention = mention_of(nlp, text, phrase, published="2016-02-01")
    assert mention is not None and mention.country == country


@pytest.mark.parametrize("text, phrase, country", [
    ("Mexico rejected the proposal on Monday.", "Mexico", "MEX"),
    ("Mexico City police arrested five men.", "Mexico City police", "MEX"),
])
def test_the_country_itself_is_still_the_country(nlp, text, phrase, country):
    assert mention_of(nlp, text, phrase, published="2016-02-01").country == country
