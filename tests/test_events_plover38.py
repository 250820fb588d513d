"""Triples that went wrong on fresh PLOVER-style text (issue #5), checked on sentences written for
these tests."""

from helpers import coded_triples, events_by_trigger


def test_inspectors_let_back_with_a_bare_infinitive_are_given_access():
    # "let X return": the parser makes the ones let the subject of a clause with no "to"
    text = "Iran let U.N. nuclear inspectors return to the Fordow site on Monday after a two-year absence."
    let = events_by_trigger(text, "2019-03-12")["let"]
    assert (let["type"], let["mode"], let["status"]) == ("RETREAT", "access", "asserted")
    assert [m["country"] or m["code"] for m in let["actor"]] == ["IRN"]
    assert [m["code"] for m in let["recipient"]] == ["IGO"]


def test_hostages_let_go_with_a_bare_infinitive_are_released():
    text = "Tuareg rebels let 14 Malian hostages go home on Saturday, a mediator said."
    let = events_by_trigger(text, "2012-02-04")["let"]
    assert (let["type"], let["mode"], let["status"]) == ("RETREAT", "release", "asserted")
    assert [m["country"] for m in let["recipient"]] == ["MLI"]


def test_a_bare_infinitive_after_an_ordinary_verb_is_no_release():
    # "said the hostages leave": no "let", so no one is let go
    assert not any(t[0] == "RETREAT" for t in coded_triples("Police said the hostages leave the camp each morning.",
                                                            "2012-02-04"))


def test_a_suspect_summoned_for_questioning_is_asked_to_appear_not_protested_at():
    text = "Brazilian prosecutors on Monday summoned former President Fernando Collor for questioning over kickbacks."
    summoned = events_by_trigger(text, "2015-03-02")["summoned"]
    assert summoned["type"] == "REQUEST"
    assert [m["country"] for m in summoned["recipient"]] == ["BRA"]


def test_a_witness_summoned_to_testify_is_asked_to_appear():
    text = "A Seoul court summoned the Hyundai chairman on Tuesday to testify in the bribery trial of the former president."
    assert events_by_trigger(text, "2015-03-02")["summoned"]["type"] == "REQUEST"


def test_an_ambassador_summoned_to_explain_or_for_talks_is_still_a_protest():
    for text in ("Iran summoned the British ambassador for talks on Monday.",
                 "The foreign ministry summoned the Chinese envoy, Li Wei, to explain the presence of fishing boats.",
                 "Kenya summoned Uganda's ambassador on Monday to protest against the arrest of Kenyan fishermen."):
        summoned = events_by_trigger(text, "2015-03-02")["summoned"]
        assert (summoned["type"], summoned["mode"]) == ("ACCUSE", "disapprove"), text



def test_their_first_meeting_beside_the_clause_is_the_meeting_told_not_a_second():
    text = ("Peruvian President Pedro Castillo met Bolivian President Luis Arce in La Paz on Tuesday, their first "
            "meeting since the two countries restored full diplomatic ties.")
    events = events_by_trigger(text, "2023-01-03")
    assert "meeting" not in events
    assert [m["country"] for m in events["met"]["recipient"]] == ["BOL"]


def test_the_first_visit_set_after_a_comma_is_the_meeting_told():
    # the parser makes "visit" a second object of "met"
    text = ("Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi in Cairo, the first "
            "visit by a Turkish leader to Egypt in 11 years.")
    assert [e["trigger"]["text"] for e in events_by_trigger(text, "2023-01-03").values() if e["type"] == "CONSULT"] == ["met"]


def test_a_happening_of_another_kind_beside_the_clause_stays():
    # an earlier shelling told after "a day after" is a deed of its own
    events = events_by_trigger("Rebels attacked an army post on Monday, a day after government forces shelled "
                               "their positions.", "2023-01-03")
    assert {"attacked", "shelled"} <= set(events)
