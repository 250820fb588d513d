"""Deeds whose verb rows named too few of the things news says they are done to: seizing gendarmes
or villagers is an abduction, burning a police headquarters or a palace an arson, hanging a
writer or a named man an execution."""

import pytest

import dyad

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text, trigger, type_", [
    ("The rebels seized the gendarmes at a police post in the village on Friday, killing two of them.", "seized", "ASSAULT"),
    ("Gunmen seized 14 villagers from their homes in the district overnight, police said.", "seized", "ASSAULT"),
    ("Rioters burned the police headquarters and the governor's palace in the provincial capital on Friday.",
     "burned", "PROTEST"),
    ("Militiamen burned an entire neighbourhood on the edge of the town last week, residents said.", "burned", "ASSAULT"),
    ("The military government hanged the writer in a prison on Monday.", "hanged", "ASSAULT"),
    ("The authorities hanged Mohammad Karimi at dawn on Tuesday despite appeals for clemency.", "hanged", "ASSAULT"),
])
def test_deeds_done_to_what_news_names(nlp, text, trigger, type_):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}
    assert events[trigger]["type"] == type_


@pytest.mark.parametrize("text", [
    "Police seized the guard post's logbook as evidence.",
    "Protesters hanged a banner from the balcony of the town hall.",
])
def test_things_that_are_not_such_deeds(nlp, text):
    assert not [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["type"] == "ASSAULT"]
