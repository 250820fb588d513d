"""Session 33: the parties of events whose type dyad gets right."""

import pytest

from helpers import coded_triples

PUBLISHED = "2025-07-03"


@pytest.mark.parametrize("text, expected", [
    # the two sides of a deal agree on what a third, no state, may do: aimed at neither side nor it
    ("The Malian government and Tuareg rebels agreed on Monday to let thousands of displaced families return to Kidal.",
     {("AGREE", "MLI", None)}),
    ("Sudanese government negotiators and SPLM rebels agreed to let U.N. monitors into the Nuba mountains.",
     {("AGREE", "SDN", None)}),
    # ... the two sides named in one phrase, the parser hanging the "and" on the first side's word
    ("Georgian and Ossetian negotiators agreed on Monday to let thousands of displaced villagers go back to Tskhinvali.",
     {("AGREE", "GEO", None)}),
    ("Malian and Tuareg negotiators agreed on Tuesday to let thousands of refugees return to Kidal.",
     {("AGREE", "MLI", None)}),
    # a truce agreed in a town of the sides' own country is aimed at no one
    ("Chad's army and the rebel FACT movement agreed on Sunday to a truce in Ndjamena.", {("AGREE", "TCD", None)}),
])
def test_what_two_sides_agree_or_do_together_is_aimed_at_no_one(nlp, text, expected):
    assert coded_triples(text, PUBLISHED) == expected


def test_what_two_sides_agree_to_do_for_a_third_state_is_still_aimed_at_it(nlp):
    assert coded_triples("Kenya and Tanzania agreed on Friday to send food aid to Somalia.", PUBLISHED) == {
        ("AGREE", "KEN", "SOM"), ("AGREE", "TZA", "SOM")}


def test_one_leader_named_twice_keeps_whom_he_agrees_to_deal_with(nlp):
    # an apposition is one side, not two: whom it agrees to meet stays the recipient
    assert coded_triples("Chile's president, Gabriel Boric, agreed on Friday to meet Bolivian President Luis Arce "
                         "in Lima.", PUBLISHED) == {("AGREE", "CHL", "BOL")}


@pytest.mark.parametrize("text, expected", [
    # "found X guilty": the parser makes the one convicted the subject of "guilty", a clause of its own
    ("A court in Tehran found the French journalist guilty of espionage on Sunday.", ("SANCTION", "IRN", "FRA")),
    ("A court in Moscow found the American reporter guilty of spying on Friday.", ("SANCTION", "RUS", "USA")),
])
def test_whom_a_court_finds_guilty_is_the_one_convicted(nlp, text, expected):
    assert expected in coded_triples(text, PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    # a fine of a sum: the parser reads the one fined as a dative and the sum as the object
    ("The European Commission fined Microsoft a record 500 million euros on Wednesday for abusing its dominance.",
     ("SANCTION", "IGO", "USA")),
    ("South Korea's antitrust regulator fined Toyota 30 million dollars on Monday.", ("SANCTION", "KOR", "JPN")),
])
def test_whom_a_fine_is_imposed_on_is_the_one_fined(nlp, text, expected):
    assert expected in coded_triples(text, PUBLISHED)
