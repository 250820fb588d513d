"""Where the deed happens, and who fired what (issue 6): the people a deed's toll clause names
("..., killing 12 villagers") are of the country where the deed happened, which the clause it
hangs on names; the shells, rockets and strikes a side fires are its forces (MIL)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    # the toll of a deed whose clause names the place, in a sentence that names the attacker too
    ("A Syrian air raid hit a market in the Iraqi town of Qaim on Friday, killing at least 12 villagers, "
     "a local official said.", "at least 12 villagers", "IRQCVL"),
    ("An Ethiopian drone struck a wedding party in the Somali town of Baidoa, wounding 30 civilians, "
     "elders said.", "30 civilians", "SOMCVL"),
    # the head clause names two countries: no country is guessed
    ("Indian and Pakistani troops exchanged fire across the border, killing four villagers, officials said.",
     "four villagers", None),
])
def test_a_tolls_victims_are_where_the_deed_was(nlp, text, phrase, expected):
    found = code(nlp, text, phrase)
    assert found == expected if expected else (found is None or not found.startswith(("IND", "PAK")))


@pytest.mark.parametrize("text, phrase, expected", [
    ("A Russian missile strike destroyed a power station near Odesa overnight, the governor said.",
     "A Russian missile strike", "RUSMIL"),
    ("Israeli artillery shells hit two houses in the southern Lebanese village of Khiam on Sunday.",
     "Israeli artillery shells", "ISRMIL"),
    ("A U.S. drone strike killed three suspected militants in North Waziristan on Tuesday.",
     "A U.S. drone strike", "USAMIL"),
    ("Saudi air strikes pounded the rebel-held capital Sanaa for a third night.",
     "Saudi air strikes", "SAUMIL"),
    # an armed movement's rockets are the movement's
    ("Hamas rockets struck the southern Israeli town of Sderot on Tuesday.", "Hamas rockets", "PSEREB"),
])
def test_what_a_side_fires_is_its_forces(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase", [
    ("Mediators left Tripoli as shells kept crashing into the port and the death toll rose.", "shells"),
    ("Rockets hit the southern town of Sderot on Tuesday, police said.", "Rockets"),
])
def test_a_munition_whose_side_is_not_said_is_no_actor(nlp, text, phrase):
    assert code(nlp, text, phrase) is None


def test_shell_the_company_is_no_weapon(nlp):
    assert code(nlp, "Shell said on Tuesday it would sell its stake in the venture.", "Shell") != "MIL"
    found = code(nlp, "Shell said on Tuesday it would sell its stake in the venture.", "Shell")
    assert found is None or not found.endswith("MIL")
