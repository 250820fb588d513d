"""Who a phrase names: a republic named after "of", a country's people called by its adjective with
an s, and a former leader's nationality, which says nothing of the story's country."""

import dyad


def _events(text: str, published: str = "2019-10-18") -> list[tuple]:
    return [(e["type"], e.get("cameo"), e["trigger"]["text"], tuple(m["country"] for m in e["actor"]),
             tuple(m["country"] for m in e["recipient"]), e["status"])
            for e in dyad.code(text, published=published)["events"]]


def test_a_republic_named_after_of_is_the_state_meant():
    events = _events("Germany recognised the breakaway Yugoslav republic of Slovenia.", "1991-12-23")
    assert [(e[0], e[4]) for e in events] == [("SUPPORT", ("SVN",))]
    # a region named after "of" stays the country's
    events = _events("Moscow recognised the independence of the breakaway Georgian region of Abkhazia.", "2008-08-26")
    assert [(e[0], e[4]) for e in events] == [("SUPPORT", ("GEO",))]


def test_a_countrys_people_are_known_by_its_adjective_with_an_s():
    events = _events("Hundreds of Ecuadoreans marched on the U.S. embassy in Quito on Monday.")
    assert [(e[0], e[3]) for e in events] == [("PROTEST", ("ECU",))]
    events = _events("Serb nationalists attacked Kosovans in Mitrovica on Monday.")
    assert [(e[0], e[4]) for e in events] == [("ASSAULT", ("XKX",))]


def test_a_former_leaders_nationality_says_nothing_of_whose_people_are_urged():
    text = ("TEGUCIGALPA, Dec 1 (Reuters) - Honduras's electoral tribunal delayed the count again on Thursday, "
            "and Honduran police dispersed protesters. An observer mission of the "
            "Organization of American States, led by former Chilean President Ricardo Lagos, urged both "
            "candidates to wait for the final result.")
    events = _events(text, "2017-12-01")
    urged = [e for e in events if e[2] == "urged"]
    assert [e[4] for e in urged] == [("HND",)]

