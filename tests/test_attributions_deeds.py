"""A deed of force is not a report: no attribution is cued by the trigger of an assault or coercion,
while a politician's verbal attack stays an attribution (the cue lexicon learnt it from
political news) and a real report around the attack keeps its link to the events it holds."""

import pytest

import dyad


def cues(record):
    return [" ".join(span["text"] for span in a["cue"]) for a in record["attributions"]]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in the northern town of Mopti on Monday.",
    "Militants attacked a checkpoint outside the city of Kandahar late on Sunday.",
])
def test_a_physical_attack_cues_no_attribution(text):
    record = dyad.code(text, published="2024-05-08")
    assert [e["type"] for e in record["events"]][:1] == ["ASSAULT"]
    assert "attacked" not in cues(record)


def test_the_report_of_an_attack_stays_and_holds_its_events():
    record = dyad.code("Rebels attacked a convoy near Gao on Monday, killing three soldiers, the army said.",
                       published="2024-05-08")
    assert cues(record) == ["said"]
    said = record["attributions"][0]["id"]
    assert {e["trigger"]["text"]: e["attribution"] for e in record["events"]} == {"attacked": said, "killing": said}


def test_a_verbal_attack_is_still_reported_speech():
    record = dyad.code("Senator Bernie Sanders attacked Hillary Clinton's record on trade during the debate.",
                       published="2016-03-01")
    assert "attacked" in cues(record)


def test_a_curfew_imposed_is_no_report():
    record = dyad.code("Authorities imposed a curfew in Kandy on Tuesday after a bombing killed 12 people.",
                       published="2024-05-08")
    assert "COERCE" in [e["type"] for e in record["events"]]
    assert "imposed" not in cues(record)


@pytest.mark.parametrize("text, deed, verb", [
    # a riot: the cue lexicon learnt "attacked" from verbal attacks
    ("Protesters attacked a government building in Dakar on Monday, smashing windows.", "PROTEST", "attacked"),
    # a diplomatic sanction: "recalled" cues memories in political news ("she recalled that ...")
    ("Turkey recalled its ambassador from Israel on Saturday over the bombing of a hospital.", "SANCTION", "recalled"),
])
def test_other_deeds_cue_no_attribution(text, deed, verb):
    record = dyad.code(text, published="2024-05-08")
    assert deed in [e["type"] for e in record["events"]]
    assert verb not in " ".join(cues(record))
