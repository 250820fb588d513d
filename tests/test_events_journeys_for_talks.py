"""A journey made for a meeting ("flew to Harare for talks with ...", "arrived for a state visit",
"flew to Tripoli to meet ...") is one visit (CONSULT, visit) whose trigger is the travel verb, as
news readers mark it; the meeting it was made for gives the host. A journey made for anything else
("travelled to the capital to demand ...") keeps its own trigger."""

import dyad


def events(text):
    record = dyad.code(text, published="2024-05-10")
    return [(e["trigger"]["text"], e["type"], e["mode"], [m["code"] for m in e["actor"]],
             [m["country"] for m in e["recipient"]], e["date"]["value"] if e.get("date") else None)
            for e in record["events"]]


def test_a_named_leader_flying_for_talks_is_a_visit_triggered_by_the_flight():
    coded = events("Hichilema flew to Harare on Tuesday for talks with Zimbabwean President Emmerson Mnangagwa.")
    assert [(t, ty, m, r, d) for t, ty, m, _, r, d in coded] == [
        ("flew", "CONSULT", "visit", ["ZWE"], "2024-05-07")]


def test_an_arrival_for_a_state_visit_is_triggered_by_the_arrival():
    coded = events("Lula arrived in Luanda on Wednesday for a two-day state visit.")
    assert [(t, ty, m, r) for t, ty, m, _, r, _ in coded] == [("arrived", "CONSULT", "visit", ["AGO"])]


def test_a_flight_made_to_meet_someone_is_triggered_by_the_flight():
    coded = events("Guterres flew to Tripoli on Thursday to meet Prime Minister Abdul Hamid Dbeibah.")
    assert [(t, ty, d) for t, ty, _, _, _, d in coded] == [("flew", "CONSULT", "2024-05-09")]


def test_a_journey_made_to_protest_keeps_the_protest_word():
    coded = events("Thousands of farmers travelled to the capital on Monday to demand higher grain prices.")
    assert "travelled" not in [t for t, *_ in coded]
