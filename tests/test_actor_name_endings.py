"""Actor resolution fixes of session 17 (issue 6): the last words of a body's name the knowledge
base lacks say what it is: "X Liberation Army/Front/Forces" an armed movement (REB), not a state's
army; "X Democratic/Patriotic/National Union" a party, not a trade union."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, code", [
    ("The Arakan Liberation Army ambushed an army convoy in Myanmar's Rakhine state on Monday.",
     "The Arakan Liberation Army", "MMRREB"),
    ("Fighters loyal to the Cabinda Liberation Front killed two soldiers in Angola's Cabinda enclave.",
     "the Cabinda Liberation Front", "AGOREB"),
])
def test_a_liberation_army_is_an_armed_movement(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


@pytest.mark.parametrize("text, phrase, code", [
    ("The Civic Democratic Union won 40 of the 240 seats in Bulgaria's election on Sunday.",
     "The Civic Democratic Union", "BGRPTY"),
    ("The Moldovan Patriotic Union called on its supporters to boycott Sunday's referendum.",
     "The Moldovan Patriotic Union", "MDAPTY"),
])
def test_a_democratic_union_is_a_party(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


def test_a_teachers_union_stays_labour(nlp):
    mention = mention_of(nlp, "The Kenya National Union of Teachers called off its strike on Friday.",
                         "The Kenya National Union of Teachers")
    assert mention is not None and mention.code == "KENLAB"
