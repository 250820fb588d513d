"""What a reader of whole wire stories expects, written for dyad (session 36) from stories of the
kinds users run it on: a lead whose subject the parser hung on the dateline is still the lead's
news; a list of names the parser broke is still a list; "both sides" late in a story are the two
the lead set against each other, not the last two to react; a deed told in a "where" clause has
happened apart from the news it hangs on; nothing is asserted of "no group" or "nobody"; "It"
opening a sentence is the body the sentence before was about; a reaction to "the move" or "the
coup" is aimed at whoever did it; a capital "called on" is asked, not where the call was made."""

import dyad
import pytest

from helpers import codes, coded_events, events_by_trigger


def test_a_lead_whose_subject_hangs_on_the_dateline_keeps_its_event():
    text = ("DOHA, Nov 22 (Reuters) - Sudan and South Sudan agreed on Wednesday to a three-day truce in "
            "Abyei and the release of 30 soldiers held by the rebels in exchange for 40 prisoners, Qatar said.")
    agreed = events_by_trigger(text, "2018-11-22")["agreed"]
    assert (agreed["type"], sorted(codes(agreed["actor"]))) == ("AGREE", ["SDN", "SSD"])


def test_a_speaker_hung_on_the_dateline_is_the_speaker_named_after_it():
    text = "PARIS, Nov 3 (Reuters) - France and Germany urged Iran on Monday to free the detained aid workers."
    record = dyad.code(text, published="2021-11-03")
    (urged,) = [a for a in record["attributions"] if a["cue"][0]["text"] == "urged"]
    assert urged["source"]["text"] == "France and Germany"


def test_a_list_of_states_the_parser_broke_keeps_every_state():
    text = "Mexico, Chile, Uruguay and five other Latin American governments demanded a recount of the votes."
    (demand,) = [e for e in coded_events(text, "2024-07-30") if e["trigger"]["text"] == "demanded"]
    assert {"MEX", "CHL", "URY"} <= {m["country"] for m in demand["actor"]}


def test_a_dateline_town_and_its_date_are_no_list():
    text = "LIMA, Nov 3 (Reuters) - Peru and Chile signed a fishing accord on Monday."
    signed = events_by_trigger(text, "2014-11-03")["signed"]
    assert sorted(m["country"] for m in signed["actor"]) == ["CHL", "PER"]


@pytest.mark.parametrize("reaction", [
    "The United Nations and the European Union welcomed the deal.",
    "Kenya and the United States said they would help pay for the demobilisation.",
])
def test_both_sides_late_in_a_story_are_the_two_the_lead_set_against_each_other(reaction):
    text = ("ADDIS ABABA, May 9 (Reuters) - Sudan's army and the Rapid Support Forces agreed on Friday "
            "to a week-long ceasefire, Saudi mediators said.\n\n"
            f"{reaction}\n\n"
            "Aid agencies urged both sides to open roads to the besieged city of El Fasher.")
    (urged,) = [e for e in coded_events(text, "2023-05-12") if e["trigger"]["text"] == "urged"]
    assert {(m["country"], m["sector"]) for m in urged["recipient"]} == {("SDN", "MIL"), ("SDN", "REB")}


def test_both_sides_named_in_the_sentence_before_stay_those():
    text = ("Indian and Pakistani troops exchanged fire across the frontier in Kashmir on Tuesday, "
            "the Indian army said. Russia offered to mediate. "
            "China and the United States urged both sides to show restraint.")
    (urged,) = [e for e in coded_events(text, "2019-02-27") if e["trigger"]["text"] == "urged"]
    assert sorted(m["country"] for m in urged["recipient"]) == ["IND", "PAK"]


def test_a_deed_a_where_clause_tells_happened_apart():
    text = ("Islamist fighters have repeatedly ambushed soldiers in the Menaka region of Mali, where "
            "they also abducted two Italian engineers last year.")
    events = events_by_trigger(text, "2023-09-03")
    assert events["abducted"]["type"] == "ASSAULT" and events["abducted"]["status"] == "asserted"
    assert events["abducted"]["date"]["value"] == "2022"
    assert "ambushed" in events


def test_a_visit_where_the_visitor_will_meet_people_is_one_visit():
    text = ("The Dalai Lama will visit Mongolia next month, where he will meet Buddhist monks "
            "persecuted under communism, his office said.")
    events = [e for e in coded_events(text, "2016-10-03")]
    assert [e["trigger"]["text"] for e in events] == ["visit"]


@pytest.mark.parametrize("sentence, trigger", [
    ("No group claimed responsibility, but fighters linked to al Qaeda operate in the area.", "claimed"),
    ("Nobody was arrested, police said.", "arrested"),
])
def test_nothing_is_asserted_of_no_one(sentence, trigger):
    text = f"Rebels attacked an army convoy near Ayorou on Saturday, killing 12 soldiers, the ministry said. {sentence}"
    events = dyad.code(text, published="2023-09-03")["events"]
    assert all(e["status"] != "asserted" for e in events if e["trigger"]["text"] == trigger)


