"""A party out of government is the opposition (OPP), as CAMEO and the PLOVER coders code it, and
in power a party (PTY): the knowledge base dates when the main parties of Bangladesh, Myanmar,
Zimbabwe and Turkey held power, and "ruling" before a party's name makes it the government (GOV,
tests/test_actor_ruling_party.py)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, published, expected", [
    ("The Bangladesh Nationalist Party called a dawn-to-dusk general strike across the country.",
     "The Bangladesh Nationalist Party", "2013-11-10", "BGDOPP"),
    ("The Bangladesh Nationalist Party said its government would not bow to strikes.",
     "The Bangladesh Nationalist Party", "2004-05-02", "BGDPTY"),
    ("The Awami League called a strike against the government on Sunday.", "The Awami League", "2005-03-06", "BGDOPP"),
    ("The Awami League won more than two thirds of the seats.", "The Awami League", "2014-01-06", "BGDPTY"),
    ("The National League for Democracy said the army had no right to rule.",
     "The National League for Democracy", "2007-09-25", "MMROPP"),
    ("The Movement for Democratic Change said it would take part in the runoff.",
     "The Movement for Democratic Change", "2008-05-20", "ZWEOPP"),
    ("The pro-Kurdish Democratic Society Party said it would appeal against the ban.",
     "Democratic Society Party", "2009-12-12", "TUROPP"),
])
def test_party_in_or_out_of_power(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Supporters of the ruling Awami League clashed with students in Dhaka.", "the ruling Awami League", "BGDGOV"),
    ("The pro-Kurdish Democratic Society Party said it would appeal against the ban.",
     "Democratic Society Party", "TUROPP"),
])
def test_undated_party(nlp, text, phrase, expected):
    # undated, the latest role, unless the text says the party rules
    assert code(nlp, text, phrase) == expected
