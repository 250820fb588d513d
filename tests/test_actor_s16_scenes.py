"""Actor resolution fixes of session 16 (issue 6): a capital a curfew or siege is laid on, or
that a threat would ruin, is its people (CVL), not its government; foreign journalists and
investors are of countries the phrase does not name, not the host's; a nation that votes is its
people (CVL), not the nation as a side."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, code", [
    ("Bangladeshi authorities imposed a curfew on Dhaka on Sunday after a night of riots.", "Dhaka", "BGDCVL"),
    ("The army imposed a dusk-to-dawn curfew on Freetown on Monday as looting spread.", "Freetown", "SLECVL"),
    ("Rebel commanders vowed to tighten the siege of Kabul before the winter.", "Kabul", "AFGCVL"),
    ("An Iraqi spokesman threatened to turn Kuwait City into a graveyard if attacked.", "Kuwait City", "KWTCVL"),
])
def test_besieged_capital_is_its_people(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


def test_sanctions_on_a_capital_stay_government(nlp):
    mention = mention_of(nlp, "The European Union imposed new sanctions on Tehran on Monday.", "Tehran")
    assert mention is not None and mention.code == "IRNGOV"


@pytest.mark.parametrize("text, phrase", [
    ("Security police in Nairobi detained dozens of foreign journalists covering the vote, Kenya's "
     "interior ministry said.", "dozens of foreign journalists"),
    ("Argentina said on Tuesday that foreign investors had pulled $2 billion out of its markets.", "foreign investors"),
])
def test_foreign_people_are_not_the_hosts(nlp, text, phrase):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.country is None and mention.sector in ("MED", "BUS")


def test_foreign_tourists_stay_at_the_scene(nlp):
    mention = mention_of(nlp, "Gunmen shot dead 12 foreign tourists at a beach resort in Sousse, Tunisia.",
                         "12 foreign tourists")
    assert mention is not None and mention.code == "TUNCVL"


@pytest.mark.parametrize("text, phrase, code", [
    ("Norwegians voted against joining the European Union on Monday.", "Norwegians", "NORCVL"),
    ("Greeks rejected the bailout terms in a referendum on Sunday.", "Greeks", "GRCCVL"),
    ("Israelis accused Syria of shelling the Golan Heights.", "Israelis", "ISR"),
])
def test_a_voting_nation_is_its_people(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code
