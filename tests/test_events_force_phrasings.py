"""Acts of force in news phrasings dyad did not code: a named place taken whose apposition says
what it is ("took Bor, the state capital"), armed men seizing a facility or a complex, a weapon
that damages something, bayoneting, forcing a leader to resign; and the
same words with no one using force, which stay no such event."""

import pytest

from helpers import types_by_trigger

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text, trigger", [
    ("The rebels took Bor, the state capital, on Friday after a week of fighting.", "took"),
    ("Gunmen seized an oil facility near the coast on Monday.", "seized"),
    ("Militants seized a gas complex in the desert at dawn on Wednesday.", "seized"),
    ("A Russian drone damaged grain silos in the port late on Tuesday.", "damaged"),
    ("Soldiers bayoneted two prisoners in the courtyard, witnesses said.", "bayoneted"),
])
def test_acts_of_force_are_assaults(nlp, text, trigger):
    assert types_by_trigger(text, PUBLISHED).get(trigger, (None,))[0] == "ASSAULT"


def test_forcing_a_leader_to_resign_is_a_forced_resignation(nlp):
    found = types_by_trigger("Army generals forced the president to resign early on Friday after days of protests.",
                             PUBLISHED)
    assert found.get("forced") == ("COERCE", "170")
    assert "resign" not in found  # one event: the forcing


@pytest.mark.parametrize("text", [
    "The storm damaged crops across the region.",
    "The scandal damaged the minister's reputation.",
    "The company took Acme, its largest rival, to court on Friday.",
])
def test_the_same_words_with_no_force_are_no_assault(nlp, text):
    assert "ASSAULT" not in {type_ for type_, _ in types_by_trigger(text, PUBLISHED).values()}


def test_a_resignation_no_one_forced_stays_a_resignation(nlp):
    assert types_by_trigger("The president resigned on Friday.", PUBLISHED)["resigned"][0] == "RETREAT"
