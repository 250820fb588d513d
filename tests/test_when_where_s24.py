"""When/where of events in short wire stories (session 24, real when/where study sets): events a
reader marks that dyad found nothing for, and the place or day that governs an event. Stories
written for these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_a_crowd_gathering_to_demand_something_demonstrates(nlp):
    event = _events("Several hundred people gathered in front of the labour ministry in Nairobi on "
                    "Monday to demand higher wages.")["gathered"]
    assert event["type"] == "PROTEST"
    assert event["date"]["value"] == "2024-05-06"
    assert event["location"]["name"] == "Nairobi"


def test_a_crowd_gathering_chanting_slogans_demonstrates(nlp):
    event = _events("Thousands gathered in the centre of Lima on Tuesday, chanting slogans against the "
                    "new cabinet.")["gathered"]
    assert event["type"] == "PROTEST"
    assert event["location"]["country"] == "PER"


def test_a_crowd_gathering_for_a_festive_or_plain_purpose_is_no_event(nlp):
    assert "gathered" not in _events("World leaders gathered in Normandy on Thursday to mark the "
                                      "anniversary of the landings.")
    assert "gathered" not in _events("Thousands gathered outside the stadium on Sunday to watch the final.")


def test_gathering_to_protest_is_the_protest_its_infinitive_tells(nlp):
    events = _events("Hundreds of farmers gathered in Warsaw on Monday to protest against grain imports.")
    assert events["protest"]["type"] == "PROTEST"


def test_a_square_or_market_of_a_town_is_in_that_town(nlp):
    events = _events("Police fired tear gas at protesters in the main square of Minsk on Sunday.")
    assert events["fired"]["location"]["name"] == "Minsk"
    events = _events("A bomb exploded in a crowded market of Kano on Monday, killing five people.")
    assert events["exploded"]["location"]["name"] == "Kano"


def test_a_dateline_whose_day_a_copy_dropped_still_places_local_news(nlp):
    # the copy kept the comma after the town but not the day before the agency
    event = _events("LIMA,  (Reuters) - Peruvian police used tear gas on Monday to stop protesters "
                    "from marching on the congress.")["used"]
    assert event["location"]["name"] == "Lima"


def test_a_bureau_story_of_a_neighbour_is_placed_in_that_country(nlp):
    # a regional bureau's dateline says where the reporter is, not where the lead's soldiers were
    text = ("BANGKOK (Reuters) - Myanmar soldiers raided a village in the north of the country on "
            "Tuesday, residents said.\n\n"
            "Troops burned dozens of houses, a villager told Myanmar media.")
    events = _events(text)
    assert events["raided"]["location"]["country"] == "MMR"
    assert events["burned"]["location"]["country"] == "MMR"


def test_a_bureau_story_places_later_deeds_in_the_leads_town(nlp):
    text = ("NAIROBI (Reuters) - Somali militants attacked an army base in a remote southern village "
            "on Tuesday, killing ten soldiers, Somali officials said.\n\n"
            "The fighters later burned several vehicles, a local elder said.")
    events = _events(text)
    assert events["attacked"]["location"]["country"] == "SOM"
    assert events["burned"]["location"]["country"] == "SOM"


def test_local_news_and_sanctions_abroad_stay_at_the_dateline(nlp):
    events = _events("MOSCOW (Reuters) - Russian police detained 50 protesters on Sunday.\n\n"
                     "Police beat several people, witnesses said.")
    assert events["beat"]["location"]["name"] == "Moscow"
    event = _events("NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in the capital on "
                    "Tuesday.")["fired"]
    assert event["location"]["name"] == "Nairobi"


def test_a_district_named_in_a_region_is_that_regions_namesake(nlp):
    # Bali is also an Indonesian island; the state it is said to lie in says which is meant
    event = _events("Gunmen killed two farmers near Bali town in Taraba state on Friday.")["killed"]
    assert event["location"]["country"] == "NGA"


def test_a_deed_reported_in_a_where_clause_is_at_its_antecedent(nlp):
    event = _events("Police carried out an operation in a neighbourhood of Hebron, where officials said "
                    "officers shot at a suspect.")["shot"]
    assert event["location"]["name"] == "Hebron"


def test_a_deed_in_a_when_clause_is_where_its_main_clause_is(nlp):
    event = _events("A police convoy was driving through the town of Aguililla at dawn when gunmen "
                    "ambushed it.")["ambushed"]
    assert event["location"]["name"] == "Aguililla"


def test_a_when_clause_on_a_month_is_dated_by_it_whatever_verb_holds_when(nlp):
    # the parser hangs "when" on the second verb of the clause
    event = _events("The raid was the worst since June 2017, when insurgents stormed a prison and freed "
                    "hundreds of inmates.")["stormed"]
    assert event["date"]["value"] == "2017-06"


def test_the_term_of_a_sentence_is_no_part_of_its_day(nlp):
    event = _events("A military court jailed four journalists today for five years on espionage "
                    "charges.")["jailed"]
    assert event["date"]["value"] == PUBLISHED


def test_a_name_the_text_calls_a_state_is_the_region_not_the_country(nlp):
    # Niger State is Nigerian; the country Niger is not a "state" of anyone's
    event = _events("Bandits abducted 20 travellers on a highway in Niger state on Friday.")["abducted"]
    assert event["location"]["country"] == "NGA"
    event = _events("Rebels attacked a village in Niger on Saturday.")["attacked"]
    assert event["location"]["country"] == "NER"


def test_a_day_opening_the_sentence_before_a_name_without_a_comma_dates_the_verb(nlp):
    # the parser hangs "Monday" on the subject's name as part of it
    event = _events("On Monday Olaf Scholz met Giorgia Meloni in Rome.")["met"]
    assert event["date"]["value"] == "2024-05-06"
    event = _events("On April 30 Sergei Lavrov met Wang Yi in Beijing.")["met"]
    assert event["date"]["value"] == "2024-04-30"


def test_a_court_named_by_its_town_acts_in_that_town(nlp):
    # a court sits where its name says; a country before it says whose it is, not where
    event = _events("A Tehran court sentenced two environmental activists to six years in prison "
                    "on Tuesday.")["sentenced"]
    assert event["type"] == "SANCTION"
    assert event["location"]["name"] == "Tehran"
    event = _events("Police raided a newspaper office on Monday. The Lagos court later ordered the "
                    "editor to be freed on bail.")["ordered"]
    assert event["location"]["name"] == "Lagos"
    assert event["location"]["country"] == "NGA"


def test_a_city_opening_a_courts_full_name_is_where_it_sits(nlp):
    # the tagger takes such a name whole, as an organisation, or tags only its last words
    event = _events("Police detained a journalist in March. The Ankara 2nd High Criminal Court "
                    "sentenced him to two years in prison on Tuesday.")["sentenced"]
    assert event["location"]["name"] == "Ankara"
    assert event["location"]["country"] == "TUR"
    # no city: a court of the whole country, placed by nothing in its name
    event = _events("The Supreme Court struck down the election law on Monday.")["struck"]
    assert not event.get("location")
