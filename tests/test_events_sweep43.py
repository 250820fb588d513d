"""Wire words for acts between states that dyad once left uncoded (session 37 sweep): headline
verbs ("nixes", "lashed X for"), phrasal verbs ("thrashed out", "bailed out", "took out"),
light-verb phrases ("took aim at", "pulled the plug on", "downed tools") and nominal phrasings
("Israel's admission of responsibility", "Bahrain's severance of ties"), each beside other senses of
the same word that are no event."""

import pytest

from helpers import coded_events

PUBLISHED = "2025-03-10"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


@pytest.mark.parametrize("text, kind, trigger, actor", [
    ("Serbia and Kosovo thrashed out a deal on energy in Brussels.", "AGREE", "thrashed", "SRB"),
    ("Athens and Ankara patched up their differences at a summit in Vilnius.", "AGREE", "patched", "GRC"),
    ("Chancellor Scholz jetted into Delhi for talks on trade.", "CONSULT", "jetted", "DEU"),
    ("The Pentagon owned up to the deaths of ten civilians in Kabul.", "CONCEDE", "owned", "USA"),
    ("Pristina climbed down over the ban on Serbian dinars.", "CONCEDE", "climbed", "XKX"),
    ("Thailand waived visa requirements for Indian tourists.", "CONCEDE", "waived", "THA"),
    ("The European Union earmarked 80 million euros for Lebanon.", "AID", "earmarked", "IGO"),
    ("Qatar bailed out Egypt with a five billion dollar package.", "AID", "bailed", "QAT"),
    ("Turkey sent aid ships to Libya after the floods.", "AID", "sent", "TUR"),
    ("Moscow pushed Minsk to send troops into Ukraine.", "REQUEST", "pushed", "RUS"),
    ("Pakistan turned to China for an emergency loan.", "REQUEST", "turned", "PAK"),
    ("Sweden sought NATO membership after the invasion.", "REQUEST", "sought", "SWE"),
    ("Warsaw took aim at Berlin over the gas pipeline.", "ACCUSE", "took", "POL"),
    ("Venezuela railed against Washington's sanctions.", "ACCUSE", "railed", "VEN"),
    ("Ankara fumed at Athens over the island patrols.", "ACCUSE", "fumed", "TUR"),
    ("Erdogan lashed Stockholm for allowing the Koran burning.", "ACCUSE", "lashed", "TUR"),
    ("Pyongyang branded the South Korean president a puppet.", "ACCUSE", "branded", "PRK"),
    ("Serbia nixed the French plan for Kosovo.", "REJECT", "nixed", "SRB"),
    ("Beijing stonewalled the UN inquiry into the camps.", "REJECT", "stonewalled", "CHN"),
    ("Niger pulled the plug on the French counter-terrorism mission.", "REJECT", "pulled", "NER"),
    ("Greek railway workers downed tools over safety.", "PROTEST", "downed", "GRC"),
    ("China curbed exports of gallium to the United States.", "SANCTION", "curbed", "CHN"),
    ("Beijing halted purchases of Lithuanian beef.", "SANCTION", "halted", "CHN"),
    ("Armenia moved armored columns to the Azerbaijani border.", "MOBILIZE", "moved", "ARM"),
    ("Finland beefed up its border with Russia.", "MOBILIZE", "beefed", "FIN"),
    ("Washington stepped up its naval presence in the Red Sea.", "MOBILIZE", "stepped", "USA"),
    ("Police in Minsk hauled in dozens of opposition activists.", "COERCE", "hauled", "BLR"),
    ("Turkey hit PKK positions in northern Iraq.", "ASSAULT", "hit", "TUR"),
    ("Russia rained missiles on Odesa overnight.", "ASSAULT", "rained", "RUS"),
    ("An Israeli drone took out a Hezbollah commander in Tyre.", "ASSAULT", "took", "ISR"),
])
def test_wire_words_for_acts_between_states_are_coded(nlp, text, kind, trigger, actor):
    found = [e for e in coded_events(text, PUBLISHED) if e["type"] == kind]
    assert found, text
    assert found[0]["trigger"]["text"] == trigger
    assert actor in {party(m) for m in found[0]["actor"]}


