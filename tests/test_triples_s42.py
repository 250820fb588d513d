"""Single-sentence (type, actor, recipient) errors found in session 42: a course of action only
talked over ("discussed sending troops") coded as if taken. Each with a sentence of the other
sense that must stay as it is."""

import dyad


def events(text: str) -> list[dict]:
    return dyad.code(text, published="2018-06-11")["events"]


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in events(text)}


# --- what is discussed, debated or weighed has not been done ------------------------------------

def test_troops_a_summit_discussed_sending_are_not_sent():
    event = by_trigger("Regional leaders gathered in Accra discussed sending soldiers to Chad on Monday.")["sending"]
    assert (event["type"], event["status"]) == ("MOBILIZE", "hypothetical")


def test_a_withdrawal_the_cabinet_debated_is_not_a_withdrawal():
    event = by_trigger("The Dutch cabinet debated pulling its soldiers out of Afghanistan.")["pulling"]
    assert (event["type"], event["status"]) == ("RETREAT", "hypothetical")


def test_sanctions_the_ministers_weighed_are_not_imposed():
    event = by_trigger("EU ministers weighed imposing fresh sanctions on Belarus on Tuesday.")["imposing"]
    assert event["type"] == "SANCTION"
    assert event["status"] == "hypothetical"
    assert [m["country"] for m in event["recipient"]] == ["BLR"]


def test_troops_sent_after_the_talks_are_sent():
    event = by_trigger("Regional leaders gathered in Accra and sent soldiers to Chad on Monday.")["sent"]
    assert (event["type"], event["status"]) == ("MOBILIZE", "asserted")


# --- insisting asks only in the bare form; otherwise it states ---------------------------------

def test_insisting_a_country_can_cope_asks_nothing():
    found = events("Nepal declined foreign rescue teams, officials said, insisting the army could manage on its own.")
    assert "REQUEST" not in [e["type"] for e in found]


def test_insisting_one_did_not_shell_a_town_asks_nothing():
    assert "REQUEST" not in [e["type"] for e in events("Kiev insisted that its forces had not shelled the village.")]


def test_insisting_that_a_state_stop_is_a_demand():
    event = by_trigger("The United States insisted that Venezuela stop jailing opposition leaders.")["insisted"]
    assert (event["type"], event["status"]) == ("REQUEST", "asserted")
    assert [m["country"] for m in event["actor"]] == ["USA"]
    assert [m["country"] for m in event["recipient"]] == ["VEN"]


def test_insisting_that_someone_be_tried_is_a_demand():
    event = by_trigger("The widows insisted that the Serbian generals be tried in The Hague.")["insisted"]
    assert event["type"] == "REQUEST"
    assert [m["country"] for m in event["recipient"]] == ["SRB"]


# --- sides that fight each other are the doers; the place is no one's target ----------------------

def test_forces_pounding_each_other_under_a_dateline_target_no_town():
    event = by_trigger("YEREVAN (Reuters) - Armenian and Azerbaijani troops shelled each other along the border on Sunday.")["shelled"]
    assert event["type"] == "ASSAULT"
    assert sorted(m["country"] for m in event["actor"]) == ["ARM", "AZE"]
    assert event["recipient"] == []


def test_militias_firing_on_one_another_in_a_city_target_no_city():
    event = by_trigger("Rival militias fired on one another in Benghazi on Tuesday.")["fired"]
    assert event["type"] == "ASSAULT"
    assert event["recipient"] == []


def test_forces_shelling_a_city_still_target_it():
    event = by_trigger("Russian artillery units shelled Kharkiv overnight on Sunday.")["shelled"]
    assert [m["country"] for m in event["actor"]] == ["RUS"]
    assert [m["country"] for m in event["recipient"]] == ["UKR"]
