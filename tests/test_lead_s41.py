"""Codings that single sentences of news got wrong: the receiver of a two-object verb of giving that
the small parser reads as a modifier of the thing given ("gave Hezbollah thousands of rockets"),
prison sentences a court hands down or metes out, an object that follows its "as" verdict
("dismissed as absurd the demand"), and nouns written with a hyphen before their particle
("sit-in", "walk-out", "pull-out")."""

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


def test_an_object_that_follows_its_as_verdict_is_still_what_is_judged():
    # heavy-NP shift: "dismissed as absurd the demand" is "dismissed the demand as absurd"
    events = _events("The Kenyan government dismissed as absurd the Somali opposition's demand for a new inquiry.")
    assert [(e[0], e[3], e[4]) for e in events] == [("REJECT", ("KEN",), ("SOM",))]
    events = _events("Seoul's foreign ministry described as a grave provocation North Korea's launch of a long-range rocket.")
    assert [(e[0], e[1], e[3], e[4]) for e in events] == [("ACCUSE", "111", ("KOR",), ("PRK",))]
    [event] = dyad.code("Nairobi described as baseless the report by Human Rights Watch on police killings.",
                        published="2019-10-18")["events"]
    assert (event["type"], [m["text"] for m in event["recipient"]]) == ("REJECT", ["Human Rights Watch"])
    # "as" a role, not a verdict: no one is judged
    assert _events("Mr. Odinga served as interim prime minister until the elections.") == []


def test_nouns_written_with_a_hyphen_before_their_particle_are_read_as_one_word():
    # British and agency spelling: "sit-in", "walk-out", "pull-out", "crack-down", "build-up"
    events = _events("Hundreds of students staged a sit-in outside parliament in Dhaka on Monday.")
    assert [(e[0], e[1], e[2]) for e in events] == [("PROTEST", "144", "sit-in")]
    events = _events("Russian troops completed their pull-out from the Chechen capital on Friday.")
    assert [(e[0], e[3]) for e in events] == [("RETREAT", ("RUS",))]
    events = _events("Myanmar's army launched a crack-down on protesters in Yangon on Tuesday.")
    assert [(e[0], e[3], e[4]) for e in events] == [("COERCE", ("MMR",), ("MMR",))]
    events = _events("Kenyan nurses staged a walk-out at three hospitals in Nairobi on Monday.")
    assert [(e[0], e[1]) for e in events] == [("PROTEST", "143")]
    # capitalized and plural
    events = _events("Sit-ins spread to the Omani port of Sohar on Sunday.", published="2011-03-01")
    assert [(e[0], e[1], e[2]) for e in events] == [("PROTEST", "144", "Sit-ins")]
