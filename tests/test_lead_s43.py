"""Dates that single sentences of news got wrong: two named days the small model tags apart
("on Monday and Tuesday") are one span, coded as the month that holds it."""

import pytest

import dyad


def _dated(text: str, published: str) -> list[tuple]:
    return [(e["type"], e["trigger"]["text"], (e.get("date") or {}).get("value"))
            for e in dyad.code(text, published=published)["events"]]


@pytest.mark.parametrize("text, published, trigger, expected", [
    # a Friday story: Monday and Tuesday of that week, both in July
    ("Security forces detained dozens of opposition supporters in the capital on Monday and Tuesday.",
     "2013-07-19", "detained", "2013-07"),
    ("Villagers clashed with police in the northern district on Wednesday and Thursday, officials said.",
     "2011-02-25", "clashed", "2011-02"),
    ("Government troops shelled rebel positions around the town from Tuesday to Thursday.",
     "2016-03-11", "shelled", "2016-03"),
    # across the turn of a month: the year holds both days
    ("Rioters burned shops in the old quarter on Sunday and Monday.", "2019-07-02", "burned", "2019"),
])
def test_two_named_days_are_the_unit_that_holds_them(text, published, trigger, expected):
    assert (trigger, expected) in [(t, d) for _, t, d in _dated(text, published)]


def test_days_of_two_events_stay_apart():
    events = _dated("Police arrested the union leader on Monday and released him on Wednesday.", "2013-07-19")
    assert ("COERCE", "arrested", "2013-07-15") in events
    assert ("RETREAT", "released", "2013-07-17") in events
    # "Tuesday's" names another thing's day, not a span with Monday
    events = _dated("Police arrested the editor on Monday and Tuesday's hearing was postponed.", "2013-07-19")
    assert ("COERCE", "arrested", "2013-07-15") in events


def test_a_participle_after_an_infinitive_shares_the_main_verbs_day():
    # "to leave" between the dated verb and the participle is no deed of its own
    events = _dated("Estonia expelled a Russian diplomat on Tuesday and ordered him to leave the country within "
                    "48 hours, accusing him of spying on military sites.", "2019-03-21")
    assert ("ACCUSE", "accusing", "2019-03-19") in events
    events = _dated("The junta summoned the French envoy yesterday and told him to leave, accusing Paris of "
                    "arming the rebels.", "2021-10-06")
    assert ("ACCUSE", "accusing", "2021-10-05") in events
