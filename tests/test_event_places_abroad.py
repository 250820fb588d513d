"""Where events happen in stories of several places: names the tagger mislabels, deeds a
relative clause places, journeys to where they happen, acts said to be nationwide."""

import pytest

import dyad


def _places_by_trigger(text: str, published: str = "2024-05-06") -> dict[str, dict | None]:
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


def test_a_city_the_tagger_calls_a_language_is_still_the_place():
    # the small model tags "Tunis" here as a LANGUAGE
    place = _places_by_trigger("Police clubbed dozens of lawyers in Tunis on Monday.")["clubbed"]
    assert (place["name"], place["country"]) == ("Tunis", "TUN")


def test_a_language_is_no_place():
    assert _places_by_trigger("The minister said in Thai that police arrested forty people on Monday.")["arrested"] is None


@pytest.mark.parametrize("text, trigger, expected", [
    # a relative clause telling what the deed did says where it was, not the reporter's dateline
    ("NAIROBI, Kenya (AP) - Al-Shabab claimed Monday's bombing that killed 12 soldiers near Mandera.",
     "bombing", "Mandera"),
    # a journey's talks are where it ends
    ("NAIROBI, Kenya (AP) - Ethiopia's prime minister flew to Juba on Friday for talks with Salva Kiir.",
     "flew", "Juba"),
    ("NAIROBI, Kenya (AP) - Uganda's foreign minister travelled to Kinshasa on Monday to meet Congo's president.",
     "travelled", "Kinshasa"),
    # the people it was aimed at were where they did what a "who" clause says they did as it hit them
    ("TUNIS, May 6 (Reuters) - Police fired tear gas at hundreds of students who rioted in the southern town of "
     "Gafsa late on Sunday, witnesses said.", "fired", "Gafsa"),
])
def test_a_deed_or_journey_is_where_its_words_put_it_not_at_the_dateline(text, trigger, expected):
    assert _places_by_trigger(text)[trigger]["name"] == expected


def test_a_deed_others_speak_of_in_a_relative_clause_is_not_placed_by_it():
    # where officials did the blaming says nothing of where the attack was
    place = _places_by_trigger("NAIROBI, Kenya (AP) - Police said the attack that officials blamed on rebels in "
                               "Mandera was planned abroad.")["attack"]
    assert place is None or place["name"] != "Mandera"


@pytest.mark.parametrize("text, trigger", [
    # the country the story gives the government, though its words do not name it
    ("Nepal's army has fought the rebels for years. The government declared a nationwide state of emergency "
     "on Monday.", "declared"),
    # under a dateline of the same country: where it applies, not the reporter's town
    ("KATHMANDU, Nepal (AP) - The king declared a nationwide state of emergency on Monday.", "declared"),
])
def test_an_act_said_to_cover_the_whole_country_is_placed_at_the_country(text, trigger):
    place = _places_by_trigger(text)[trigger]
    assert (place["country"], place["lat"]) == ("NPL", None)


def test_an_act_in_a_town_stays_there_under_a_dateline():
    place = _places_by_trigger("NAIROBI, Kenya (AP) - Police arrested opposition leaders in Nakuru on Monday.")["arrested"]
    assert place["name"] == "Nakuru"


def test_a_village_the_gazetteer_lacks_is_in_the_country_a_foreign_dateline_reports_on():
    # told from Beirut, the body names places of Syria only
    places = _places_by_trigger("BEIRUT (Reuters) - Rebels captured the village of Kafr Nabudah on Saturday. "
                                "Government jets pounded rebel positions in northern Syria on Sunday.")
    assert (places["captured"]["name"], places["captured"]["country"]) == ("Kafr Nabudah", "SYR")


def test_a_village_under_a_dateline_with_no_other_country_is_the_datelines():
    place = _places_by_trigger("BEIRUT (Reuters) - Gunmen attacked the village of Kafr Nabudah on Saturday.")["attacked"]
    assert place["country"] == "LBN"


def test_a_town_naming_a_facility_is_where_the_story_is_not_whose_a_party_is():
    # "Mogadishu airport" says where the bombs went off (as "US troops" says whose the troops are):
    # the story is of Somalia, and "the capital" is Mogadishu, not the dateline's Nairobi
    places = _places_by_trigger("NAIROBI, May 6 (Reuters) - Two bombs exploded at Mogadishu airport on Sunday, "
                                "officials said.\n\nPolice set up roadblocks across the capital on Monday and "
                                "arrested dozens of people, residents said.")
    assert (places["arrested"]["name"], places["arrested"]["country"]) == ("Mogadishu", "SOM")


@pytest.mark.parametrize("text, trigger, country", [
    # an act on the doers' own border, airspace or army is done at home
    ("Chad closed its border with Sudan on Tuesday, a government spokesman said.", "closed", "TCD"),
    ("Armenia put its army on full combat alert on Sunday.", "put", "ARM"),
    ("BAKU, May 6 (Reuters) - Georgia reopened its airspace to commercial flights on Monday.", "reopened", "GEO"),
    # an envoy is expelled where he serves (a summons is not placed at home: tests/test_places_s41.py)
    ("Ankara expelled the Dutch ambassador on Sunday over the row.", "expelled", "TUR"),
    ("Nigeria's foreign ministry expelled two Ghanaian diplomats on Friday.", "expelled", "NGA"),
])
def test_an_act_on_the_doers_own_ground_is_placed_at_home(text, trigger, country):
    place = _places_by_trigger(text)[trigger]
    assert place is not None and place["country"] == country and place["lat"] is None


@pytest.mark.parametrize("text, trigger", [
    ("Armenia threatened to close its border.", "threatened"),  # the threat is said wherever its speaker was
    ("Russia sent its army into Georgia on Friday.", "sent"),  # where it went, not home
])
def test_own_ground_does_not_place_other_acts_at_home(text, trigger):
    place = _places_by_trigger(text)[trigger]
    assert place is None or place["country"] == "GEO"


def test_an_acts_purpose_is_done_where_the_act_is():
    # "to disperse the crowd in Benoni": the firing was there too; an object of the purpose is no place
    place = _places_by_trigger("Police fired rubber bullets to disperse the crowd in Benoni, Johannesburg.")["fired"]
    assert place["name"] == "Benoni"


@pytest.mark.parametrize("text, trigger, town", [
    ("SKOPJE, March 5 (Reuters) - Army helicopters pounded rebel positions in the mountains above Tetovo "
     "on Monday, officials said.", "pounded", "Tetovo"),
    ("MEXICO CITY, March 5 (Reuters) - Gunmen stormed a ranch in the hills above Acapulco on Monday, "
     "killing four people, police said.", "stormed", "Acapulco de Juárez"),
])
def test_a_deed_in_the_hills_above_a_town_is_at_the_town_not_the_dateline(text, trigger, town):
    place = _places_by_trigger(text, "2024-03-05")[trigger]
    assert place["name"] == town