@pytest.mark.parametrize("text, kind, trigger, actor", [
    ("Israel's acceptance of the Egyptian ceasefire proposal came late on Sunday.", "AGREE", "acceptance", "ISR"),
    ("Russia's admission of responsibility for the crash surprised Baku.", "CONCEDE", "admission", "RUS"),
    ("Gambia's genocide case against Myanmar opened at The Hague.", "ACCUSE", "case", "GMB"),
    ("Bahrain's severance of ties with Iran came in January.", "SANCTION", "severance", "BHR"),
    ("Washington's lifting of sanctions on Belarus potash surprised Vilnius.", "RETREAT", "lifting", "USA"),
])
def test_nominal_acts_with_their_doer_are_coded(nlp, text, kind, trigger, actor):
    found = [e for e in coded_events(text, PUBLISHED) if e["type"] == kind]
    assert found, text
    assert found[0]["trigger"]["text"] == trigger
    assert actor in {party(m) for m in found[0]["actor"]}


@pytest.mark.parametrize("text", [
    "The chefs thrashed out a new menu for the festival.",
    "Workers patched up the potholes on the main road in Nairobi.",
    "Rescuers climbed down into the collapsed mine in Soma.",
    "The bank waived fees for small customers.",
    "The city earmarked land for a new stadium.",
    "His brother bailed him out of jail in Texas.",
    "Strong winds pushed the fire to the edge of the town.",
    "Investors turned to gold for safety.",
    "Storms lashed the coast of Florida for three days.",
    "The hunter took aim at the deer in the forest.",
    "The farmer branded the cattle with a hot iron.",
    "The chef nixed the dessert from the menu.",
    "The technician pulled the plug on the old server.",
    "The carpenter downed tools for lunch.",
    "Fishermen hauled in a record catch off Iceland.",
    "The government hit its inflation target in May.",
    "The flood hit camps for displaced people in Somalia.",
    "Ash rained down on the villages near the volcano.",
    "The family took out a loan to buy a house.",
    "The school beefed up its maths curriculum.",
    "The bank curbed lending to small firms.",
    "The acceptance of the award by the actress was emotional.",
    "Admission to the museum is free on Sundays.",
    "The lifting of weights is banned in the park.",
    "Severance pay was increased for miners.",
    "He was sentenced to life imprisonment for the murder.",
])
def test_other_senses_of_the_same_words_are_no_event(nlp, text):
    assert coded_events(text, PUBLISHED) == []


@pytest.mark.parametrize("text, kind, trigger, actor", [
    ("Canberra threw its weight behind Jakarta's bid for OECD membership.", "SUPPORT", "threw", "AUS"),
    ("Washington vouched for Seoul's account of the collision.", "SUPPORT", "vouched", "USA"),
    ("The Philippine navy intercepted a Chinese fishing vessel near the shoal.", "COERCE", "intercepted", "PHL"),
])
def test_more_wire_phrasings_are_coded(nlp, text, kind, trigger, actor):
    found = [e for e in coded_events(text, PUBLISHED) if e["type"] == kind]
    assert found, text
    assert found[0]["trigger"]["text"] == trigger
    assert actor in {party(m) for m in found[0]["actor"]}


@pytest.mark.parametrize("text", [
    "He threw his weight behind the stuck door.",
    "Israeli air defences intercepted a drone from Yemen.",
    "The trawler intercepted a shoal of herring off Norway.",
])
def test_other_senses_of_these_phrasings_are_not_these_acts(nlp, text):
    assert not [e for e in coded_events(text, PUBLISHED) if e["type"] in ("CONSULT", "SUPPORT", "COERCE")]


@pytest.mark.parametrize("text, kind, trigger, actor", [
    ("The apology by Belgium to Congo was read out in Kinshasa.", "CONCEDE", "apology", "BEL"),
    ("The pardon of two journalists by Egypt's president surprised diplomats.", "CONCEDE", "pardon", "EGY"),
    ("The extradition of the banker to France by Lebanon took place on Friday.", "COOPERATE", None, "LBN"),
])
def test_a_by_phrase_names_the_doer_of_these_nouns(nlp, text, kind, trigger, actor):
    found = [e for e in coded_events(text, PUBLISHED) if e["type"] == kind]
    assert found, text
    assert trigger is None or found[0]["trigger"]["text"] == trigger
    assert actor in {party(m) for m in found[0]["actor"]}
