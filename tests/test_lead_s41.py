"""Codings that single sentences of news got wrong: the receiver of a two-object verb of giving that
the small parser reads as a modifier of the thing given ("gave Hezbollah thousands of rockets"), and
prison sentences a court hands down or metes out."""

import dyad


def _events(text: str, published: str = "2019-10-18") -> list[tuple]:
    return [(e["type"], e.get("cameo"), e["trigger"]["text"], tuple(m["country"] for m in e["actor"]),
             tuple(m["country"] for m in e["recipient"]), e["status"])
            for e in dyad.code(text, published=published)["events"]]


def test_the_receiver_of_a_gift_read_as_a_modifier_of_the_thing_given_is_the_recipient():
    events = _events("Iran gave Hezbollah thousands of rockets after the 2006 war, Israeli officials said.")
    assert [(e[0], e[3], e[4]) for e in events] == [("AID", ("IRN",), ("LBN",))]
    events = _events("Tehran has supplied the Houthis drones and cruise missiles, a U.N. panel said.")
    assert [(e[0], e[3], e[4]) for e in events] == [("AID", ("IRN",), ("YEM",))]
    events = _events("Qatar paid Hamas salaries for civil servants in Gaza last month.")
    assert [(e[0], e[3], e[4]) for e in events] == [("AID", ("QAT",), ("PSE",))]


def test_a_weapon_named_after_a_person_is_no_receiver():
    # "Patriot" is the missile's name: the receiver is the "to" phrase
    events = _events("Washington sent Patriot missiles to Poland in March.")
    assert [(e[0], e[3], e[4]) for e in events] == [("AID", ("USA",), ("POL",))]


def test_a_sentence_handed_down_or_meted_out_by_a_court_is_a_conviction_of_whom_it_is_handed():
    events = _events("A court in Tashkent handed the former deputy minister a seven-year prison sentence on Monday.")
    assert [(e[0], e[1], e[2]) for e in events] == [("SANCTION", "116", "sentence")]
    events = _events("A military tribunal in Kinshasa handed down death sentences to 12 Congolese rebels.")
    assert [(e[0], e[4]) for e in events] == [("SANCTION", ("COD",))]
    events = _events("Judges in Minsk meted out harsh sentences to Belarusian protesters on Friday.")
    assert [(e[0], e[3], e[4]) for e in events] == [("SANCTION", ("BLR",), ("BLR",))]
    # a sentence of words is no punishment
    assert _events("The spokesman read out a long sentence from the president's letter.") == []

