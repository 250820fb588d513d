"""Actor resolution fixes of session 24 (issue 6), each a class of phrase news uses often.
Sentences written for these tests."""

import pytest

from actor_lookup import code_of
from helpers import codes, events_by_trigger


def _events(text):
    return events_by_trigger(text, "2024-03-11")


@pytest.mark.parametrize("text, trigger, recipient", [
    # towns a nationality says whose are their people, as villages are
    ("Militants in Gaza fired three rockets into a southern Israeli town on Sunday, lightly wounding two people.",
     "fired", ["ISRCVL"]),
    ("Government warplanes bombed several Syrian cities overnight, the monitoring group said.", "bombed", ["SYRCVL"]),
])
def test_a_nations_towns_are_its_people(nlp, text, trigger, recipient):
    event = _events(text)[trigger]
    assert event["type"] == "ASSAULT"
    assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, phrase, code", [
    # alone, towns are where something happens, no actor
    ("Thousands of farmers marched through towns across Kenya on Tuesday.", "towns across Kenya", None),
    # a village the gazetteer lacks is of the country its phrase names
    ("Rebels raided the village of Kelemoya in southern Kenya on Sunday.", "the village of Kelemoya", "KENCVL"),
    ("Authorities imposed a curfew in the town of Cizre.", "the town of Cizre", "TURCVL"),
])
def test_towns_alone_and_named(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, trigger, recipient", [
    # posts a state's forces hold, named by a nationality only: its soldiers
    ("Hezbollah guerrillas attacked Israeli positions along the border on Friday.", "attacked", ["ISRMIL"]),
    ("Indian troops fired on Pakistani posts in Kashmir overnight, the army said.", "fired", ["PAKMIL"]),
    # a post the modifier says whose stays that body's
    ("Gunmen attacked a police post near Peshawar on Monday.", "attacked", ["PAKCOP"]),
])
def test_a_nations_front_line_posts_are_its_soldiers(nlp, text, trigger, recipient):
    event = _events(text)[trigger]
    assert event["type"] == "ASSAULT"
    assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, phrase, code", [
    ("Rebels overran a government outpost in northern Chad, killing six soldiers.", "a government outpost", "TCDMIL"),
    # a base is what states lease and close: the phrase's words alone make it no force
    ("Quito said it would not renew the lease on the U.S. air base at Manta.", "the U.S. air base", None),
])
def test_government_posts_and_bases(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
