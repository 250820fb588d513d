"""A labour strike the sentence names only by its kind ("a general strike", "the dockers' strike")
is a protest even when no striker is named, as a demonstration is; a bare "strike" may be an
air strike and needs its doer."""

import dyad


def events(text, published="2023-03-08"):
    return [(e["type"], e["mode"], e["trigger"]["text"], e["date"] and e["date"]["value"])
            for e in dyad.code(text, published=published)["events"]]


def test_a_general_strike_with_no_striker_named_is_a_protest():
    assert events("A general strike paralysed the capital on Monday, closing banks and schools.")[:1] == [
        ("PROTEST", "strike", "strike", "2023-03-06")]


def test_an_indefinite_strike_that_began_is_a_protest():
    assert ("PROTEST", "strike", "strike", "2023-03-01") in events(
        "An indefinite strike began at the port on March 1 over unpaid wages.")


def test_a_bare_strike_with_no_doer_is_not_guessed():
    assert events("The strike hit the outskirts of the town on Monday.") == []
