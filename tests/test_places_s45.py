"""Session 45: where events happened (places referred to again, capitals of the story's country)."""

import pytest

import dyad
from helpers import place_name


def _place(text: str, trigger: str, published: str = "2015-03-06") -> str | None:
    return place_name(text, trigger, published)


@pytest.mark.parametrize("text, trigger, expected", [
    # "the town" after a metropolis named in passing is the dateline's town, not the metropolis
    ("GONAIVES, Haiti, March 6 (Reuters) - Aid workers handed out rice in this northern port on Friday, a week after "
     "floods swamped much of Port-au-Prince.\n\nPolice detained six suspected looters in the town on Thursday.",
     "detained", "Gonaïves"),
    ("KISUMU, Kenya, March 6 (Reuters) - Traders closed their shops on Friday, two days after riots in "
     "Nairobi.\n\nRiot police fired tear gas at a crowd in the town on Thursday.", "fired", "Kisumu"),
])
def test_the_town_or_the_village_is_no_metropolis(nlp, text, trigger, expected):
    assert _place(text, trigger) == expected



@pytest.mark.parametrize("text, trigger, expected", [
    # "there" that the parser hangs on the verb's object still says where the deed was
    ("BAMAKO, March 6 (Reuters) - Malian troops retook the airport of the desert town of Gao on Friday, two days "
     "after Islamist fighters crossed from Niger and seized police and customs offices there.", "seized", "Gao"),
    ("LIMA, March 6 (Reuters) - Police cleared the main square of Cusco on Friday, a day after protesters "
     "occupied the regional government's offices there.", "occupied", "Cusco"),
])
def test_there_on_the_object_is_the_place_named_before(nlp, text, trigger, expected):
    assert _place(text, trigger) == expected


@pytest.mark.parametrize("text, trigger, country", [
    # "Serb" on a town's noun names who holds it, not the state it lies in
    ("SARAJEVO, March 6 (Reuters) - NATO jets bombed an ammunition depot near the Bosnian Serb stronghold of Pale "
     "on Friday.", "bombed", "BIH"),
    ("ZAGREB, March 6 (Reuters) - Croatian police raided the Serb village of Vojnic on Friday.", "raided", "HRV"),
    # a state's adjective still moves a town it lacks there: "the Polish village of ..." is in Poland
    ("WARSAW, March 6 (Reuters) - A stray drone hit a barn in the Polish village of Przewodow on Friday.", "hit", "POL"),
])
def test_a_peoples_adjective_on_a_town_is_not_its_state(nlp, text, trigger, country):
    record = dyad.code(text, published="2015-03-06")
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert event["location"]["country"] == country


@pytest.mark.parametrize("text, expected", [
    # a country with two capitals: "the capital" under a dateline of one of them is that one
    ("ABIDJAN, March 6 (Reuters) - Ivorian police fired tear gas at students in the capital on Friday.", "Abidjan"),
    ("COTONOU, March 6 (Reuters) - Beninese police fired tear gas at students in the capital on Friday.", "Cotonou"),
    # a country's only capital stays what "the capital" is, whatever the dateline
    ("KANO, Nigeria, March 6 (Reuters) - Nigerian police fired tear gas at students in the capital on Friday.", "Abuja"),
])
def test_the_capital_under_a_dateline_of_one_of_two_capitals(nlp, text, expected):
    assert _place(text, "fired") == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # "the capital, X,": the capital is X, named between commas, whatever the parser hangs X on
    ("NAIROBI, March 6 (Reuters) - Police fired tear gas at students in the capital, Kampala, on Friday.",
     "fired", "Kampala"),
    ("DAKAR, March 6 (Reuters) - Mutinous soldiers arrested the mayor and his deputy in the capital, Bissau, and "
     "closed the port.", "arrested", "Bissau"),
])
def test_the_capital_named_between_commas(nlp, text, trigger, expected):
    assert _place(text, trigger) == expected
