"""Who an event is aimed at when the words around it name someone who is no party to it (session 30):
the beneficiaries of aid a request asks for, what an agreement brings into being, what a vote
for independence would leave, and the prisoners whose release a protest demands."""

from helpers import coded_events, coded_triples


def _event(text: str, published: str, type_: str) -> dict:
    return next(e for e in coded_events(text, published) if e["type"] == type_)


def test_request_for_aid_is_not_made_of_those_the_aid_is_for():
    text = "Chad appealed on Monday for urgent food aid for 200,000 refugees who fled fighting in Sudan."
    event = _event(text, "2004-06-15", "REQUEST")
    assert [m["country"] for m in event["actor"]] == ["TCD"]
    assert event["recipient"] == []


def test_request_for_aid_keeps_whom_it_is_made_to():
    text = "Malawi appealed to Britain on Friday for emergency food aid for two million people hit by drought."
    assert ("REQUEST", "MWI", "GBR") in coded_triples(text, "2002-03-02")


def test_agreement_to_form_a_government_is_made_to_no_one():
    text = "Nepal's two largest parties agreed on Sunday to form a coalition government after weeks of bargaining."
    assert coded_triples(text, "2008-07-20") == {("AGREE", "NPL", None)}


def test_agreement_to_elect_a_president_does_not_make_him_its_recipient():
    text = ("Lebanon's rival factions agreed in Doha on Wednesday to elect army commander Michel Suleiman "
            "as president, ending months of deadlock.")
    event = _event(text, "2008-05-21", "AGREE")
    assert event["recipient"] == []


def test_agreement_to_set_up_a_body_with_another_state_keeps_that_state():
    text = "Kenya agreed on Tuesday to set up a joint border commission with Ethiopia."
    assert ("AGREE", "KEN", "ETH") in coded_triples(text, "2010-04-13")


def test_rejected_independence_is_not_aimed_at_the_state_left():
    text = "Scottish voters rejected independence from Britain in a referendum on Thursday."
    event = _event(text, "2014-09-19", "REJECT")
    assert [m["country"] for m in event["actor"]] == ["GBR"]
    assert event["recipient"] == []


def test_rejected_proposal_from_a_state_is_still_aimed_at_it():
    text = "Hamas on Sunday rejected a truce proposal from Egypt."
    assert ("REJECT", "PSE", "EGY") in coded_triples(text, "2014-07-20")


def test_hunger_strike_for_the_release_of_prisoners_is_not_aimed_at_them():
    text = "Hundreds of Kenyan nurses began a hunger strike on Monday to demand the release of 12 jailed union leaders."
    event = _event(text, "2012-01-09", "PROTEST")
    assert event["recipient"] == []


def test_protest_demanding_a_resignation_is_aimed_at_the_one_asked_to_go():
    text = "Thousands of students marched through Dhaka on Monday, demanding the resignation of Prime Minister Sheikh Hasina."
    event = _event(text, "2024-08-05", "PROTEST")
    assert [m["name"] for m in event["recipient"]] == ["Sheikh Hasina"]


def test_protest_demanding_independence_is_aimed_at_the_state_to_be_left():
    text = "Thousands of ethnic Albanians demonstrated in Pristina on Sunday to demand independence from Serbia."
    event = _event(text, "1998-03-09", "PROTEST")
    assert "SRB" in [m["country"] for m in event["recipient"]]


def test_recognised_independence_is_aimed_at_the_state_it_is_won_from():
    text = "Russia on Tuesday recognised the independence of Abkhazia, Georgia's breakaway region."
    assert ("SUPPORT", "RUS", "GEO") in coded_triples(text, "2008-08-26")


def test_rejection_with_the_day_before_the_object_keeps_whose_demands_they_were():
    text = "Zimbabwe's government rejected on Tuesday opposition demands for an early election."
    assert ("REJECT", "ZWE", "ZWE") in coded_triples(text, "2005-03-02")
    event = _event(text, "2005-03-02", "REJECT")
    assert [m["sector"] for m in event["recipient"]] == ["OPP"]


def test_rejection_with_the_day_before_a_named_body_is_aimed_at_the_body():
    # the parser reads "an Organization of Islamic Cooperation ultimatum" as the day's apposition
    text = "Mali's junta rejected on Monday an Organization of Islamic Cooperation ultimatum to hand power to civilians."
    assert coded_triples(text, "2012-04-03") == {("REJECT", "MLI", "IGO")}


def test_rejecting_a_plan_a_body_backs_is_not_aimed_at_the_backer():
    text = "The Kosovo Serb assembly voted down a European Union-backed plan to merge the police forces on Thursday."
    event = _event(text, "2010-03-05", "REJECT")
    assert event["recipient"] == []


def test_rejecting_a_resolution_a_state_drafted_is_aimed_at_its_author():
    text = "Russia on Tuesday vetoed a U.S.-drafted resolution on Syria."
    assert ("REJECT", "RUS", "USA") in coded_triples(text, "2012-07-18")


def _actor_sectors(text: str, published: str, trigger: str) -> list[str]:
    event = next(e for e in coded_events(text, published) if e["trigger"]["text"] == trigger)
    return [m["sector"] for m in event["actor"]]


def test_gunman_dressed_as_a_police_officer_is_the_shooter():
    text = "A gunman dressed as a police officer opened fire at a holiday camp near Bergen on Friday, killing 12 people."
    assert _actor_sectors(text, "2015-06-13", "killing") == ["UAF"]


def test_police_dressed_as_protesters_made_the_arrests():
    text = "Police dressed as protesters arrested five men in Cairo on Friday."
    assert _actor_sectors(text, "2013-01-26", "arrested") == ["COP"]
