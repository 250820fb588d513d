"""Role nouns news names actors by that the agents lexicon lacked (issue 6): a state's
inspector, the incumbent (the leader in office), cartoonists, and the euro zone's leaders as
a body of several states."""

import pytest

from actor_lookup import mention_of


def resolve(nlp, text, phrase, published):
    return mention_of(nlp, text, phrase, published, last=True)  # "the incumbent" said again


@pytest.mark.parametrize("text, phrase, published, code, name", [
    ("Ukraine's chief sanitary inspector, Oleksandr Bondar, ordered the market in Lviv closed on Monday.",
     "Oleksandr Bondar", "2009-11-02", "UKRGOV", None),
    ("A police inspector was shot dead in Karachi on Tuesday.", "A police inspector", "2012-05-08", "PAKCOP", None),
    ("Zimbabwe's opposition said the incumbent, Robert Mugabe, had rigged the vote; the incumbent "
     "denied it.", "the incumbent", "2008-04-02", "ZWEGOV", "Robert Mugabe"),
    ("Gunmen killed two cartoonists at the magazine's offices in Copenhagen.", "two cartoonists", "2015-02-15",
     "DNKMED", None),
    ("Greece accepted tougher terms from euro zone leaders after a summit in Brussels.", "euro zone leaders",
     "2015-07-13", "IGOGOV", None),
])
def test_role_nouns(nlp, text, phrase, published, code, name):
    mention = resolve(nlp, text, phrase, published)
    assert mention is not None and mention.code == code
    if name:
        assert mention.name == name
