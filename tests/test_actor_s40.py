"""Actor classes fresh blind text got wrong (session 40): an international court's prosecutor
is the court's (IGO JUD) as the court is; names written with the okina match their plain
spelling; "Islamic Jihad" in Lebanon's hostage years is the Lebanese group; those in power taken
together ("a political class") are the government; a fact-finding mission is its body's; the
doer of a deed done to a phrase's people ("displaced by", "held by") is not whose they are; an
armed movement's military commander is a rebel, not a state's soldier."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, published, expected", [
    # an international court's prosecutor: the court's, IGO JUD, however the text names her
    ("The International Criminal Court's chief prosecutor, Fatou Bensouda, said on Tuesday she would "
     "open an inquiry into the killings.", "The International Criminal Court's chief prosecutor, Fatou Bensouda",
     "2016-04-12", "IGOJUD"),
    ("Fatou Bensouda told reporters in The Hague that the evidence was strong.", "Fatou Bensouda",
     "2016-04-12", "IGOJUD"),
    ("ICC prosecutor Luis Moreno-Ocampo asked judges on Monday to issue three arrest warrants.",
     "ICC prosecutor Luis Moreno-Ocampo", "2010-07-05", "IGOJUD"),
    # its secretary-general and envoys stay the body's (IGO)
    ("U.N. Secretary-General Antonio Guterres said on Monday he was alarmed by the fighting.",
     "U.N. Secretary-General Antonio Guterres", "2022-03-07", "IGO"),
])
def test_court_officer_is_the_court(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected


@pytest.mark.parametrize("text, phrase, published, expected", [
    ("Samoa's outgoing leader refused on Tuesday to hand power to Fiame Naomi Mata'afa, whose party "
     "won April's vote.", "Fiame Naomi Mata'afa", "2021-05-25", "WSMOPP"),
    ("Prime Minister Fiamē Naomi Mataʻafa opened a regional summit in Apia on Monday.",
     "Prime Minister Fiamē Naomi Mataʻafa", "2024-10-21", "WSMGOV"),
    ("Samoa's Fiame Naomi Mata'afa met New Zealand's foreign minister in Apia on Monday.",
     "Fiame Naomi Mata'afa", "2023-02-06", "WSMGOV"),
])
def test_okina_spelling(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected


@pytest.mark.parametrize("text, phrase, published, expected", [
    ("Islamic Jihad released a French teacher held in Lebanon for three years, officials in Beirut said.",
     "Islamic Jihad", "1990-05-04", "LBNREB"),
    ("A British envoy was freed by his Islamic Jihad kidnappers in Beirut on Friday.",
     "his Islamic Jihad kidnappers", "1991-11-18", "LBNREB"),
    ("Islamic Jihad fired rockets from Gaza at Israeli towns on Tuesday.", "Islamic Jihad", "2022-08-07", "PSEREB"),
    ("Islamic Jihad said on Tuesday it would keep fighting.", "Islamic Jihad", "2019-11-12", "PSEREB"),
])
def test_islamic_jihad_of_lebanon(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Thousands of Iraqis marched in Baghdad on Friday against a political class they blame for power cuts.",
     "a political class", "IRQGOV"),
    ("Tens of thousands of Chileans rallied in Santiago against the ruling elite on Sunday.",
     "the ruling elite", "CHLGOV"),
    ("Burundi refused on Monday to admit a U.N. fact-finding mission looking into killings.",
     "a U.N. fact-finding mission", "IGO"),
    ("An EU observer mission said on Monday the vote had been marred by fraud.", "An EU observer mission", "IGO"),
])
def test_bodies_taken_together(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # the doer of what was done to the phrase's people is another side (displaced, they are
    # PLOVER's REF: tests/test_sectors_s40.py)
    ("An air force jet mistakenly bombed a camp for people displaced by Boko Haram in northeastern Nigeria.",
     "people displaced by Boko Haram", "NGAREF"),
    ("Qatar said on Sunday that talks on freeing Israeli hostages held by Hamas had stalled.",
     "Israeli hostages held by Hamas", "ISRCVL"),
    ("Doctors in Kharkiv treated civilians wounded by Russian shelling.", "civilians wounded by Russian shelling",
     "UKRCVL"),
    # a participle of whose they are still says it
    ("Rebels led by Laurent Nkunda seized the town of Rutshuru on Tuesday.", "Rebels led by Laurent Nkunda",
     "CODREB"),
])
def test_doer_of_deed_to_them(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Israeli jets killed Hamas's military commander in Gaza on Tuesday.", "Hamas's military commander", "PSEREB"),
    ("Troops killed the FARC's military commander, Pedro Ramirez Lopez, in a raid on Wednesday.",
     "the FARC's military commander, Pedro Ramirez Lopez", "COLREB"),
    ("Troops killed the FARC's top military commander in a jungle raid on Wednesday.",
     "the FARC's top military commander", "COLREB"),
    # a state's commander stays a soldier
    ("Sudan's military commander, General Abdel Fattah al-Burhan, met envoys on Monday.",
     "Sudan's military commander, General Abdel Fattah al-Burhan", "SDNMIL"),
    ("Nigeria's military commanders met in Abuja on Monday.", "Nigeria's military commanders", "NGAMIL"),
])
def test_armed_movement_commander(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # a state's body noun hung on the other side's noun is an actor of its own, not "government rebels"
    ("Colombia's government and FARC rebels signed a ceasefire in Havana on Thursday.",
     "Colombia's government and FARC rebels", ["COLGOV", "COLREB"]),
    ("Kazakhstan offered to host talks between the Syrian government and opposition groups.",
     "the Syrian government and opposition groups", ["SYRGOV", "SYROPP"]),
    ("Mediators met Chad's government and rebel groups in Doha on Monday.",
     "Chad's government and rebel groups", ["TCDGOV", "TCDREB"]),
    # a noun both sides have is still shared: government forces, rebel forces
    ("Fighting broke out between Ukrainian government and rebel forces near Donetsk.",
     "Ukrainian government and rebel forces", ["UKRMIL", "UKRREB"]),
])
def test_state_body_beside_the_other_side(nlp, text, phrase, expected):
    from dyad.extract.actors import ActorResolver
    from dyad.extract.phrases import noun_phrase

    doc = nlp(text)
    start = text.index(phrase)
    words = doc.char_span(start, start + len(phrase))
    found = ActorResolver(doc, None).resolve_all(noun_phrase(words.root))
    assert [m.code for m in found] == expected


def test_writer_and_activist(nlp):
    text = "Nigeria's military government hanged the Ogoni writer Ken Saro-Wiwa and eight other activists."
    assert code(nlp, text, "the Ogoni writer Ken Saro-Wiwa", "1995-11-10") == "NGACVL"


@pytest.mark.parametrize("text, phrase, expected", [
    # a city the tagger takes for a person, of a country the story names: the town and its people
    ("Russian jets pounded the Chechen capital Grozny for a third straight day on Sunday.", "Grozny", "RUSCVL"),
    ("Indonesia's navy shipped tents and rice to Palu on Tuesday, four days after the quake.", "Palu", "IDNCVL"),
    # a given name stays a person
    ("Florence told reporters in Rome that Italy would not back down.", "Florence", None),
])
def test_town_taken_for_a_person(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # militiamen fighting beside a state's soldiers are on its side (PRM); alone or beside rebels, rebels
    ("Government soldiers and militiamen went from house to house in Kigali on Thursday, killing Tutsis.",
     "militiamen", "RWAPRM"),
    ("Militiamen and soldiers of the presidential guard hunted down opposition politicians in Kigali.",
     "Militiamen", "RWAPRM"),
    ("Rebel fighters and militiamen attacked a village in Ituri province on Monday.", "militiamen", "CODREB"),
    # gendarmeries are police
    ("Two Civil Guard officers were killed by a car bomb in Navarre on Monday.", "Two Civil Guard officers", "ESPCOP"),
    ("A suicide bomber killed 40 Frontier Constabulary recruits in Peshawar on Friday.",
     "40 Frontier Constabulary recruits", "PAKCOP"),
])
def test_irregulars_and_gendarmes(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
