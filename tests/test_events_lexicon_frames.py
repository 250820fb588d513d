"""Verb frames news uses for events that no pattern knew: suspending a constitution, elections or a
law, declaring a state of siege or invoking an emergencies act, ordering troops into a place, firing a
minister, speaking to a counterpart, signing a joint statement, bursting through a fence or
dismantling a blockade; and the same verbs in senses that are no such event."""

import pytest

from helpers import coded_events, types_by_trigger

PUBLISHED = "2025-06-10"


def asserted(text: str, published: str = PUBLISHED) -> list[dict]:
    return coded_events(text, published)


def found(text: str) -> dict[str, tuple]:
    return types_by_trigger(text, PUBLISHED)


# suspending or calling off democratic institutions is pro_autocracy coercion; suspending a policy concedes it
@pytest.mark.parametrize("text, trigger, type_, cameo", [
    ("The junta suspended the constitution on Thursday and closed the country's borders.", "suspended", "COERCE", "172"),
    ("The military council suspended parliament and detained the speaker.", "suspended", "COERCE", "172"),
    ("The interim government postponed the presidential election until next year.", "postponed", "COERCE", "172"),
    ("Mali's junta cancelled the referendum on a new constitution.", "cancelled", "COERCE", "172"),
    ("The prime minister suspended the fuel tax increase after a week of protests.", "suspended", "CONCEDE", "0832"),
    ("The governor suspended the new mining law on Monday.", "suspended", "CONCEDE", "0832"),
])
def test_suspending_institutions_and_policies(nlp, text, trigger, type_, cameo):
    assert found(text).get(trigger) == (type_, cameo)


def test_suspended_financing_is_a_sanction_on_the_country_it_went_to(nlp):
    [event] = asserted("The Asian Development Bank suspended lending to Myanmar over the crackdown on protesters.")
    assert (event["type"], event["cameo"]) == ("SANCTION", "160")
    assert [r["country"] for r in event["recipient"]] == ["MMR"]


@pytest.mark.parametrize("text", [
    "The senator suspended her election campaign on Tuesday.",
    "Rescuers suspended the search for survivors overnight.",
    "The carmaker suspended production at its assembly plant.",
])
def test_other_suspensions_are_no_such_event(nlp, text):
    assert not {t for t, (type_, _) in found(text).items() if type_ in ("COERCE", "CONCEDE")}


# a state of siege or exception is a state of emergency by another name; an emergencies act invokes one
@pytest.mark.parametrize("text, trigger", [
    ("Peru's president declared a state of siege in the capital on Sunday.", "declared"),
    ("Ecuador's government declared a state of exception in three coastal provinces.", "declared"),
    ("The prime minister invoked the Emergencies Act on Monday to end the blockades.", "invoked"),
    ("The king proclaimed martial law across the country on Friday.", "proclaimed"),
])
def test_states_of_exception(nlp, text, trigger):
    assert found(text).get(trigger) == ("COERCE", "1724")


@pytest.mark.parametrize("text", [
    "The opposition proclaimed victory in the regional election.",
    "The court declared the state of the roads a danger to drivers.",
])
def test_other_proclamations_are_no_emergency(nlp, text):
    assert "COERCE" not in {type_ for type_, _ in found(text).values()}


# troops ordered, brought or redeployed into a place are deployed there; orders to do something are not
@pytest.mark.parametrize("text, trigger, mode, cameo", [
    ("The governor ordered 3,000 National Guard troops into the city on Friday.", "ordered", "troops", "154"),
    ("The president ordered troops to the northern border after the clashes.", "ordered", "troops", "154"),
    ("Russia redeployed troops to the southern front last week.", "redeployed", "troops", "154"),
    ("The authorities brought in riot police to break up the sit-in.", "brought", "police", "153"),
])
def test_troops_ordered_into_a_place(nlp, text, trigger, mode, cameo):
    assert [(e["type"], e["mode"], e["cameo"]) for e in asserted(text) if e["trigger"]["text"] == trigger] == [
        ("MOBILIZE", mode, cameo)]


