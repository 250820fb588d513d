"""An order that set an act going ("ordered an independent inquiry into the shooting") is the word
news readers mark: the event the noun names keeps its type, and its trigger is the order."""

import dyad


def coded(text):
    record = dyad.code(text, published="2024-05-20")
    return [(e["trigger"]["text"], e["type"], e["mode"], e["date"]["value"] if e["date"] else None)
            for e in record["events"] if e["status"] == "asserted"]


def test_an_inquiry_ordered_is_marked_on_the_order():
    assert coded("The interior minister on Tuesday ordered an independent inquiry into the shooting.") == [
        ("ordered", "ACCUSE", "investigate", "2024-05-14")]


def test_a_curfew_ordered_stays_one_measure_marked_on_the_order():
    assert [(t, ty, m) for t, ty, m, _ in coded("The governor ordered a dusk-to-dawn curfew in the city on Thursday.")] == [
        ("ordered", "COERCE", "curfew")]
