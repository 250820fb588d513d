"""Sectors of group and body nouns (session 39): a junta is the military in power (MIL, as the
PLOVER manual's MIL and the blind coders have it), those who run prisons are the state's
administration (GOV; its guards stay police), and a body a movement leads keeps the sector its
own noun says ("the Hezbollah-led opposition": OPP, not the movement's REB)."""

import pytest

from actor_lookup import mention_of
from dyad.pipeline import code


@pytest.mark.parametrize("text, phrase, expected", [
    ("Burkina Faso's junta suspended two French radio stations on Saturday.", "Burkina Faso's junta", "BFAMIL"),
    ("West African leaders gave the junta that seized power in Conakry a month to name a civilian premier.",
     "the junta that seized power in Conakry", "GINMIL"),
    ("Chad's ruling junta extended the transition by two years, angering the opposition.",
     "Chad's ruling junta", "TCDMIL"),
    ("Sudan's military junta dissolved the civilian cabinet on Monday.", "Sudan's military junta", "SDNMIL"),
])
def test_junta_is_the_military_in_power(nlp, text, phrase, expected):
    mention = mention_of(nlp, text, phrase, None)
    assert mention is not None and mention.code == expected


def test_junta_as_actor_of_an_event():
    record = code("Gabon's junta released the deposed president's son from house arrest on Tuesday.",
                  published="2023-10-10")
    actors = [m for e in record["events"] for m in e["actor"] if "junta" in m["text"]]
    assert actors and all((m["country"], m["sector"]) == ("GAB", "MIL") for m in actors)


@pytest.mark.parametrize("text, phrase, expected", [
    # a government its text calls military is still the government, as the coders code it
    ("Nigeria's military government banned three newspapers on Friday.", "Nigeria's military government", "NGAGOV"),
    ("Mali's government rejected the ultimatum on Monday.", "Mali's government", "MLIGOV"),
])
def test_governments_stay_government(nlp, text, phrase, expected):
    mention = mention_of(nlp, text, phrase, None)
    assert mention is not None and mention.code == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Belarusian prison authorities denied the jailed activist a lawyer for a month, her husband said.",
     "Belarusian prison authorities", "BLRGOV"),
    ("Prison officials in Georgia moved the former president to a military hospital on Tuesday.",
     "Prison officials in Georgia", "GEOGOV"),
    # guards and warders are the state's police, as before
    ("Turkish prison guards beat two inmates at a jail near Izmir, a rights group said.",
     "Turkish prison guards", "TURCOP"),
])
def test_prison_authorities_are_the_administration(nlp, text, phrase, expected):
    mention = mention_of(nlp, text, phrase, None)
    assert mention is not None and mention.code == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("The Hezbollah-led opposition walked out of the cabinet in Beirut on Saturday.",
     "The Hezbollah-led opposition", "LBNOPP"),
    ("The Hamas-led government in Gaza rejected the proposal on Monday.", "The Hamas-led government", "PSEGOV"),
    # armed men a movement leads are still its rebels
    ("Houthi-led forces shelled the port city overnight, residents said.", "Houthi-led forces", "YEMREB"),
    ("Hezbollah-led fighters attacked an army post near the border on Monday.", "Hezbollah-led fighters", "LBNREB"),
])
def test_body_a_movement_leads(nlp, text, phrase, expected):
    mention = mention_of(nlp, text, phrase, None)
    assert mention is not None and mention.code == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Kenya's main farm groups threatened on Monday to block roads into Nairobi over maize imports.",
     "Kenya's main farm groups", "KENAGR"),
    ("Thailand's king met pro-democracy groups at the palace on Friday.", "pro-democracy groups", "THAOPP"),
    ("Norway said its navy would board more Russian trawlers fishing inside its waters.",
     "more Russian trawlers", "RUSBUS"),
    ("Supermarkets across Qatar removed French products from their shelves on Sunday.",
     "Supermarkets across Qatar", "QATBUS"),
    ("A drone struck a textile factory in Kharkiv overnight, the governor said.",
     "a textile factory in Kharkiv", "UKRBUS"),
    ("The ruling family of Kuwait named a new crown prince on Wednesday.", "The ruling family of Kuwait", "KWTGOV"),
    # the workers of a factory stay labour, and fishermen farmers' kin (AGR), as before
    ("Factory workers in Dhaka blocked roads on Monday to demand unpaid wages.", "Factory workers in Dhaka", "BGDLAB"),
    ("Sri Lankan fishermen were arrested by the Indian navy on Sunday.", "Sri Lankan fishermen", "LKAAGR"),
])
def test_bodies_of_farmers_traders_and_activists(nlp, text, phrase, expected):
    mention = mention_of(nlp, text, phrase, None)
    assert mention is not None and mention.code == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Sinn Fein, the political wing of the IRA, joined the talks at Stormont on Monday.", "Sinn Fein", "GBRPTY"),
    ("Herri Batasuna, ETA's political wing, called a general strike in Bilbao.", "ETA's political wing", "ESPPTY"),
    ("The political wing of the IRA said on Tuesday it would attend the conference.",
     "The political wing of the IRA", "GBRPTY"),
    # the armed wing stays the movement's fighters
    ("The armed wing of Hamas fired rockets at Ashkelon on Sunday.", "The armed wing of Hamas", "PSEREB"),
])
def test_political_wing_of_an_armed_movement(nlp, text, phrase, expected):
    mention = mention_of(nlp, text, phrase, None)
    assert mention is not None and mention.code == expected
