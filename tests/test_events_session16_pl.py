"""Event classes the blind sets showed dyad missing (session 16): the press's set phrases for a
demonstration ("took to the streets", "formed a human chain") and for a strike ("stayed off the
job") are PROTEST events (CAMEO 141, 143), as "marched" and "walked off the job" already are; a
warning that someone would face arrest, prosecution or sanctions foretells a penalty: a threat to
them (CAMEO 130), as "would pay a heavy price" already is. Letting a party do something yields to it
(CONCEDE 080), and "will not allow X to ..." is a refusal (REJECT 124); the one let in may be parsed
as the infinitive's subject ("allowed U.N. aid convoys to enter Darfur": access, RETREAT 086). A company or charity closing or
suspending its operations or programmes in a country leaves it (SANCTION 160, as "pulled out of" is);
an army suspending its operations stands down (RETREAT). A lender or donor postponing a loan or aid cuts
that aid for now (SANCTION 162)."""

import pytest

from helpers import coded_events, coded_triples

PUBLISHED = "2024-05-20"


def triples(text: str) -> set[tuple]:
    return coded_triples(text, PUBLISHED)


@pytest.mark.parametrize("text, actor", [
    ("Thousands of Kenyans took to the streets of Mombasa on Saturday against a new fuel tax.", "KEN"),
    ("Tens of thousands of Chileans took to the streets on Thursday to demand pension reform.", "CHL"),
    ("Georgian opposition supporters formed a human chain around parliament in Tbilisi on Sunday.", "GEO"),
])
def test_taking_to_the_streets_is_a_demonstration(nlp, text, actor):
    events = [e for e in coded_events(text, PUBLISHED) if e["type"] == "PROTEST"]
    assert events and events[0]["cameo"] == "141"
    assert actor in {a["country"] for e in events for a in e["actor"]}


def test_workers_staying_off_the_job_strike(nlp):
    events = [e for e in coded_events("Dock workers in Mombasa stayed off the job on Tuesday over unpaid wages.",
                                      PUBLISHED) if e["type"] == "PROTEST"]
    assert events and events[0]["cameo"] == "143"


@pytest.mark.parametrize("text", [
    "The Kenyan finance minister stayed in the job for ten years.",
    "The two governments formed a joint committee on Monday to study the border dispute.",
])
def test_other_staying_and_forming_is_no_protest(nlp, text):
    assert "PROTEST" not in {t for t, _, _ in triples(text)}


@pytest.mark.parametrize("text, recipient", [
    ("Kenya's interior minister warned on Monday that protesters who block roads would face arrest.", "protesters"),
    ("The European Union warned on Friday that Belarus would face sanctions if it forced down another airliner.", "Belarus"),
    ("Zimbabwe's police chief warned that striking teachers would face prosecution.", "striking teachers"),
])
def test_a_penalty_foretold_is_a_threat(nlp, text, recipient):
    events = [e for e in coded_events(text, PUBLISHED) if e["type"] == "THREATEN"]
    assert recipient in {r["text"] for e in events for r in e["recipient"]}


def test_a_hardship_foretold_is_no_threat(nlp):
    assert "THREATEN" not in {t for t, _, _ in triples("Economists warned on Monday that Kenya would face a recession next year.")}


@pytest.mark.parametrize("text, triple", [
    ("Hungary will not allow Ukrainian troops to cross its territory, the foreign minister said on Tuesday.", ("REJECT", "HUN", "UKR")),
    ("Turkey will not allow Sweden to join NATO while it shelters Kurdish militants, President Erdogan said.", ("REJECT", "TUR", "SWE")),
])
def test_will_not_allow_is_a_refusal(nlp, text, triple):
    assert triple in triples(text)


def test_letting_a_party_act_yields_to_it(nlp):
    assert ("CONCEDE", "EGY", "PSE") in triples("Egypt allowed hundreds of Palestinians to cross the Rafah border on Monday.")


def test_letting_a_thing_happen_yields_to_no_one(nlp):
    assert "CONCEDE" not in {t for t, _, _ in triples("India's Supreme Court allowed work on the dam to resume on Friday.")}


def test_relief_flights_let_in_are_access(nlp):
    found = triples("Sudan's government allowed U.N. aid convoys to enter Darfur on Tuesday.")
    assert "SDN" in {a for t, a, _ in found if t == "RETREAT"}


@pytest.mark.parametrize("text, recipient", [
    ("Medecins Sans Frontieres said on Tuesday it was closing all its programmes in Burundi after 20 years.", "BDI"),
    ("The charity shut down its operations in Afghanistan on Monday after the ban on female staff.", "AFG"),
])
def test_closing_ones_operations_in_a_country_leaves_it(nlp, text, recipient):
    assert recipient in {r for t, _, r in triples(text) if t == "SANCTION"}


def test_an_army_suspending_its_operations_stands_down(nlp):
    found = triples("Pakistan's army suspended its operations in South Waziristan on Friday.")
    assert "RETREAT" in {t for t, _, _ in found} and "SANCTION" not in {t for t, _, _ in found}


def test_halting_aid_programmes_is_still_a_cut_in_aid(nlp):
    assert ("SANCTION", "USA", "NER") in triples("The United States halted its aid programmes in Niger on Thursday.")


@pytest.mark.parametrize("text, triple", [
    ("The World Bank postponed a $200 million loan to Malawi on Thursday over concerns about the budget.", ("SANCTION", "IGO", "MWI")),
    ("The IMF delayed a $1 billion loan tranche to Pakistan on Monday.", ("SANCTION", "IGO", "PAK")),
])
def test_a_postponed_loan_is_aid_cut(nlp, text, triple):
    assert triple in triples(text)


def test_a_debtor_postponing_its_payments_cuts_no_aid(nlp):
    assert "SANCTION" not in {t for t, _, _ in triples("Argentina postponed payments to its creditors on Friday.")}
