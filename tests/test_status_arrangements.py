"""'X is to visit Y': an arrangement told in the present is an event to come, as 'will visit' is;
'was to travel' an arrangement of then, not told as done; 'was to blame' a verdict, no plan."""

import dyad


def _event(text: str, trigger: str) -> dict:
    [event] = [e for e in dyad.code(text, published="2023-03-06")["events"] if e["trigger"]["text"] == trigger]
    return event


def test_an_arranged_visit_is_to_come_like_a_visit_one_will_make():
    arranged = _event("The Indonesian foreign minister is to visit Canberra next week for talks on fishing rights.", "visit")
    promised = _event("The Indonesian foreign minister will visit Canberra next week for talks on fishing rights.", "visit")
    assert arranged["status"] == promised["status"] == "future"
    assert arranged["type"] == promised["type"]
    assert arranged["actor"][0]["country"] == "IDN"


def test_arranged_talks_are_to_come():
    event = _event("Delegations from Armenia and Azerbaijan are to hold talks in Vienna on Friday.", "talks")
    assert event["status"] == "future"
    assert {a["country"] for a in event["actor"]} == {"ARM", "AZE"}


def test_an_arrangement_of_then_is_not_told_as_done():
    event = _event("The defence minister was to fly to Islamabad on Friday, but the trip was called off.", "fly")
    assert event["status"] == "hypothetical"


def test_who_was_to_blame_is_a_verdict_not_a_plan():
    event = _event("Seoul said Pyongyang was to blame for the sinking of the patrol boat.", "blame")
    assert event["type"] == "ACCUSE" and event["status"] == "asserted"
