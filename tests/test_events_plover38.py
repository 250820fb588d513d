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

