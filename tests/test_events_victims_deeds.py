"""A killing told of its victims ("were killed in an attack by ...", "were wounded in Israeli
shelling", "were killed when militants stormed ...") was done by the doer of that deed."""

import dyad


def events(text, published="2024-03-12"):
    return dyad.code(text, published=published)["events"]


def doers(text, trigger):
    event = next(e for e in events(text) if e["trigger"]["text"] == trigger)
    return [(m["text"], m["country"]) for m in event["actor"]]


def test_killed_in_an_attack_by_a_group():
    assert doers("Five soldiers were killed in an attack by Taliban militants in Kandahar on Monday.",
                 "attack") == [("Taliban militants", "AFG")]  # marked on the attack (the killing's deed)


def test_killed_during_an_attack_launched_by_a_group():
    found = doers("Seven villagers were killed during an attack launched by Boko Haram fighters on Sunday.", "attack")
    assert [text for text, _ in found] == ["Boko Haram fighters"]


def test_wounded_in_shelling_named_by_its_nationality():
    assert [c for _, c in doers("Twenty people were wounded in Russian shelling of Kharkiv on Monday.", "shelling")] == ["RUS"]


def test_killed_when_a_force_stormed_a_place_is_two_deeds_of_one_doer():
    found = events("Seven miners were killed when riot police stormed the colliery on Wednesday.")
    by_trigger = {e["trigger"]["text"]: [m["text"] for m in e["actor"]] for e in found}
    assert by_trigger.get("killed") == ["riot police"]
    assert by_trigger.get("stormed") == ["riot police"]


def test_a_killing_with_a_doer_of_its_own_keeps_it():
    assert [t for t, _ in doers("Two protesters were killed by police during a march organised by the opposition.",
                                "killed")] == ["police"]


def test_a_deal_signed_by_leaders_stays_the_signing():
    found = events("The ceasefire deal was signed on Tuesday by President Omar al-Bashir and rebel leaders in Doha.")
    assert any(e["trigger"]["text"] == "signed" for e in found)
