"""A party the text calls ruling or governing is the government (GOV), as the CAMEO agent codebook
and the PLOVER manual code governing parties and as the blind sets' coders mark "the ruling X";
a party named without that word keeps its dated role (in power PTY, out of it OPP)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, published, expected", [
    ("The ruling African National Congress said it would hold a special conference next month.",
     "The ruling African National Congress", None, "ZAFGOV"),
    ("Zimbabwe's governing ZANU-PF party expelled two senior members on Tuesday.",
     "Zimbabwe's governing ZANU-PF party", None, "ZWEGOV"),
    ("Portugal's governing Socialists rejected calls for an early election on Monday.",
     "Portugal's governing Socialists", None, "PRTGOV"),
    ("The ruling party won 80 of the 120 seats in Zimbabwe's parliament.", "The ruling party", None, "ZWEGOV"),
    # undated, the Awami League's latest role is the opposition; "ruling" says it governs
    ("Supporters of the ruling Awami League clashed with students in Dhaka.", "the ruling Awami League", None,
     "BGDGOV"),
])
def test_ruling_party_is_the_government(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected


@pytest.mark.parametrize("text, phrase, published, expected", [
    ("The Awami League won more than two thirds of the seats.", "The Awami League", "2014-01-06", "BGDPTY"),
    ("A new party in Zimbabwe won two seats in the vote.", "A new party", None, "ZWEPTY"),
])
def test_party_not_called_ruling_keeps_its_role(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected
