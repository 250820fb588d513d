"""A defence ministry and its minister are their government's (GOV), as CAMEO's agent dictionary
codes them (GOVMIL, GOV first) and the PLOVER coders do; the forces they command stay MIL."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, published, code", [
    ("Turkey's defence ministry said on Sunday that two soldiers were wounded near the border.",
     "Turkey's defence ministry", None, "TURGOV"),
    ("Japan's defense minister warned that the missile tests threatened regional security.",
     "Japan's defense minister", None, "JPNGOV"),
    ("Defence Minister Sergei Shoigu ordered the troops back to their barracks.",
     "Defence Minister Sergei Shoigu", "2019-04-02", "RUSGOV"),
    ("Indian troops fired on the crowd near the border post on Tuesday.", "Indian troops", None, "INDMIL"),
])
def test_defence_offices_are_the_government(nlp, text, phrase, published, code):
    mention = mention_of(nlp, text, phrase, published)
    assert mention is not None and mention.code == code