@pytest.mark.parametrize("text", [
    "The minister ordered an inquiry into the crash.",
    "The coach brought in three new players for the final.",
    "The restaurant ordered supplies to the new branch.",
])
def test_other_orders_are_no_deployment(nlp, text):
    assert "MOBILIZE" not in {type_ for type_, _ in found(text).values()}


# dismissing, sacking or firing office holders or a government; firing at them is an attack
@pytest.mark.parametrize("text, trigger", [
    ("The president fired his vice president on Monday after months of feuding.", "fired"),
    ("The king dismissed the government and took direct control.", "dismissed"),
    ("The prime minister sacked his deputy on Friday.", "sacked"),
])
def test_dismissals(nlp, text, trigger):
    assert found(text).get(trigger) == ("COERCE", "172")


@pytest.mark.parametrize("text", [
    "Gunmen fired at the police chief's car on Monday.",
    "Soldiers fired on the governor's convoy near the border.",
])
def test_firing_at_office_holders_stays_an_attack(nlp, text):
    assert {type_ for type_, _ in found(text).values()} == {"ASSAULT"}


# speaking to a counterpart is a consultation; speaking or talking to the press or a crowd is not
@pytest.mark.parametrize("text", [
    "Secretary of State Antony Blinken spoke to Chinese Foreign Minister Wang Yi on Friday.",
    "French President Emmanuel Macron spoke to Vladimir Putin for two hours on Sunday.",
])
def test_speaking_to_a_counterpart_is_a_consultation(nlp, text):
    assert found(text).get("spoke") == ("CONSULT", "040")


@pytest.mark.parametrize("text", [
    "The president spoke to the nation on television on Sunday.",
    "The foreign minister talked to reporters in Brussels on Tuesday.",
    "The prime minister spoke to supporters at a rally in the capital.",
])
def test_speaking_to_the_press_or_a_crowd_is_no_consultation(nlp, text):
    assert "CONSULT" not in {type_ for type_, _ in found(text).values()}


def test_signing_a_joint_statement_is_a_signed_agreement(nlp):
    text = "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement in Moscow on Tuesday."
    assert [(e["type"], e["cameo"]) for e in asserted(text) if e["trigger"]["text"] == "signed"] == [("SUPPORT", "057")]


# bursting through a fence or a police line storms it; police dismantling a protest's blockade or camp
# clear it, protesters taking down their own ease their protest
@pytest.mark.parametrize("text, trigger, type_, cameo", [
    ("Militants burst through the border fence before dawn on Saturday.", "burst", "ASSAULT", "190"),
    ("Police dismantled the blockade at the border crossing on Sunday.", "dismantled", "COERCE", "172"),
    ("Riot police tore down the protest camp outside parliament.", "tore", "COERCE", "172"),
    ("Farmers dismantled their roadblocks after the government agreed to talks.", "dismantled", "CONCEDE", "082"),
])
def test_barriers_broken_and_blockades_cleared(nlp, text, trigger, type_, cameo):
    assert found(text).get(trigger) == (type_, cameo)


@pytest.mark.parametrize("text", [
    "The singer burst into tears when the verdict was read.",
    "Engineers dismantled the old railway bridge last year.",
])
def test_other_bursts_and_dismantlings_are_no_such_event(nlp, text):
    assert found(text) == {}


# trading accusations, fire or prisoners is an exchange of those between the sides, not commerce
@pytest.mark.parametrize("text, type_, cameo", [
    ("The prime minister and the opposition leader traded accusations over the budget on Tuesday.", "ACCUSE", "112"),
    ("Armenia and Azerbaijan traded blame for the clashes on Monday.", "ACCUSE", "112"),
    ("Indian and Pakistani troops traded fire across the Line of Control on Sunday.", "ASSAULT", "193"),
    ("Israel and Hamas traded prisoners on Thursday under the truce.", "RETREAT", "0841"),
    ("Japan has traded with China for centuries.", "COOPERATE", "061"),
])
def test_what_two_sides_trade(nlp, text, type_, cameo):
    assert found(text).get("traded") == (type_, cameo)


