"""Dates of states that have lasted since a dated happening (session 35, issue #7): "have camped
outside the palace since the May election" is dated as "since May" is, the unit that holds the
span from that day to the story's; a deed the story codes keeps its own day ("since the Feb. 14
bombing"), and a record measured against a happening dates nothing. Stories written for these tests."""

from helpers import events_by_trigger


def test_a_state_since_a_dated_election_runs_to_the_story_day(nlp):
    text = ("TEGUCIGALPA, March 20 (Reuters) - Police fired tear gas at opposition supporters on Monday.\n\n"
            "Thousands have marched through the capital every week since the Jan. 26 election, which the "
            "opposition says was stolen.")
    events = events_by_trigger(text, "2018-03-20")
    assert events["marched"]["date"]["value"] == "2018"  # January to March: the year holds the span
    text = ("TEGUCIGALPA, Dec 20 (Reuters) - Police fired tear gas at opposition supporters on Monday.\n\n"
            "Thousands have marched through the capital every day since the Dec. 2 vote, which the "
            "opposition says was stolen.")
    events = events_by_trigger(text, "2017-12-20")
    assert events["marched"]["date"]["value"] == "2017-12"


def test_a_protest_held_since_a_month_named_on_a_happening(nlp):
    text = ("DHAKA, Aug 30 (AFP) - Garment workers have blocked the main highway north of the capital in "
            "protest since the June budget, police said.")
    events = events_by_trigger(text, "2023-08-30")
    assert events["blocked"]["date"]["value"] == "2023"


def test_a_coded_deed_after_since_keeps_its_own_day(nlp):
    text = ("ISLAMABAD, March 3 (Reuters) - Relations between the two neighbours have worsened since the "
            "Feb. 20 bombing of a border post, which killed 12 soldiers.")
    events = events_by_trigger(text, "2021-03-03")
    assert events["bombing"]["date"]["value"] == "2021-02-20"


def test_a_tally_since_a_happening_of_last_year_is_not_dated(nlp):
    # November to January: no unit holds the span, so the tally has no date of its own
    text = ("KINSHASA, Jan 12 (Reuters) - Police fired tear gas at mourners on Saturday.\n\n"
            "Rights groups say more than 90 people have been killed since the disputed November election.")
    events = events_by_trigger(text, "2019-01-12")
    assert events["killed"]["date"] is None
