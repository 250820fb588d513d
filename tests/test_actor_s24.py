"""Actor resolution fixes of session 24 (issue 6), each a class of phrase news uses often.
Sentences written for these tests."""

import pytest

from actor_lookup import code_of
from helpers import codes, events_by_trigger


def _events(text):
    return events_by_trigger(text, "2024-03-11")


@pytest.mark.parametrize("text, trigger, recipient", [
    # towns a nationality says whose are their people, as villages are
    ("Militants in Gaza fired three rockets into a southern Israeli town on Sunday, lightly wounding two people.",
     "fired", ["ISRCVL"]),
    ("Government warplanes bombed several Syrian cities overnight, the monitoring group said.", "bombed", ["SYRCVL"]),
])
def test_a_nations_towns_are_its_people(nlp, text, trigger, recipient):
    event = _events(text)[trigger]
    assert event["type"] == "ASSAULT"
    assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, phrase, code", [
    # alone, towns are where something happens, no actor
    ("Thousands of farmers marched through towns across Kenya on Tuesday.", "towns across Kenya", None),
    # a village the gazetteer lacks is of the country its phrase names
    ("Rebels raided the village of Kelemoya in southern Kenya on Sunday.", "the village of Kelemoya", "KENCVL"),
    ("Authorities imposed a curfew in the town of Cizre.", "the town of Cizre", "TURCVL"),
])
def test_towns_alone_and_named(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, trigger, recipient", [
    # posts a state's forces hold, named by a nationality only: its soldiers
    ("Hezbollah guerrillas attacked Israeli positions along the border on Friday.", "attacked", ["ISRMIL"]),
    ("Indian troops fired on Pakistani posts in Kashmir overnight, the army said.", "fired", ["PAKMIL"]),
    # a post the modifier says whose stays that body's
    ("Gunmen attacked a police post near Peshawar on Monday.", "attacked", ["PAKCOP"]),
])
def test_a_nations_front_line_posts_are_its_soldiers(nlp, text, trigger, recipient):
    event = _events(text)[trigger]
    assert event["type"] == "ASSAULT"
    assert codes(event["recipient"]) == recipient


@pytest.mark.parametrize("text, phrase, code", [
    ("Rebels overran a government outpost in northern Chad, killing six soldiers.", "a government outpost", "TCDMIL"),
    # a base is what states lease and close: the phrase's words alone make it no force
    ("Quito said it would not renew the lease on the U.S. air base at Manta.", "the U.S. air base", None),
])
def test_government_posts_and_bases(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # religious offices and bodies the lexicon lacked
    ("The Archbishop Emeritus of Cartagena demanded the release of the detained students.",
     "The Archbishop Emeritus of Cartagena", "COLREL"),
    ("The Bishops Conference of Colombia called on both sides to resume the dialogue.",
     "The Bishops Conference of Colombia", "COLREL"),
    # a union body named a congress is a union, not a legislature
    ("Kenya's Trade Union Congress threatened a general strike over the new tax.",
     "Kenya's Trade Union Congress", "KENLAB"),
    # a party sharing a government
    ("The Slovak prime minister warned a rebellious coalition partner to stop blocking the budget.",
     "a rebellious coalition partner", "SVKPTY"),
])
def test_religious_bodies_unions_and_coalition_partners(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_a_title_chooses_the_years_a_person_held_it(nlp):
    # 'opposition leader' picks Buhari's years in opposition, not his presidency: undated, and
    # in a story of those years
    text = "Nigerian opposition leader Muhammadu Buhari demanded that the election be held again."
    assert code_of(nlp, text, "Nigerian opposition leader Muhammadu Buhari") == "NGAOPP"
    assert codes(events_by_trigger(text, "2011-04-20")["demanded"]["actor"]) == ["NGAOPP"]
    assert code_of(nlp, "President Abdullatif Rashid welcomed the delegation in Baghdad.",
                   "President Abdullatif Rashid") == "IRQGOV"


def test_representatives_are_the_body_their_modifier_names(nlp):
    # (in 2020, before the Taliban took power)
    event = events_by_trigger("Afghan government and Taliban representatives reached a preliminary deal on Wednesday.",
                              "2020-12-02")["reached"]
    assert event["type"] == "AGREE"
    assert codes(event["actor"]) == ["AFGGOV", "AFGREB"]
    assert code_of(nlp, "Representatives from Kenya's Ministry of Health met the donors on Monday.",
                   "Representatives from Kenya's Ministry of Health") == "KENGOV"
    # alone, still lawmakers
    assert code_of(nlp, "Iraq's Council of Representatives approved the budget.", "Iraq's Council of Representatives") == "IRQLEG"


@pytest.mark.parametrize("text, phrase, code", [
    # a number "of" a group is of that group
    ("Two of Kenya's opposition parties pulled out of the talks on Monday.", "Two of Kenya's opposition parties", "KENOPP"),
    # "North" of "the foreign ministers of North and South Korea" is the North's minister
    ("The foreign ministers of North and South Korea met in Singapore on Friday.", "North", "PRKGOV"),
])
def test_counted_and_halved_owners(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_a_state_bodys_chief_named_in_apposition_acts_as_that_chief(nlp):
    # "Sudan's army" is the army's own name; its chief, named after a comma, acts as the commander
    text = "Sudan's army chief, Abdel Fattah al-Burhan, lifted the state of emergency on Sunday."
    assert code_of(nlp, text, "Sudan's army chief, Abdel Fattah al-Burhan") == "SDNMIL"


def test_the_places_their_own_clause_tells_of_say_whose_people_are(nlp):
    # not the donor's: the people of the place the participle names, or of no one country of two
    events = _events("Japan pledged aid on Monday for the people affected by the earthquake in Turkey.")
    assert codes(events["pledged"]["recipient"]) == ["TURCVL"]
    from dyad.extract.actors import ActorResolver

    text = "Japan pledged aid on Monday for the people affected by the earthquakes in Turkey and Syria."
    doc = nlp(text)
    start = text.index("the people")
    mention = ActorResolver(doc, None).resolve(doc.char_span(start, start + len("the people")))
    assert (mention.country, mention.sector) == (None, "CVL")


def test_a_shared_chamber_name_of_a_named_leaders_country(nlp):
    # a sentence that names no country but a known president: his country's Senate, not America's
    assert code_of(nlp, "President Luiz Inacio Lula da Silva asked the Senate to speed up the vote.",
                   "the Senate") == "BRALEG"
    assert code_of(nlp, "The Senate passed the bill on Tuesday.", "The Senate") == "USALEG"
