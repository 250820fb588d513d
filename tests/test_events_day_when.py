"""What a day the sentence names saw ("since March 3, 2009, when gunmen ambushed the team") is a
happening of its own, dated that day, not part of the event the day's phrase hangs on."""

import dyad

PUBLISHED = "2024-05-06"


def test_the_deed_of_a_named_day_is_its_own_event(nlp):
    text = ("It was the deadliest bombing in the city since March 3, 2009, when gunmen ambushed the "
            "visiting cricket team near the stadium.")
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}
    ambush = events["ambushed"]
    assert ambush["type"] == "ASSAULT"
    assert [m["text"] for m in ambush["actor"]] == ["gunmen"]
    assert ambush["date"]["value"] == "2009-03-03"


def test_a_clause_of_the_news_day_is_still_coded_once(nlp):
    text = "Two soldiers were seized on Wednesday morning when guerrillas ambushed an army patrol near the border."
    triggers = [e["trigger"]["text"] for e in dyad.code(text, published=PUBLISHED)["events"]]
    assert triggers.count("ambushed") == 1
