"""Event coding fixes of session 26, each from a construction met in real news, in sentences
written for dyad."""

import pytest

from helpers import coded_events

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text, trigger", [
    ("The rocket attack on the airport did not stop the peace talks in Doha.", "attack"),
    ("The bombing of the market will not deter the government, the minister said.", "bombing"),
    ("The strike by dock workers did not affect oil exports on Monday.", "strike"),
])
def test_a_deed_that_is_the_subject_of_a_negated_verb_happened(nlp, text, trigger):
    [event] = [e for e in coded_events(text, PUBLISHED) if e["trigger"]["text"] == trigger]
    assert event["status"] == "asserted"


@pytest.mark.parametrize("text", [
    "The planned strike by dock workers did not take place.",
    "The general strike called by the unions did not go ahead on Monday.",
])
def test_a_deed_said_not_to_occur_did_not_happen(nlp, text):
    assert not [e for e in coded_events(text, PUBLISHED) if e["type"] == "PROTEST" and e["status"] == "asserted"]


def test_a_deed_that_will_not_go_unpunished_is_a_threat_to_its_doers(nlp):
    events = coded_events("The Indian foreign minister said the attack by Pakistani militants on the pilgrims "
                          "would not go unpunished.", PUBLISHED)
    [threat] = [e for e in events if e["type"] == "THREATEN"]
    assert [m["country"] for m in threat["actor"]] == ["IND"]
    assert [(m["country"], m["sector"]) for m in threat["recipient"]] == [("PAK", "REB")]


def test_a_deed_that_went_unpunished_is_no_threat(nlp):
    assert "THREATEN" not in {e["type"] for e in coded_events(
        "Rights groups said the killings of protesters in 2019 went unpunished.", PUBLISHED)}


def test_a_participle_before_a_name_describes_it(nlp):
    # "Visiting" is no gerund clause of which the president would be the object
    [talks] = [e for e in coded_events("Visiting Brazilian President Luiz Inacio Lula da Silva and his Chinese "
                                       "counterpart, Xi Jinping, met in Beijing on Friday.", PUBLISHED)
               if e["type"] == "CONSULT"]
    assert sorted(m["country"] for m in talks["actor"] + talks["recipient"]) == ["BRA", "CHN"]


def test_speaking_on_the_phone_is_a_call(nlp):
    [call] = coded_events("Seoul said its defence minister and his Japanese counterpart had spoken on the "
                          "phone late on Monday.", PUBLISHED)
    assert (call["type"], call["cameo"]) == ("CONSULT", "041")
    assert sorted(m["country"] for m in call["actor"] + call["recipient"]) == ["JPN", "KOR"]


def test_atoning_for_a_deed_is_an_apology(nlp):
    [apology] = [e for e in coded_events("The American commander tried to atone for the killing of two Afghan "
                                         "villagers by visiting their families.", PUBLISHED) if e["type"] == "CONCEDE"]
    assert apology["cameo"] == "055"


def test_pointing_the_finger_at_states_is_blame(nlp):
    [blame] = [e for e in coded_events("Senior British ministers pointed the finger at Syria and Iran over the "
                                       "rocket attack on the consulate.", PUBLISHED) if e["type"] == "ACCUSE"]
    assert sorted(m["country"] for m in blame["recipient"]) == ["IRN", "SYR"]


def test_a_warm_welcome_offered_to_a_visitor_is_hosting(nlp):
    [welcome] = coded_events("President Lula offered the visiting Chinese premier a warm welcome in Brasilia "
                             "on Thursday.", PUBLISHED)
    assert (welcome["type"], welcome["cameo"]) == ("CONSULT", "043")
    assert [m["country"] for m in welcome["recipient"]] == ["CHN"]


@pytest.mark.parametrize("text, status", [
    ("Armenia's army command ordered some of its units to start pulling back from the frontier on Friday.", "asserted"),
    ("The president ordered his army to pull back from the disputed town.", "asserted"),
])
def test_ordering_ones_own_troops_to_withdraw_is_the_withdrawal(nlp, text, status):
    [retreat] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "RETREAT"]
    assert retreat["status"] == status


def test_ordering_others_to_withdraw_is_a_demand(nlp):
    events = coded_events("The Security Council ordered the rebels to withdraw from the town.", PUBLISHED)
    assert not [e for e in events if e["type"] == "RETREAT" and e["status"] == "asserted"]


