"""Places of events dyad finds (session 27: classes of place errors in the when/where sets).
Stories written for these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def _country(event):
    return (event["location"] or {}).get("country")


def test_a_broadcast_or_address_from_a_town_places_the_speaker_there(nlp):
    # "from" is no locative, but a broadcast, an address or speaking "from" a town is done there
    event = _events("KAMPALA, June 3 (Reuters) - Opposition leader Bobi Wine, in a radio broadcast from Gulu on "
                    "Monday, urged supporters to boycott the vote.")["urged"]
    assert event["location"]["name"] == "Gulu" and event["location"]["country"] == "UGA"
    event = _events("The prime minister, speaking in a video address from Lviv on Friday, accused Moscow of "
                    "shelling civilians.")["accused"]
    assert event["location"]["name"] == "Lviv"


def test_the_datelines_town_parsed_as_the_leads_subject_does_not_place_it(nlp):
    # the parser takes "ACCRA" for the subject of "was abducted": the town the deed's words name wins
    event = _events("ACCRA, March 3 (AFP) - The chief of Ghana's Upper East region, Adam Issah, was abducted and "
                    "killed in Bolgatanga on Tuesday, police said.")["abducted"]
    assert event["location"]["name"] == "Bolgatanga"


def test_a_foreign_leaders_telephone_call_is_not_placed_at_the_dateline(nlp):
    event = _events("LILONGWE, Nov 15 (Reuters) - Zambia's president said he had spoken to Malawi's leader by "
                    "telephone on Wednesday.")["spoken"]
    assert event["mode"] == "phone" and event["location"] is None
    # a call the dateline's own leader made is made from there
    event = _events("LUSAKA, Nov 15 (Reuters) - Zambia's president spoke by telephone with Malawi's leader on "
                    "Wednesday.")["spoke"]
    assert event["location"]["name"] == "Lusaka"


def test_a_journey_told_after_the_deed_is_not_where_the_deed_was(nlp):
    # "and was flown to Houston": where he went after surrendering, not where he surrendered
    event = _events("MANAGUA, May 2 (Reuters) - The rebel commander surrendered to soldiers outside the cathedral "
                    "on Tuesday and was flown to Houston to stand trial.")["surrendered"]
    assert event["location"]["name"] == "Managua"


def test_where_a_purpose_carries_people_to_is_not_where_the_act_was(nlp):
    # "to carry wounded migrants to hospitals in Athens": the hospitals are where the ship goes next
    event = _events("Greece sent a navy ship to the islands on Friday to carry wounded migrants to hospitals in "
                    "Athens.")["sent"]
    assert (event["location"] or {}).get("name") != "Athens"


def test_a_participle_describing_someone_in_an_of_phrase_does_not_place_the_act(nlp):
    # "relatives of captives held in Gaza": where the captives are, not where the meeting was
    event = _events("Netanyahu met relatives of captives held in Gaza at a hotel in Washington on Monday.")["met"]
    assert _country(event) != "PSE"


def test_the_country_is_not_one_someone_only_travelled_to(nlp):
    # "cut short a trip to a summit in Ethiopia": where he had gone, so "the country" is Chad
    event = _events("N'DJAMENA, May 3 (Reuters) - Gunmen attacked a market in the Chadian capital on Thursday. "
                    "President Mahamat Deby, who cut short a trip to a summit in Ethiopia, declared a state of "
                    "emergency across the country on Friday.")["declared"]
    assert event["location"]["country"] == "TCD"


def test_a_country_joined_to_a_nationality_before_a_noun_names_whose_it_is(nlp):
    # "Togolese and U.S. soldiers": the United States is no place of the story, so the dateline
    # still places the riot in its paragraph
    event = _events("LOME, May 3 (AFP) - Togolese and U.S. soldiers patrolled the port on Friday, a day after "
                    "rioters torched shops in the business district.")["torched"]
    assert event["location"]["name"] == "Lomé"


def test_a_name_towns_of_several_countries_share_is_the_one_where_the_storys_towns_are(nlp):
    # Aguas Blancas is a town of Argentina and of Mexico; Chilpancingo, which no other place
    # shares a name with, says the story is in Mexico
    event = _events("State police shot dead two farmers at Aguas Blancas on Sunday, a week after a protest in "
                    "Chilpancingo.")["shot"]
    assert event["location"]["country"] == "MEX"
