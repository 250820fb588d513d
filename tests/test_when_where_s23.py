"""When/where of events in short wire stories (session 23, real when/where study sets): which
place or day governs an event its own sentence does not place or date. Stories written for
these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_a_lead_without_a_town_places_later_deeds_in_its_region(nlp):
    # no dateline and no town in the lead: its state says where the story's later deeds were
    events = _events("Gunmen killed nine soldiers on Monday in an ambush in the state of Zamfara in "
                     "northwestern Nigeria, officials said.\n\n"
                     "The attackers torched two army trucks before fleeing on motorcycles.")
    event = events["torched"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["country"] == "NGA"


def test_a_base_some_way_from_a_named_capital_is_placed_by_it(nlp):
    # the parser hangs "the capital, Kabul" on the compass word that says how far from it
    event = _events("Insurgents attacked an army base southwest of the capital, Kabul, killing at least "
                    "six soldiers on Tuesday.")["attacked"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["country"] == "AFG"


def test_an_attack_said_to_have_happened_in_part_of_a_country(nlp):
    # the next sentence names the deed again and places it in a region of a country
    events = _events("Eight soldiers have been killed in an ambush by rebels, the army says.\n\n"
                     "The ambush happened in the north-west of Peru near the Ecuadorean border.")
    assert events["ambush"]["location"]["country"] == "PER"


def test_the_restive_south_is_part_of_the_country_the_story_names(nlp):
    event = _events("Nigerian soldiers battled Islamist fighters in the restive northeast on Tuesday, "
                    "leaving at least eight militants dead.")["battled"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["country"] == "NGA"


def test_a_capital_joined_to_backed_names_no_scene(nlp):
    # "Kremlin-backed" or "Moscow-backed" says who backs the rebels, not where the clashes were
    event = _events("A Georgian policeman was killed on Sunday in clashes with Moscow-backed separatists "
                    "in the mountainous north, officials said.")["clashes"]
    assert event["location"]["country"] == "GEO"


def test_the_west_as_a_bloc_is_no_region(nlp):
    events = _events("Iranian forces seized a tanker in the Gulf on Monday, deepening the standoff with "
                     "the West.")
    # capitalised, "the West" is a bloc of countries, not a part of Iran
    assert all(e["location"] is None or e["location"]["text"] != "the West" for e in events.values())


def test_people_who_died_in_an_explosion_are_marked_on_died(nlp):
    # an explosion or a blast is what happened, no one's act: the harm is the deed readers mark
    events = _events("At least six people died in a car bomb explosion near a market in Mogadishu on Sunday.")
    event = events["died"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-05"
    assert event["location"]["name"] == "Mogadishu"
    assert "explosion" not in events


def test_people_injured_in_a_blast_keep_the_verb(nlp):
    events = _events("Eleven passers-by were injured in the blast outside a bank in Peshawar on Monday.")
    assert events["injured"]["location"]["name"] == "Peshawar"
    assert "blast" not in events


def test_a_deed_answered_in_the_next_sentence_lends_no_day(nlp):
    # "Saturday's suicide bombing" is the deed the raid answers, not the raid named again
    events = _events("Soldiers killed seven militants in an overnight operation in the northwest, officials "
                     "say. The army said the raid was in retaliation for Saturday's suicide bombing of a "
                     "checkpoint.")
    assert events["killed"]["date"] is None
    assert events["bombing"]["date"]["value"] == "2024-05-04"


def test_a_deed_named_again_with_its_day_still_dates_it(nlp):
    events = _events("Gunmen killed four policemen at a checkpoint near Kandahar, officials say. "
                     "Tuesday's attack was the third this month.")
    assert events["killed"]["date"]["value"] == "2024-05-07"


def test_raiders_rustling_cattle_and_burning_farmland_assault_the_village(nlp):
    events = _events("Bandits raided a village in Zamfara state on Sunday and burned farmlands.\n\n"
                     "The gunmen also rustled cattle belonging to the villagers, police said.")
    for trigger in ("burned", "rustled"):
        assert events[trigger]["type"] == "ASSAULT"
        assert events[trigger]["location"]["country"] == "NGA"


def test_protesters_massing_outside_a_ministry_demonstrate(nlp):
    event = _events("Protesters massed outside the interior ministry on Monday, chanting slogans against "
                    "the government.")["massed"]
    assert event["type"] == "PROTEST"
    assert event["date"]["value"] == "2024-05-06"


def test_troops_massed_on_a_border_stay_a_mobilization(nlp):
    assert _events("Russia has massed troops near the Ukrainian border.")["massed"]["type"] == "MOBILIZE"


def test_two_sides_agreeing_under_a_dateline_agree_there(nlp):
    text = ("ADDIS ABABA (Reuters) - Sudan's army and a rival paramilitary force agreed on Friday to a "
            "seven-day truce after three days of talks, mediators said.")
    event = _events(text)["agreed"]
    assert event["type"] == "AGREE"
    assert event["location"]["name"] == "Addis Ababa"
    assert event["date"]["value"] == "2024-05-03"


def test_one_side_agreeing_is_not_placed_by_the_dateline(nlp):
    # a single government's consent is given wherever it decided, not where the reporter is
    event = _events("WASHINGTON (Reuters) - Iran agreed on Friday to let inspectors visit two sites, "
                    "officials said.")["agreed"]
    assert event["location"] is None


def test_a_wire_dateline_without_a_comma_before_its_date(nlp):
    # "LIMA Feb 14 (Reuters) -": some wire copy drops the comma between the town and the day
    event = _events("LIMA Feb 14 (Reuters) - Riot police cleared dozens of protesters from the main "
                    "square on Monday, witnesses said.")["cleared"]
    assert event["type"] == "COERCE"
    assert event["location"]["name"] == "Lima"


def test_a_capitalised_opening_with_a_number_is_no_dateline(nlp):
    events = _events("Police in Lagos arrested 14 people on Monday after clashes.")
    assert events["arrested"]["location"]["name"] == "Lagos"


def test_protesters_cleared_from_a_square_were_cleared_there(nlp):
    # the square they were cleared "from" is where the clearing was
    event = _events("Riot police evicted hundreds of protesters from Taksim Square on Saturday.")["evicted"]
    assert event["location"]["country"] == "TUR"
    assert event["date"]["value"] == "2024-05-04"


def test_a_tally_of_the_past_day_is_dated_to_the_month_it_lies_in(nlp):
    # "in the past 24 hours": the day before publication or the day itself, so their month
    event = _events("KYIV (Reuters) - Russian shelling killed four civilians in the Donetsk region in the "
                    "past 24 hours, the regional governor said.")["killed"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05"


def test_a_passive_told_again_without_its_auxiliary_shares_the_date_at_its_end(nlp):
    # "were killed and twelve others wounded ... on Monday": one clause with "were" left out
    event = _events("Five policemen were killed and twelve others wounded when a roadside bomb hit their "
                    "convoy in Kandahar on Monday, officials said.")["killed"]
    assert event["type"] == "ASSAULT"
    assert event["date"]["value"] == "2024-05-06"
    assert event["location"]["country"] == "AFG"


def test_a_countrys_capital_named_with_a_possessive_is_its_capital_city(nlp):
    # "in Kenya's capital" is Nairobi, as "the Kenyan capital" is
    event = _events("Robbers shot dead two guards outside a bank in Kenya's capital on Sunday, police "
                    "said.")["shot"]
    assert event["type"] == "ASSAULT"
    assert event["location"]["name"] == "Nairobi"
    assert event["location"]["country"] == "KEN"


def test_a_countrys_commercial_capital_is_not_its_seat_of_government(nlp):
    event = _events("Gunmen shot dead four traders in Nigeria's commercial capital on Saturday, "
                    "police said.")["shot"]
    assert event["type"] == "ASSAULT"
    assert (event["location"] or {}).get("name") != "Abuja"


def test_air_strikes_against_a_town_struck_there(nlp):
    events = _events("Coalition warplanes launched three air strikes against Aden on Tuesday, "
                     "killing five fishermen, residents said.")
    assert events["launched"]["type"] == "ASSAULT"
    assert events["launched"]["location"]["country"] == "YEM"
    assert events["killing"]["location"]["country"] == "YEM"


def test_attacks_against_a_country_leave_it_a_party(nlp):
    event = _events("Militants launched rocket attacks against Israel on Tuesday.")["launched"]
    assert event["location"] is None
