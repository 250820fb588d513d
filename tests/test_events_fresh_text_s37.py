"""Session 37 (plover42): misreadings the fresh blind sentences showed, on sentences written for
these tests. (1) A participle describing a noun that is no event ("a ceasefire after talks in
Havana hosted by Cuba's foreign minister") names that noun's parties, not the recipient of the
event above it. (2) A mediator named as the subject of a mediating verb ("agreed to let Rwanda
mediate") is no side of the agreement. (3) A pandemic or an outbreak that kills is no attack."""

from helpers import coded_events, coded_triples

DATE = "2024-03-05"


def test_talks_hosted_by_a_third_state_give_the_agreement_no_recipient():
    text = ("Colombia's government and the ELN rebels agreed to a ceasefire in Cauca from midnight on Sunday "
            "after six days of talks in Havana hosted by Cuban Foreign Minister Bruno Rodriguez.")
    agreements = [e for e in coded_events(text, DATE) if e["type"] == "AGREE"]
    assert agreements
    assert all(not e["recipient"] for e in agreements)
    assert ("AGREE", "COL", "CUB") not in coded_triples(text, DATE)


def test_what_a_motion_is_to_do_still_names_the_recipient():
    # an infinitive telling what a motion would allow is not a describing participle
    text = ("Greece's parliament on Monday rejected a motion to allow 5,000 U.S. troops to be stationed "
            "in the country.")
    assert ("REJECT", "GRC", "USA") in coded_triples(text, DATE)


def test_a_mediator_let_in_by_both_sides_is_no_recipient():
    text = "Kenya and Tanzania have agreed to let Rwanda mediate in their fishing dispute."
    agreements = [e for e in coded_events(text, DATE) if e["type"] == "AGREE" and e["trigger"]["text"] == "agreed"]
    assert agreements and not agreements[0]["recipient"]
    assert ("AGREE", "KEN", "RWA") not in coded_triples(text, DATE)


def test_a_pandemic_that_killed_people_is_no_attack():
    text = ("Peru's Congress voted on Thursday to recommend that the former health minister be charged over "
            "her handling of a COVID-19 pandemic that has killed more than 200,000 Peruvians.")
    assert not any(e["type"] == "ASSAULT" for e in coded_events(text, DATE))


def test_an_outbreak_that_killed_people_is_no_attack():
    text = ("A Senate panel voted to recommend that the governor be charged over his handling of a cholera "
            "outbreak that has killed 300 people.")
    assert not any(e["type"] == "ASSAULT" for e in coded_events(text, DATE))


def test_calls_rejected_after_the_day_are_made_by_their_callers():
    # "rejected on Tuesday calls by ...": the parser leaves the object after the day unattached
    text = "Belarus's president rejected on Tuesday calls by the European Union and Canada for a new election."
    triples = coded_triples(text, DATE)
    assert ("REJECT", "BLR", "IGO") in triples or ("REJECT", "BLR", "EUR") in triples
    assert ("REJECT", "BLR", "CAN") in triples
