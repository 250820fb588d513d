"""Kinds of news sentences whose PLOVER type or parties dyad had wrong: vows to refuse, bans on
organisations, suspensions from a bloc, bars on envoys, promises whose recipient sits inside
the promised act, and lists of countries the parser reads as appositions."""

import dyad

PUBLISHED = "2024-05-08"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def coded(text: str) -> list[dict]:
    return [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["status"] in ("asserted", "future")]


def only(text: str) -> dict:
    found = coded(text)
    assert len(found) == 1, [(e["type"], e["trigger"]["text"]) for e in found]
    return found[0]


def test_a_vow_to_veto_or_resist_is_a_refusal_not_a_promise(nlp):
    veto = only("Moscow vowed on Tuesday to veto any Security Council resolution on Syria.")
    assert veto["type"] == "REJECT" and veto["status"] == "asserted"
    assert {party(m) for m in veto["actor"]} == {"RUS"}
    resist = only("The Bosnian Serbs pledged to resist any attempt to disarm their police.")
    assert resist["type"] == "REJECT"


def test_a_vow_to_drive_out_or_take_back_by_force_is_a_threat(nlp):
    drive = only("The rebel leader vowed to drive Ethiopian troops out of Somalia.")
    assert drive["type"] == "THREATEN"
    retake = only("Baku vowed to take back the disputed region by force.")
    assert retake["type"] == "THREATEN"


def test_countermeasures_against_a_state_are_a_sanction_and_vowed_a_threat(nlp):
    taken = only("China took countermeasures against three Canadian lawmakers on Friday.")
    assert taken["type"] == "SANCTION" and {party(m) for m in taken["recipient"]} == {"CAN"}
    vowed = only("Russia vowed to take countermeasures against Finland.")
    assert vowed["type"] == "THREATEN" and {party(m) for m in vowed["recipient"]} == {"FIN"}


def test_banning_or_outlawing_a_movement_is_repression(nlp):
    banned = only("Egyptian authorities banned the Muslim Brotherhood on Monday.")
    assert banned["type"] == "COERCE" and banned["cameo"] == "1722"
    outlawed = only("The Kenyan government outlawed the Mungiki sect in 2002.")
    assert outlawed["type"] == "COERCE"


def test_a_bloc_suspending_a_country_expels_it(nlp):
    event = only("The Commonwealth suspended Pakistan from its councils after the coup.")
    assert (event["type"], event["cameo"]) == ("SANCTION", "166")
    assert {party(m) for m in event["actor"]} == {"IGO"} and {party(m) for m in event["recipient"]} == {"PAK"}
    assert coded("The headmaster suspended two pupils from lessons for a week.") == []


def test_barring_an_envoy_is_a_refusal_of_the_envoys_body(nlp):
    event = only("The junta barred a United Nations envoy from visiting the detained opposition leader.")
    assert event["type"] == "REJECT"
    assert {party(m) for m in event["recipient"]} == {"IGO"}


def test_agreeing_to_send_troops_to_a_country_is_a_promise_of_military_aid(nlp):
    event = only("The regional bloc's leaders agreed on Sunday to send 2,000 troops to Somalia.")
    assert (event["type"], event["cameo"]) == ("AGREE", "0332")
    assert {party(m) for m in event["recipient"]} == {"SOM"}


def test_a_promise_reaches_whom_the_promised_act_goes_to(nlp):
    hand = only("Portugal agreed to hand control of the territory to China.")
    assert hand["type"] == "AGREE" and {party(m) for m in hand["recipient"]} == {"CHN"}
    rebuild = only("The Arab League promised to help rebuild Lebanon.")
    assert {party(m) for m in rebuild["recipient"]} == {"LBN"}
    meet = only("Iran agreed to resume talks in Vienna next month.")
    assert not {party(m) for m in meet["recipient"]} & {"AUT"}  # where it happens is no party


def test_a_list_of_countries_read_as_an_apposition_is_every_country(nlp):
    event = only("Kenya, the Democratic Republic of Congo, Uganda and Rwanda signed a trade pact on Friday.")
    assert {party(m) for m in event["actor"]} == {"KEN", "COD", "UGA", "RWA"}


def test_harm_promised_on_a_condition_is_a_threat_whoever_the_subject(nlp):
    event = only("Nigerian unions said their members would begin a general strike on Monday unless the "
                 "government restored the fuel subsidy.")
    assert event["type"] == "THREATEN"
    assert {party(m) for m in event["actor"]} == {"NGA"}


def test_a_refusal_despite_a_demand_is_aimed_at_whoever_made_it(nlp):
    event = only("Hungary refused on Monday to lift its veto despite Washington's objections.")
    assert event["type"] == "REJECT" and {party(m) for m in event["recipient"]} == {"USA"}
    assert only("The Nepali president refused to resign despite the risks.")["recipient"] == []


def test_youths_stoning_police_riot_but_armed_youths_attack(nlp):
    riots = coded("Youths set fire to cars and attacked police with stones in several French towns overnight.")
    assert riots and {(e["type"], e["mode"]) for e in riots} == {("PROTEST", "riot")}
    attack = coded("Armed youths attacked a village in Plateau state, killing 20 people.")
    assert {e["type"] for e in attack} == {"ASSAULT"}


def test_the_accused_is_not_the_accuser(nlp):
    found = coded("The former finance minister was detained by police in Lagos on Monday, accused of "
                  "stealing public funds.")
    assert not [e for e in found if e["type"] == "ACCUSE" and {party(m) for m in e["actor"]} == {"NGA"}
                and not e["recipient"]]  # he did not accuse anyone
    found = {e["type"]: e for e in coded("The opposition leader was arrested and charged with treason by Ugandan police.")}
    assert {party(m) for m in found["ACCUSE"]["recipient"]} == {"UGA"}  # the one arrested is the one charged


def test_unplaced_prosecutors_are_of_the_country_whose_citizen_they_charge(nlp):
    event = only("Former Brazilian president Fernando Collor was charged with corruption and money laundering "
                 "by federal prosecutors on Thursday.")
    assert event["type"] == "ACCUSE"
    assert {party(m) for m in event["actor"]} == {"BRA"} and {party(m) for m in event["recipient"]} == {"BRA"}


def test_a_deal_agreed_in_the_passive_was_made_by_the_parties_it_is_between(nlp):
    truce = only("A ceasefire between Armenia and Azerbaijan was agreed in Moscow early on Saturday.")
    assert truce["type"] == "AGREE" and {party(m) for m in truce["actor"]} == {"ARM", "AZE"}
    signed = only("A peace deal between Ethiopia and Eritrea was signed in Jeddah on Sunday.")
    assert {party(m) for m in signed["actor"]} == {"ETH", "ERI"}


def test_tear_gas_is_crowd_control_not_a_chemical_weapon(nlp):
    gas = {e["trigger"]["text"]: e for e in coded("Riot police used tear gas against students in Jakarta on Monday.")}
    assert gas["used"]["cameo"] == "175"
    weapons = only("Government forces used chemical weapons against rebels near Damascus.")
    assert weapons["cameo"] == "2041"


def test_a_ban_on_all_political_activity_is_repression(nlp):
    event = only("Nigeria's military government banned all political activity on Saturday.")
    assert (event["type"], event["cameo"]) == ("COERCE", "1722")
