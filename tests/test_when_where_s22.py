"""When/where of events in short wire stories (session 22, real when/where study sets): which
word of a phrase is the event's trigger, and the day and place it takes. Sentences written for
these tests."""

from helpers import codes, events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_victims_killed_in_an_air_strike_are_marked_on_the_strike(nlp):
    events = _events("Eight villagers were killed in an airstrike on a market in Kunduz on Monday.")
    assert "killed" not in events
    event = events["airstrike"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-06"
    assert event["location"]["name"] == "Kunduz"
    assert "AFGCVL" in codes(event["recipient"])


def test_people_injured_in_clashes_are_marked_on_the_clashes(nlp):
    event = _events("At least 30 people were injured in clashes between police and opposition supporters "
                    "in Karachi on Tuesday.")["clashes"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-07"
    assert event["location"]["name"] == "Karachi"


def test_a_named_act_keeps_its_verb(nlp):
    # an assassination is an act with a name of its own, not only the harm the attack did
    events = _events("The governor was assassinated in an attack on his convoy in Kandahar on Sunday.")
    assert events["assassinated"]["type"] == "ASSAULT"
    assert "attack" not in events


def test_killed_during_a_gunfight_with_no_sides_named(nlp):
    # the noun need not be an event of its own; the clause that says when it began dates it
    event = _events("Three policemen and two gunmen were killed during a gunfight that started on "
                    "Sunday night.")["gunfight"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-05"


def test_a_death_in_fighting_that_broke_out_on_a_day_is_dated_by_it(nlp):
    event = _events("Four soldiers were killed in fighting that broke out on Saturday near the border.")["fighting"]
    assert event["date"]["value"] == "2024-05-04"


def test_fighting_that_erupted_is_marked_on_the_verb(nlp):
    events = _events("Heavy fighting erupted between the army and rebels near Goma on Monday.")
    event = events["erupted"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-06"
    assert event["location"]["name"] == "Goma"


def test_an_ambush_that_took_place_is_marked_on_took(nlp):
    event = _events("The ambush by FARC rebels on an army patrol took place near Tumaco on Friday.")["took"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-03"
    assert event["location"]["name"] == "Tumaco"


def test_where_clashes_took_place_keeps_the_noun(nlp):
    # (the clause tells of the place; dyad codes no event for its clashes yet, so none is marked on "took")
    events = _events("Police patrolled Karachi, where clashes between rival gangs took place on Sunday.")
    assert "took" not in events


def test_protests_that_erupted_keep_the_noun(nlp):
    events = _events("Protests erupted in Lagos on Monday over fuel prices.")
    assert "erupted" not in events
    assert events["Protests"]["type"] == "PROTEST"


def test_a_state_named_before_its_noun_is_a_place_not_a_party(nlp):
    # "Zamfara state" says where, as "Zamfara" alone would: the story is Nigeria's, so a deed of a
    # later paragraph is not placed at the reporter's town abroad
    text = ("NAIROBI - Gunmen on motorbikes killed eight farmers in a village in Zamfara state in Nigeria "
            "on Saturday, police said.\n\n"
            "The attackers also opened fire on soldiers who arrived at the scene, wounding two of them.")
    event = _events(text)["fire"]
    assert event["type"] == "ASSAULT"
    assert event["location"] is None or event["location"]["country"] == "NGA"


def test_a_capital_beats_a_small_namesake_town_of_a_country_the_story_names(nlp):
    # the embassy's nationality names the country it is not in: Monrovia is Liberia's capital,
    # not the small town in California
    event = _events("Several hundred students rallied outside the U.S. embassy in Monrovia on Tuesday "
                    "against the visa rules.")["rallied"]
    assert event["location"]["country"] == "LBR"


def test_a_large_namesake_town_of_the_story_country_still_wins(nlp):
    event = _events("Canadian police arrested two men in Kingston on Tuesday.")["arrested"]
    assert event["location"]["country"] == "CAN"


def test_a_town_in_apposition_to_a_named_building_places_the_event(nlp):
    event = _events("President Ruto held talks with the Somali leader at State House, Nairobi on Monday.")["talks"]
    assert event["type"] == "CONSULT"
    assert event["location"]["name"] == "Nairobi"
    event = _events("Riot police fired tear gas at students at Makerere University, Kampala, on Monday.")["fired"]
    assert event["location"]["name"] == "Kampala"


def test_troops_encountering_armed_men_fight_them(nlp):
    event = _events("Army spokesmen said marines encountered a band of Abu Sayyaf militants on Friday "
                    "near Patikul.")["encountered"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-03"
    assert event["location"]["country"] == "PHL"


def test_soldiers_engaging_gunmen_fight_them_but_engaging_in_talks_is_no_fight(nlp):
    assert _events("Soldiers engaged about 40 gunmen near the village on Sunday.")["engaged"]["type"] == "ASSAULT"
    assert "engaged" not in _events("Police engaged in talks with the protest leaders on Sunday.")
