"""Dates and places across the sentences of a story, written for dyad (session 35): a deed the
story denies is not the deed a later sentence dates, and a capital that speaks for its
government is not where the story's later deeds happen."""

import dyad


def event(record: dict, trigger: str) -> dict:
    return next(e for e in record["events"] if e["trigger"]["text"] == trigger)


def test_a_denied_deed_takes_no_date_from_the_next_sentence():
    record = dyad.code("The army denied shelling the village. The fighting began late on Thursday, residents said.",
                       published="2008-08-09")
    assert event(record, "shelling")["date"] is None
    assert event(record, "fighting")["date"]["value"] == "2008-08-07"


def test_an_asserted_deed_still_takes_it():
    record = dyad.code("Gunmen killed six soldiers near the border. The attack took place on Wednesday evening.",
                       published="2008-08-09")
    assert event(record, "killed")["date"]["value"] == "2008-08-06"


def test_a_speaking_capital_is_not_the_story_town():
    record = dyad.code("Washington condemned the attack on the convoy. The shelling continued on Friday.",
                       published="2008-08-09")
    assert event(record, "shelling")["location"] is None


def test_a_town_the_lead_places_a_deed_in_still_is():
    record = dyad.code("Soldiers raided monasteries in Rangoon on Tuesday. "
                       "The crackdown began when riot police fired tear gas at monks.",
                       published="2007-09-27")
    assert event(record, "fired")["location"]["name"] == "Yangon"
