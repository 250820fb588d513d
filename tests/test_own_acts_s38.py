"""Acts told beside or under another event that are news of their own (session 38): whole stories
lose them when they are folded into the event they hang on."""

from helpers import events_by_trigger


def test_an_accusation_told_in_a_participle_is_its_own_event():
    text = "Gabon's foreign minister resigned on Monday, accusing Cameroon of arming rebels in the north."
    events = events_by_trigger(text, "2014-03-04")
    assert events["resigned"]["type"] == "RETREAT"
    accusing = events["accusing"]
    assert (accusing["type"], accusing["status"]) == ("ACCUSE", "asserted")
    assert [m["country"] for m in accusing["recipient"]] == ["CMR"]
    assert accusing["date"]["value"] == "2014-03-03"


def test_an_expulsion_and_the_accusation_it_comes_with_are_two_events():
    text = "Ecuador expelled the Colombian ambassador on Friday, accusing him of spying for Bogota."
    events = events_by_trigger(text, "2009-06-13")
    assert events["expelled"]["type"] == "SANCTION"
    assert events["accusing"]["type"] == "ACCUSE"
    assert [m["country"] for m in events["accusing"]["actor"]] == ["ECU"]


def test_a_demand_of_a_march_stays_the_march():
    text = "Thousands of students marched through Dhaka on Sunday, demanding that the prime minister resign."
    events = events_by_trigger(text, "2013-02-11")
    assert [e["type"] for e in events.values() if e["status"] == "asserted"] == ["PROTEST"]


def test_a_deed_in_reports_someone_denies_is_coded_as_denied():
    text = "The army denied reports that its soldiers had fired on villagers near Goma on Tuesday."
    fired = events_by_trigger(text, "2012-07-05")["fired"]
    assert (fired["type"], fired["status"]) == ("ASSAULT", "denied")
    assert [m["sector"] for m in fired["actor"]] == ["MIL"]


def test_a_deed_in_claims_someone_rejects_is_coded_as_denied():
    text = "Rwanda's government rejected claims that it had armed the M23 rebels in eastern Congo."
    armed = events_by_trigger(text, "2012-07-05")["armed"]
    assert armed["status"] == "denied"


def test_reports_of_a_deed_no_one_denies_stay_unconfirmed():
    text = "There were reports that troops shelled a village near the border on Monday."
    assert events_by_trigger(text, "2012-07-05")["shelled"]["status"] == "hypothetical"


def test_a_rebuke_told_of_someone_in_a_relative_clause_is_his_own_act():
    text = ("The governor, who had criticised the army chief at a rally in Bulawayo last month, "
            "apologised on state television on Sunday.")
    events = events_by_trigger(text, "2017-11-20")
    assert events["criticised"]["type"] == "ACCUSE"
    assert [m["sector"] for m in events["criticised"]["recipient"]] == ["MIL"]
    assert events["apologised"]["type"] == "CONCEDE"


def test_a_standing_position_in_a_relative_clause_is_background():
    text = "The party, which has demanded his arrest for months, accused the minister of fraud on Sunday."
    events = events_by_trigger(text, "2017-11-20")
    assert "accused" in events and "demanded" not in events


def test_defiance_told_in_a_participle_is_how_the_act_was_done():
    text = "Bolivia granted asylum to the activist on Thursday, defying Peru's warning."
    events = events_by_trigger(text, "2012-08-18")
    assert [e["type"] for e in events.values() if e["status"] == "asserted"] == ["AID"]


def test_a_signing_a_relative_clause_dates_itself_is_its_own_event():
    text = "Fiji sent 50 police to Tonga on Thursday under a security pact that Suva and Nuku'alofa signed in 2019."
    signed = events_by_trigger(text, "2022-03-04")["signed"]
    assert signed["type"] == "SUPPORT"
    assert sorted(m["country"] for m in signed["actor"]) == ["FJI", "TON"]
    assert signed["date"]["value"] == "2019"


def test_a_request_an_act_was_done_at_is_the_requesters_own_act():
    text = "Kenya sent 200 soldiers to Mogadishu on Tuesday at the request of the Somali government."
    events = events_by_trigger(text, "2011-10-19")
    request = events["request"]
    assert (request["type"], request["status"]) == ("REQUEST", "asserted")
    assert [m["country"] for m in request["actor"]] == ["SOM"]
    assert [m["country"] for m in request["recipient"]] == ["KEN"]
    assert request["date"] is None  # made before the soldiers went, on a day the story does not give
    assert events["sent"]["date"]["value"] == "2011-10-18"


def test_an_airspace_closed_at_a_neighbours_request():
    text = "Turkey closed its airspace to flights to Erbil on Friday at Baghdad's request."
    events = events_by_trigger(text, "2017-09-30")
    assert [m["country"] for m in events["request"]["actor"]] == ["IRQ"]
    assert [m["country"] for m in events["request"]["recipient"]] == ["TUR"]