# a Commonwealth country's envoy is its high commissioner: recalling one is recalling an ambassador
@pytest.mark.parametrize("text", [
    "Britain recalled its high commissioner from Lagos on Friday after the executions.",
    "Canada recalled its high commissioner to New Delhi over the killing of a Sikh activist.",
])
def test_recalling_a_high_commissioner_reduces_relations(nlp, text):
    [event] = asserted(text)
    assert (event["type"], event["cameo"], event["trigger"]["text"]) == ("SANCTION", "161", "recalled")


def test_calling_on_someone_asks_something_of_them_or_visits_them():
    (visit,) = coded_events("Bangladesh's Prime Minister Sheikh Hasina called on Indian President Ram Nath Kovind "
                            "at his residence on Wednesday.", "2019-10-03")
    assert (visit["type"], visit["mode"], [m["country"] for m in visit["recipient"]]) == ("CONSULT", "visit", ["IND"])
    (request,) = coded_events("Pakistan called on the international community for more flood aid.", "2022-09-01")
    assert request["type"] == "REQUEST"
    (request,) = coded_events("Britain called on Russia on Monday to withdraw its troops.", "2022-02-21")
    assert (request["type"], [m["country"] for m in request["recipient"]]) == ("REQUEST", ["RUS"])


def test_ready_for_war_is_a_threat_ready_for_talks_an_offer():
    (threat,) = coded_events("North Korea said it was ready for war with the United States.", "2017-08-10")
    assert (threat["type"], threat["cameo"]) == ("THREATEN", "138")
    (offer,) = coded_events("Iran said it was ready for talks with the United States.", "2017-08-10")
    assert offer["type"] == "AGREE"


def test_pulling_diplomats_out_recalls_them_and_renouncing_help_rejects_it():
    (recall,) = coded_events("Saudi Arabia pulled its diplomats from Tehran on Sunday.", "2016-01-04")
    assert (recall["type"], recall["cameo"], [m["country"] for m in recall["recipient"]]) == ("SANCTION", "161", ["IRN"])
    (retreat,) = coded_events("The army pulled its troops from the town on Sunday.", "2016-01-04")
    assert retreat["type"] == "RETREAT"
    events = coded_events("Congo's government renounced U.N. support for its campaign against Hutu rebels.", "2009-01-04")
    assert "REJECT" in {e["type"] for e in events}


def test_hitting_the_streets_is_a_demonstration():
    (protest,) = coded_events("Tens of thousands of Venezuelans hit the streets of Caracas to protest against the government.",
                              "2016-09-02")
    assert (protest["type"], protest["trigger"]["text"], [m["country"] for m in protest["actor"]]) == ("PROTEST", "hit", ["VEN"])
    assert coded_events("Fans hit the streets of Madrid to celebrate the title.", "2016-09-02") == []


def test_a_crowd_pouring_into_or_filling_the_streets_demonstrates_but_floodwater_and_tanks_do_not():
    (protest,) = coded_events("Hundreds of students poured into the streets of Dhaka on Monday.", "2018-08-06")
    assert (protest["type"], protest["trigger"]["text"], [m["country"] for m in protest["actor"]]) == ("PROTEST", "poured", ["BGD"])
    (filled,) = coded_events("Tens of thousands of protesters filled the streets of Belgrade on Saturday.", "2018-08-06")
    assert (filled["type"], filled["location"]["name"]) == ("PROTEST", "Belgrade")
    assert coded_events("Floodwater poured into the streets of the old town on Monday.", "2018-08-06") == []
    assert coded_events("Army tanks poured into the streets of the capital on Monday.", "2018-08-06") == []
    assert coded_events("Thousands of fans poured into the streets to celebrate the victory.", "2018-08-06") == []


