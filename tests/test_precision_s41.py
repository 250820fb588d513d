"""Events dyad coded that a careful coder does not hold (session 41): a word of a name taken for an
event, a sense of the verb other than the event's, a request the sides agree or meet to make taken
for a concession. Each with a sentence where the event is real and must stay."""

import dyad
import pytest


def events(text: str) -> list[dict]:
    return dyad.code(text, published="2016-03-14")["events"]


def coded(text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(text) if e["status"] in ("asserted", "future")]


# --- a word inside a person's or a body's name is no event -------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("U.N. Secretary-General Ban Ki-moon on Tuesday praised Chile for its peaceful vote.", "Ban"),
    ("Iraq's Popular Mobilisation Forces gathered near Tikrit on Friday.", "Mobilisation"),
])
def test_a_word_of_a_name_triggers_nothing(text, trigger):
    assert trigger not in [e["trigger"]["text"] for e in events(text)]


def test_the_sentence_s_own_event_stays_beside_the_name():
    assert coded("U.N. Secretary-General Ban Ki-moon on Tuesday praised Chile for its peaceful vote.") == [("SUPPORT", "praised")]


def test_the_same_word_as_an_event_stays():
    assert [t for t, _ in coded("The junta imposed a ban on public rallies on Monday.")] == ["COERCE"]


def test_armed_men_massing_are_mobilised():
    (event,) = [e for e in events("Fighters of the Popular Mobilisation Forces massed near Tikrit on Friday.")]
    assert (event["type"], event["cameo"], event["trigger"]["text"]) == ("MOBILIZE", "154", "massed")


# --- agreeing or meeting to make a request is no concession ---------------------------------------

def test_agreeing_to_ask_a_court_is_an_agreement():
    (event,) = events("Peru and Ecuador agreed on Friday to ask the World Court to settle their border row.")
    assert (event["type"], event["cameo"]) == ("AGREE", "030")
    assert sorted(m["country"] for m in event["actor"]) == ["ECU", "PER"]


def test_meeting_while_others_press_for_cuts_is_a_meeting():
    found = events("Caribbean leaders met in Barbados on Monday for talks, with small island states pressing for deep cuts in emissions.")
    assert [e["type"] for e in found if e["trigger"]["text"] == "met"] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "The government agreed to the strikers' demands on Tuesday.",
    "The mayor acceded to a request from residents to close the road.",
])
def test_agreeing_to_demands_stays_a_concession(text):
    assert [(e["type"], e["cameo"]) for e in events(text)] == [("CONCEDE", "083")]


# --- a suspect handed to another state's agents is judicial cooperation, not a release ---------------

def test_a_suspect_handed_to_foreign_agents_is_surrendered_to_justice():
    (event,) = events("Sudan handed over Carlos Ramirez, the alleged mastermind of the 1994 embassy bombing, to French agents on Friday.")
    assert (event["type"], event["cameo"]) == ("COOPERATE", "063")
    assert [m["country"] for m in event["recipient"]] == ["FRA"]


def test_hostages_handed_over_are_still_released():
    (event,) = events("The rebels handed over two kidnapped engineers to the Red Cross on Sunday.")
    assert (event["type"], event["mode"]) == ("RETREAT", "release")


# --- taking the oath of office is no pledge ---------------------------------------------------------

def test_being_sworn_in_is_no_pledge():
    assert "sworn" not in [t for _, t in coded("The president recalled the envoy on Sunday, a day after being sworn in.")]


def test_swearing_to_do_something_stays_an_event():
    assert coded("The rebels swore to fight on until the capital fell.")


# --- a noun describing the object the verb's own pattern names is no event governed ------------------

def test_withdrawing_an_extradition_bill_is_a_concession():
    (event,) = events("Macau's chief executive withdrew the extradition bill on Thursday after weeks of protests.")
    assert event["type"] == "CONCEDE"
    assert event["trigger"]["text"] == "withdrew"


def test_withdrawing_from_extradition_talks_stays_a_sanction():
    assert [e["type"] for e in events("Bolivia withdrew from talks with Peru on Monday.")] == ["SANCTION"]


# --- a deed that is the subject of a killing was aimed at whom it killed ------------------------------

def test_a_drone_strike_that_killed_someone_was_aimed_at_the_dead_not_the_dateline():
    found = events("WASHINGTON (Reuters) - A U.S. drone strike killed a senior Taliban commander in Afghanistan on Friday.")
    strike = next(e for e in found if e["trigger"]["text"] == "strike")
    assert [m["text"] for m in strike["recipient"]] == ["a senior Taliban commander"]
    assert not [m for e in found for m in e["recipient"] if m["text"] == "WASHINGTON"]


def test_a_strike_that_hit_a_school_is_aimed_at_the_school_not_the_town():
    (event,) = events("An Israeli air strike hit a school in Gaza on Monday.")
    assert [m["text"] for m in event["recipient"]] == ["a school"]


# --- a tip-off is intelligence shared; what it allowed others to do is part of it -----------------------

def test_a_tip_off_is_intelligence_shared_and_what_it_allowed_no_concession():
    (event,) = events("Moroccan intelligence tipped off Spain about a planned attack, allowing police in Madrid to arrest two suspects.")
    assert (event["type"], event["cameo"]) == ("COOPERATE", "064")
    assert [m["country"] for m in event["recipient"]] == ["ESP"]


def test_allowing_opposition_parties_to_campaign_stays_a_concession():
    assert "CONCEDE" in [e["type"] for e in events("The junta allowed opposition parties to campaign freely on Monday.")]
