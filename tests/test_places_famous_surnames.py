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


@pytest.mark.parametrize("text", [
    "Trump attacked Clinton over her emails on Monday.",  # a small town of the story's country
    "Democrats hope the campaign will tone down its attacks on Mrs. Clinton.",  # after an honorific
    "Protesters heckled Sen. Warren outside the hall in Boston.",
])
def test_a_person_is_no_town_in_the_persons_own_country(nlp, text):
    record = dyad.code(text, published=PUBLISHED)
    places = [e["location"]["name"] for e in record["events"] if e["location"]]
    assert "Clinton" not in places and "Warren" not in places


@pytest.mark.parametrize("text, name, country", [
    ("Rebels attacked Kidal on Monday.", "Kidal", "MLI"),  # tagged a nationality
])
def test_a_sizeable_town_a_place_verb_takes_is_the_place(text, name, country):
    record = dyad.code(text, published="2024-05-08")
    location = record["events"][0]["location"]
    assert (location["name"], location["country"]) == (name, country)
