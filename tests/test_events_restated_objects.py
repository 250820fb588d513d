"""A verb that names a deed of its own, followed after a comma by a noun phrase that tells the same
deed again ("struck rebel positions on Friday, the first such attack this year"): the parser reads
the noun as a second object. The deed is the verb's (news readers mark the verb), and the noun is
neither the event's trigger nor a party to it. A verb that names no deed of its own still hands its
event to the noun ("will send tents, an offer ...")."""

import dyad


def coded(text):
    record = dyad.code(text, published="2024-05-20")
    return [(e["trigger"]["text"], e["type"]) for e in record["events"] if e["status"] == "asserted"]


def test_a_strike_told_again_as_an_attack_is_marked_on_the_verb():
    assert coded("Turkish jets struck Kurdish positions in northern Iraq on Friday, the first such attack this year.") == [
        ("struck", "ASSAULT")]


def test_the_restating_noun_is_no_object_of_the_verb():
    record = dyad.code("Israel struck militant leaders in Doha on Tuesday, the first Israeli attack on the country.",
                       published="2024-05-20")
    (event,) = record["events"]
    assert event["trigger"]["text"] == "struck"
    assert "militant leaders" in [m["text"] for m in event["recipient"]]
    assert "ISR" not in [m["country"] for m in event["recipient"]]  # not "Israeli", the owner of the attack


def test_a_verb_without_a_deed_of_its_own_still_hands_it_to_the_noun():
    record = dyad.code("Germany will send 800 field tents to Moldova, an offer the opposition in Chisinau called a joke.",
                       published="2024-05-20")
    assert [(e["type"], [m["country"] for m in e["actor"]]) for e in record["events"]] == [("AGREE", ["DEU"])]