def test_no_fewer_than_is_a_number_not_a_negation():
    text = "No fewer than 40 people were killed when the rebels shelled the market on Sunday."
    killed = [e for e in dyad.code(text, published="2023-09-03")["events"] if e["status"] == "asserted"]
    assert killed


@pytest.mark.parametrize("sentence, trigger", [
    ("Mali's junta revoked its defence agreements with France on Monday.", "revoked"),
    ("The new government annulled the military cooperation pact with Moscow.", "annulled"),
])
def test_ending_an_accord_is_a_sanction(sentence, trigger):
    event = events_by_trigger(sentence, "2022-05-02")[trigger]
    assert (event["type"], event["mode"], event["status"]) == ("SANCTION", "discontinue", "asserted")


def test_a_past_verb_joined_to_a_modal_clause_belongs_to_the_speaker():
    text = ("Kenya said it hoped the refugees could go home soon and urged Ethiopia to reopen the border "
            "crossings at Moyale.")
    (urged,) = [e for e in coded_events(text, "2022-11-02") if e["trigger"]["text"] == "urged"]
    assert (codes(urged["actor"]), codes(urged["recipient"])) == (["KEN"], ["ETH"])


@pytest.mark.parametrize("first, second, actor", [
    ("China's foreign ministry said it had lodged a protest with Manila.",
     "It urged Manila to tow the grounded ship away.", "CHNGOV"),
    ("The World Health Organization said 40 people had died of cholera in the camps.",
     "It urged donors to send vaccines and clean water.", "IGO"),
])
def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about(first, second, actor):
    (urged,) = [e for e in coded_events(f"{first} {second}", "2023-08-06") if e["trigger"]["text"] == "urged"]
    assert codes(urged["actor"]) == [actor]


def test_a_dummy_it_is_no_one():
    text = "Protesters marched on parliament in Bangkok on Sunday. It was not clear how many were detained."
    assert all(m["text"] != "It" for e in dyad.code(text, published="2020-10-18")["events"] for m in e["actor"])


@pytest.mark.parametrize("sentence, recipient", [
    ("President Donald Trump recognized opposition leader Juan Guaido as interim president.", "VENOPP"),
    ("Washington did not recognize Maduro's authority to cut diplomatic ties.", "VENGOV"),
])
def test_recognising_a_person_recognises_a_leader(sentence, recipient):
    event = events_by_trigger(sentence, "2019-01-24")["recognized" if "recognized" in sentence else "recognize"]
    assert event["type"] in ("SUPPORT", "REJECT") and codes(event["recipient"]) == [recipient]


@pytest.mark.parametrize("reaction, type_", [
    ("Neighbouring India condemned the move.", "ACCUSE"),
    ("The United States called the coup a serious setback to democracy.", "ACCUSE"),
    ("Washington condemned the coup.", "ACCUSE"),
])
def test_a_reaction_to_a_deed_named_again_is_aimed_at_its_doer(reaction, type_):
    text = f"Nepal's King Gyanendra dismissed the government and seized absolute power on Tuesday. {reaction}"
    events = [e for e in coded_events(text, "2005-02-01") if e["type"] == type_]
    assert events and all(codes(e["recipient"]) == ["NPLGOV"] for e in events)


def test_a_reaction_to_its_own_side_deed_names_no_one():
    text = "Nepal's King Gyanendra seized absolute power on Tuesday. The king defended the move on television."
    assert all(not e["recipient"] for e in coded_events(text, "2005-02-01") if e["trigger"]["text"] == "defended")


@pytest.mark.parametrize("sentence, place", [
    ("The European Union called on Tehran on Monday to release the detained activists.", None),
    ("Rebels fired rockets on Kabul on Monday to mark the anniversary of the fall of the city.", "AFG"),
])
def test_a_capital_called_on_is_a_party_not_a_place(sentence, place):
    event = coded_events(sentence, "2023-08-07")[0]
    assert (event["location"] or {}).get("country") == place


@pytest.mark.parametrize("sentence, trigger", [
    ("Hamas said Israel had committed not to attack or arrest anyone in Gaza during the truce.", "committed"),
    ("The rebels pledged not to attack civilians fleeing the town.", "pledged"),
])
def test_a_promise_not_to_use_force_is_no_threat(sentence, trigger):
    event = events_by_trigger(sentence, "2023-11-22")[trigger]
    assert (event["type"], event["cameo"]) == ("AGREE", "0356")


def test_a_vow_to_use_force_is_still_a_threat():
    event = events_by_trigger("Israel vowed to attack Hamas leaders wherever they are.", "2023-11-22")["vowed"]
    assert event["type"] == "THREATEN"


def test_a_deed_named_again_is_not_the_reacting_state_own():
    text = ("Two Russian cruise missiles hit the port's grain terminal on Saturday and two others were shot "
            "down by air defences, the military said. President Volodymyr Zelenskiy denounced the strike as barbarism.")
    (denounced,) = [e for e in coded_events(text, "2022-07-24") if e["trigger"]["text"] == "denounced"]
    assert {m["country"] for m in denounced["recipient"]} == {"RUS"}
