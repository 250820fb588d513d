"""Dates of events told by the midnight they follow or precede (session 34, issue #7): "shortly after
midnight", "just before midnight" name no day, but the story's clock does. Stories written for these
tests."""

from helpers import events_by_trigger


def test_after_midnight_in_a_dated_lead_is_the_publication_day(nlp):
    text = ("TBILISI, March 9 (Reuters) - Riot police fired water cannon at protesters outside parliament "
            "shortly after midnight, hours after demonstrators stormed the state broadcaster.")
    events = events_by_trigger(text, "2023-03-09")
    assert events["fired"]["date"]["value"] == "2023-03-09"
    # what came hours before an hour just past midnight came the evening before
    assert events["stormed"]["date"]["value"] == "2023-03-08"


def test_after_midnight_later_in_a_story_is_the_day_after_the_story_clock(nlp):
    text = ("Gunmen attacked a police post in the northern town of Kidal on Saturday evening, wounding two "
            "officers.\n\nSoldiers arrested three suspects at a checkpoint outside the town just after "
            "midnight, the army said.")
    events = events_by_trigger(text, "2024-05-13")
    assert events["attacked"]["date"]["value"] == "2024-05-11"
    assert events["arrested"]["date"]["value"] == "2024-05-12"


def test_before_midnight_is_the_day_the_story_reached(nlp):
    text = ("SEOUL, Nov 6 (Reuters) - Lawmakers voted early on Wednesday to lift the decree, hours after the "
            "president declared it in a televised address late on Tuesday.\n\nTroops had surrounded the "
            "assembly shortly before midnight.")
    events = events_by_trigger(text, "2024-11-06")
    assert events["surrounded"]["date"]["value"] == "2024-11-05"


def test_a_day_named_with_the_midnight_is_that_day(nlp):
    text = ("CAIRO, Jan 3 (Reuters) - A bomber attacked a church in the city of Minya shortly after midnight "
            "on Saturday, killing nine people.")
    events = events_by_trigger(text, "2021-01-03")
    assert events["attacked"]["date"]["value"] == "2021-01-02"


def test_after_midnight_from_a_clock_at_the_publication_day_is_not_dated(nlp):
    # the story has reached the publication day: which midnight followed it is not said
    text = ("LIMA, July 4 (Reuters) - Protesters blocked the main highway south of the capital on Thursday."
            "\n\nPolice detained twelve people at a roadblock shortly after midnight.")
    events = events_by_trigger(text, "2024-07-04")
    assert events["blocked"]["date"]["value"] == "2024-07-04"
    assert events["detained"]["date"] is None