def test_troops_marching_on_a_city_advance_and_a_broadcaster_taken_off_air_is_censored():
    (advance,) = coded_events("Rebel troops were marching toward the capital on Monday.", "1997-05-13")
    assert (advance["type"], advance["cameo"]) == ("MOBILIZE", "154")
    (march,) = coded_events("Thousands of students marched on parliament on Monday.", "1997-05-13")
    assert march["type"] == "PROTEST"
    (censored,) = coded_events("The government took the opposition television channel off the air on Friday.", "2006-11-25")
    assert (censored["type"], censored["mode"]) == ("COERCE", "censor")
    assert coded_events("Rescue helicopters took to the air at dawn.", "2006-11-25") == []


def test_asking_foreign_reporters_to_leave_expels_them_and_alerting_troops_mobilizes_them():
    (expelled,) = coded_events("The military government asked two New Zealand journalists to leave the country.", "2006-12-08")
    assert (expelled["type"], expelled["mode"], [m["country"] for m in expelled["recipient"]]) == ("COERCE", "deport", ["NZL"])
    (asked,) = coded_events("The opposition asked its supporters to leave the square peacefully.", "2006-12-08")
    assert asked["type"] == "REQUEST"
    (alert,) = coded_events("The Pentagon has alerted 10,000 reservists to prepare for deployment overseas.", "2002-12-08")
    assert (alert["type"], alert["cameo"]) == ("MOBILIZE", "152")


def test_a_broadcasters_initials_are_no_town():
    # "ANS" is also a Belgian town; a short name in capitals the tagger calls no place is an organisation's
    events = coded_events("Authorities took independent broadcaster ANS off the air on Thursday.", "2006-11-25")
    assert [(e["type"], e["location"]) for e in events] == [("COERCE", None)]


def test_a_states_forces_burning_homes_destroy_property_as_its_bulldozers_do():
    # the PLOVER gold standard codes a state's demolitions COERCE; burning homes is the same deed
    (burned,) = coded_events("Soldiers burned dozens of homes in the village on Sunday.", "1999-05-03")
    assert burned["type"] == "COERCE"
    (burned,) = coded_events("Rebels burned down fifty houses on Sunday.", "1999-05-03")
    assert burned["type"] == "ASSAULT"
    (riot,) = coded_events("Rioters burned homes in the town on Sunday.", "1999-05-03")
    assert riot["type"] == "PROTEST"


def test_presiding_over_or_attending_the_signing_of_agreements_signs_them():
    (signing,) = coded_events("Rwandan President Paul Kagame and his Congolese counterpart on Tuesday presided over the signing "
                              "of six agreements on trade.", "2019-04-10")
    assert (signing["type"], signing["cameo"], sorted(m["country"] for m in signing["actor"])) == ("SUPPORT", "057", ["COD", "RWA"])
    (road_map,) = coded_events("Ghana and Togo signed a five-year cooperation road map on Monday.", "2019-04-10")
    assert (road_map["type"], road_map["cameo"]) == ("SUPPORT", "057")


def test_hostages_released_in_exchange_for_safe_passage_are_released():
    (release,) = coded_events("Abu Sayyaf rebels released their remaining 20 hostages on Wednesday in exchange for safe passage.",
                              "2001-06-06")
    assert (release["type"], release["cameo"]) == ("RETREAT", "0841")
    assert coded_events("The State Department released a June 2011 email exchange on Friday.", "2016-01-30") == []


def test_parties_pulling_out_of_an_election_boycott_it_and_one_pulling_out_of_government_quits_it():
    (boycott,) = coded_events("Kenya's main opposition party pulled out of the elections on Monday, citing rigging.", "2017-10-10")
    assert (boycott["type"], boycott["cameo"]) == ("PROTEST", "143")
    (quit_,) = coded_events("Italy's League party pulled out of the government on Thursday.", "2019-08-09")
    assert (quit_["type"], quit_["cameo"], [m["sector"] for m in quit_["recipient"]]) == ("SANCTION", "160", ["GOV"])
    (retreat,) = coded_events("Russian troops pulled out of Kherson on Friday.", "2022-11-12")
    assert retreat["type"] == "RETREAT"
