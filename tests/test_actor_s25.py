"""Actor resolution fixes of session 25 (issue 6), each a class of phrase news uses often.
Sentences written for these tests."""

import pytest

from actor_lookup import code_of


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
