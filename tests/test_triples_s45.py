"""Who did what to whom in single news sentences: the doer of a purpose clause when the object
of the main verb is a thing (a trip, a stopover), a mob armed with weapons that attacks people, a
participle that only says who a titled person is ("deposed President X"), and an exercise known by
its name ("the Malabar exercise")."""

import pytest

from helpers import all_events, countries as _codes, event_of


PUBLISHED = "2019-06-12"


def _events(text: str, published: str = PUBLISHED) -> list[dict]:
    return all_events(text, published)


def _by_trigger(text: str, trigger: str, published: str = PUBLISHED) -> dict | None:
    return event_of(text, trigger, published)


@pytest.mark.parametrize("text, actor, recipient", [
    # the object of the main verb is a thing: the subject goes to meet
    ("The Chilean president made an unannounced stop in Lima on Monday to meet his Peruvian counterpart.", "CHL", "PER"),
    ("The Greek foreign minister made a short detour through Sofia to meet Bulgarian officials on Friday.", "GRC", "BGR"),
])
def test_purpose_clause_after_a_thing_is_the_subjects(text, actor, recipient):
    event = _by_trigger(text, "meet")
    assert event["type"] == "CONSULT"
    assert _codes(event["actor"]) == [actor]
    assert recipient in _codes(event["recipient"])


def test_purpose_clause_after_a_person_stays_the_persons():
    # the object is someone sent: that envoy meets (object control stays)
    event = _by_trigger("Norway dispatched a special envoy to Colombo on Monday to meet Sri Lankan leaders.", "meet")
    assert event["type"] == "CONSULT"
    assert [m.get("code") for m in event["actor"]] == ["NORGOV"]
    assert "LKA" in _codes(event["recipient"])


@pytest.mark.parametrize("text, trigger", [
    ("A mob armed with clubs and knives attacked villagers near the border town on Sunday.", "attacked"),
    ("Dozens of youths armed with iron bars beat two shopkeepers in the market on Friday.", "beat"),
])
def test_an_armed_mob_attacking_people_is_an_assault(text, trigger):
    event = _by_trigger(text, trigger)
    assert event["type"] == "ASSAULT"
    assert event["status"] == "asserted"


def test_an_unarmed_mob_attacking_police_is_a_riot():
    event = _by_trigger("An angry mob stoned riot police outside the courthouse on Monday.", "stoned")
    assert (event["type"], event["cameo"]) == ("PROTEST", "145")


@pytest.mark.parametrize("text", [
    "The rebels said they would execute deposed Governor Ali Musa if the army advanced.",
    "The generals said they would release detained Minister Ali Musa within a week.",
])
def test_a_participle_before_a_title_describes_the_person(text):
    # "deposed", "detained" say who the person is; no deposing or detention happened in the sentence
    assert not any(e["trigger"]["text"] in ("deposed", "detained") for e in _events(text))


def test_a_participle_verb_with_its_own_subject_stays_an_event():
    event = _by_trigger("The army deposed President Ali Musa on Monday.", "deposed")
    assert event["type"] == "COERCE"
    assert event["status"] == "asserted"


@pytest.mark.parametrize("text, actors", [
    # an exercise known by its name is a military one: joint when several armed forces hold it
    ("The navies of Brazil and Argentina began the Fraterno exercise off the Atlantic coast on Monday.", {"BRA", "ARG"}),
    ("Egyptian and Saudi troops started the Morgan exercises in the desert on Sunday.", {"EGY", "SAU"}),
])
def test_a_named_exercise_held_together_is_cooperation(text, actors):
    event = next(e for e in _events(text) if e["type"] == "COOPERATE")
    assert event["cameo"] == "062"
    assert actors <= set(_codes(event["actor"]))


def test_a_persons_named_exercise_is_no_drill():
    assert _events("The Jones exercise in spin failed to win over the voters.") == []
