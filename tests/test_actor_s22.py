"""Actor resolution fixes of session 22 (issue 6), each a class of phrase news uses often."""

import pytest

from actor_lookup import code_of, mention_of


@pytest.mark.parametrize("text, phrase, code", [
    # a place noun's "of" names the place: the town (its country), not no one
    ("Government artillery pounded the city of Idlib for a third day on Sunday.", "the city of Idlib", "SYR"),
    ("Police sealed off the town of Cizre before dawn on Friday.", "the town of Cizre", "TUR"),
    # a town called besieged is its people, as one under a siege is
    ("A food convoy finally entered the besieged Syrian town of Zabadani on Thursday.",
     "the besieged Syrian town of Zabadani", "SYRCVL"),
])
def test_a_town_named_after_a_place_noun(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
