"""Dates and places of events in whole stories (session 38): a weekday of what a speaker said would
happen, spans of several years, and what may happen placed only by its own words. Stories written
for these tests."""

from helpers import events_by_trigger


def test_a_weekday_of_what_someone_said_would_happen_is_the_coming_one(nlp):
    # 2022-03-13 is a Sunday
    events = events_by_trigger("The foreign ministry said it would summon Chile's ambassador on Tuesday over the "
                               "remarks.", "2022-03-13")
    assert events["summon"]["status"] == "future"
    assert events["summon"]["date"]["value"] == "2022-03-15"
    events = events_by_trigger("Teachers said they would stage a protest outside parliament on Friday.", "2022-03-13")
    assert events["protest"]["date"]["value"] == "2022-03-18"
    events = events_by_trigger("Diplomats said Gulf foreign ministers could meet in Doha at the weekend.",
                               "2022-03-16")
    assert events["meet"]["date"]["value"] == "2022-03"  # the coming weekend, 19-20 March
    # what would have happened, and what was said on a day, keep the last such day
    events = events_by_trigger("The army said the rebels would have stormed the town on Friday without the "
                               "airstrikes.", "2022-03-13")
    assert events["stormed"]["date"]["value"] == "2022-03-11"
    events = events_by_trigger("The ministry said on Friday that it had summoned the envoy.", "2022-03-13")
    assert events["summoned"]["date"] is None


def test_a_span_of_several_years_dates_no_event(nlp):
    events = events_by_trigger("Peru and Ecuador fought a border war from 1981 to 1983.", "2021-06-10")
    assert events["fought"]["date"] is None
    events = events_by_trigger("Ethiopia and Somalia fought a war between 1977 and 1978 over the Ogaden.",
                               "2021-06-10")
    assert events["fought"]["date"] is None
    events = events_by_trigger("Rebel forces have besieged the town since April 2019, shelling it from the "
                               "hills.", "2021-06-10")
    assert events["besieged"]["date"] is None
    assert events["shelling"]["date"] is None
    events = events_by_trigger("Police have arrested 300 people since 2018.", "2021-06-10")
    assert events["arrested"]["date"] is None
    # a state lasting within the story's year is still that year or month; a year alone is that year
    events = events_by_trigger("Protesters have blocked the highway since Friday.", "2021-06-10")
    assert events["blocked"]["date"]["value"] == "2021-06"
    events = events_by_trigger("Farmers have blocked the highway since March.", "2021-06-10")
    assert events["blocked"]["date"]["value"] == "2021"
    events = events_by_trigger("Peru and Ecuador fought a border war in 1981.", "2021-06-10")
    assert events["fought"]["date"]["value"] == "1981"


def test_what_may_happen_is_placed_only_by_its_own_words(nlp):
    text = ("SUVA, Dec 5 (Reuters) - The military commander said on Tuesday that police could arrest the prime "
            "minister if he returned from abroad.")
    events = events_by_trigger(text, "2006-12-05")
    assert events["arrest"]["status"] == "hypothetical"
    assert events["arrest"]["location"] is None
    text = ("KINGSTON, May 3 (Reuters) - Gunmen shot dead two police officers in the capital on Monday. "
            "The commissioner said the army might deploy troops to the streets if the killings continued.")
    events = events_by_trigger(text, "2022-05-03")
    assert events["shot"]["location"]["name"] == "Kingston"
    assert events["deploy"]["status"] == "hypothetical"
    assert events["deploy"]["location"] is None
    # what a speaker said would happen is a plan, placed as the story places it
    events = events_by_trigger("BUENOS AIRES, Dec 3 (Reuters) - Loyal troops crushed a revolt on Monday. The "
                               "president, due here on Wednesday, said his visit would go ahead.", "1990-12-03")
    assert events["visit"]["location"]["name"] == "Buenos Aires"
    # a place its own words name stays
    events = events_by_trigger("Arab League foreign ministers could meet in Cairo at the weekend, diplomats said.",
                               "2022-05-03")
    assert events["meet"]["location"]["name"] == "Cairo"


def test_a_deed_counted_in_days_up_to_another_lasted_over_those_days(nlp):
    # 2016-07-11 is a Monday: four days back is still July
    events = events_by_trigger("JUBA, July 11 (Reuters) - The president resigned on Monday after four days of "
                               "street protests in the capital.", "2016-07-11")
    assert events["resigned"]["date"]["value"] == "2016-07-11"
    assert events["protests"]["date"]["value"] == "2016-07"
    # two days back from June 1 crosses into May: the year
    events = events_by_trigger("Riot police withdrew from the square on Saturday after two days of clashes with "
                               "students.", "2013-06-01")
    assert events["clashes"]["date"]["value"] == "2013"
    # a run of days with a date of its own keeps it
    events = events_by_trigger("Security forces killed 11 people during three days of unrest in July.", "2020-08-19")
    assert events["killed"]["date"]["value"] == "2020-07"


def test_the_past_weeks_and_recent_days_reach_back_from_publication(nlp):
    events = events_by_trigger("In the past two weeks Beijing has summoned Manila's ambassador three times.",
                               "2023-08-24")
    assert events["summoned"]["date"]["value"] == "2023-08"
    events = events_by_trigger("Several ministers have resigned in recent days, state radio said.", "2023-08-24")
    assert events["resigned"]["date"]["value"] == "2023-08"
    # two weeks back from the 5th cross into the month before: the year
    events = events_by_trigger("In the past two weeks Beijing has summoned Manila's ambassador three times.",
                               "2023-08-05")
    assert events["summoned"]["date"]["value"] == "2023"
