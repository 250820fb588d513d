"""Attackers whose armed cause the text names are rebels, not unidentified attackers (issue 6)."""

import datetime as dt

import pytest

from dyad.extract.actors import ActorResolver


def code(nlp, text, phrase):
    doc = nlp(text)
    start = text.index(phrase)
    mention = ActorResolver(doc, dt.date(1997, 11, 18)).resolve(doc.char_span(start, start + len(phrase)))
    return None if mention is None else mention.code


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
