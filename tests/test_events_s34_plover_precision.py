"""Session 34: PLOVER triples that recur wrong on fresh text."""

import pytest

from helpers import coded_events, coded_triples

PUBLISHED = "2024-05-14"


@pytest.mark.parametrize("text, visitor, host", [
    ("Kenyan President William Ruto welcomed Indian Prime Minister Narendra Modi to Nairobi on Tuesday "
     "for talks on trade and security.", "IND", "KEN"),
    ("Chilean President Gabriel Boric welcomed German Chancellor Olaf Scholz at the presidential palace "
     "in Santiago on Sunday.", "DEU", "CHL"),
    ("Japanese Prime Minister Fumio Kishida was welcomed by Philippine President Ferdinand Marcos Jr. at "
     "the Malacanang palace in Manila on Friday.", "JPN", "PHL"),
])
def test_a_welcome_is_the_visitors_visit_to_the_host(text, visitor, host):
    # PLOVER CONSULT: where one side hosts and the other visits, the visitor is the actor
    assert ("CONSULT", visitor, host) in coded_triples(text, PUBLISHED)
    assert ("CONSULT", host, visitor) not in coded_triples(text, PUBLISHED)


def test_hosting_keeps_the_host_as_actor_and_welcoming_a_decision_is_support():
    hosted = "Kenyan President William Ruto hosted Indian Prime Minister Narendra Modi in Nairobi on Tuesday."
    assert ("CONSULT", "KEN", "IND") in coded_triples(hosted, PUBLISHED)
    praised = "Kenyan President William Ruto welcomed the Ethiopian government's decision to reopen the border."
    assert "SUPPORT" in {t for t, _, _ in coded_triples(praised, PUBLISHED)}


@pytest.mark.parametrize("text, trigger", [
    ("A federal court in Argentina charged two former intelligence officers on Monday over the 1992 bombing "
     "of the Israeli embassy in Buenos Aires.", "bombing"),
    ("Police in Nairobi arrested a man on Thursday suspected of a role in the 2013 attack on a shopping "
     "mall in the Kenyan capital.", "attack"),
    ("Two veterans of the 1989 student uprising were freed from a prison in Rangoon on Wednesday.", "uprising"),
])
def test_a_deed_recalled_by_its_year_with_no_doer_is_no_event(text, trigger):
    assert trigger not in {e["trigger"]["text"] for e in coded_events(text, PUBLISHED)}


def test_a_deed_of_the_days_news_told_by_its_victims_is_still_coded():
    text = "Three people were killed in a bombing at a market in the Afghan city of Kandahar on Friday, police said."
    assert "ASSAULT" in {e["type"] for e in coded_events(text, PUBLISHED)}
    text = "Witnesses said dozens died in Monday's bombing of a bus station in the Pakistani city of Quetta."
    assert "bombing" in {e["trigger"]["text"] for e in coded_events(text, PUBLISHED)}


@pytest.mark.parametrize("text, expected", [
    ("Rwanda deployed 1,000 troops to Mozambique's Cabo Delgado province on Friday at the invitation of "
     "President Filipe Nyusi.", ("AID", "RWA", "MOZ")),
    ("Kenya deployed 400 police officers to Haiti on Tuesday as part of a U.N.-backed security mission.",
     ("AID", "KEN", "HTI")),
    # the parser may hang the invitation on the purpose infinitive
    ("A New Zealand-led force of 1,500 soldiers and police began arriving in Tonga on Friday to restore order "
     "after weeks of rioting, at the invitation of the island nation's government.", ("AID", "NZL", "TON")),
    # promised protection is an AGREE, as a promised aid delivery is
    ("New Zealand will send 50 soldiers and police to Tonga at the request of its government, the defence "
     "minister said on Monday.", ("AGREE", "NZL", "TON")),
])
def test_forces_sent_at_the_hosts_call_give_protection(text, expected):
    assert expected in coded_triples(text, PUBLISHED)
    assert "MOBILIZE" not in {t for t, _, _ in coded_triples(text, PUBLISHED)}


def test_a_deployment_to_a_border_stays_a_mobilization():
    text = "Russia deployed 10,000 troops to its border with Ukraine on Tuesday as part of a military buildup."
    assert "MOBILIZE" in {t for t, _, _ in coded_triples(text, PUBLISHED)}


@pytest.mark.parametrize("text, expected", [
    ("The president ordered 2,000 troops to the capital on Saturday to quell the riots.", "MOBILIZE"),
    ("Venezuela's president ordered ten army battalions to the Colombian border on Sunday to guard against "
     "incursions.", "MOBILIZE"),
    ("The president ordered the army on Monday to crush the rebellion in the north.", "REQUEST"),
])
def test_an_order_that_sends_forces_somewhere_is_their_deployment(text, expected):
    ordered = [e for e in coded_events(text, PUBLISHED) if e["trigger"]["text"] == "ordered"]
    assert [e["type"] for e in ordered] == [expected]
