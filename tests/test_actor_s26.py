"""Actor knowledge added in session 26 (issue 6): spellings and bodies met in real news.
Sentences written for these tests."""

import pytest

from actor_lookup import code_of


@pytest.mark.parametrize("text, phrase, code", [
    # the Pakistani Taliban under the spellings wire copy uses
    ("The Tehreek-i-Taliban Pakistan claimed the attack on the checkpoint.", "Tehreek-i-Taliban Pakistan", "PAKREB"),
    ("Talks between Islamabad and the Tehrik-e-Taliban Pakistan resumed in Kabul.", "Tehrik-e-Taliban Pakistan",
     "PAKREB"),
    # the Israeli defence ministry's unit for the Palestinian territories
    ("COGAT said on Sunday that 120 aid trucks had entered Gaza.", "COGAT", "ISRGOV"),
])
def test_named_bodies(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
