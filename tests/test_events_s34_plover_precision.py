"""Session 34: PLOVER triples that recur wrong on fresh text."""

import pytest

from helpers import coded_triples

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
