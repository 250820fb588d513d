"""Datelines as papers other than the big wires write them: the town as a name ("Tokyo, March 22
(Jiji Press)--"), a colon ("KABUL:"), the town and date on a line of their own, an ordinal day.
The dateline is where the reporter is, never a party; a headline above it is still text."""

import pytest

import dyad
from dyad.extract.dates import dateline_date
from dyad.extract.places import dateline


@pytest.mark.parametrize("text, town", [
    ("Tokyo, March 22 (Jiji Press)--Japanese Foreign Minister Takeshi Iwaya met his counterpart.", "Tokyo"),
    ("Rebels torch houses, army says\nCotabato City, Philippines - Muslim rebels torched 30 homes.", "Cotabato City"),
    ("Asmara — Eritrea's foreign minister met the Ethiopian ambassador on Monday.", "Asmara"),
    ("Dhaka, October 29\nThe police on Sunday arrested a senior opposition leader.", "Dhaka"),
    ("Minister visits Kabul\n\nKABUL: Pakistan's foreign minister met Afghan leaders on Monday.", "KABUL"),
    ("UNITED NATIONS, United States: A convoy bringing aid to a besieged town was seized.", "UNITED NATIONS"),
    ("Ministers meet\n\nBONN, Germany, Feb. 17, Kyodo\n\nThe U.S. secretary of state met his counterpart.", "BONN"),
])
def test_datelines_in_other_papers_styles(text, town):
    match = dateline(text)
    assert match and (match.group("place") or match.group("town")) == town


@pytest.mark.parametrize("text", [
    "Hamas — which rules Gaza — said it would respond to any attack.",  # no town, and a clause follows
    "Russia attacked Ukraine overnight.\n\nKyiv — the capital — was hit by drones.",  # the story's own words
    "Moscow, Washington trade barbs over Ukraine\n\nRussia accused the US of meddling.",  # a headline
    "Xinhua, May 15, 2015\n\nChina and India signed 24 agreements on Friday.",  # an agency, not its namesake town
])
def test_lines_that_only_look_like_datelines(text):
    assert dateline(text) is None


def test_an_ordinal_day_in_a_dateline_gives_the_publication_day():
    assert dateline_date("GENEVA, 10th June 2016 (WAM) – The World Food Programme delivered food.") == "2016-06-10"


def test_a_town_dateline_is_no_party_and_places_the_local_news():
    record = dyad.code("Cotabato City, Philippines - Muslim separatist rebels attacked a southern village on "
                       "Wednesday, torching 30 homes, an army spokesman said.", published="2013-07-19")
    attacked = next(e for e in record["events"] if e["trigger"]["text"] == "attacked")
    assert [m["text"] for m in attacked["actor"]] == ["Muslim separatist rebels"]
    assert (attacked["location"]["name"], attacked["location"]["country"]) == ("Cotabato", "PHL")


def test_a_colon_dateline_is_no_party():
    record = dyad.code("DHAKA: Police arrested 19 opposition activists overnight, officials said.",
                       published="2014-01-04")
    arrested = next(e for e in record["events"] if e["trigger"]["text"] == "arrested")
    assert [m["text"] for m in arrested["actor"]] == ["Police"]
    assert arrested["location"]["country"] == "BGD"


def test_the_headline_above_a_dateline_keeps_its_subject():
    record = dyad.code("Syrian rebels attack defense minister's village\n\nBEIRUT (AP) — Rebels attacked the "
                       "village of the Syrian defense minister on Friday.", published="2014-07-11")
    headline = next(e for e in record["events"] if e["trigger"]["text"] == "attack")
    assert [m["text"] for m in headline["actor"]] == ["Syrian rebels"]


@pytest.mark.parametrize("text, trigger, place", [
    # the sides sign a pact in person, where the reporter is
    ("NAIROBI, May 3 (Reuters) - Kenya's government signed a ceasefire agreement with the main rebel group "
     "on Friday, paving the way for talks.", "signed", ("Nairobi", "KEN")),
    ("ASMARA, May 3 (Reuters) - The leaders of Ethiopia and Eritrea signed a peace declaration on Friday.",
     "signed", ("Asmara", "ERI")),
    # a deal reported from another country's capital was not signed there
    ("WASHINGTON, May 3 (Reuters) - Russia signed a gas deal with China on Friday, officials said.", "signed", None),
])
def test_the_dateline_places_a_pact_signed_in_its_paragraph(text, trigger, place):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published="2024-05-03")["events"]}
    location = events[trigger]["location"]
    assert (location and (location["name"], location["country"])) == place


@pytest.mark.parametrize("text, trigger, place", [
    # a country the doers' phrase names says whose they are; the dateline, a town of it, where they acted
    ("LIMA, Peru - Police in Peru detained more than 30 people on Saturday after protesters tried to march "
     "on the presidential palace.", "detained", ("Lima", "PER")),
    # or a clause beside the deed names it
    ("SOFIA, Bulgaria (AP) - Thousands of protesters clashed with riot police outside parliament late on "
     "Monday, hurling stones and setting cars ablaze in the worst unrest in Bulgaria in years.",
     "clashed", ("Sofia", "BGR")),
    # not a country the deed's own words put it in
    ("LIMA, Peru - Soldiers killed three rebels in Colombia on Saturday, the army said.", "killed",
     ("Colombia", "COL")),
])
def test_the_dateline_town_stands_for_a_country_named_beside_a_local_deed(text, trigger, place):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published="2024-05-06")["events"]}
    location = events[trigger]["location"]
    assert (location and (location["name"], location["country"])) == place


def test_a_country_before_a_visitors_title_does_not_take_the_meeting_abroad():
    # "U.S. Secretary of State ...": whose the official is, not where the meeting was
    text = ("NEW DELHI, March 4 (Reuters) - Indian Prime Minister Narendra Modi met with U.S. Secretary of "
            "State Marco Rubio at his official residence on Tuesday.")
    event = next(e for e in dyad.code(text, published="2025-03-04")["events"] if e["trigger"]["text"] == "met")
    assert (event["location"]["name"], event["location"]["country"]) == ("Delhi", "IND")
