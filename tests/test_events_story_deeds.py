"""Deeds a whole wire story tells that were lost (issue #5, #7): a deed told by a participle after
another deed ("seized power, declaring a state of emergency") is a second deed of the same doer, not
an elaboration of the first as a statement's participle is; house arrest ("was confined to his
residence") and taking people away in vans are arrests."""

import pytest

from helpers import codes, events_by_trigger

PUBLISHED = "2024-03-05"


@pytest.mark.parametrize("text, participle, kind", [
    ("Bolivia's army chief seized the presidential palace on Tuesday, declaring a state of emergency "
     "across the country.", "declaring", "COERCE"),
    ("Malian commandos stormed the hotel in Bamako on Friday, freeing 30 foreign hostages.", "freeing", "AID"),
    ("The junta in Niamey dissolved parliament on Monday, imposing a curfew on the capital.", "curfew", "COERCE"),
])
def test_a_deed_after_a_deed_is_coded(nlp, text, participle, kind):
    found = events_by_trigger(text, PUBLISHED)
    assert participle in found, found.keys()
    assert found[participle]["type"] == kind
    assert len(found) >= 2  # the first deed stays coded too


def test_a_statement_participle_stays_part_of_the_statement(nlp):
    found = events_by_trigger("Kenya rejected the proposal on Monday, saying it favoured the rebels.", PUBLISHED)
    assert "rejected" in found and "saying" not in found


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Bangladesh's opposition leader was confined to her home in Dhaka by police on Sunday.", "confined", "BGD"),
    ("Riot police in Karachi dragged dozens of Pakistani lawyers into waiting vans.", "dragged", "PAK"),
])
def test_held_at_home_or_taken_away_in_vans_is_an_arrest(nlp, text, trigger, recipient):
    found = events_by_trigger(text, PUBLISHED)
    assert trigger in found, found.keys()
    assert (found[trigger]["type"], found[trigger]["mode"]) == ("COERCE", "arrest")
    assert recipient in {c[:3] for c in codes(found[trigger]["recipient"])}


def test_dragging_a_country_into_a_war_is_no_arrest(nlp):
    assert "dragged" not in events_by_trigger("The minister dragged the country into a needless war.", PUBLISHED)


@pytest.mark.parametrize("text, trigger, kind", [
    ("Loyal troops retook the airport in Bangui on Sunday after two days of heavy fighting with rebels.",
     "fighting", "ASSAULT"),
    ("Fiji's prime minister refused to step down on Friday after three nights of rioting in Suva.",
     "rioting", "PROTEST"),
])
def test_a_deed_counted_in_days_is_a_happening_of_its_own(nlp, text, trigger, kind):
    found = events_by_trigger(text, PUBLISHED)
    assert trigger in found, found.keys()
    assert found[trigger]["type"] == kind


def test_years_of_fighting_stay_the_scene(nlp):
    found = events_by_trigger("Sudan's army chief resigned on Friday after six years of fighting in Darfur.", PUBLISHED)
    assert "fighting" not in found


@pytest.mark.parametrize("text, participle", [
    # the state the deed left people in is no deed
    ("Troops fought rebels near Goma on Saturday, leaving at least 30 soldiers dead.", "leaving"),
    # the same deed told again
    ("Tens of thousands of Georgians rallied in Tbilisi on Sunday, filling the main avenue.", "filling"),
])
def test_a_participle_that_tells_no_second_deed_stays_part_of_the_first(nlp, text, participle):
    assert participle not in events_by_trigger(text, PUBLISHED)
