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


# --- yielding and refusing to yield ----------------------------------------------------------------------

def test_bowing_to_threats_is_acceding():
    events = _events("The Romanian premier bowed to threats from the striking miners.")
    assert [e[:3] for e in events] == [("CONCEDE", "083", "bowed")]


def test_a_vow_never_to_bow_to_threats_is_a_refusal():
    events = _events("Iraq said it would never bow to American threats.")
    assert ("REJECT", "124", "bow", ("IRQ",), ("USA",), "asserted") in events


def test_bowing_to_an_audience_is_no_event():
    assert not _events("The Kenyan president bowed to the crowd before his speech.")


def test_giving_up_a_claim_is_yielding_and_refusing_to_is_a_refusal():
    events = _events("Argentina gave up its claim to the islands in 1995.")
    assert [e[:4] for e in events] == [("CONCEDE", "080", "gave", ("ARG",))]
    events = _events("Ethiopia said it will not give up its right to use the river's water.")
    assert ("REJECT", "124", "give", ("ETH",), (), "asserted") in events


def test_giving_up_a_habit_is_no_event():
    assert not _events("The Canadian minister gave up smoking last year.")


def test_revoking_a_decree_gives_way_on_that_policy():
    events = _events("The Bolivian president revoked a decree that had raised fuel prices.")
    assert ("CONCEDE", "0832", "revoked", ("BOL",), (), "asserted") in events


def test_repealing_a_tax_gives_way_and_revoking_a_licence_stays_a_sanction():
    events = _events("The Peruvian government repealed the new mining tax after weeks of protests.")
    assert [e[:3] for e in events if e[2] == "repealed"] == [("CONCEDE", "0832", "repealed")]
    events = _events("Egypt revoked the licence of the Qatari broadcaster.")
    assert [e[0] for e in events if e[2] == "revoked"] != ["CONCEDE"]


def test_abrogating_the_constitution_undermines_democratic_institutions():
    events = _events("The Fijian president abrogated the constitution on Friday.")
    assert [e[:4] for e in events] == [("COERCE", "172", "abrogated", ("FJI",))]
    events = _events("The Thai junta abolished the senate in 2014.")
    assert [e[:3] for e in events] == [("COERCE", "172", "abolished")]


def test_abolishing_a_fee_is_no_coercion():
    assert not [e for e in _events("The Kenyan government abolished school fees for primary pupils.") if e[0] == "COERCE"]


def test_calling_in_an_envoy_is_a_diplomatic_protest():
    events = _events("Britain called in the Sudanese ambassador after the embassy was attacked.")
    assert ("ACCUSE", "114", "called", ("GBR",), ("SDN",), "asserted") in events
    assert not [e for e in _events("The Chilean police called in reinforcements.") if e[0] == "ACCUSE"]


def test_protests_given_way_to_stay_the_protesters_act():
    events = _events("Bolivia's president revoked the fuel decree, bowing to protests by the truckers' union.")
    assert ("CONCEDE", "0832", "revoked", ("BOL",), (), "asserted") in events
    assert ("PROTEST", "141", "protests", ("BOL",), (), "asserted") in events


def test_seats_given_up_in_protest_stay_a_protest():
    events = _events("Serbia's opposition deputies gave up their seats in parliament in protest at the vote.")
    assert not [e for e in events if e[0] == "CONCEDE"]
