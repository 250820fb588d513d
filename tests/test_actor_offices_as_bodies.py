"""An office stands for whose office it is, as a building does (session 16, issue 6): "outside
the governor's office" is the governor's government; "the office" alone, or "took office", is no
actor."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, code", [
    ("Hundreds of farmers rallied outside the governor's office in Kano on Monday.", "the governor's office", "NGAGOV"),
    ("Gunmen stormed the offices of the newspaper in Lahore, Pakistan, on Friday.", "the offices of the newspaper",
     "PAKMED"),
])
def test_office_is_its_holders(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


def test_taking_office_is_no_actor(nlp):
    assert mention_of(nlp, "The new president of Ghana took office on Sunday.", "office") is None
