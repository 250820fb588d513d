"""Set phrases that hold a cue word but report nothing ("That said, ...", "Having said that, ...",
"All told, ...") and a participle naming a thing ("a group called ..."): no attribution, and a
report a set phrase opens is one of its own, not held by it (written for dyad, session 44)."""

import dyad
import pytest


def reports(text):
    record = dyad.code(text, published="2016-05-01")
    return [(a["source"]["text"] if a["source"] else None, a["cue"][0]["text"],
             [c["text"] for c in a["content"]], a["via"]) for a in record["attributions"]]


@pytest.mark.parametrize("opening", ["That said, ", "Having said that, ", "That being said, ", "But that said, "])
def test_a_concession_phrase_is_no_report_and_the_report_after_it_stands_alone(opening):
    text = f"{opening}most farmers say the new subsidy arrived too late for the spring planting."
    assert reports(text) == [("most farmers", "say", ["the new subsidy arrived too late for the spring planting"], None)]


def test_all_told_opening_a_tally_is_no_report_of_all():
    text = "All told, the storms destroyed 300 homes across the valley, the county's emergency office said."
    found = reports(text)
    assert [(source, cue) for source, cue, _, _ in found] == [("the county's emergency office", "said")]
    assert found[0][2] == ["All told, the storms destroyed 300 homes across the valley"]


def test_truth_be_told_inside_a_report_leaves_the_report_alone():
    text = "The mayor, truth be told, never liked the stadium plan, two aides said."
    assert reports(text) == [("two aides", "said", ["The mayor, truth be told, never liked the stadium plan"], None)]


@pytest.mark.parametrize("text, expected", [
    # the same words reporting what someone said are a report
    ('Protesters waved banners that said, "Hands off our pensions."',
     ("that", "said", ['"Hands off our pensions."'])),
    ("All told reporters that the plant would close in June.",
     ("All", "told", ["that the plant would close in June"])),
])
def test_the_same_words_as_a_report_stay_a_report(text, expected):
    assert [found[:3] for found in reports(text)] == [expected]


# A participle of naming right after the noun it names says what the thing is called: no report.
@pytest.mark.parametrize("text, expected", [
    ("The party's elected leaders, called superdelegates, may still change their minds.", []),
    ('The campaign aired a short film called "Our Families" on Spanish-language television.', []),
    ('She founded a charity named "Second Chances" in 2004.', []),
])
def test_a_thing_named_is_no_report(text, expected):
    assert [(source, cue) for source, cue, _, _ in reports(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # with a speaker of its own, calling is a report
    ("The senator attacked the new tax, which she called unfair to farmers.", ("she", "called")),
    ("Critics called the plan a giveaway to the banks.", ("Critics", "called")),
])
def test_calling_with_a_speaker_stays_a_report(text, expected):
    assert expected in [(source, cue) for source, cue, _, _ in reports(text)]
