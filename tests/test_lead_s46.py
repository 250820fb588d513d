"""Session 46: event dates (a shortened month without its stop, a clause inside a dated deed, some days
from a month, a clause before a colon, an answer joined to the deed it answers, a deed named again by
its verb's noun), destroying chemical weapons as disarmament, and an order to another party to attack
or destroy as a demand of it."""
from helpers import date_value as _date, events_by_trigger as _events


def test_shortened_month_without_a_stop_dates_the_event():
    events = _events("RIO DE JANEIRO, Sept 27 (Reuters) - Police arrested a commander on Monday. The judge was "
                     "shot 21 times by gunmen outside her home late on Aug 11.", "2011-09-27")
    assert _date(events["shot"]) == "2011-08-11"


def test_shortened_month_with_its_year():
    events = _events("Rebels seized the town on Sept 3, 2009, and held it for a year.", "2011-09-27")
    assert _date(events["seized"]) == "2009-09-03"


def test_dateline_day_is_not_an_event_date():
    events = _events("NAIROBI, Feb 5 (Reuters) - Kenyan police arrested three opposition lawmakers.", "2008-02-05")
    assert _date(events["arrested"]) is None


def test_clause_inside_a_dated_deed_takes_its_date():
    events = _events("The minister resigned over an inquiry into the March 1 violence, in which ten people died "
                     "when police broke up opposition protests in the capital.", "2008-09-29")
    assert _date(events["broke"]) == "2008-03-01"


def test_clause_of_a_place_takes_no_date_from_it():
    # "in which" after a place: the place has no date to lend
    events = _events("Soldiers burned forty houses in the village in which the rebels had hidden.", "2016-04-18")
    assert _date(events["burned"]) is None


def test_some_days_before_a_month_dated_flight_are_that_month():
    events = _events("The two opposition leaders fled the country in March, days after prosecutors charged them "
                     "over an unauthorised march.", "1996-08-02")
    assert _date(events["charged"]) == "1996-03"


def test_some_days_after_a_day_are_not_told():
    events = _events("Rebels seized the town early on Feb. 23, days after troops withdrew from the area.", "1996-08-02")
    assert _date(events["withdrew"]) is None


def test_clause_after_a_colon_keeps_its_own_date():
    events = _events("The two clans have long raided each other's herds, and the feuds feed on each other: in early "
                     "2012, thousands of armed youths attacked villages around the town, killing hundreds.", "2016-04-18")
    assert _date(events["attacked"]) == "2012"


def test_an_answer_joined_to_the_deed_it_answers_takes_its_day():
    events = _events("Riot police fired tear gas at striking drivers on Monday, and some drivers responded by hurling "
                     "stones.", "2020-05-14")
    assert _date(events["hurling"]) == "2020-05-11"


def test_another_subjects_joined_clause_stays_undated():
    events = _events("Riot police fired tear gas at striking drivers on Monday, and some drivers blocked the "
                     "highway.", "2020-05-14")
    assert _date(events["blocked"]) is None


def test_count_from_a_deed_named_again_by_its_verbs_noun():
    events = _events("Twelve inmates escaped from the central prison on Sunday. Two days after the escape, police "
                     "arrested two prison guards.", "2010-06-08")
    assert _date(events["arrested"]) == "2010-06-08"
    events = _events("Parliament voted on the amnesty bill on Sunday. A day before the vote, police arrested two "
                     "opposition lawmakers.", "2010-06-08")
    assert _date(events["arrested"]) == "2010-06-05"


def test_a_noun_no_verb_told_before_counts_from_nothing():
    events = _events("Parliament met on Sunday. A day before the vote, police arrested two opposition lawmakers.",
                     "2010-06-08")
    assert _date(events["arrested"]) is None


def test_destroying_ones_chemical_weapons_is_disarmament():
    events = _events("Libya destroyed its remaining chemical weapons under the watch of international inspectors.",
                     "2014-01-30")
    assert (events["destroyed"]["type"], events["destroyed"]["cameo"]) == ("RETREAT", "0873")


def test_destroying_a_depot_is_still_an_attack():
    events = _events("Israeli jets destroyed a Hezbollah weapons depot near the border.", "2014-01-30")
    assert events["destroyed"]["type"] == "ASSAULT"


def test_an_order_to_another_party_to_destroy_is_a_demand():
    events = _events("The Security Council ordered Iraq to destroy its long-range missiles.", "1991-04-04")
    assert events["ordered"]["type"] == "REQUEST"
    assert [m["country"] for m in events["ordered"]["recipient"]] == ["IRQ"]


def test_an_attack_ordered_by_name_is_the_orderers():
    events = _events("The governor ordered the demolition of fifty homes in the camp.", "1991-04-04")
    assert (events["ordered"]["type"], events["ordered"]["cameo"]) == ("ASSAULT", "1712")
