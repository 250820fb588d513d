"""Sectors of actors that the blind sets' coders mark and dyad left without one or with another
(session 40): one person of a nationality ("an American"), a people that votes on a plan, people
displaced by war or disaster (PLOVER's REF), and a country's body named as a modifier of an act
("a Turkish military incursion", "a South Korean court ruling")."""

import dyad
import pytest


def codes(text: str, role: str) -> list[str]:
    events = dyad.code(text, published="2019-06-12")["events"]
    assert events
    return [m["code"] for e in events for m in e[role]]


@pytest.mark.parametrize("text, code", [
    ("Police in Manila detained a Norwegian at the airport on Friday.", "NORCVL"),
    ("Militants released a South Korean after three weeks in captivity.", "KORCVL"),
    ("Police arrested a Filipina at the airport.", "PHLCVL"),
    ("Kidnappers freed an Italian they had held for a month, the ministry said.", "ITACVL"),
])
def test_one_person_of_a_nationality_is_a_civilian(text, code):
    assert code in codes(text, "recipient")


def test_a_nationality_before_its_noun_keeps_its_reading():
    assert codes("Russian and Ukrainian officials met in Istanbul on Tuesday.", "actor") == ["RUSGOV", "UKRGOV"]
    assert codes("A Russian drone struck a power station near Kharkiv.", "actor") == ["RUSMIL"]


@pytest.mark.parametrize("text, code", [
    ("Chileans rejected the general's bid in the referendum.", "CHLCVL"),
    ("Colombians rejected the peace accord with the rebels in a referendum on Sunday.", "COLCVL"),
])
def test_a_people_that_rejects_a_plan_at_the_ballot_is_its_voters(text, code):
    assert codes(text, "actor") == [code]


def test_a_people_that_rejects_a_plan_otherwise_is_the_nation():
    assert codes("Palestinians rejected the plan to hold talks in Cairo.", "actor") == ["PSE"]


@pytest.mark.parametrize("text, code", [
    ("Jets bombed a camp for people displaced by the floods in Sudan.", "SDNREF"),
    ("Soldiers attacked families displaced by fighting in Darfur.", "SDNREF"),
    ("Militiamen looted the tents of families uprooted by the floods in Sudan.", "SDNREF"),
])
def test_people_displaced_are_refugees(text, code):
    assert code in codes(text, "recipient")


def test_people_living_somewhere_stay_civilians():
    assert codes("Soldiers attacked families living near the border in Darfur.", "recipient") == ["SDNCVL"]


@pytest.mark.parametrize("text, role, code", [
    ("A Turkish military incursion into Syria killed ten civilians.", "actor", "TURMIL"),
    ("Japan rejected a South Korean court ruling ordering it to pay.", "recipient", "KORJUD"),
    ("Kenya condemned a Somali military raid on the border town.", "recipient", "SOMMIL"),
])
def test_a_country_and_its_body_before_an_act_are_that_body(text, role, code):
    assert code in codes(text, role)


def test_a_country_before_a_role_noun_keeps_the_noun_s_reading():
    assert codes("Russia condemned the Turkish military officials.", "recipient") == ["TURMIL"]
    assert codes("Iraq condemned a Turkish army offensive against Kurdish rebels.", "recipient") == ["TURMIL"]
