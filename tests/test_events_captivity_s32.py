"""Captivity in news English: people held or taken hostage, freed, detained, surrendering.
Sentences written for these tests."""

import pytest

from helpers import events_by_trigger

PUB = "2024-05-20"


@pytest.mark.parametrize("text, cameo", [
    # the parser makes "dozens of lawmakers hostage" a clause of its own, joined to the verb
    ("Armed men held dozens of lawmakers hostage inside parliament on Saturday.", "184"),
    ("Gunmen held the mayor and twenty councillors hostage inside the town hall for a third day on Sunday.", "184"),
    ("Gunmen stormed parliament and took Prime Minister John Tala and 30 lawmakers hostage.", "181"),
])
def test_held_or_taken_hostage_is_an_abduction(text, cameo):
    # "hostage" is the word news readers mark: it makes the holding a hostage-taking
    event = events_by_trigger(text, PUB)["hostage"]
    assert (event["type"], event["mode"], event["cameo"]) == ("ASSAULT", "abduct", cameo)
    assert event["recipient"], "the captives are the recipients"
    # "hostage" says how they are held: no recipient's words end with it
    assert not any(m["text"].lower().endswith("hostage") for m in event["recipient"])


def test_captives_named_before_hostage_are_the_recipients():
    event = events_by_trigger("Gunmen held the mayor and twenty councillors hostage inside the town hall.", PUB)["hostage"]
    assert [m["text"] for m in event["recipient"]] == ["the mayor", "twenty councillors"]


def test_hostages_held_somewhere_is_no_complement():
    # "held the hostages in a cave": the hostages are the object, named as such
    event = events_by_trigger("The rebels held the hostages in a cave.", PUB)["held"]
    assert [m["text"] for m in event["recipient"]] == ["the hostages"]


@pytest.mark.parametrize("text, trigger", [
    ("A three-day truce took effect on Friday, and the first 12 hostages were freed in the afternoon.", "freed"),
    ("The army declared martial law in March, and the hostages were freed on June 2 after 60 days in captivity.", "freed"),
    ("Two aid workers were released on Tuesday after three weeks in captivity.", "released"),
])
def test_captives_freed_by_captors_no_one_names_is_a_release(text, trigger):
    event = events_by_trigger(text, PUB)[trigger]
    assert (event["type"], event["mode"], event["cameo"]) == ("RETREAT", "release", "0841")
    assert event["actor"] == [] and event["recipient"]


@pytest.mark.parametrize("text", [
    "The minister was released from hospital on Monday.",
    "Survivors were freed from the rubble of the collapsed school.",
])
def test_leaving_hospital_or_rubble_is_no_release_of_captives(text):
    assert not any(e["type"] == "RETREAT" for e in events_by_trigger(text, PUB).values())


def test_leaders_detained_in_a_coup_are_a_detention_of_their_own():
    text = "Lesotho's army seized power on Tuesday, detaining Prime Minister Tom Mosala and two of his ministers in dawn raids."
    events = events_by_trigger(text, PUB)
    assert events["seized"]["type"] == "COERCE"
    detention = events["detaining"]
    assert (detention["type"], detention["mode"], detention["cameo"]) == ("COERCE", "arrest", "173")
    assert [m["code"] for m in detention["actor"]] == ["LSOMIL"]
    assert "Tom Mosala" in [m["name"] for m in detention["recipient"]]
    assert detention["date"]["value"] == "2024-05-14"


def test_arrests_joined_to_a_killing_stay_part_of_the_force_used():
    text = "Kenyan police opened fire on the marchers in Nairobi on Monday, killing one man and arresting 20."
    assert not any(e["type"] == "COERCE" for e in events_by_trigger(text, PUB).values())
