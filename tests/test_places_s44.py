"""Places of events (session 44): what troops or aid were sent to do is where they were sent,
and a nationality word that describes a proposal is no people acting at home."""

import pytest

import dyad


def _place_of(text: str, trigger: str, published: str = "2020-05-04") -> str | None:
    events = [e for e in dyad.code(text, published=published)["events"] if e["trigger"]["text"] == trigger]
    assert events, f"no event at {trigger!r}"
    location = events[0]["location"]
    return location and location["country"]


@pytest.mark.parametrize("text, trigger, expected", [
    # the purpose of a sending names where the troops went, a country as well as a town
    ("Ankara sent commandos to help put down the uprising in Azerbaijan last spring.", "sent", "AZE"),
    ("Senegal sent soldiers to help restore constitutional order in Gambia.", "sent", "GMB"),
    ("Nigeria deployed warplanes to support the offensive against rebels in Sierra Leone.", "deployed", "SLE"),
])
def test_a_sending_is_placed_where_its_purpose_is(text, trigger, expected):
    assert _place_of(text, trigger) == expected


def test_a_purpose_of_other_deeds_still_needs_a_town():
    # who arrests men to stop attacks abroad need not be abroad: a country in the aim places nothing
    assert _place_of("Police arrested four men on Tuesday to prevent attacks in Belgium.", "arrested") != "BEL"


@pytest.mark.parametrize("text, trigger", [
    # "Italian" describes the proposal: the sending is no Italian act at home
    ("The council will debate an Italian draft resolution that would send observers to the port.", "send"),
    ("The Security Council is due to vote on a Norwegian draft text that would send peacekeepers to the enclave.", "send"),
    ("Members will vote on a Spanish draft resolution that would deploy monitors to the disputed province.", "deploy"),
])
def test_a_nationality_describing_a_thing_is_no_people_at_home(text, trigger):
    assert _place_of(text, trigger) is None


def test_a_people_still_acts_at_home():
    # (unchanged) a people named by its demonym votes at home
    assert _place_of("Chileans overwhelmingly rejected the new constitution in a referendum.", "rejected") == "CHL"


@pytest.mark.parametrize("text, trigger, expected", [
    # a measure ordered nationwide covers the country, not the reporter's town
    ("LUSAKA, March 2 (Reuters) - Teachers went on strike. The government ordered all schools closed "
     "nationwide on Monday.", "ordered", "ZMB"),
    # across a share of the country
    ("DHAKA, Aug 4 (Reuters) - Students blocked roads. The government cut mobile internet across much of "
     "the country on Sunday.", "cut", "BGD"),
    ("MANAGUA, May 2 (Reuters) - Police imposed a curfew across most of the nation on Tuesday.", "curfew", "NIC"),
])
def test_a_measure_over_the_country_is_placed_at_the_country(text, trigger, expected):
    place = [e["location"] for e in dyad.code(text, published="2016-05-04")["events"] if e["trigger"]["text"] == trigger][0]
    assert place is not None and place["country"] == expected and place["lat"] is None
