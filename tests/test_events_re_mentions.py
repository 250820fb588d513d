"""A happening named again with "the" ("The attack appears timed to ...") is the one told before, not a new event."""

import dyad


def triggers(text, published="2024-03-11"):
    return [(e["trigger"]["text"], e["type"]) for e in dyad.code(text, published=published)["events"]]


def test_the_attack_named_again_is_no_second_attack():
    found = triggers("Rebels attacked an army post near the border on Sunday, killing four soldiers.\n\n"
                     "The attack appears timed to coincide with the anniversary of the peace accord.")
    assert ("attacked", "ASSAULT") in found
    assert ("attack", "ASSAULT") not in found


def test_the_protests_named_again_are_no_second_protest():
    found = triggers("Thousands of students protested in the capital on Friday against the new tuition fees.\n\n"
                     "The protests have been largely peaceful but have put pressure on the government.")
    assert [t for t, kind in found if kind == "PROTEST"] == ["protested"]


def test_a_first_mention_with_the_stays_an_event():
    # nothing of its kind was told before: the definite noun is the news itself
    found = triggers("The attack on a police station in the north killed six officers on Monday, police said.")
    assert ("attack", "ASSAULT") in found


def test_a_re_mention_that_tells_a_day_and_place_of_its_own_stays():
    # "The ambush, at Kafr Nabl on July 23": a day and a town the first telling lacks
    found = triggers("The army said 13 soldiers were killed by insurgents in the north.\n\n"
                     "The ambush, near Kafr Nabl on March 9, was the deadliest this year.")
    assert ("ambush", "ASSAULT") in found


def test_an_attack_of_another_kind_is_not_taken_for_the_first():
    found = triggers("Police arrested 40 protesters in the capital on Saturday.\n\n"
                     "The attack on the ruling party's offices later that night injured two guards.")
    assert ("attack", "ASSAULT") in found
