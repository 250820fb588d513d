"""Who did what to whom in single news sentences: a place left "out of", an object two joined
verbs share past a particle, the people a release lets go (not whom they are handed to), forces or
police that mass or pour into a place, a party answered before the dateline's country, and whom an
ultimatum to leave a place is aimed at."""

import pytest

from helpers import all_events, countries as _codes, event_of


PUBLISHED = "2019-06-12"


def _events(text: str, published: str = PUBLISHED) -> list[dict]:
    return all_events(text, published)


def _by_trigger(text: str, trigger: str, published: str = PUBLISHED) -> dict | None:
    return event_of(text, trigger, published)


@pytest.mark.parametrize("text, trigger, recipient", [
    # troops pulled out of a foreign country leave it: the parser hangs "of" on "out"
    ("The Dutch government pulled its soldiers out of Mali on Tuesday.", "pulled", "MLI"),
    ("The Turkish cabinet voted on Sunday to pull troops out of northern Iraq within a month.", "pull", "IRQ"),
])
def test_a_place_troops_are_pulled_out_of(text, trigger, recipient):
    event = _by_trigger(text, trigger)
    assert event["type"] in ("RETREAT", "AGREE")
    assert recipient in _codes(event["recipient"])


def test_out_of_a_place_at_home_is_aimed_at_no_one():
    # forces moved out of their own country's town: no foreign side
    event = _by_trigger("The Kenyan army pulled its troops out of Garissa on Friday.", "pulled")
    assert event["type"] == "RETREAT"
    assert "KEN" in _codes(event["actor"])
    assert "KEN" not in _codes(event["recipient"])


@pytest.mark.parametrize("text, first, second, recipient", [
    ("Turkey began rounding up and deporting undocumented Syrian migrants on Monday.", "rounding", "deporting", "SYR"),
    ("Security forces rounded up and tortured dozens of Kurdish activists in Diyarbakir.", "rounded", "tortured", "TUR"),
])
def test_joined_verbs_share_the_object_past_a_particle(text, first, second, recipient):
    one, two = _by_trigger(text, first), _by_trigger(text, second)
    assert recipient in _codes(one["recipient"])
    assert recipient in _codes(two["recipient"])


def test_a_particle_verb_alone_keeps_its_own_object():
    # no second verb: "rounded up" keeps what it is done to, and nothing borrowed
    event = _by_trigger("Egyptian police rounded up dozens of Sudanese refugees in Cairo on Monday.", "rounded")
    assert event["type"] == "COERCE"
    assert "SDN" in _codes(event["recipient"])


def test_a_release_is_done_to_those_let_go():
    # not the Red Cross team they are handed to
    event = _by_trigger("Rebels in eastern Congo released 40 Congolese soldiers to an International Committee "
                        "of the Red Cross team on Saturday.", "released")
    assert (event["type"], event["cameo"]) == ("RETREAT", "0841")
    assert _codes(event["recipient"]) == ["COD"]
    assert event["recipient"][0]["text"] == "40 Congolese soldiers"


@pytest.mark.parametrize("text, trigger, cameo, actor", [
    ("Thousands of police massed near the parliament building in Bangkok on Tuesday.", "massed", "153", "THA"),
    ("Thousands of Indian police poured into Srinagar on Saturday ahead of the vote.", "poured", "153", "IND"),
    ("Hundreds of Eritrean troops poured into the disputed border area on Wednesday.", "poured", "154", "ERI"),
    ("The Libyan National Army moved fighters and armoured vehicles to the outskirts of Sirte.", "moved", "154", "LBY"),
])
def test_forces_and_police_moved_in_are_a_mobilization(text, trigger, cameo, actor):
    event = _by_trigger(text, trigger)
    assert (event["type"], event["cameo"], event["status"]) == ("MOBILIZE", cameo, "asserted")
    assert actor in _codes(event["actor"])
    # police sent where they serve face no one the sentence names
    assert cameo != "153" or event["recipient"] == []


@pytest.mark.parametrize("text, trigger", [
    # a crowd pouring into the streets is a protest, not a deployment
    ("Tens of thousands of protesters poured into the streets of Caracas on Saturday.", "poured"),
])
def test_a_crowd_pouring_in_stays_a_protest(text, trigger):
    assert _by_trigger(text, trigger)["type"] == "PROTEST"


def test_rain_pouring_into_a_town_is_no_event():
    assert not [e for e in _events("Floodwater poured into the town of Kilosa on Monday.") if e["type"] == "MOBILIZE"]


@pytest.mark.parametrize("text, trigger, recipient", [
    # the dateline's country stands in for a target no one names; whom the act answers comes first
    ("TAIPEI, May 3 (Reuters) - Hundreds of Taiwanese farmers blocked roads outside parliament on Monday "
     "in response to Beijing's ban on fruit imports.", "blocked", "CHN"),
    ("ANKARA, May 3 (Reuters) - Turkish truck drivers blocked a border crossing on Monday in retaliation "
     "for Bulgaria's new road toll.", "blocked", "BGR"),
])
def test_a_party_answered_outranks_the_datelines_country(text, trigger, recipient):
    event = _by_trigger(text, trigger, "2021-05-03")
    assert event["type"] == "PROTEST"
    assert _codes(event["recipient"]) == [recipient]


def test_the_datelines_country_still_stands_in_when_no_one_is_named():
    event = _by_trigger("KABUL, May 3 (Reuters) - Gunmen attacked a checkpoint on the edge of the city on Monday, "
                        "killing four people.", "attacked", "2021-05-03")
    assert event["type"] == "ASSAULT"
    assert "AFG" in _codes(event["recipient"])


def test_an_ultimatum_to_pull_out_is_aimed_at_whom_its_condition_names():
    event = _by_trigger("Burundi will pull its troops out of Somalia unless the African Union pays their "
                        "salaries, a government spokesman said on Monday.", "pull")
    assert event["type"] == "THREATEN"
    assert [m["code"] for m in event["recipient"]] == ["IGO"]


def test_an_ultimatum_keeps_the_party_its_act_is_done_with():
    # a partner the foretold act names is no place left: the threat stays aimed at it
    event = _by_trigger("Turkey could cut diplomatic ties with Israel if the United States moved its embassy to "
                        "Jerusalem, Turkish officials said on Tuesday.", "cut")
    assert event["type"] == "THREATEN"
    assert _codes(event["recipient"]) == ["ISR"]
