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
