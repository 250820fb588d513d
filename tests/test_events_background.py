"""Acts a sentence names only in passing, to set the scene of its news: an act with no doer of
its own in such a phrase or clause is no event ("in one of the worst attacks of the war", "after
years of fighting", "as fighting spread"); a past deed whose victims and day the text gives is."""

import pytest

import dyad

PUBLISHED = "2024-05-08"  # a Wednesday


def events(text: str) -> list[dict]:
    return [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["status"] in ("asserted", "future")]


def triggers(text: str) -> list[str]:
    return [e["trigger"]["text"] for e in events(text)]


@pytest.mark.parametrize("text, background", [
    ("Rebel gunners shelled the market in Kadugli on Tuesday, killing four traders, local officials said, "
     "in one of the worst attacks of the two-year war.", "attacks"),
    ("Ethiopia and the rebels agreed on a ceasefire on Sunday, African Union envoys said in Nairobi, "
     "clearing the way for an end to the bombing.", "bombing"),
    ("The Sudanese opposition rejected the election results on Monday as fighting spread through the "
     "capital's eastern districts.", "fighting"),
    ("The prosecutor opened an inquiry on Monday into the violence that killed 40 people in Kenya after the vote.",
     "killed"),
])
def test_an_act_with_no_doer_named_in_passing_is_no_event(nlp, text, background):
    assert background not in triggers(text)
    assert events(text)  # the news itself is still coded


def test_an_act_that_is_all_the_news_is_coded_without_a_doer(nlp):
    [event] = events("Five people died in an attack on a market in Kano on Monday.")
    assert (event["trigger"]["text"], event["type"]) == ("attack", "ASSAULT")


def test_a_past_deed_with_its_victims_and_its_own_day_stays_an_event(nlp):
    found = {e["trigger"]["text"]: e for e in events(
        "Police arrested two men on Tuesday over the ambush that wounded six Kenyan rangers on Saturday.")}
    assert found["wounded"]["type"] == "ASSAULT" and found["wounded"]["date"]["value"] == "2024-05-04"


def test_a_named_storm_is_no_doer(nlp):
    assert [e["type"] for e in events("The bank pledged 50 million dollars to Malawi to rebuild schools wrecked by "
                                      "Cyclone Freddy, which killed 600 people in March.")] == ["AGREE"]
