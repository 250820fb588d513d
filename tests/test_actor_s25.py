"""Actor resolution fixes of session 25 (issue 6), each a class of phrase news uses often.
Sentences written for these tests."""

import pytest

from actor_lookup import code_of, mention_of
from helpers import codes, events_by_trigger


def _events(text):
    return events_by_trigger(text, "2024-03-11")


@pytest.mark.parametrize("text, phrase, code", [
    # undated, a person's latest role is the one held last: a long opposition career outlasts
    # the short spell in government inside it
    ("Morgan Tsvangirai called on his supporters to stay away from work on Monday.", "Morgan Tsvangirai", "ZWEOPP"),
    ("Etienne Tshisekedi rejected the new cabinet on Tuesday.", "Etienne Tshisekedi", "CODOPP"),
    # a role still held and begun last stays the latest one
    ("Vladimir Putin signed the decree on Friday.", "Vladimir Putin", "RUSGOV"),
])
def test_undated_latest_role_is_the_one_held_last(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, published, code", [
    # undated, a lone surname of the one person the knowledge base knows by it is that person,
    # whatever the years of his offices
    ("Sogavare told parliament on Tuesday he would not step down.", "Sogavare", None, "SLBGOV"),
    ("Tsvangirai said the vote had been rigged.", "Tsvangirai", None, "ZWEOPP"),
    # dated, only an office holder of the day in a story naming his country is
    ("Sogavare told parliament on Tuesday he would not step down.", "Sogavare", "2025-03-01", None),
])
def test_undated_lone_surname_of_one_known_person(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


