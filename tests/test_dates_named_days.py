"""Dates that belong to a thing the event names, not to the event: a day news names an event by
("the Sept. 11 attacks" are those of 2001, dates/named_days), and the scene of an object ("at his
2005 wedding") rather than of the event ("at Sunday's summit")."""

import pytest

import dyad

PUBLISHED = "2016-05-19"


def _dates(text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    record = dyad.code(text, published=published)
    return {e["trigger"]["text"]: e["date"] and e["date"]["value"] for e in record["events"]}


@pytest.mark.parametrize("text", [
    "Lawmakers voted to let families of victims of the Sept. 11 attacks sue foreign governments.",
    "The governor has taken a hard line on terrorism since the Sept. 11 terrorist attacks.",
])
def test_the_sept_11_attacks_are_those_of_2001(text):
    assert "2001-09-11" in _dates(text).values()


def test_a_day_written_with_its_year_or_on_its_own_is_read_as_written():
    assert _dates("Gunmen attacked the consulate on Sept. 11, 2012, killing the ambassador.")["attacked"] == "2012-09-11"
    assert _dates("Rebels attacked the border town on Sept. 11, the army said.")["attacked"] == "2015-09-11"


def test_the_scene_of_a_thing_the_event_names_does_not_date_it():
    text = ("The campaign sent out an email with a photograph of the senator at the mogul's 2005 "
            "wedding, and accused his allies of being traitors.")
    assert _dates(text)["accused"] is None


def test_the_scene_of_the_event_dates_it():
    assert _dates("Putin spoke with Erdogan during a July 3 phone call.", "2016-07-19")["spoke"] == "2016-07-03"
