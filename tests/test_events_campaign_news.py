"""Words of campaign and political news that are no PLOVER events, or events of another kind:
questions put by reporters, adjectives that share a verb's spelling, candidates' rallies, imperative
headlines, questions with "whether", refusals to sign, ballots cast for candidates, datelines."""

import pytest

import dyad
from helpers import coded_events

PUBLISHED = "2016-03-10"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def asserted(text: str) -> list[dict]:
    return coded_events(text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "The moderator asked Senator Warren whether she would endorse the nominee.",
    "Reporters asked the governor about the pipeline leak on Tuesday.",
    "Asked if he would run again, the mayor smiled.",
])
def test_a_question_is_no_request(nlp, text):
    assert [e for e in asserted(text) if e["type"] == "REQUEST"] == []


@pytest.mark.parametrize("text", [
    "Iraq asked Turkey to withdraw its troops from the north.",
    "The governor asked that the federal government send the National Guard.",
    "Ecuador asked Brazil for emergency aid after the floods.",
])
def test_asking_someone_to_act_or_for_something_is_a_request(nlp, text):
    assert [e["type"] for e in asserted(text)][:1] == ["REQUEST"]


def test_an_adjective_spelled_like_a_verb_is_no_event_unless_the_lexicon_says_so(nlp):
    assert asserted("The spokesman said the arrangement with the contractor was fine.") == []
    assert asserted("The minister said the border crossing was open.") == []
    [event] = asserted("Moscow was critical of Israel's decision to build new settlements.")
    assert (event["type"], [party(m) for m in event["actor"]], [party(m) for m in event["recipient"]]) == (
        "ACCUSE", ["RUS"], ["ISR"])


@pytest.mark.parametrize("text", [
    "Trump will be holding a rally in Ohio on Friday.",
    "At the Iowa rally, Clinton promised to raise the minimum wage for all workers.",
    "Bernie Sanders rallied his supporters in Los Angeles on Monday.",
])
def test_a_candidates_rally_is_no_protest_nor_threat(nlp, text):
    assert [e for e in asserted(text) if e["type"] in ("PROTEST", "THREATEN")] == []


def test_a_rally_against_something_and_a_crowds_rally_are_protests(nlp):
    [event] = [e for e in asserted("Thousands of opposition supporters held a rally in Dhaka on Sunday.")]
    assert (event["type"], [party(m) for m in event["recipient"]]) == ("PROTEST", ["BGD"])
    events = asserted("Activists staged an anti-war rally outside the embassy in Cleveland.")
    assert [e["type"] for e in events] == ["PROTEST"]


def test_an_imperative_headline_is_no_event(nlp):
    assert asserted("Meet the Republican senators.") == []
    assert asserted("Meet the Press.") == []


def test_a_question_with_whether_is_hypothetical(nlp):
    events = dyad.code("It is not clear whether Russia will send troops to Syria.", published=PUBLISHED)["events"]
    assert [(e["type"], e["status"]) for e in events] == [("MOBILIZE", "hypothetical")]


def test_refusing_to_sign_an_agreement_rejects_it_rather_than_aid(nlp):
    [event] = asserted("Kiev refused to sign the agreement with Moscow.")
    assert (event["type"], event["mode"], event["cameo"]) == ("REJECT", "meet", "127")
    [event] = asserted("Senator Collins refused to endorse Donald Trump.")
    assert (event["type"], event["mode"]) == ("REJECT", None)


@pytest.mark.parametrize("text", [
    "Representative Welch said he would vote for Bernie Sanders in the Vermont primary.",
    "Many voters in the county voted for Obama in 2008.",
])
def test_a_ballot_for_a_candidate_is_no_event(nlp, text):
    assert dyad.code(text, published=PUBLISHED)["events"] == []


def test_the_dateline_town_is_no_target_of_candidates_told_after_the_lead(nlp):
    text = ("MANCHESTER, N.H. — Marco Rubio spoke to voters on Monday.\n\n"
            "Five other candidates waged a fierce battle for second place.\n")
    events = [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["trigger"]["text"] == "waged"]
    assert events and all(e["recipient"] == [] for e in events)
    text = "KIEV — Thousands of people protested in the streets of the capital on Sunday.\n"
    [event] = dyad.code(text, published=PUBLISHED)["events"]
    assert (event["type"], [party(m) for m in event["recipient"]]) == ("PROTEST", ["UKR"])


@pytest.mark.parametrize("text", [
    "Trump is facing attack ads ahead of the primary in Indiana.",
    "Sanders tried a new line of attack on Sunday.",
])
def test_campaign_attacks_are_no_assaults(nlp, text):
    assert [e for e in asserted(text) if e["type"] == "ASSAULT"] == []


def test_withering_attacks_against_a_rival_are_criticism(nlp):
    [event] = asserted("Chris Christie unleashed withering attacks against Marco Rubio in Saturday's debate.")
    assert (event["type"], event["cameo"], [m["name"] for m in event["recipient"]]) == ("ACCUSE", "111", ["Marco Rubio"])


@pytest.mark.parametrize("text", [
    "The campaign is releasing a new online ad in Ohio on Monday.",
    "The State Department released a June 2011 email exchange on Friday.",
    "The new report demonstrates the peril of doing nothing.",
    "Obama tried to rally world leaders to do as much as possible.",
    "His appointment provided the fifth vote for the ruling.",
    "The governor pushed back against critics of the law.",
])
def test_publishing_showing_and_rallying_support_are_no_events(nlp, text):
    assert asserted(text) == []


def test_withholding_an_endorsement_is_a_rejection_not_a_sanction(nlp):
    [event] = asserted("The senator has withheld her endorsement from Donald Trump.")
    assert (event["type"], [m["name"] for m in event["recipient"]]) == ("REJECT", ["Donald Trump"])
    [event] = asserted("The European Union withheld aid from Uganda.")
    assert (event["type"], [party(m) for m in event["recipient"]]) == ("SANCTION", ["UGA"])


def test_an_attack_over_emails_is_no_cyber_attack(nlp):
    assert [e for e in asserted("Donald Trump attacked Hillary Clinton over her emails on Monday.")
            if e["type"] == "COERCE"] == []


@pytest.mark.parametrize("text", [
    "Hillary Clinton shot back, saying Trump was unfit to lead.",
    "Republican senators fired back at Donald Trump's comments on Monday.",
])
def test_a_politicians_retort_is_criticism(nlp, text):
    assert [(e["type"], e["cameo"]) for e in asserted(text)] == [("ACCUSE", "111")]


def test_shots_at_a_politician_and_return_fire_are_assaults(nlp):
    assert [e["type"] for e in asserted("Congresswoman Gabrielle Giffords was shot in Tucson.")] == ["ASSAULT"]
    assert [e["type"] for e in asserted("Soldiers fired back at the attackers.")] == ["ASSAULT"]


@pytest.mark.parametrize("text", ["The tweet attacked Hillary Clinton.", "The campaign's latest ad attacked Ted Cruz."])
def test_what_an_ad_or_a_tweet_attacks_is_not_assaulted(nlp, text):
    assert [e for e in asserted(text) if e["type"] == "ASSAULT"] == []


def test_a_candidates_attacks_told_with_a_pronoun_are_criticism(nlp):
    text = ("Donald Trump spoke in Florida on Thursday.\n\n"
            "Trump on Thursday ratcheted up his attacks on Marco Rubio, saying he is weak on illegal immigration.\n")
    events = [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["trigger"]["text"] == "attacks"]
    assert [(e["type"], [m["name"] for m in e["recipient"]]) for e in events] == [("ACCUSE", ["Marco Rubio"])]
