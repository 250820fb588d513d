"""Kinds of event news analysts mark in short wire stories that dyad missed (session 20, real
when/where set): a curfew named as the event's trigger, arrests told as hauling or taking people
away, protesters parading or swarming, a protest attempt broken up, confrontations and encounters
between forces, and a deed done in answer told in a relative clause with no comma. Sentences
written for these tests."""

import dyad
from helpers import codes, events_by_trigger

PUBLISHED = "2024-05-06"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_an_imposed_curfew_is_marked_on_the_curfew(nlp):
    event = _events("The army imposed a dusk-to-dawn curfew in Kandy on Sunday.")["curfew"]
    assert (event["type"], event["mode"]) == ("COERCE", "curfew")
    assert event["actor"][0]["country"] == "LKA"
    assert event["date"]["value"] == "2024-05-05"
    assert event["location"]["name"] == "Kandy"


def test_a_curfew_imposed_with_no_doer_named(nlp):
    event = _events("Curfew was imposed in the Anantnag district of Kashmir on Monday.")["Curfew"]
    assert (event["type"], event["mode"]) == ("COERCE", "curfew")
    assert event["date"]["value"] == "2024-05-06"
    assert event["location"]["country"] == "IND"


def test_a_clamped_curfew(nlp):
    event = _events("Authorities clamped a curfew on Jammu on Tuesday after the riots.")["curfew"]
    assert (event["type"], event["mode"]) == ("COERCE", "curfew")
    assert event["location"]["name"] == "Jammu"


def test_imposing_a_curfew_is_no_reported_speech(nlp):
    record = dyad.code("Authorities imposed a curfew in Kandy on Tuesday after a bombing killed 12 people.",
                       published=PUBLISHED)
    cues = [c["text"] for a in record["attributions"] for c in a["cue"]]
    assert "imposed" not in cues


def test_police_hauling_away_protesters_arrest_them(nlp):
    event = _events("Riot police hauled away dozens of demonstrators in Harare on Saturday.")["hauled"]
    assert (event["type"], event["mode"]) == ("COERCE", "arrest")
    assert codes(event["actor"]) == ["ZWECOP"]
    assert event["location"]["name"] == "Harare"


def test_soldiers_taking_away_a_man_arrest_him(nlp):
    event = _events("Soldiers surrounded a house in Sopore on Monday and took away a teenager.")["took"]
    assert (event["type"], event["mode"]) == ("COERCE", "arrest")
    assert event["actor"][0]["sector"] == "MIL"


def test_taking_away_passports_is_no_arrest(nlp):
    assert "took" not in _events("The government took away their passports in March.")


def test_protesters_parading_through_the_streets_protest(nlp):
    event = _events("Opposition activists paraded through the streets of Lagos on Friday, chanting slogans.")["paraded"]
    assert (event["type"], event["mode"]) == ("PROTEST", "demo")
    assert event["location"]["name"] == "Lagos"
    assert event["date"]["value"] == "2024-05-03"


def test_troops_on_parade_are_no_protest(nlp):
    assert "paraded" not in _events("Troops paraded through Red Square in Moscow on Thursday.")


def test_protesters_swarming_a_statue_protest(nlp):
    event = _events("Demonstrators in Richmond swarmed a Confederate statue on Saturday.")["swarmed"]
    assert event["type"] == "PROTEST"


def test_breaking_up_an_attempt_at_a_rally(nlp):
    event = _events("Riot police broke up an attempt at a rally in Caracas on Saturday.")["broke"]
    assert (event["type"], event["mode"]) == ("COERCE", "restrict")
    assert event["location"]["name"] == "Caracas"


def test_an_encounter_between_forces_and_militants_is_a_clash(nlp):
    event = _events("Two civilians died during an encounter between security forces and militants in Shopian on Sunday.")["encounter"]
    assert event["type"] == "ASSAULT"
    assert sorted(m["sector"] for m in event["actor"]) == ["COP", "REB"]
    assert event["date"]["value"] == "2024-05-05"


def test_a_confrontation_between_police_and_protesters(nlp):
    event = _events("A confrontation between police and protesters turned violent in Kenosha on Saturday.")["confrontation"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["name"] == "Kenosha"


def test_a_deed_done_in_turn_in_a_relative_clause(nlp):
    events = _events("Youths hurled bottles at officers who in turn fired tear gas in Soweto on Friday.")
    assert events["fired"]["type"] == "ASSAULT"
    assert events["fired"]["actor"][0]["country"] == "ZAF"
    assert events["hurled"]["type"] == "PROTEST"


def test_a_deed_with_a_place_phrase_before_its_verb_takes_the_verbs_town(nlp):
    # the small parser hangs "killed" on "shrine" ("a shrine killed four"): the verb is the sentence's
    event = _events("A gunfight near a mosque killed at least three in the city of Srinagar on Tuesday, police said.")["gunfight"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["name"] == "Srinagar"
    assert event["date"]["value"] == "2024-04-30"


def test_the_capital_of_a_named_country_is_its_capital_city(nlp):
    event = _events("Thousands of protesters marched through the capital of Kenya on Monday.")["marched"]
    assert event["type"] == "PROTEST"
    assert (event["location"]["name"], event["location"]["country"]) == ("Nairobi", "KEN")


def test_the_capital_of_a_region_is_no_country_capital(nlp):
    event = _events("Protesters rallied in the capital of Ukraine's Kharkiv region on Friday.")["rallied"]
    assert (event["location"] or {}).get("name") != "Kyiv"


def test_troops_clearing_the_streets_disperse_people(nlp):
    event = _events("Troops cleared the streets of central Mandalay on Thursday, telling protesters to go home.")["cleared"]
    assert (event["type"], event["mode"]) == ("COERCE", "restrict")
    assert event["actor"][0]["code"] == "MMRMIL"
    assert event["location"]["name"] == "Mandalay"


def test_workers_clearing_snow_from_streets_is_no_dispersal(nlp):
    assert "cleared" not in _events("Workers cleared the streets of snow in Ottawa on Thursday.")


def test_police_confronting_a_crowd_with_tear_gas(nlp):
    event = _events("Riot police confronted the marchers with tear gas in Khartoum on Thursday.")["confronted"]
    assert (event["type"], event["mode"]) == ("ASSAULT", "crowd-control")
    assert event["actor"][0]["code"] == "SDNCOP"
    assert event["location"]["name"] == "Khartoum"


def test_meeting_a_delegation_with_a_smile_is_still_a_meeting(nlp):
    event = _events("The minister met the delegation with a smile in Minsk on Sunday.")["met"]
    assert event["type"] == "CONSULT"
