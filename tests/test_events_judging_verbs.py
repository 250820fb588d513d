"""A judging verb's verdict ("called the sanctions an insult", "called the detention a kidnapping")
is the judge's event, marked on the judging verb as news readers mark it. A crime or act of force
the verb names the judged deed accuses whoever did it, named or not; the name given is no event of
its own. A verb that predicates something of its object judges it: "called the strike a success"
calls no strike."""

import dyad


def events(text):
    record = dyad.code(text, published="2024-05-10")
    return [(e["trigger"]["text"], e["type"], e["cameo"], [m["code"] for m in e["actor"]],
             [m["country"] for m in e["recipient"]]) for e in record["events"] if e["status"] == "asserted"]


def test_a_verdict_a_judging_verb_passes_is_marked_on_the_verb():
    assert events("Caracas on Tuesday called the sanctions an insult to the Venezuelan people.") == [
        ("called", "ACCUSE", "111", ["VENGOV"], [])]


def test_a_verdict_on_a_deed_with_a_named_author_aims_at_the_author():
    assert events("Greece called the Turkish survey a violation of its sovereignty.") == [
        ("called", "ACCUSE", "111", ["GRC"], ["TUR"])]


def test_calling_a_deed_a_crime_accuses_its_unnamed_doer_and_is_no_crime_itself():
    coded = events("The opposition called the detention of its leader a kidnapping.")
    assert [(t, ty, cameo, r) for t, ty, cameo, _, r in coded] == [("called", "ACCUSE", "111", [])]
    coded = events("Poland's prime minister called the seizure of the fishing boat an act of piracy.")
    assert [(t, ty, a) for t, ty, _, a, _ in coded] == [("called", "ACCUSE", ["POLGOV"])]


def test_a_crime_named_in_a_copula_clause_tells_what_happened():
    coded = events("The explosion was an attack on the state, police said.")
    assert "ACCUSE" not in [ty for _, ty, *_ in coded]


def test_a_predicate_on_the_object_calls_no_strike():
    assert events("The union called the strike a success.") == []
    assert [ty for _, ty, *_ in events("The union called a strike at the port on Monday.")] == ["PROTEST"]


def test_a_predicate_the_pattern_names_keeps_its_event():
    assert [(t, ty) for t, ty, *_ in events("Estonia declared two Russian diplomats persona non grata on Friday.")] == [
        ("declared", "SANCTION")]
