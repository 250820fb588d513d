"""A headline in title case ("Russia And Ukraine Agree Grain Deal"): the tagger takes every capitalised
word for a name and finds no verb, so dyad coded the noun ("Deal", "Attack") with the wrong doer. Such
a line is parsed again from its words in lower case, its names kept."""

from helpers import coded_events

PUBLISHED = "2022-07-22"


def test_a_title_case_headline_codes_its_verb():
    events = coded_events("Russia And Ukraine Agree Grain Deal", PUBLISHED)
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("AGREE", "Agree")]
    assert sorted(m["country"] for m in events[0]["actor"]) == ["RUS", "UKR"]


def test_a_body_condemning_an_attack_in_a_title_case_headline_did_not_attack():
    events = coded_events("UN Security Council Condemns Attack On Peacekeepers In Mali", PUBLISHED)
    assert [(e["type"], e["trigger"]["text"]) for e in events if e["actor"]] == [("ACCUSE", "Condemns")]


def test_a_sentence_in_ordinary_case_is_parsed_once_as_written():
    events = coded_events("Russia and Ukraine agreed a grain deal on Friday.", PUBLISHED)
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("AGREE", "agreed")]
