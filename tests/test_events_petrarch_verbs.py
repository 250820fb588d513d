"""Verbs dyad took from PETRARCH2's CAMEO verb dictionary (its default codes, mapped to PLOVER
through cameo.tsv): each reports its event in news, and where it does so only with a certain
object, that object is required."""

import pytest

from helpers import coded_triples, types_by_trigger

PUBLISHED = "2025-03-10"


@pytest.mark.parametrize("text, trigger, type_, cameo, triple", [
    ("China admonished Japan on Monday over the minister's shrine visit.",
     "admonished", "ACCUSE", "111", ("ACCUSE", "CHN", "JPN")),
    ("Britain implicated Syria in the chemical attack.", "implicated", "ACCUSE", "112", ("ACCUSE", "GBR", "SYR")),
    ("Iran acclaimed the Chinese peace proposal.", "acclaimed", "SUPPORT", "051", ("SUPPORT", "IRN", "CHN")),
    ("Pakistan appreciated China's support in the talks.", "appreciated", "SUPPORT", "051", ("SUPPORT", "PAK", "CHN")),
    ("Troops repelled a rebel assault on the garrison town.", "repelled", "ASSAULT", "190", None),
    ("Serbia succumbed to Russian pressure and dropped the plan.",
     "succumbed", "CONCEDE", "080", ("CONCEDE", "SRB", "RUS")),
    ("Egypt kicked out the Turkish ambassador on Sunday.", "kicked", "SANCTION", "166", ("SANCTION", "EGY", "TUR")),
    ("Washington reimposed sanctions on Cuba.", "reimposed", "SANCTION", "163", ("SANCTION", "USA", "CUB")),
    ("India bought fighter jets from France last year.", "bought", "COOPERATE", "062", ("COOPERATE", "IND", "FRA")),
    ("Turkey mustered troops along the Syrian border.", "mustered", "MOBILIZE", "154", ("MOBILIZE", "TUR", "SYR")),
    ("Militants butchered twelve villagers in northern Kenya.", "butchered", "ASSAULT", "202", None),
    ("Police in Lagos nabbed the suspected kidnapper on Friday.", "nabbed", "COERCE", "173", None),
    ("Israeli troops disengaged from the Lebanese border.", "disengaged", "RETREAT", "087", None),
    ("Militiamen bludgeoned two aid workers to death near the camp.", "bludgeoned", "ASSAULT", "180", None),
    ("The Netherlands kicked out four Russian spies.", "kicked", "SANCTION", "166", ("SANCTION", "NLD", "RUS")),
    ("A U.N. aid convoy reached the besieged Syrian city of Homs on Monday.", "reached", "AID", "073", None),
])
def test_petrarch_verbs_code_their_event(nlp, text, trigger, type_, cameo, triple):
    assert types_by_trigger(text, PUBLISHED).get(trigger) == (type_, cameo)
    if triple:
        assert triple in coded_triples(text, PUBLISHED)


@pytest.mark.parametrize("text, trigger", [
    ("The rupee appreciated against the dollar.", "appreciated"),  # no one appreciated
    ("Their policy will not repel voters.", "repel"),  # no attack beaten back
    ("The wounded soldier succumbed to his injuries.", "succumbed"),  # no pressure given in to
    ("He bought a gun at a store in Ohio.", "bought"),  # no seller, no arms trade
    ("The drought strangled the region's economy.", "strangled"),
    ("The senator used the vote to bludgeon his rivals.", "bludgeon"),  # politics, no blows
    ("The firm sells its reports to private-jet owners.", "sells"),  # no arms
    ("The party acquiesced to the new narrative.", "acquiesced"),  # no demand given in to
    ("The Syrian army reached the outskirts of Aleppo.", "reached"),  # no aid delivered
])
def test_petrarch_verbs_without_their_event_sense_code_nothing(nlp, text, trigger):
    assert trigger not in types_by_trigger(text, PUBLISHED)
