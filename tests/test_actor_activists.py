"""Activists and campaigners are civilians (CVL), as the PLOVER manual lists them and the blind
sets' coders mark "Hindu activists" or "an anti-corruption campaigner"; those the text calls the
opposition's or the government's opponents are the opposition (OPP)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("Police in Lagos detained six environmental activists who had blocked the road to an oil terminal.",
     "six environmental activists", "NGACVL"),
    ("Sikh activists blocked a highway outside Amritsar on Tuesday to demand the release of prisoners.",
     "Sikh activists", "INDCVL"),
    ("A veteran land-rights campaigner began a hunger strike in Nairobi on Monday.",
     "A veteran land-rights campaigner", "KENCVL"),
    ("Police in Dhaka arrested dozens of opposition activists before the general strike.",
     "dozens of opposition activists", "BGDOPP"),
    ("Pro-democracy activists marched through Bangkok on Sunday to demand a new constitution.",
     "Pro-democracy activists", "THAOPP"),
    ("Anti-government activists in Minsk called for a general strike on Monday.", "Anti-government activists",
     "BLROPP"),
])
def test_activists(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
