"""A day told right before a crowd ("On Saturday hundreds of protesters attacked the embassy"),
and followers named by their leader ("Trump supporters"), are read as the news reads them."""

import dyad


def events(text, published="2022-10-01"):
    return dyad.code(text, published=published)["events"]


def test_a_crowd_after_the_day_is_the_doer_and_the_day_dates_the_deed():
    event = next(e for e in events("The army said nothing. On Saturday hundreds of protesters attacked the embassy.")
                 if e["trigger"]["text"] == "attacked")
    assert [m["text"] for m in event["actor"]] == ["hundreds of protesters"]
    assert event["date"]["value"] == "2022-10-01"


def test_supporters_named_by_their_leader_are_not_the_leader():
    event = events("Bolsonaro supporters stormed the Congress building in Brasilia on Sunday.", "2023-01-09")[0]
    doer = event["actor"][0]
    assert doer["kind"] == "group" and doer["country"] == "BRA"
    assert doer["name"] != "Jair Bolsonaro"


def test_a_ruler_s_supporters_are_civilians():
    event = events("Thousands of Ortega supporters marched through Managua on Thursday.", "2018-07-20")[0]
    assert event["actor"][0]["code"] == "NICCVL"
