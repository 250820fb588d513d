"""Events dyad coded that did not happen as coded (issue #5): word senses that are no event, a
thing only alleged or awaited told as done, a town made the doer of what a relative clause tells,
and phrasal verbs whose particle the parser took for a preposition."""

import pytest

from helpers import coded_events, events_by_trigger

PUBLISHED = "2016-01-01"


@pytest.mark.parametrize("text, trigger, kind", [
    # the same verbs in the sense that is an event
    ("Hamas handed over two Israeli hostages to the Red Cross.", "handed", "RETREAT"),
    ("Japan's prime minister visited Beijing on Thursday.", "visited", "CONSULT"),
    ("The United States pressed Israel to halt settlement building.", "pressed", "REQUEST"),
    ("Rebels fled the town as government troops advanced.", "fled", "RETREAT"),
    ("Government troops recaptured the town of Kidal from rebels.", "recaptured", "ASSAULT"),
    # and where the parser reads a particle as a preposition
    ("The Italian senate voted down the government's reform bill.", "voted", "REJECT"),
    ("Hundreds of militiamen handed in their weapons to United Nations peacekeepers.", "handed", "RETREAT"),
])
def test_the_event_sense_is_coded(text, trigger, kind):
    assert events_by_trigger(text, PUBLISHED)[trigger]["type"] == kind


@pytest.mark.parametrize("text, trigger, kind", [
    ("South Korea's envoy handed over a letter from President Moon to Kim Jong Un.", "handed", "RETREAT"),
    ("Japan's prime minister visited the Yasukuni shrine on Thursday.", "visited", "CONSULT"),
    ("Fighters of the Islamic State pressed their offensive on Kobani.", "pressed", "REQUEST"),
    ("A gunman who killed two policemen in Paris fled on a motorcycle.", "fled", "RETREAT"),
    ("Protesters walked out the door.", "walked", "PROTEST"),
])
def test_a_sense_that_is_no_such_event_is_not_coded(text, trigger, kind):
    assert not any(e["type"] == kind and e["trigger"]["text"] == trigger for e in coded_events(text, PUBLISHED))


def test_a_fugitive_recaptured_is_arrested_not_attacked():
    arrest = events_by_trigger("Mexican marines recaptured Joaquin Guzman on Friday.", PUBLISHED)["recaptured"]
    assert (arrest["type"], arrest["mode"]) == ("COERCE", "arrest")


def test_what_waits_until_demands_are_met_has_not_happened():
    events = events_by_trigger("The rebels said they opposed the deployment of foreign troops until "
                               "their demands are met.", PUBLISHED)
    assert events["met"]["status"] == "hypothetical"


def test_what_an_allegation_holds_is_not_told_as_done():
    events = events_by_trigger("A Brussels judge opened an investigation into allegations that Belgian "
                               "troops shelled a village in Congo.", PUBLISHED)
    assert events["shelled"]["status"] == "hypothetical"
    told = events_by_trigger("Police said on Monday that soldiers shelled the village.", PUBLISHED)
    assert told["shelled"]["status"] == "asserted"


@pytest.mark.parametrize("text, town", [
    ("Prosecutors charged two men over the 1995 bombing of a synagogue in Istanbul, which killed 23 people.",
     "Istanbul"),
    ("Afghan officials condemned the bombing of a mosque in Kandahar, which killed 42 people.", "Kandahar"),
])
def test_a_town_a_relative_clause_hangs_on_kills_no_one(text, town):
    assert not any(m["text"] == town for e in coded_events(text, PUBLISHED) for m in e["actor"])


def test_who_reports_or_witnesses_a_deed_did_not_do_it():
    text = ("The army and the paramilitary agreed on Saturday to a seven-day ceasefire, but residents of "
            "Khartoum reported air strikes within hours.")
    assert not any(m["text"] == "residents of Khartoum" for e in coded_events(text, "2023-05-21") for m in e["actor"])


def test_a_side_that_reports_fighting_with_another_is_a_side():
    fighting = events_by_trigger("The Syrian army reported heavy fighting with rebels in Aleppo.", "2013-05-21")["fighting"]
    assert [m["text"] for m in fighting["actor"]] == ["The Syrian army", "rebels"]
