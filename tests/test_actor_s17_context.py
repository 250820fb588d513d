"""Actor resolution fixes of session 17 (issue 6): refugees and displaced people whose phrase
names no nationality are coded, as coders code them, by the country of the scene where they
shelter or are attacked; a stated nationality still wins. A company's home country is no sign
of where the story is: it works abroad as often as at home. Nor is a place name that names a
facility placed after it ("the Santa Ana cemetery in Tegucigalpa")."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, code", [
    ("An air strike by government forces hit a camp for displaced people in the town of Kutum in North Darfur, "
     "killing 40.", "displaced people", "SDNREF"),
    ("Rebels attacked thousands of displaced people sheltering in a stadium in the Congolese town of Beni.",
     "displaced people", "CODREF"),
    ("Army helicopters bombed hundreds of refugees hiding in a forest outside the Sudanese town of Geneina.",
     "refugees", "SDNREF"),
    ("Police fired tear gas at refugees camped outside a church in the Kenyan capital.", "refugees", "KENREF"),
])
def test_refugees_take_the_scene_country(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


def test_a_stated_nationality_wins(nlp):
    mention = mention_of(nlp, "Lebanese soldiers raided a camp of Syrian refugees in Arsal on Friday.",
                         "Syrian refugees")
    assert mention is not None and mention.code == "SYRREF"


@pytest.mark.parametrize("text, phrase, code", [
    ("Hundreds of workers at a Chevron oil terminal near Warri in southern Nigeria went on strike on "
     "Monday.", "Hundreds of workers", "NGALAB"),
    ("Police fired tear gas at villagers protesting outside a Huawei factory near Nairobi, Kenya.",
     "villagers", "KENCVL"),
])
def test_a_company_does_not_say_where_the_story_is(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


@pytest.mark.parametrize("text, phrase, code", [
    ("Police beat dozens of mourners at the Santa Ana cemetery in Tegucigalpa on Sunday, witnesses said.",
     "dozens of mourners", "HNDCVL"),
    ("Guards beat hundreds of inmates at the Victoria prison in Harare, relatives said.",
     "hundreds of inmates", "ZWECRM"),
])
def test_a_facility_name_is_no_place(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code
