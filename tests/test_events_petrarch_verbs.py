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
    # trade with a named partner (DESPATCH "EXPORT", IMPORT, PUMP)
    ("Kazakhstan exported two million tonnes of wheat to Afghanistan last year.",
     "exported", "COOPERATE", "061", ("COOPERATE", "KAZ", "AFG")),
    ("India imported record volumes of crude oil from Russia in June.",
     "imported", "COOPERATE", "061", ("COOPERATE", "IND", "RUS")),
    ("Turkmenistan began pumping gas to China through a new pipeline on Monday.",
     "pumping", "COOPERATE", "061", ("COOPERATE", "TKM", "CHN")),
    # money set aside for another party; refugees resettled (ALLOCATE, RESETTLE)
    ("Japan allocated $10 million to Sudan on Tuesday.", "allocated", "AID", "070", ("AID", "JPN", "SDN")),
    ("Canada resettled 2,000 refugees from camps in Kenya last year.", "resettled", "AID", "075", ("AID", "CAN", "KEN")),
    # crowds converging or packing a square to protest (ASSEMBLE, POUR)
    ("Thousands of students converged on the parliament in Dhaka on Tuesday to demand the minister's resignation.",
     "converged", "PROTEST", "141", None),
    ("Tens of thousands of people packed Tahrir Square in Cairo on Friday, chanting against the military council.",
     "packed", "PROTEST", "141", None),
    ("Qatar interceded with the Taliban on behalf of the detained American.",
     "interceded", "AGREE", "039", ("AGREE", "QAT", "AFG")),
    # force against a place or people (PUMMEL, HAMMER, INTERVENE, CANE)
    ("Russian artillery pummelled the Ukrainian town of Chasiv Yar on Sunday.",
     "pummelled", "ASSAULT", "190", ("ASSAULT", "RUS", "UKR")),
    ("Israeli jets hammered Hamas positions in Rafah overnight.", "hammered", "ASSAULT", "190", None),
    ("A court in Aceh caned six men on Friday.", "caned", "ASSAULT", "182", None),
    # an army that could intervene, in a warning, is a threat of force (INTERVENE "- * MILITARILY [190]")
    ("The Turkish army could intervene in northern Syria if the Kurdish militia advances, Erdogan warned.",
     "warned", "THREATEN", "138", ("THREATEN", "TUR", "SYR")),
    # ties mended or repaired (REPAIR), security tightened (TIGHTEN)
    ("Turkey repaired ties with Israel in 2022.", "repaired", "SUPPORT", "050", ("SUPPORT", "TUR", "ISR")),
    ("Kenya tightened security along its border with Somalia.", "tightened", "MOBILIZE", "150", ("MOBILIZE", "KEN", "SOM")),
    # a bomb planted, bombs dropped (IMPLANT, PLUNGE)
    ("Suspected rebels planted a bomb near a military convoy in Mindanao.", "planted", "ASSAULT", "183", None),
    ("Syrian helicopters dropped barrel bombs on rebel-held Aleppo on Sunday.",
     "dropped", "ASSAULT", "195", ("ASSAULT", "SYR", "SYR")),
    # a crowd of any people pouring in, chanting for something (ASSEMBLE, POUR)
    ("Some 30,000 Slovaks poured into Bratislava's SNP Square on Friday evening, chanting for early elections.",
     "poured", "PROTEST", "141", None),
    # a claim disputed, an allegation refuted (VERBAL_CONFLICT, REFUTE)
    ("Tokyo disputed Seoul's account of the radar incident.", "disputed", "ACCUSE", "110", ("ACCUSE", "JPN", "KOR")),
    ("Beijing refuted the allegations made by Washington.", "refuted", "REJECT", "120", ("REJECT", "CHN", "USA")),
    # an aircraft downed (KILL +SHOOT_DOWN, FELL +BRING_DOWN); a person poisoned
    ("Iran's air defences downed an Israeli drone over Isfahan.", "downed", "ASSAULT", "190", ("ASSAULT", "IRN", "ISR")),
    ("Russia poisoned the opposition leader with a nerve agent, Germany said.",
     "poisoned", "ASSAULT", "180", ("ASSAULT", "RUS", "RUS")),
    # troops reduced or cut (REDUCE, SEPARATE CUT)
    ("Germany cut its troops in Mali by half last year.", "cut", "RETREAT", "0873", ("RETREAT", "DEU", "MLI")),
    ("Washington drew down its military presence in Syria.", "drew", "RETREAT", "0873", ("RETREAT", "USA", "SYR")),
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
    ("Exports rose by five percent in March, the statistics office said.", "rose"),
    ("Germany imported a record amount of liquefied gas last year.", "imported"),  # no partner named
    ("Fans poured into the streets of Buenos Aires to celebrate the World Cup victory.", "poured"),
    ("Farmers packed the hall to hear the minister speak.", "packed"),
    ("The two sides hammered out a deal on grain exports after weeks of talks.", "hammered"),
    ("The central bank intervened on Monday to prop up the lira.", "intervened"),
    ("Farmers planted maize across the region after the rains.", "planted"),
    ("The ministry repaired the bridge over the river.", "repaired"),
    ("The bank tightened lending rules for mortgages.", "tightened"),
    ("The fans downed their drinks at a bar near the port on Monday.", "downed"),  # no aircraft ("downed tools" is a strike)
    ("The row poisoned relations between the two neighbours.", "poisoned"),
    ("The company reduced its workforce by 10 percent.", "reduced"),
])
def test_petrarch_verbs_without_their_event_sense_code_nothing(nlp, text, trigger):
    assert trigger not in types_by_trigger(text, PUBLISHED)


@pytest.mark.parametrize("text, trigger, type_, triple", [
    # PETRARCH2 "HOLD * RESPONSIBLE [112]": holding a state to blame for a deed accuses it
    ("Russia's foreign ministry said it held Washington responsible for the attack on the embassy.",
     "held", "ACCUSE", ("ACCUSE", "RUS", "USA")),
    # "CALL * DICTATOR / LIAR [111]": the names a leader is called
    ("Maduro called the Colombian president a liar and a fascist on Monday.", "called", "ACCUSE", ("ACCUSE", "VEN", "COL")),
    # "NAME * &SUSPECT [1124]": the doers named of a deed
    ("Prosecutors in Lima named three army officers as suspects in the killing of the journalist.",
     "named", "ACCUSE", None),
])
def test_petrarch_judgments_accuse(nlp, text, trigger, type_, triple):
    # the judging verb ("held", "called", "named") is the trigger news readers mark
    assert types_by_trigger(text, PUBLISHED).get(trigger, (None,))[0] == type_
    if triple:
        assert triple in coded_triples(text, PUBLISHED)


def test_a_post_one_is_named_to_is_no_verdict(nlp):
    text = "The president named Ana Ruiz as ambassador to Spain on Monday."
    assert not [t for t, (type_, _) in types_by_trigger(text, PUBLISHED).items() if type_ == "ACCUSE"]


def test_a_deal_clinched_is_agreed(nlp):
    # PETRARCH2 CLINCH "- * DEAL": the verb carries the deal as "sealed" and "struck" do
    text = "Egypt and Israel clinched a gas deal on Monday."
    assert types_by_trigger(text, PUBLISHED).get("deal", (None,))[0] == "AGREE"
    assert ("AGREE", "EGY", None) in coded_triples(text, PUBLISHED)
