"""A lone word that is both a company's name and a listed person's surname: the company, unless the
story named the person in full before (Meta Platforms and Albania's Ilir Meta)."""

import dyad


def _event_with(record: dict, trigger: str) -> dict:
    return next(e for e in record["events"] if e["trigger"]["text"] == trigger)


def test_the_company_when_no_one_of_that_surname_is_named():
    record = dyad.code("EU regulators opened proceedings against Meta on Tuesday over its advertising model.")
    assert [m["code"] for m in _event_with(record, "opened")["recipient"]] == ["USABUS"]


def test_the_company_as_doer_in_an_undated_story():
    record = dyad.code("Meta accused the European Commission of overreach in its new digital rules.")
    assert [m["code"] for m in _event_with(record, "accused")["actor"]] == ["USABUS"]


def test_the_person_named_in_full_before_keeps_his_surname():
    record = dyad.code("Former Albanian president Ilir Meta led a rally in Tirana on Saturday. "
                       "Meta accused the Socialists of rigging the vote.")
    assert [m["country"] for m in _event_with(record, "accused")["actor"]] == ["ALB"]
