"""Happenings of their own that a sentence tells inside another event's words: a clause of time
with its own subject under a relative clause ("a siege that began when gunmen seized the hotel"),
and a deed a noun names that its own words date to another day ("set off by the assassination of
the opposition leader on April 2")."""

import dyad

PUBLISHED = "2024-05-06"


def _events(text):
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}


def test_what_began_the_standoff_is_its_own_event(nlp):
    events = _events("Commandos freed the hostages on Sunday, ending a siege that began when gunmen seized "
                     "the hotel on Thursday.")
    seizure = events["seized"]
    assert [m["text"] for m in seizure["actor"]] == ["gunmen"]
    assert seizure["date"]["value"] == "2024-05-02"


def test_the_protest_an_uprising_began_with_is_its_own_event(nlp):
    events = _events("Soldiers fired on mourners in the capital on Friday as the army moved to crush a revolt "
                     "that began when miners protested against pay cuts on March 2.")
    protest = events["protested"]
    assert protest["type"] == "PROTEST"
    assert protest["date"]["value"] == "2024-03-02"


def test_a_deed_named_by_a_noun_dated_to_its_own_day(nlp):
    events = _events("The interior minister resigned on Tuesday, ending weeks of turmoil set off by the "
                     "assassination of opposition leader Hamid Karzai on April 2.")
    assert events["assassination"]["type"] == "ASSAULT"
    assert events["assassination"]["date"]["value"] == "2024-04-02"


def test_an_attack_answered_days_later(nlp):
    events = _events("The navy shelled rebel positions along the coast on Saturday in retaliation for "
                     "Thursday's rocket attack on the port.")
    assert events["attack"]["date"]["value"] == "2024-05-02"
    assert events["shelled"]["date"]["value"] == "2024-05-04"


def test_a_raid_on_the_day_of_the_killing_stays_one_event(nlp):
    triggers = [e["trigger"]["text"] for e in dyad.code(
        "Troops killed five militants on Friday in a raid on a hideout near the border.", published=PUBLISHED)["events"]]
    assert "raid" not in triggers
