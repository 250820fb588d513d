"""Attackers whose armed cause the text names are rebels, not unidentified attackers (issue 6)."""

import pytest

from actor_lookup import code_of


def code(nlp, text, phrase):
    return code_of(nlp, text, phrase, "1997-11-18")


@pytest.mark.parametrize("text, phrase, expected", [
    ("Rebel gunmen ambushed a bus on the road to Cotabato in the southern Philippines.", "Rebel gunmen", "PHLREB"),
    ("Islamist gunmen shot dead 12 villagers near Blida, Algeria's interior ministry said.", "Islamist gunmen",
     "DZAREB"),
    ("Separatist gunmen attacked a police post in Indian Kashmir overnight.", "Separatist gunmen", "INDREB"),
    # nothing said of who they are: unidentified attackers
    ("Unidentified gunmen shot dead a judge in Cairo, Egypt's interior ministry said.", "Unidentified gunmen",
     "EGYUAF"),
])
def test_gunmen_with_a_named_cause_are_rebels(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
