"""Who did what to whom in single news sentences: a subject the parser hung on the dateline (as its
apposition, or on the agency's name), police sent somewhere, coordinated nationalities of a thing
("Georgian and Moldovan wines"), a win in a contest that is no beating, and the terms an act is
done under ("under a peace process") that are not what it is done to."""

import pytest

from helpers import all_events, countries as _codes, event_of


PUBLISHED = "2019-06-12"


def _events(text: str, published: str = PUBLISHED) -> list[dict]:
    return all_events(text, published)


def _by_trigger(text: str, trigger: str, published: str = PUBLISHED) -> dict | None:
    return event_of(text, trigger, published)


@pytest.mark.parametrize("text, trigger, type_, actor, recipient", [
    # the parser made the dateline the root and the subject its apposition: the participle is the verb
    ("MOGADISHU, June 3 (Wire) - Somali Islamist militants threatened on Tuesday to attack Ethiopia unless it "
     "withdraws its soldiers.", "threatened", "THREATEN", "SOM", "ETH"),
    ("KHARTOUM, May 9 (Wire) - Sudanese rebel fighters threatened on Friday to attack Chad if it keeps "
     "its troops at the border.", "threatened", "THREATEN", "SDN", "TCD"),
])
def test_subject_hung_on_the_dateline_acts(text, trigger, type_, actor, recipient):
    event = _by_trigger(text, trigger)
    assert event is not None and event["type"] == type_ and event["status"] == "asserted"
    assert _codes(event["actor"]) == [actor]
    assert recipient in _codes(event["recipient"])


def test_subject_hung_on_the_agencys_name_is_the_doer():
    # "Secretary-General X" hung as an apposition on "(Reuters)": the U.N. chief praised, not the agency
    event = _by_trigger("UNITED NATIONS, Aug 14 (Reuters) - U.N. Secretary-General Ban Ki-moon on Thursday praised "
                        "Chile and Peru for the peaceful settlement of the maritime dispute.", "praised", "2014-08-14")
    assert event["type"] == "SUPPORT"
    assert [m["code"][:3] for m in event["actor"]] == ["IGO"]
    assert set(_codes(event["recipient"])) == {"CHL", "PER"}


def test_a_participle_describing_an_apposition_stays_a_description():
    # no dateline: "accused of fraud" only says who the man is
    events = _events("Police in Lagos questioned Mr Okafor, a banker accused of fraud, on Monday.")
    assert not any(e["trigger"]["text"] == "accused" and e["status"] == "asserted" for e in events)


@pytest.mark.parametrize("text", [
    "The interior ministry sent hundreds of riot police to the southern province on Sunday to break up the blockade.",
    "Spain's government sent extra police officers to the Basque region on Friday.",
])
def test_police_sent_somewhere_are_mobilized(text):
    event = _by_trigger(text, "sent")
    assert event is not None and event["type"] == "MOBILIZE" and event["cameo"] == "153"


def test_a_letter_sent_to_officers_is_no_mobilization():
    assert _by_trigger("The company sent its officers a letter about the merger on Monday.", "sent") is None


@pytest.mark.parametrize("text, recipients", [
    ("China banned imports of Australian and New Zealand beef on Thursday.", {"AUS", "NZL"}),
    ("Moscow banned imports of Latvian and Lithuanian dairy products on Tuesday.", {"LVA", "LTU"}),
])
def test_coordinated_nationalities_of_a_thing_are_each_a_recipient(text, recipients):
    event = _by_trigger(text, "banned")
    assert event["type"] == "SANCTION"
    assert set(_codes(event["recipient"])) == recipients


def test_coordinated_nationalities_of_people_keep_the_noun():
    event = _by_trigger("Police arrested Russian and Ukrainian activists in the capital on Friday.", "arrested")
    assert set(_codes(event["recipient"])) == {"RUS", "UKR"}


@pytest.mark.parametrize("text", [
    "Argentina beat Germany in the World Cup final on Sunday.",
    "The former mayor beat the incumbent in the runoff election last week.",
    "Italy beat France at the European championship in Berlin.",
])
def test_a_win_in_a_contest_is_no_assault(text):
    assert not any(e["type"] == "ASSAULT" for e in _events(text))


def test_beating_people_in_a_place_stays_an_assault():
    event = _by_trigger("Soldiers beat protesters in the main square of Harare on Friday.", "beat")
    assert event is not None and event["type"] == "ASSAULT" and event["cameo"] == "182"


@pytest.mark.parametrize("text", [
    "Kurdish rebels began withdrawing from Turkey on Wednesday under a peace process with Ankara.",
    "The militia started pulling its fighters out of the town under a ceasefire brokered by the United Nations.",
])
def test_terms_an_act_is_done_under_are_not_its_object(text):
    event = next(e for e in _events(text) if e["type"] in ("RETREAT", "SANCTION"))
    assert event["type"] == "RETREAT"


def test_withdrawing_from_a_process_stays_a_sanction():
    event = _by_trigger("The rebels withdrew from the peace process on Monday.", "withdrew")
    assert event["type"] == "SANCTION"
