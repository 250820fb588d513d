"""PLOVER errors that fresh text shows (issue #5, session 36): leaving an international body by its own
name ("pulled out of the Commonwealth", "withdrew from the Arab League") is a sanction on it, not a troop
withdrawal, and an announced departure ("said it would withdraw from the whaling commission") is the
departure decided, not a threat, unless it hangs on a condition."""

import pytest

from helpers import coded_triples

PUBLISHED = "2024-09-12"


def triples(text: str) -> set[tuple]:
    return coded_triples(text, PUBLISHED)


@pytest.mark.parametrize("text, actor", [
    ("Fiji pulled out of the Commonwealth late on Tuesday, a government spokesman said in Suva.", "FJI"),
    ("Libya withdrew from the Arab League on Monday, a government spokesman said in Tripoli.", "LBY"),
    ("Qatar pulled out of OPEC on Wednesday to focus on its natural gas exports.", "QAT"),
])
def test_pulling_out_of_a_body_is_leaving_it(nlp, text, actor):
    found = triples(text)
    assert ("SANCTION", actor, "IGO") in found
    assert "RETREAT" not in {t for t, _, _ in found}


def test_troops_pulling_out_of_a_country_still_withdraw(nlp):
    text = "Ethiopian troops pulled out of the Somali capital on Tuesday after two years of fighting."
    assert ("RETREAT", "ETH", "SOM") in triples(text)


@pytest.mark.parametrize("text, actor", [
    ("Iceland said on Monday it would withdraw from the International Whaling Commission next year.", "ISL"),
    ("Bolivia's government said it would pull out of the Organization of American States within a year.", "BOL"),
])
def test_an_announced_departure_from_a_body_is_the_departure_decided(nlp, text, actor):
    found = triples(text)
    assert ("SANCTION", actor, "IGO") in found
    assert "THREATEN" not in {t for t, _, _ in found}


def test_a_departure_held_over_another_is_still_a_threat(nlp):
    text = ("Serbia said on Monday it would leave the Council of Europe unless the assembly rejected "
            "Kosovo's membership bid.")
    found = triples(text)
    assert "THREATEN" in {t for t, _, _ in found}
    assert "SANCTION" not in {t for t, _, _ in found}


@pytest.mark.parametrize("text", [
    "Syrian officials took foreign journalists to the bombed town on Monday to show them the damage.",
    "Iraq's state news agency said on Sunday after taking foreign reporters to the destroyed village.",
])
def test_people_taken_somewhere_are_carried_not_a_town_captured(nlp, text):
    assert "ASSAULT" not in {t for t, _, _ in triples(text)}


def test_fighters_taking_a_town_still_capture_it(nlp):
    assert ("ASSAULT", "AFG", "AFG") in triples("Taliban fighters took the town of Kunduz on Sunday.")


@pytest.mark.parametrize("text, country", [
    ("Protesters toppled a statue of Soviet leader Josef Stalin in central Tbilisi on Sunday.", "GEO"),
    ("Demonstrators tore down a monument to Soviet soldiers in Riga on Saturday.", "LVA"),
])
def test_a_crowd_toppling_a_statue_protests(nlp, text, country):
    found = triples(text)
    assert ("PROTEST", country, country) in found
    assert not {t for t, _, _ in found} & {"COERCE", "ASSAULT"}
    assert "RUS" not in {r for _, _, r in found}  # the Soviet leader shown is no party to it


def test_an_army_toppling_a_government_still_coerces(nlp):
    assert "COERCE" in {t for t, _, _ in triples("The army toppled the elected government of Niger on Wednesday.")}
