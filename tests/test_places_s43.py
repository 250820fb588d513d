"""Places, session 43: a pact signed under a dateline is signed there though what it is about lies
abroad ("signed a deal to build a pipeline across Afghanistan") or a guest signs it with the host;
and the place of those a request asks to act ("urged its citizens in Gabon to stay indoors") is
theirs, not where the request was made; an AP state abbreviation after a town ("Perry, Okla.") is
the state, not a city its full name also names (Oklahoma City), so the town is the one in that state."""

import pytest

import dyad


def _places_by_trigger(text: str, published: str = "2024-05-06") -> dict[str, dict | None]:
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


@pytest.mark.parametrize("text, town, country", [
    ("TASHKENT, May 3 (Reuters) - The presidents of Uzbekistan and Kyrgyzstan signed an agreement on Friday "
     "to build a railway through Kyrgyzstan to western China.", "Tashkent", "UZB"),
    ("HANOI, May 3 (AFP) - Vietnam and Laos signed a treaty on Thursday to share the power of dams on the "
     "Mekong in Laos.", "Hanoi", "VNM"),
    ("NAIROBI, May 3 (Reuters) - Kenya and Ethiopia signed a security pact on Friday, ending years of "
     "quarrels over cattle raids in Ethiopia.", "Nairobi", "KEN"),
])
def test_a_pact_signed_under_a_dateline_with_a_topic_abroad_is_signed_there(text, town, country):
    place = _places_by_trigger(text)["signed"]
    assert place is not None and (place["name"], place["country"]) == (town, country)


def test_a_pact_of_two_foreign_states_is_not_signed_at_the_dateline():
    place = _places_by_trigger("LONDON, May 3 (Reuters) - Armenia and Azerbaijan signed a peace deal on "
                               "Friday.")["signed"]
    assert place is None or place["country"] != "GBR"


@pytest.mark.parametrize("text, trigger, elsewhere", [
    ("ABIDJAN, May 3 (Reuters) - Rioters burned the tax office. Britain urged its citizens in Mali to stay "
     "indoors on Friday.", "urged", "MLI"),
    ("The exiled cabinet called on tribesmen in Marib to drive out the rebels.", "called", "YEM"),
])
def test_where_those_asked_to_act_are_does_not_place_the_request(text, trigger, elsewhere):
    place = _places_by_trigger(text)[trigger]
    assert place is None or place["country"] != elsewhere


def test_a_request_still_takes_a_place_of_its_own_words():
    place = _places_by_trigger("Speaking in Dakar, the French minister urged Malian officers to hold "
                               "elections.")["urged"]
    assert place is not None and (place["name"], place["country"]) == ("Dakar", "SEN")


@pytest.mark.parametrize("text, trigger, town, state", [
    ("State troopers arrested two men near Perry, Okla., on Friday.", "arrested", "Perry", "US.OK"),
    ("Federal agents raided a militia compound in Vancouver, Wash., on Tuesday.", "raided", "Vancouver", "US.WA"),
])
def test_an_ap_state_abbreviation_after_a_town_picks_the_town_in_that_state(text, trigger, town, state):
    place = _places_by_trigger(text)[trigger]
    assert place is not None and (place["name"], place["admin1"]) == (town, state)


def test_an_order_to_leave_is_carried_out_where_those_ordered_are():
    place = _places_by_trigger("Fiji's military ruler yesterday expelled the envoys of Sweden and Norway. Foreign "
                               "Minister Anna Berg called the expulsions deeply regrettable and said Sweden had "
                               "ordered Fiji's acting high commissioner in Stockholm to leave.")["ordered"]
    assert place is not None and (place["name"], place["country"]) == ("Stockholm", "SWE")
