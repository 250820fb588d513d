"""Acts told beside another that are happenings of their own: another side's answer in a relative
clause, a dated deed in a relative clause on what the subject is said to be, a past verb the parser
joins to an infinitive of purpose, a clause joined with a subject of its own, and two demands made
of different parties."""

import dyad


def _events(text: str, published: str = "2018-03-20") -> list[tuple]:
    return [(e["type"], e["trigger"]["text"], tuple(m["country"] for m in e["actor"]),
             tuple(m["country"] for m in e["recipient"]), (e["date"] or {}).get("value"))
            for e in dyad.code(text, published=published)["events"]]


def test_another_sides_condemnation_in_a_relative_clause_is_its_own_event():
    events = _events("North Korea fired two missiles on Sunday, the latest of a series of launches "
                     "that Seoul condemned as provocations.")
    # aimed at the doer of what it answers, and dated by no words of its own
    assert ("ACCUSE", "condemned", ("KOR",), ("PRK",), None) in events


def test_a_demand_refused_in_a_relative_clause_is_refused_to_whoever_made_it():
    events = _events("Rebels holding the embassy demanded the release of 400 jailed comrades, "
                     "which Peru's president refused.")
    refusals = [e for e in events if e[0] == "REJECT"]
    assert [(e[1], e[2]) for e in refusals] == [("refused", ("PER",))]
    assert [e for e in events if e[0] == "REQUEST" and e[1] == "demanded"]


def test_an_answer_to_what_a_statement_is_about_is_aimed_at_no_one_named():
    # Washington rejected the deal, not Iran's defence of it
    events = _events("Iran defended the nuclear deal that Washington rejected.")
    assert ("REJECT", "rejected", ("USA",), (), None) in events
    assert any(e[0] == "SUPPORT" and e[2] == ("IRN",) for e in events)


def test_what_the_side_itself_did_before_stays_part_of_its_act():
    events = _events("Germany withdrew the proposal that it had endorsed.")
    assert [e[0] for e in events] == ["CONCEDE"]


def test_a_dated_deed_told_of_an_apposition_to_the_subject_is_its_own_event():
    events = _events("Jammeh, a former army officer who seized power in a coup in 1994, "
                     "conceded defeat on Friday.")
    assert ("COERCE", "seized", ("GMB",), (), "1994") in events
    assert [e[0] for e in events if e[1] == "conceded"] == ["CONCEDE"]


def test_a_past_verb_joined_to_an_infinitive_of_purpose_is_the_doers_own_act():
    events = _events("Riot police fired tear gas to disperse them and arrested 13 students "
                     "in Dhaka on Monday.")
    assert ("COERCE", "arrested", ("BGD",), ("BGD",), "2018-03-19") in events


def test_a_clause_with_its_own_subject_is_not_merged_into_the_one_before():
    events = _events("Moscow denied any role in the poisoning, and Russia refused to meet "
                     "the deadline set by London.")
    assert [(e[0], e[1]) for e in events] == [("REJECT", "denied"), ("REJECT", "refused")]
    # one act told with two verbs and no second subject stays one
    assert [e[0] for e in _events("Iran rejected the plan and said it opposed the force.")] == ["REJECT"]


def test_two_demands_to_different_parties_are_two_events():
    events = _events("The United Nations urged Ethiopia to open the roads and asked Eritrea to withdraw its troops.")
    assert [(e[0], e[1], e[3]) for e in events] == [("REQUEST", "urged", ("ETH",)), ("REQUEST", "asked", ("ERI",))]
    # a deed and the harm it did stay one happening
    events = _events("A suicide bombing killed nine people at a market in Peshawar on Friday.")
    assert [(e[0], e[1]) for e in events] == [("ASSAULT", "bombing")]
