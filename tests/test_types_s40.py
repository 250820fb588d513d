"""Event types of session 40: whom an order or an expulsion sends away says which expulsion it is,
and an answer in force or in measures foretold is a threat."""

import dyad
from helpers import coded_events

PUBLISHED = "2025-03-10"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def asserted(text: str) -> list[dict]:
    return coded_events(text, PUBLISHED)


def coded(text: str) -> list[tuple]:
    return [(e["type"], e["cameo"]) for e in asserted(text)]


def test_ordering_people_out_of_a_country_expels_them(nlp):
    [event] = asserted("The junta in Niamey ordered three foreign reporters out of the country on Friday.")
    assert (event["type"], event["mode"], event["cameo"]) == ("COERCE", "deport", "174")
    [event] = asserted("Khartoum ordered a dozen foreign aid agencies out of the western region on Tuesday.")
    assert (event["type"], event["cameo"]) == ("SANCTION", "1663")
    assert {party(m) for m in event["actor"]} == {"SDN"}
    [event] = asserted("Bamako ordered the French ambassador out of Mali on Monday.")
    assert (event["type"], event["cameo"]) == ("SANCTION", "166")
    assert {party(m) for m in event["recipient"]} == {"FRA"}


def test_ordering_ones_own_troops_out_is_no_expulsion(nlp):
    assert [t for t, _ in coded("The general ordered his troops out of the capital on Monday.")] == []
    assert coded("Lima ordered the mayor to hand over the files.") == [("REQUEST", "100")]


def test_the_expulsion_of_people_who_are_no_envoys_deports_them(nlp):
    [event] = asserted("Guatemala's president ordered the expulsion of a Spanish prosecutor on Sunday.")
    assert (event["type"], event["mode"], event["cameo"]) == ("COERCE", "deport", "174")
    [event] = asserted("Algeria announced the expulsion of 300 migrants to Mali on Wednesday.")
    assert (event["type"], event["cameo"]) == ("COERCE", "174")


def test_the_expulsion_of_diplomats_stays_a_sanction(nlp):
    [event] = asserted("Warsaw ordered the expulsion of four Belarusian diplomats on Thursday.")
    assert (event["type"], event["mode"], event["cameo"]) == ("SANCTION", "expel", "166")
    assert {party(m) for m in event["recipient"]} == {"BLR"}


def test_an_answer_in_force_foretold_is_a_threat(nlp):
    [event] = asserted("Tehran warned on Sunday that it would respond with force to any strike on its soil.")
    assert (event["type"], event["mode"], event["cameo"]) == ("THREATEN", "violence", "138")
    assert {party(m) for m in event["actor"]} == {"IRN"}
    assert not event["recipient"]


def test_an_answer_in_measures_foretold_is_a_threat(nlp):
    [event] = asserted("Beijing warned that it would respond in kind to any new American tariffs.")
    assert (event["type"], event["cameo"]) == ("THREATEN", "130")
    [event] = asserted("Riyadh warned on Monday that it would respond to any punitive steps over the affair with greater action.")
    assert (event["type"], event["cameo"]) == ("THREATEN", "130")
    assert {party(m) for m in event["actor"]} == {"SAU"}


def test_a_reply_foretold_in_words_is_no_threat(nlp):
    assert coded("The ministry warned that it would respond with a statement on Monday.") == []
    assert coded("Economists warned that prices would respond with a sharp rise.") == []


def test_police_or_officials_seizing_premises_raid_them(nlp):
    [event] = asserted("Police seized the headquarters of the main opposition party in Minsk on Friday.")
    assert (event["type"], event["mode"], event["cameo"]) == ("COERCE", "seize", "171")
    [event] = asserted("Venezuelan officials took over the Caracas offices of the oil firm on Monday.")
    assert (event["type"], event["cameo"]) == ("COERCE", "171")
    assert {party(m) for m in event["actor"]} == {"VEN"}


def test_fighters_seizing_a_building_still_take_it_by_force(nlp):
    [event] = asserted("Rebel fighters seized the headquarters of the provincial government in Bunia on Sunday.")
    assert (event["type"], event["cameo"]) == ("ASSAULT", "190")
    assert coded("The company took over the offices of its rival on Monday.") == []


def test_banning_a_vigil_restricts_a_freedom(nlp):
    [event] = asserted("Police in Macau banned the annual candlelight vigil for the victims on Tuesday.")
    assert (event["type"], event["mode"], event["cameo"]) == ("COERCE", "restrict", "1721")
    assert coded("Organisers cancelled the annual vigil because of the storm.") == []


def test_driving_protesters_from_a_place_disperses_them(nlp):
    [event] = asserted("Riot police drove hundreds of demonstrators from the central square in Tbilisi on Saturday.")
    assert (event["type"], event["mode"], event["cameo"]) == ("COERCE", "restrict", "172")
    [event] = asserted("Police drove the strikers out of the shipyard gates on Friday.")
    assert (event["type"], event["cameo"]) == ("COERCE", "172")


def test_driving_out_troops_or_removing_rubble_is_no_dispersal(nlp):
    assert [t for t, _ in coded("Government troops drove the rebels out of the town on Monday.")] == ["ASSAULT"]
    assert coded("Volunteers removed rubble from the square on Friday.") == []


def test_a_penalty_foretold_in_a_joined_verb_is_a_threat(nlp):
    [event] = asserted("The junta warned that miners joining the stoppage would be dismissed and could face arrest.")
    assert event["type"] == "THREATEN"
    assert event["trigger"]["text"] == "warned"
    assert coded("The council warned that the closure would hurt shops and would cost jobs.") == []
