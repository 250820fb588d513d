"""People of the news of 1975-2000 the knowledge base gained in session 39: heads of state and
government, foreign and defence ministers the gap audit (scripts/audit_office_gaps.py 1975 2000)
found missing, and armed-group, opposition and international people named without a title. A
name alone, with no country word in the sentence, gives the person's country and the sector of the
office held on the story's date; after the office, a former office holder (ELI); in an undated
story, the office of the era its anchors give. Sentences written for these tests."""

import pytest

from actor_lookup import code_of, mention_of


@pytest.mark.parametrize("text, phrase, published, code", [
    # heads of state and government in office on the story's date
    ("Kare Willoch told parliament the oil money would be saved.", "Kare Willoch", "1983-05-10", "NORGOV"),
    ("Milka Planinc asked the republics to accept the austerity plan.", "Milka Planinc", "1984-03-01",
     "SRBGOV"),
    ("Hilla Limann promised to revive the cocoa industry.", "Hilla Limann", "1980-06-10", "GHAGOV"),
    ("Luis Garcia Meza closed the universities for a month.", "Luis Garcia Meza", "1980-12-10", "BOLMIL"),
    ("Pierre Trudeau flew home from the summit on Tuesday.", "Pierre Trudeau", "1982-06-10", "CANGOV"),
    ("Leabua Jonathan accused the neighbour of harbouring rebels.", "Leabua Jonathan", "1983-03-03",
     "LSOGOV"),
    # foreign and defence ministers
    ("Frigyes Puja received the visiting delegation on Monday.", "Frigyes Puja", "1979-02-02", "HUNGOV"),
    ("Florian Siwicki said the army would stay out of politics.", "Florian Siwicki", "1988-06-01",
     "POLGOV"),
    ("Vasile Milea inspected the tank regiment on Thursday.", "Vasile Milea", "1987-04-01", "ROUGOV"),
    ("Lee Bum-suk arrived for talks on the airliner incident.", "Lee Bum-suk", "1983-09-10", "KORGOV"),
    ("Kamal Hassan Ali said the army would be modernized.", "Kamal Hassan Ali", "1979-06-10", "EGYGOV"),
    ("Jose Guillermo Garcia said the army would not negotiate.", "Jose Guillermo Garcia", "1981-03-10",
     "SLVGOV"),
    ("Abdul Jabbar Shanshal said the army was ready.", "Abdul Jabbar Shanshal", "1990-08-10", "IRQGOV"),
    # people named without a title
    ("Adem Jashari said his men would defend the village.", "Adem Jashari", "1998-01-20", "XKXREB"),
    ("Jeremias Chitunda accused the government of breaking the ceasefire.", "Jeremias Chitunda",
     "1991-08-10", "AGOREB"),
    ("Alfonso Robelo said the rebels would not lay down their arms.", "Alfonso Robelo", "1985-06-10",
     "NICREB"),
    ("Semdin Sakik said his fighters had ambushed a patrol.", "Semdin Sakik", "1995-06-10", "TURREB"),
    ("Saad Haddad said his militia would keep the enclave.", "Saad Haddad", "1980-06-10", "LBNREB"),
    ("Abdullah Bishara said the council would meet next month.", "Abdullah Bishara", "1988-06-10", "IGO"),
    ("Yelena Bonner said the hunger strike would go on.", "Yelena Bonner", "1985-06-10", "RUSOPP"),
    # an earlier role of a person listed for a later one
    ("Vaclav Havel was detained again by the police.", "Vaclav Havel", "1985-06-10", "CZEOPP"),
    ("Vaclav Havel told parliament the federation could survive.", "Vaclav Havel", "1991-06-10", "CZEGOV"),
    ("Son Sen ordered the guerrillas to attack the government posts.", "Son Sen", "1990-05-05", "KHMREB"),
    # after the office ended: a former office holder
    ("Kare Willoch told a conference that the oil money had been wasted.", "Kare Willoch", "1995-05-10",
     "NORELI"),
    ("Frigyes Puja received the visiting delegation on Monday.", "Frigyes Puja", "1987-02-02", "HUNELI"),
    ("Jagjivan Ram attended the rally.", "Jagjivan Ram", "1984-05-05", "INDELI"),
    ("Dobri Dzhurov said the army had been cut too far.", "Dobri Dzhurov", "1993-03-10", "BGRELI"),
])
def test_people_era_s39(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, phrase, code", [
    # undated: the office of the era the story's anchors give ("the Warsaw Pact" ended in 1991,
    # "Czechoslovakia" in 1993, "the Soviet Union" in 1991)
    ("Florian Siwicki said the Warsaw Pact exercises would go ahead.", "Florian Siwicki", "POLGOV"),
    ("Bohuslav Chnoupek met envoys from the Soviet Union on Friday.", "Bohuslav Chnoupek", "CZEGOV"),
    ("Vaclav Havel said Czechoslovakia would leave the Warsaw Pact.", "Vaclav Havel", "CZEGOV"),
])
def test_people_era_s39_undated(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_people_era_s39_surname_after_full_name(nlp):
    """A later mention by the surname alone is the person the full name introduced."""
    text = "Frigyes Puja arrived on Monday. Puja said the talks had been useful."
    mention = mention_of(nlp, text, "Puja", "1979-02-02", last=True)
    assert mention is not None and mention.name == "Frigyes Puja" and mention.code == "HUNGOV"
