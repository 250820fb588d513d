"""A famous surname standing alone is the person, not a town that shares it: Bush (a city in
Egypt), Clinton (towns in Iowa and elsewhere), Obama (a town in Japan). The town wins where a
place stands ("in Clinton"), in a story of its country, or when it is a metropolis ("Lagos")."""

import pytest

import dyad
from dyad.extract.places import find_places

PUBLISHED = "2016-03-01"


@pytest.mark.parametrize("text", [
    "Trump's attacks on Bush grew sharper on Monday.",
    "Rubio criticized Clinton on Monday.",
    "Air strikes on Obama were condemned by the White House.",
])
def test_a_famous_surname_is_no_town(nlp, text):
    assert find_places(nlp(text), frozenset()) == []
    record = dyad.code(text, published=PUBLISHED)
    parties = [m for e in record["events"] for m in e["actor"] + e["recipient"]]
    assert not [m for m in parties if m["kind"] == "place"]


@pytest.mark.parametrize("text, name, country", [
    ("Protesters gathered in Clinton on Monday.", "Clinton", "USA"),  # where a place stands
    ("Rebels shelled Lagos on Monday.", "Lagos", "NGA"),  # a metropolis
    ("Japanese police raided a house in the port of Obama, Japan's media said.", "Obama", "JPN"),
])
def test_the_town_still_wins_where_it_is_the_place(nlp, text, name, country):
    found = [(p.name, p.country) for p in find_places(nlp(text), frozenset())]
    assert (name, country) in found
