"""Deeds told in a relative clause that whole stories and when/where readers count as events of
their own (issues 5, 7): force or an arrest done to a person, told in a passive clause set off by a
comma or dated by itself ("the singer ..., who was shot dead on Tuesday night"), and force used by
the doers of the news ("gunmen who stormed the town hall surrendered"); not a state the clause
describes ("detainees who are being held"), nor what a group is ("rebels who control the north")."""

import pytest

from helpers import events_by_trigger

PUBLISHED = "2024-03-07"


@pytest.mark.parametrize("text, trigger, type_, date", [
    ("Thousands marched through Accra on Saturday to protest the killing of Kwame Mensah, a radio host who was "
     "shot dead outside his studio on Tuesday night.", "shot", "ASSAULT", "2024-03-05"),
    ("Students rallied in Dhaka on Monday to demand the release of Rashid Alam, a student leader who was "
     "arrested in Chittagong in January.", "arrested", "COERCE", "2024-01"),
    ("Hundreds protested in Tehran on Sunday over the jailing of the cleric Hossein Nouri, who was detained by "
     "police last week.", "detained", "COERCE", None),
])
def test_a_deed_done_to_someone_told_in_a_passive_clause_is_an_event(nlp, text, trigger, type_, date):
    event = events_by_trigger(text, PUBLISHED).get(trigger)
    assert event is not None and event["type"] == type_ and event["status"] == "asserted"
    if date is not None:
        assert event["date"]["value"] == date


def test_the_person_the_clause_is_about_is_whom_it_was_done_to(nlp):
    text = "Protesters demanded the release of Nabil Karoui, who was arrested by Tunisian police in Tunis on Friday."
    event = events_by_trigger(text, PUBLISHED)["arrested"]
    assert [m["text"] for m in event["recipient"]] == ["Nabil Karoui"]
    assert [m["code"] for m in event["actor"]] == ["TUNCOP"]


@pytest.mark.parametrize("text, trigger, type_", [
    ("Masked gunmen who stormed the town hall in Ajaccio surrendered to police on Friday.", "stormed", "ASSAULT"),
    ("The soldiers who seized the presidential palace were arrested on Sunday, the army said.", "seized", "ASSAULT"),
])
def test_force_used_by_the_doers_of_the_news_is_an_event(nlp, text, trigger, type_):
    event = events_by_trigger(text, PUBLISHED).get(trigger)
    assert event is not None and event["type"] == type_ and event["status"] == "asserted"


@pytest.mark.parametrize("text, trigger", [
    ("Rights groups called for access to the detainees, who are being held at a military base.", "held"),
    ("The rebels who control the northern province said they were ready for talks.", "control"),
    ("Aid workers visited the prisoners who were being held in the port city.", "held"),
])
def test_a_state_the_clause_describes_is_no_event(nlp, text, trigger):
    assert trigger not in events_by_trigger(text, PUBLISHED)
