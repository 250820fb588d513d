"""The story's clock (session 35, issue #7): a day on what had happened before the story's deeds (a
pluperfect: "who had taken refuge there in December") does not move the clock that "hours later"
counts from. Stories written for these tests."""

from helpers import events_by_trigger


def test_hours_later_counts_from_the_deed_not_from_a_pluperfect_day(nlp):
    text = ("MANAGUA, June 8 (AFP) - Police stormed the Costa Rican embassy late on Friday and seized a "
            "former minister, who had taken refuge there in March.\n\n"
            "Costa Rica broke off diplomatic relations with Nicaragua hours later.")
    events = events_by_trigger(text, "2024-06-08")
    assert events["stormed"]["date"]["value"] == "2024-06-07"
    assert events["broke"]["date"]["value"] == "2024-06-07"


def test_a_pluperfect_first_deed_still_sets_the_clock(nlp):
    # no day of the story's own set the clock before it: the pluperfect's day is the story's
    text = ("Soldiers had surrounded the presidential palace on Tuesday evening. Hours later, "
            "officers seized the state broadcaster.")
    events = events_by_trigger(text, "2023-07-28")
    assert events["seized"]["date"]["value"] == "2023-07-25"



def test_a_day_describing_a_thing_does_not_move_the_clock(nlp):
    # "a pay cut the company imposed last week" says what the cut is: "the next day" is counted
    # from the shooting's Friday
    text = ("The protests began on Friday, when police shot dead three miners striking over a pay cut the "
            "company imposed last week. Crowds torched the company's offices the next day.")
    events = events_by_trigger(text, "2024-06-19")
    assert events["shot"]["date"]["value"] == "2024-06-14"
    assert events["torched"]["date"]["value"] == "2024-06-15"


def test_a_month_of_that_year_is_of_the_year_named_last(nlp):
    # the year a relative clause names is still the one "that year" refers to
    text = ("Protesters blocked the border bridge on Friday. The bridge, which reopened in October 2019 after "
            "Cyril Ramaphosa and Mokgweetsi Masisi met at the crossing in May that year, carries most of the "
            "trade between the two countries.")
    events = events_by_trigger(text, "2021-03-14")
    assert events["met"]["date"]["value"] == "2019-05"
