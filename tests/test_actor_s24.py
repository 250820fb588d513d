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
