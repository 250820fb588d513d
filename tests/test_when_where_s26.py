"""Places of events dyad finds (session 26, real when/where study sets). Stories written for
these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_a_town_named_in_the_outskirts_or_suburb_phrase_places_the_deed(nlp):
    # "the outskirts of the town of X": the place noun's own "of" phrase, one step further up
    event = _events("Militants killed four soldiers on the outskirts of the northern town of Gao on "
                    "Saturday.")["killed"]
    assert event["location"]["name"] == "Gao" and event["location"]["country"] == "MLI"
    event = _events("A car bomb exploded in a suburb of the city of Mosul on Saturday, killing six "
                    "people.")["killing"]
    assert event["location"]["name"] == "Mosul" and event["location"]["country"] == "IRQ"


def test_a_village_the_gazetteer_lacks_is_of_the_country_its_own_phrase_names(nlp):
    # "Boni" is also another name of Bonn: the phrase "in central Mali" or ", Mali" says which
    event = _events("Gunmen attacked an army post near the town of Boni in central Mali on Saturday, "
                    "killing three soldiers.")["attacked"]
    assert event["location"]["country"] == "MLI" and event["location"]["lat"] is None
    event = _events("Jihadists overran a checkpoint in Boni, Mali, on Saturday.")["overran"]
    assert event["location"]["country"] == "MLI"
    # a town the gazetteer holds in that country stays the town, with its point
    event = _events("Gunmen attacked a bus near Kidal in northern Mali on Saturday.")["attacked"]
    assert event["location"]["name"] == "Kidal" and event["location"]["lat"] is not None


def test_a_target_said_to_be_used_by_people_in_a_town_is_attacked_there(nlp):
    # the town hangs on the participle's agent ("officials in Nairobi"), not on the attack
    event = _events("Gunmen have attacked a hotel used by government officials in Kenya's capital Nairobi, "
                    "police said on Saturday.")["attacked"]
    assert event["location"]["name"] == "Nairobi"
    # a country there says only whose the users are
    event = _events("Gunmen attacked a base used by troops from Chad on Saturday.")["attacked"]
    assert (event["location"] or {}).get("country") != "TCD"


def test_a_day_given_with_the_hour_dates_the_deed(nlp):
    # the parser hangs "on Monday" on "a.m.", itself hung on the verb without a preposition
    event = _events("A military spokesman said the clash broke out around 5 a.m. on Monday in a farming "
                    "village.")["broke"]
    assert event["date"]["value"] == "2024-05-06"
