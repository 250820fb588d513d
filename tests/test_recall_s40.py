"""Events whole stories tell that dyad missed: a side saying it is troubled by what another did, a
verdict word of disgust, a force routed, a judiciary sacked."""

import dyad


def _events(text: str, published: str = "2019-06-12") -> list[tuple]:
    return [(e["type"], e["cameo"], e["trigger"]["text"], tuple(m["country"] or m["code"] for m in e["actor"]),
             tuple(m["country"] or m["code"] for m in e["recipient"]), e["status"])
            for e in dyad.code(text, published=published)["events"]]


# --- a side troubled by what another did disapproves of it (CAMEO 110, as "expressed concern") -----------

def test_a_state_troubled_by_a_deed_disapproves_of_its_doer():
    events = _events("Canada said it was deeply troubled by the detention of the journalists by Iranian police.")
    assert ("ACCUSE", "110", "troubled", ("CAN",), ("IRN",), "asserted") in events


def test_concerned_by_a_deed_is_disapproval_of_its_doer_not_the_doer_disapproving():
    events = _events("Sweden said it was gravely concerned by the shelling of the port by Russian forces.")
    # the "by" phrase of a feeling is its cause: Sweden disapproves, Russia is not the one concerned
    assert ("ACCUSE", "110", "concerned", ("SWE",), ("RUS",), "asserted") in events


def test_alarmed_at_another_states_deed():
    events = _events("Tokyo is alarmed at Beijing's seizure of the fishing boat.")
    assert [e[:5] for e in events if e[0] == "ACCUSE"] == [("ACCUSE", "110", "alarmed", ("JPN",), ("CHN",))]


def test_feelings_with_no_one_to_aim_at_are_no_event():
    # worries about prices, a team's feeling, a crowd's shock: nobody's deed disapproved of
    assert not [e for e in _events("Farmers in the valley are concerned about falling grain prices.") if e[0] == "ACCUSE"]
    assert not [e for e in _events("The coach was disappointed by the result of the match.") if e[0] == "ACCUSE"]
    assert not [e for e in _events("The heavy rains troubled the farmers of the region.") if e[0] == "ACCUSE"]


# --- verdicts of disgust ---------------------------------------------------------------------------------

def test_a_move_called_cynical_is_criticism_of_whoever_made_it():
    events = _events("Moscow called the Greek expulsions cynical.")
    assert ("ACCUSE", "111", "called", ("RUS",), ("GRC",), "asserted") in events


def test_conduct_said_to_be_disgraceful_is_criticism():
    events = _events("The Dutch foreign minister said Turkey's treatment of the envoys was disgraceful.")
    assert any(e[0] == "ACCUSE" and e[3] == ("NLD",) and e[4] == ("TUR",) for e in events)


def test_a_judgment_of_a_book_is_no_event():
    assert not _events("The critic said the novel was appalling.")


# --- a force routed --------------------------------------------------------------------------------------

def test_routing_a_force_is_military_force():
    events = _events("Government troops routed the rebels near the border town on Tuesday.")
    assert [e[:3] for e in events] == [("ASSAULT", "190", "routed")]


def test_routed_in_the_passive_names_the_doer_in_its_by_phrase():
    events = _events("The Somali militants were routed by Kenyan troops.")
    assert ("ASSAULT", "190", "routed", ("KEN",), ("SOM",), "asserted") in events


def test_a_rout_in_sport_is_no_attack():
    assert not _events("Brazil routed the visiting side 5-0 in the final.")


# --- a judiciary sacked ----------------------------------------------------------------------------------

def test_sacking_the_judiciary_is_an_administrative_sanction():
    events = _events("The Fijian president sacked the judiciary after the court ruling.")
    assert ("COERCE", "172", "sacked", ("FJI",), ("FJI",), "asserted") in events

