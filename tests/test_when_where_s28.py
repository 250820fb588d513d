"""Places and dates of events dyad finds (session 28: classes of place and date errors in the
when/where sets). Stories written for these tests."""

import pytest

import dyad
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


@pytest.mark.parametrize("text, expected", [
    # a town's name on a street or road the deed was on is where it was (the tagger may call the
    # town an adjective there)
    ("Gunmen on motorbikes shot dead a prosecutor on a busy Nairobi street on Monday.", ("Nairobi", "KEN")),
    ("Taliban fighters ambushed a police patrol on a Peshawar road.", ("Peshawar", "PAK")),
])
def test_a_town_named_on_the_street_of_a_deed_places_it(nlp, text, expected):
    [event] = [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["type"] == "ASSAULT"][:1]
    assert _where(event) == expected


@pytest.mark.parametrize("text, expected", [
    # districts of capitals news names alone: not a namesake town abroad, nor nothing
    ("A car bomb tore through a crowded market in Karrada late on Sunday.", "IRQ"),
    ("Israeli jets struck a building in Dahiyeh on Tuesday.", "LBN"),
    ("Police fired tear gas at stone-throwing youths in Kibera.", "KEN"),
    ("Anti-war protesters clashed with police on Whitehall.", "GBR"),
])
def test_districts_of_capitals_are_placed_in_their_country(nlp, text, expected):
    [event] = list(dyad.code(text, published=PUBLISHED)["events"])[:1]
    assert (event["location"] or {}).get("country") == expected


@pytest.mark.parametrize("text, expected", [
    # a metropolis a place verb acts on is the town, though the tagger calls its name a person's
    ("Speaking in Odesa, the governor accused Moscow of shelling Kharkiv overnight.", ("Kharkiv", "UKR")),
    # a smaller town so tagged stays a person ("Jackson" is a town of 150,000 in Mississippi)
    ("Police arrested Jackson at his home on Monday.", None),
])
def test_a_metropolis_tagged_as_a_person_is_still_the_town(nlp, text, expected):
    [event] = list(dyad.code(text, published=PUBLISHED)["events"])[-1:]
    assert _where(event) == expected


@pytest.mark.parametrize("text, expected", [
    # a name right after "the capital" of a place phrase is that capital, though the parser hangs
    # it on the subject or makes it the verb's subject
    ("A court in the state capital Recife acquitted four police officers.", ("Recife", "BRA")),
    ("Police in the provincial capital Mendoza arrested 12 protesters.", ("Mendoza", "ARG")),
])
def test_a_name_after_a_town_noun_is_that_town_however_parsed(nlp, text, expected):
    [event] = list(dyad.code(text, published=PUBLISHED)["events"])[:1]
    assert _where(event) == expected
