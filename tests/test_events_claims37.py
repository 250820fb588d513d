"""Claims and diplomatic acts dyad once missed (session 32): a warning that foretells harm on a
condition someone named must meet."""

import pytest

from helpers import coded_events

PUBLISHED = "2025-03-10"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def triple(event: dict) -> tuple:
    return event["type"], {party(m) for m in event["actor"]}, {party(m) for m in event["recipient"]}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Cuba warned on Friday that it would stop guarding its coast unless Washington changed its migration policy.",
     "CUB", "USA"),
    ("Iran warned on Tuesday that not a single tanker would leave the Gulf if the European Union imposed an oil embargo.",
     "IRN", "IGO"),
    ("Belarus warned that the border would stay closed unless Poland reopened its crossings.", "BLR", "POL"),
])
def test_harm_foretold_on_a_condition_is_a_threat_to_whoever_must_meet_it(nlp, text, actor, recipient):
    [event] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "THREATEN"]
    assert triple(event) == ("THREATEN", {actor}, {recipient})
    assert event["trigger"]["text"] == "warned"


def test_a_warning_names_its_recipient_before_the_condition(nlp):
    text = "China warned Japan that relations would suffer if Tokyo bought the islands."
    [event] = coded_events(text, PUBLISHED)
    assert triple(event)[:2] == ("THREATEN", {"CHN"})
    assert {m["country"] for m in event["recipient"]} == {"JPN"}


@pytest.mark.parametrize("text", [
    "The central bank warned that inflation would rise if the drought continued.",
    "Engineers warned that the dam could burst if heavy rain kept falling.",
    "The minister warned that prices would rise if attacked by speculators.",
])
def test_a_forecast_on_a_condition_no_one_must_meet_is_no_threat(nlp, text):
    assert "THREATEN" not in {e["type"] for e in coded_events(text, PUBLISHED)}


def test_a_party_the_foretold_act_names_outranks_a_condition_no_table_knows(nlp):
    text = ("Canada warned on Monday that it could halt all development aid to Guinea unless the ruling military "
            "council that seized power last week freed the president.")
    [event] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "THREATEN"]
    assert triple(event) == ("THREATEN", {"CAN"}, {"GIN"})


@pytest.mark.parametrize("text", [
    "Nigeria's president ordered the army on Monday to avoid civilian casualties in the northeast.",
    "The Spanish king went on television to order the army to uphold the constitution.",
    "Peru's president ordered the police to stay out of the university campus.",
])
def test_an_order_to_forces_to_do_what_is_no_event_is_a_demand_of_them(nlp, text):
    [event] = coded_events(text, PUBLISHED)
    assert (event["type"], event["cameo"][:2]) == ("REQUEST", "10")
    assert event["trigger"]["text"].startswith("order")


def test_an_order_to_leave_the_country_stays_an_expulsion(nlp):
    [event] = coded_events("Burundi ordered all foreign journalists to leave the country on Friday.", PUBLISHED)
    assert (event["type"], event["mode"]) == ("COERCE", "deport")


def test_troops_ordered_to_pull_back_are_withdrawn(nlp):
    text = "Armenia's defence minister ordered his troops on Wednesday to withdraw from the disputed villages."
    [event] = coded_events(text, PUBLISHED)
    assert (event["type"], event["mode"]) == ("RETREAT", "withdraw")


@pytest.mark.parametrize("text, rejecter, accuser", [
    ("Kenya accused Somalia of harbouring the gunmen, a claim Mogadishu dismissed.", "SOM", "KEN"),
    ("Police in Lagos accused the union of inciting the violence, an accusation its leaders rejected on Tuesday.",
     None, "NGA"),
])
def test_a_charge_rejected_in_a_relative_clause_is_a_rejection_of_the_accuser(nlp, text, rejecter, accuser):
    events = coded_events(text, PUBLISHED)
    assert "ACCUSE" in {e["type"] for e in events}
    [rejection] = [e for e in events if e["type"] == "REJECT"]
    assert {m["country"] for m in rejection["recipient"]} == {accuser}
    if rejecter:
        assert {m["country"] for m in rejection["actor"]} == {rejecter}


@pytest.mark.parametrize("text, rejecter, accusers", [
    ("A U.N. panel has accused Uganda of arming the rebels, a charge Kampala rejects.", "UGA", {"IGO"}),
    ("Kenya has accused Somalia of sheltering the gunmen, a claim the Somali government rejects.", "SOM", {"KEN"}),
    ("Kenya has accused Somalia of sheltering the gunmen, an accusation Mogadishu dismisses.", "SOM", {"KEN"}),
])
def test_a_present_tense_answer_to_a_charge_is_read_as_a_verb(nlp, text, rejecter, accusers):
    events = coded_events(text, PUBLISHED)
    assert "ACCUSE" in {e["type"] for e in events}
    [rejection] = [e for e in events if e["type"] == "REJECT"]
    assert {m["country"] for m in rejection["actor"]} == {rejecter}
    assert {m["country"] or m["code"] for m in rejection["recipient"]} == accusers


def test_a_plural_noun_after_a_charge_stays_a_noun(nlp):
    from dyad.nlp import parse
    [(doc, _)] = list(parse([("The court dropped a charge against the rejects of the academy.", None)]))
    assert [t.pos_ for t in doc if t.lower_ == "rejects"] == ["NOUN"]


@pytest.mark.parametrize("text", [
    "Rwanda has since accused France of training the killers, a charge Paris denies.",
    "Malawi's president accused the former finance minister of plotting a coup, a charge the former minister denies.",
])
def test_an_accusation_a_charge_denied_restates_is_still_made(nlp, text):
    [accusation] = [e for e in dyad_events(text) if e["type"] == "ACCUSE"]
    assert accusation["status"] == "asserted"


def test_a_past_tense_answer_the_parser_made_the_root_is_a_rejection_of_the_accuser(nlp):
    events = coded_events("Kenya accused Somalia of harbouring the gunmen, a charge Mogadishu rejected on Monday.",
                          PUBLISHED)
    assert {(e["type"], e["trigger"]["text"]) for e in events} == {("ACCUSE", "accused"), ("REJECT", "rejected")}
    [rejection] = [e for e in events if e["type"] == "REJECT"]
    assert triple(rejection) == ("REJECT", {"SOM"}, {"KEN"})


def dyad_events(text: str) -> list[dict]:
    import dyad
    return dyad.code(text, published=PUBLISHED)["events"]