def test_issuing_a_country_with_a_threat_threatens_it(nlp):
    [threat] = [e for e in coded_events("The president has issued Beijing with a renewed threat that he could "
                                        "impose new tariffs on Chinese goods.", PUBLISHED) if e["type"] == "THREATEN"]
    assert [m["country"] for m in threat["recipient"]] == ["CHN"]


def test_two_verbs_of_force_share_their_object(nlp):
    [arrest] = [e for e in coded_events("Authorities in Oakland arrested or cited dozens of protesters on Saturday.",
                                        PUBLISHED) if e["type"] == "COERCE"]
    assert [(m["text"], m["sector"]) for m in arrest["recipient"]] == [("dozens of protesters", "CVL")]


def test_force_used_to_disperse_a_crowd_is_used_on_it(nlp):
    [assault] = [e for e in coded_events("Riot police fired tear gas on Sunday to try to scatter hundreds of "
                                         "students who had marched into the centre of Quito.", PUBLISHED)
                 if e["type"] == "ASSAULT"]
    assert [(m["text"], m["country"], m["sector"]) for m in assault["recipient"]] == [
        ("hundreds of students", "ECU", "EDU")]


def test_joining_others_in_cutting_ties_is_cutting_them(nlp):
    [cut] = [e for e in coded_events("Bahrain and Sudan joined the Saudi-led bloc on Monday in severing "
                                     "diplomatic relations with Qatar.", PUBLISHED) if e["type"] == "SANCTION"]
    assert cut["status"] == "asserted"
    assert sorted(m["country"] for m in cut["actor"]) == ["BHR", "SDN"]


def test_where_both_sides_signed_a_ceasefire_is_no_side(nlp):
    [ceasefire] = [e for e in coded_events("Colombia's government and the ELN guerrillas signed a six-month cease-fire "
                                           "in Havana on Friday.", PUBLISHED) if e["type"] == "RETREAT"]
    assert {m["country"] for m in ceasefire["actor"] + ceasefire["recipient"]} == {"COL"}


def test_blocking_inspectors_from_entering_is_barring_them(nlp):
    [refusal] = coded_events("Syrian officials on Tuesday blocked a team of UN chemical weapons inspectors from "
                             "entering the airbase.", PUBLISHED)
    assert (refusal["type"], refusal["cameo"]) == ("REJECT", "1245")
    assert [m["code"] for m in refusal["recipient"]] == ["IGO"]


def test_an_apology_following_deaths_is_made_to_the_victims(nlp):
    [apology] = [e for e in coded_events("The Israeli army apologized on Monday following the deaths of two "
                                         "Egyptian border guards.", PUBLISHED) if e["type"] == "CONCEDE"]
    assert [m["country"] for m in apology["recipient"]] == ["EGY"]


def test_a_humanitarian_operation_for_a_country_is_aid(nlp):
    [aid] = coded_events("The Qatari Red Crescent launched a humanitarian relief operation for Nepal on Sunday.",
                         PUBLISHED)
    assert aid["type"] == "AID"
    assert [m["country"] for m in aid["recipient"]] == ["NPL"]


@pytest.mark.parametrize("text, type_, country", [
    ("Pyongyang warned on Friday that it might resume nuclear tests after the United States flew bombers over "
     "the peninsula.", "THREATEN", "USA"),
    ("NATO said it was sending two warships to the Black Sea after Russia seized three Ukrainian vessels.",
     "MOBILIZE", "RUS"),
])
def test_an_act_that_follows_another_states_deed_is_aimed_at_it(nlp, text, type_, country):
    [event] = [e for e in coded_events(text, PUBLISHED) if e["type"] == type_]
    assert [m["country"] for m in event["recipient"]] == [country]


def test_a_deal_reached_by_no_ones_negotiators_is_between_its_sides(nlp):
    [deal] = [e for e in coded_events("Negotiators on Sunday reached a fishing agreement between Norway and Iceland.",
                                      PUBLISHED) if e["type"] == "AGREE"]
    assert sorted(m["country"] for m in deal["actor"]) == ["ISL", "NOR"]


@pytest.mark.parametrize("text, code", [
    ("About 20,000 people marched past the Russian embassy in Berlin on Saturday.", "RUSGOV"),
    ("Hundreds of Vietnamese rallied in front of the Chinese embassy in Hanoi on Sunday.", "CHNGOV"),
])
def test_a_protest_at_an_embassy_is_aimed_at_its_country(nlp, text, code):
    [protest] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "PROTEST"]
    assert [m["code"] for m in protest["recipient"]] == [code]
