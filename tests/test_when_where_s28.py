"""Places and dates of events dyad finds (session 28: classes of place and date errors in the
when/where sets). Stories written for these tests."""

import pytest

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def _where(event):
    place = event["location"]
    return place and (place["name"], place["country"])


@pytest.mark.parametrize("text, deed, expected", [
    # the speaker's place is the charge's, not the charged deed's
    ("Speaking in Odesa, the governor accused Moscow of shelling residential areas overnight.", "shelling", None),
    ("At a news conference in Lahore, the army spokesman accused India of killing two farmers.", "killing", None),
    ("In a speech in Geneva, the envoy accused the militia of shelling a refugee camp.", "shelling", None),
    # the deed's own words still place it
    ("Speaking in Odesa, the governor accused Moscow of shelling apartment blocks in Kharkiv.", "shelling",
     ("Kharkiv", "UKR")),
    ("At a news conference in Lahore, the army spokesman accused India of shelling villages in Kashmir.", "shelling",
     ("Kashmir", "IND")),
])
def test_a_charged_deed_is_not_placed_where_the_charge_was_made(nlp, text, deed, expected):
    events = _events(text)
    assert _where(events[deed]) == expected
    assert events["accused"]["location"] is not None


@pytest.mark.parametrize("text, expected", [
    # a charge from the dateline's town with no place of its own: the story is there
    ("LAHORE, May 8 (Wire) - The party's leader accused police of shelling its supporters' homes on Tuesday.",
     ("Lahore", "PAK")),
    # not when the sentence says where the charge was made (the police's own country still places
    # what they did at home)
    ("LAHORE, May 8 (Wire) - Speaking in Islamabad, the party's leader accused police of shelling its "
     "supporters' homes on Tuesday.", ("Pakistan", "PAK")),
])
def test_a_charged_deed_without_a_place_of_its_own_takes_the_datelines(nlp, text, expected):
    assert _where(_events(text)["shelling"]) == expected


def _date(event):
    return event["date"] and event["date"]["value"]


@pytest.mark.parametrize("text, deed, expected", [
    # "last night" is the night before the story's day, also "late last night", which the tagger
    # marks as a time that resolved to nothing
    ("Hamas last night fired rockets at Ashkelon.", "fired", "2024-05-07"),
    ("Gunmen stormed a police station in Kano late last night.", "stormed", "2024-05-07"),
])
def test_last_night_dates_the_deed_the_night_before_the_story(nlp, text, deed, expected):
    assert _date(_events(text)[deed]) == expected


@pytest.mark.parametrize("text, deed, expected", [
    # wire style puts the day between the subject and the verb; the parser hangs it in the subject
    ("Farmers from four northern provinces on Monday blocked highways into the capital.", "blocked", "2024-05-06"),
    ("Lawyers for the jailed opposition leader on Tuesday demanded his release.", "demanded", "2024-05-07"),
    # a day inside the subject that does not stand before the verb is the subject's own
    ("The clashes on Sunday between police and miners left three dead, and unions called a strike.", "called",
     None),
])
def test_a_day_hung_on_the_subject_before_the_verb_dates_the_verb(nlp, text, deed, expected):
    assert _date(_events(text)[deed]) == expected


def test_a_deed_done_by_doing_something_on_a_day_is_done_that_day(nlp):
    # the parser makes "by firing squad" a passive's agent; the day on it dates the execution
    event = _events("Two army officers convicted of treason were executed by firing squad on Sunday after a "
                    "secret trial.")["executed"]
    assert _date(event) == "2024-05-05"
