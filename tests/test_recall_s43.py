"""Events whole stories tell that dyad missed (session 43): a request joined to what a speaker
reports about a thing ("said the turnout showed ... and urged Caracas"), a court's judgment whose
court goes unnamed ("was sentenced to ten years"), sanctions a country faces, talks counted in
days ("signed the accord after two days of talks"), a politician barred from an election, and an
accusation joined to another participle ("..., calling them spies and accusing Washington")."""

import dyad


def _events(text: str, published: str = "2021-03-10") -> list[tuple]:
    # a party of no known country by its sector
    return [(e["type"], e["cameo"], e["trigger"]["text"], tuple(m["code"] or m["sector"] for m in e["actor"]),
             tuple(m["code"] or m["sector"] for m in e["recipient"]), e["status"])
            for e in dyad.code(text, published=published)["events"]]


def _by_trigger(text: str, trigger: str) -> list[tuple]:
    return [e for e in _events(text) if e[2] == trigger]


# --- "said [a thing] did X and urged Y": the request is the speaker's ---------------------------------------

def test_a_call_joined_to_what_the_speaker_says_of_a_policy():
    events = _by_trigger("France said the new tariffs were hurting European farmers and called on Washington "
                         "to withdraw them.", "called")
    assert [(e[0], e[3], e[4], e[5]) for e in events] == [("REQUEST", ("FRA",), ("USAGOV",), "asserted")]


def test_an_appeal_joined_to_what_the_speaker_says_of_a_vote():
    events = _by_trigger("The British Foreign Office said the low turnout showed deep distrust and urged Bolivia "
                         "to hold a fresh vote.", "urged")
    assert [(e[0], e[3], e[4]) for e in events] == [("REQUEST", ("GBRGOV",), ("BOL",))]


def test_a_demand_joined_to_what_the_speaker_says_of_a_decision():
    events = _by_trigger("Union leaders said the decision came far too late and demanded that the government "
                         "reopen the mines.", "demanded")
    assert [(e[0], e[3], e[4]) for e in events] == [("REQUEST", ("LAB",), ("GOV",))]


def test_an_accusation_joined_to_what_rebels_did_stays_theirs():
    # "the rebels attacked ... and accused": a party can do both; the clause's own subject
    events = _by_trigger("Police said the rebels attacked the market and accused the army of betrayal.", "accused")
    assert [e[3] for e in events] == [("REB",)]


# --- a court's judgment whose court goes unnamed ----------------------------------------------------------

def test_a_sentence_passed_by_an_unnamed_court():
    events = _by_trigger("Former defence minister Arnold Hesketh was sentenced to twelve years in prison "
                         "for taking bribes.", "sentenced")
    assert [(e[0], e[1], e[3], e[5]) for e in events] == [("SANCTION", "116", (), "asserted")]
    assert events[0][4] == ("ELI",)


def test_a_conviction_by_an_unnamed_court():
    events = _by_trigger("The former mayor of the port city was convicted of fraud last year.", "convicted")
    assert [(e[0], e[3]) for e in events] == [("SANCTION", ())]
    assert events[0][4]


def test_charges_with_no_prosecutor_named_stay_uncoded():
    # a charge's prosecutor no one places is left out, as before; a verdict is a court's
    assert _by_trigger("The former governor faces charges of corruption and could go to prison.", "charges") == []


def test_a_convict_described_by_the_participle_is_no_new_conviction():
    assert _by_trigger("A man convicted of murder in 2009 was freed on Monday.", "convicted") == []


# --- sanctions a country faces ------------------------------------------------------------------------------

def test_sanctions_faced_by_a_country():
    events = _by_trigger("Syria faces European Union sanctions over its crackdown on protesters.", "sanctions")
    assert [(e[0], e[3], e[4]) for e in events] == [("SANCTION", ("IGO",), ("SYR",))]


# --- talks counted in days ------------------------------------------------------------------------------

def test_talks_counted_in_days_before_a_signing():
    events = _by_trigger("The presidents of Ghana and Togo signed a border treaty in Accra after two days of talks.",
                         "talks")
    assert [(e[0], sorted(e[3])) for e in events] == [("CONSULT", ["GHAGOV", "TGOGOV"])]


def test_talks_counted_in_rounds_before_a_deal():
    events = _by_trigger("Peru and Chile agreed to a fishing deal after three rounds of talks.", "talks")
    assert [(e[0], sorted(e[3])) for e in events] == [("CONSULT", ["CHL", "PER"])]


def test_talks_counted_in_months_stay_the_scene():
    assert _by_trigger("Peru and Chile agreed to a fishing deal after months of talks.", "talks") == []


# --- a politician barred from an election (CAMEO 1722) --------------------------------------------------

def test_a_court_barring_an_opposition_leader_from_an_election():
    events = _by_trigger("Zambia's Constitutional Court on Monday barred opposition leader Hakainde Mulenga from "
                         "next year's presidential election.", "barred")
    assert [(e[0], e[1], e[3]) for e in events] == [("COERCE", "1722", ("ZMBJUD",))]
    assert events[0][4]


def test_a_commission_disqualifying_a_candidate_from_the_race():
    events = _by_trigger("The electoral commission disqualified the former prime minister from the race on Monday.",
                         "disqualified")
    assert [(e[0], e[1], e[4]) for e in events] == [("COERCE", "1722", ("ELI",))]


def test_journalists_barred_from_a_country_stay_a_refused_entry():
    events = _by_trigger("The government barred foreign journalists from entering the country.", "barred")
    assert [(e[0], e[1]) for e in events] == [("REJECT", "1245")]


def test_a_player_barred_from_matches_is_no_event():
    assert _events("The league barred the striker from three matches for spitting.") == []


# --- "..., calling it X and accusing Y of Z": the accusation is an act of its own ------------------------

def test_an_accusation_joined_to_a_participle_after_an_expulsion():
    events = _by_trigger("Cuba expelled two American diplomats on Friday, calling them spies and accusing Washington "
                         "of meddling.", "accusing")
    assert [(e[0], e[3], e[4]) for e in events] == [("ACCUSE", ("CUB",), ("USAGOV",))]


def test_a_demand_joined_to_a_participle_after_a_march_stays_its_purpose():
    events = _events("Students marched through Dhaka on Sunday, waving flags and demanding that the government "
                     "resign.")
    assert not [e for e in events if e[2] == "demanding"]
