"""A panel is a body of whoever its modifier names ("an African Union panel": IGO), as a
commission or council is; and a party named right after the word "opposition" is that party,
not the role phrase "opposition movement" or "opposition alliance"; the Americas' indigenous
peoples news calls "Indians" are civilians of their story's country, not India's (issue 6)."""

import pytest

from actor_lookup import code_of as code, mention_of


@pytest.mark.parametrize("text, phrase, expected", [
    ("Ouattara's camp welcomed an African Union panel's ruling on the disputed election.",
     "African Union panel", "IGO"),
    ("A United Nations panel accused Rwanda of arming the M23 rebels in eastern Congo.",
     "A United Nations panel", "IGO"),
])
def test_panel_of_a_body(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


def test_unknown_panel_has_no_actor_code(nlp):
    # no body named: no country and no sector guessed
    assert code(nlp, "An independent panel said the police had used excessive force.", "An independent panel") is None


def test_party_named_after_opposition(nlp):
    text = ("Nigeria's President Olusegun Obasanjo on Friday urged Zimbabwe's ruling ZANU-PF and the opposition "
            "Movement for Democratic Change to return to talks.")
    mention = mention_of(nlp, text, "the opposition Movement for Democratic Change")
    assert (mention.name, mention.code) == ("Movement for Democratic Change", "ZWEOPP")


@pytest.mark.parametrize("text, phrase, expected", [
    ("Hundreds of Aymara Indian farmers blocked the highway between La Paz and Lake Titicaca.",
     "Aymara Indian farmers", "BOLAGR"),
    ("Mapuche Indians occupied a logging company's estate near Temuco in southern Chile.", "Mapuche Indians", "CHLCVL"),
    ("Indian troops fired on stone-throwing protesters in Srinagar.", "Indian troops", "INDMIL"),
])
def test_indigenous_peoples_of_the_americas_are_not_india(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
