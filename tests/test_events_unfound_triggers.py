"""Deeds short news stories tell with a verb dyad did not read as an event (issues #7 and #5):
a claimed attack, a drone that exploded, forces deployed with no one named sending them, a state
of emergency decreed, a blockade broken up, an official suspended, a hotline suspended."""

from helpers import events_by_trigger


def test_a_group_claiming_an_attack_by_name_is_the_attacker():
    event = events_by_trigger("Al-Shabaab claimed the attack in a statement on Monday.", "2024-03-05")["claimed"]
    assert event["type"] == "ASSAULT"
    assert [m["code"] for m in event["actor"]] == ["SOMREB"]
    assert event["date"]["value"] == "2024-03-04"


def test_claiming_that_an_attack_was_staged_is_no_claim_of_it():
    found = events_by_trigger("Moscow claimed the attack was staged by Kyiv.", "2024-03-05")
    assert "claimed" not in found


def test_a_drone_exploding_near_a_building_is_an_explosive_attack_there():
    event = events_by_trigger("A drone exploded near the presidential palace in Aden on Tuesday.",
                              "2024-03-08")["exploded"]
    assert (event["type"], event["mode"]) == ("ASSAULT", "explosives")
    assert event["location"]["country"] == "YEM"


def test_a_gas_cylinder_exploding_is_no_attack():
    assert events_by_trigger("A gas cylinder exploded in a restaurant in Aden on Tuesday.", "2024-03-08") == {}


def test_forces_deployed_with_no_sender_named_are_the_mobilization_s_doer():
    event = events_by_trigger("The army was deployed in three provinces of Pakistan on Friday after the riots.",
                              "2024-03-11")["deployed"]
    assert (event["type"], event["mode"]) == ("MOBILIZE", "troops")
    assert [m["code"] for m in event["actor"]] == ["PAKMIL"]
    event = events_by_trigger("More than 2,000 U.S. troops were deployed to Poland last month.",
                              "2024-03-11")["deployed"]
    assert [m["code"] for m in event["actor"]] == ["USAMIL"]
    assert [m["country"] for m in event["recipient"]] == ["POL"]


def test_a_state_of_emergency_decreed_is_martial_law_rule():
    event = events_by_trigger("President Arce decreed a state of emergency in the province on Monday.",
                              "2024-03-12")["decreed"]
    assert (event["type"], event["mode"]) == ("COERCE", "martial-law")


def test_police_breaking_up_a_blockade_repress_it():
    event = events_by_trigger("Police broke up a blockade of the oil terminal in Port Harcourt on Tuesday.",
                              "2024-03-13")["broke"]
    assert (event["type"], event["mode"]) == ("COERCE", "restrict")
    assert event["actor"][0]["code"] == "NGACOP"


def test_a_court_suspending_a_governor_removes_him_for_a_time():
    event = events_by_trigger("The Supreme Court suspended the governor of Lagos State for 90 days on Sunday.",
                              "2024-03-13")["suspended"]
    assert (event["type"], event["mode"]) == ("COERCE", "restrict")
    assert [m["text"] for m in event["recipient"]] == ["the governor of Lagos State"]
    assert events_by_trigger("The league suspended the striker for three matches.", "2024-03-13") == {}


def test_suspending_a_military_hotline_cuts_a_tie():
    event = events_by_trigger("Moscow suspended a military hotline with Washington on Friday.",
                              "2024-03-13")["suspended"]
    assert (event["type"], event["cameo"]) == ("SANCTION", "160")
    assert [m["country"] for m in event["recipient"]] == ["USA"]


def test_a_claimed_deed_its_own_words_date_stays_the_happening():
    found = events_by_trigger("Al-Shabaab claimed Saturday's bombing of an army base in Gedo.", "2024-03-05")
    assert "claimed" not in found and found["bombing"]["type"] == "ASSAULT"
    found = events_by_trigger("Boko Haram, the group that claimed the March 2 bombing of a market in Maiduguri, "
                              "threatened more attacks.", "2024-03-05")
    assert "claimed" not in found and "bombing" in found


def test_a_claim_of_an_attack_by_name_is_placed_nowhere_as_a_claim_of_responsibility_is():
    event = events_by_trigger("KABUL, March 5 (Reuters) - Islamic State claimed the attack on a mosque in Jalalabad "
                              "on Monday.", "2024-03-05")["claimed"]
    assert event["type"] == "ASSAULT"
    assert event["location"] is None
