"""The pope is the Holy See's (VAT, REL, as CAMEO codes him) whatever country the story is about,
and on a dated story the pope of that day; the Coptic pope is Egypt's."""

import pytest

import dyad


def first_actor(text, published):
    actor = dyad.code(text, published=published)["events"][0]["actor"][0]
    return actor["code"], actor["name"]


@pytest.mark.parametrize("text, published, expected", [
    ("The Pope condemned the violence in Quebec on Sunday, Canadian officials said.", "1995-05-10",
     ("VATREL", "Pope John Paul II")),
    ("The pontiff met Cuban President Raul Castro in Havana on Saturday.", "2015-09-20", ("VATREL", "Pope Francis")),
    ("Coptic Pope Tawadros II condemned the bombing of a church in Tanta on Sunday.", "2017-04-10", ("EGYREL", "Tawadros II")),
])
def test_the_pope_is_the_holy_sees(text, published, expected):
    assert first_actor(text, published) == expected
