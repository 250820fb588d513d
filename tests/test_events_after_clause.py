"""A deed told after "a day after" whose subject the small parser made the object of "after"
("..., a day after militants armed with rifles attacked targets across the city"): it is a
happening of its own, done by that subject, on the day counted back from the sentence's day."""

import dyad

PUBLISHED = "2024-05-06"


def events_by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}


def test_the_deed_after_a_day_after_is_its_own_event_with_its_own_doer_and_day(nlp):
    text = ("Army commandos battled gunmen holding hostages in a hotel in Lagos on Thursday, a day after "
            "militants armed with rifles and grenades attacked a string of targets across the city.")
    events = events_by_trigger(text)
    attack = events["attacked"]
    assert attack["type"] == "ASSAULT"
    assert [m["text"] for m in attack["actor"]] == ["militants"]
    assert attack["date"]["value"] == "2024-05-01"  # the day before Thursday, May 2
    assert events["battled"]["date"]["value"] == "2024-05-02"


def test_the_subject_of_the_deed_is_not_the_main_clauses(nlp):
    text = ("The opposition leader quit the race on Sunday, hours after youths loyal to the president "
            "occupied the stadium where his rally was to be held.")
    occupied = events_by_trigger(text)["occupied"]
    assert "The opposition leader" not in [m["text"] for m in occupied["actor"]]
    assert occupied["actor"] and occupied["actor"][0]["text"].startswith("youths")
