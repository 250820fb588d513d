"""Codings that single sentences of news got wrong: a time phrase before "and" that the small parser
hangs on the next clause's verb ("arrested X, founder of Y, at his home on Friday and prosecutors
raided ...")."""

import dyad


def _dated(text: str, published: str) -> list[tuple]:
    return [(e["type"], e["trigger"]["text"], (e.get("date") or {}).get("value"))
            for e in dyad.code(text, published=published)["events"]]


def test_a_phrase_before_and_dates_the_clause_it_ends_not_the_next():
    # Saturday story: Friday is the day before; the raid has no time of its own
    events = _dated("Police detained Tomas Varga, head of the independent broadcaster Radio Nova, at the "
                    "airport on Thursday and tax inspectors raided the station's studios.", "2024-05-04")
    assert ("COERCE", "detained", "2024-05-02") in events
    assert all(date is None for _, trigger, date in events if trigger == "raided")
    events = _dated("Police arrested Jorge Mena, founder of the investigative weekly La Voz, at his home "
                    "on Friday and prosecutors raided the paper's offices.", "2024-05-04")
    assert ("COERCE", "arrested", "2024-05-03") in events


def test_a_coordinated_clause_read_as_subordinate_is_a_conjunct():
    from dyad.nlp import parse

    [(doc, _)] = list(parse([("Police detained Tomas Varga, head of the independent broadcaster Radio Nova, at "
                              "the airport on Thursday and tax inspectors searched the station's studios.", None)]))
    searched = next(t for t in doc if t.text == "searched")
    at = next(t for t in doc if t.text == "at")
    assert (searched.dep_, searched.head.text) == ("conj", "detained")
    assert at.head.text == "detained"
    # a clause marked as subordinate stays one
    [(doc, _)] = list(parse([("Police detained the editor at the airport when tax inspectors searched "
                              "the station's studios.", None)]))
    searched = next(t for t in doc if t.text == "searched")
    assert searched.dep_ == "advcl"


def test_a_stance_of_the_speakers_own_side_is_dated_by_the_saying():
    # a Thursday story: Wednesday is the day before
    events = _dated("The prime minister said in a televised address on Wednesday night that his government was "
                    "ready to resume talks with the unions at any time.", "2019-01-17")
    assert ("AGREE", "ready", "2019-01-16") in events
    events = _dated("The opposition leader said on Tuesday that his party rejects the election results.", "2019-01-17")
    assert ("REJECT", "rejects", "2019-01-15") in events
    # a deed of the speaker's side is told, not done, in the saying
    events = _dated("The defence minister said on Monday that his troops shelled the rebel town.", "2019-01-17")
    assert all(date is None for _, trigger, date in events if trigger == "shelled")
