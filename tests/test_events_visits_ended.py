"""Ending, concluding or wrapping up a visit reports the visit made (CONSULT, visit), not talks
broken off; and its verb cues no attribution ("concluded his trip", not "concluded that ...")."""

import dyad


def coded(text):
    record = dyad.code(text, published="2023-04-07")
    events = [(e["type"], e["mode"], e["cameo"], [m["code"] for m in e["actor"]], [m["country"] for m in e["recipient"]])
              for e in record["events"]]
    return events, [" ".join(c["text"] for c in a["cue"]) for a in record["attributions"]]


def test_a_visit_ended_is_a_visit_made():
    events, cues = coded("The Japanese prime minister wrapped up a three-day visit to India on Friday.")
    assert events == [("CONSULT", "visit", "042", ["JPNGOV"], ["IND"])]


def test_a_trip_concluded_is_no_report():
    events, cues = coded("Pope Francis concluded his trip to Iraq on Monday, flying home from Erbil.")
    assert ("CONSULT", "visit", "042", ["VATREL"], ["IRQ"]) in events
    assert "concluded" not in cues


def test_talks_ended_abruptly_are_still_broken_off():
    events, _ = coded("Washington abruptly ended talks with the Taliban on Saturday.")
    assert [e[:3] for e in events] == [("SANCTION", "withdraw", "164")]


def test_a_finding_concluded_is_still_a_report():
    _, cues = coded("The inquiry concluded that the army had fired first.")
    assert cues == ["concluded"]
