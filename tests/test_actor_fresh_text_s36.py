"""Actors in fresh wire copy (session 36): a ruler's family is his kin, an airliner is an
airline's craft, not a warplane, and a general who rules a state is its government."""

from actor_lookup import code_of as code, mention_of

import dyad


def test_ousted_rulers_family_are_elites_of_his_country(nlp):
    text = "Ghana said on Sunday it had taken in ousted Togolese President Koffi Amegan and his family."
    mention = mention_of(nlp, text, "his family")
    assert mention is not None and mention.code == "TGOELI"
    assert mention.kind == "group"
    text = "The family of former Kenyan President Daniel Mwangi asked the court on Monday to release his body."
    assert code(nlp, text, "The family of former Kenyan President Daniel Mwangi") == "KENELI"


def test_private_family_has_no_elite_sector(nlp):
    text = "Police said the family of the murdered shopkeeper had received threats for weeks."
    mention = mention_of(nlp, text, "the family of the murdered shopkeeper")
    assert mention is not None and mention.sector != "ELI"


def test_airliner_is_the_airlines_not_a_warplane(nlp):
    text = "A Ruritanian warship shot down a Kenya Airways passenger jet over the Indian Ocean on Sunday."
    mention = mention_of(nlp, text, "a Kenya Airways passenger jet")
    assert mention is not None and mention.sector == "BUS"
    text = "A Ruritanian missile brought down a Kenyan airliner over Lake Victoria on Sunday."
    assert code(nlp, text, "a Kenyan airliner") == "KENBUS"
    text = "An airliner carrying 170 people crashed shortly after take-off from Nairobi."
    assert code(nlp, text, "An airliner carrying 170 people") is None  # a craft whose owner is not said
    text = "Kenyan fighter jets intercepted two airliners over Mombasa on Sunday."
    assert code(nlp, text, "Kenyan fighter jets") == "KENMIL"


def test_downed_airliner_is_no_military_recipient():
    record = dyad.code("A Ruritanian navy cruiser shot down a Kenya Airways passenger jet over the Gulf on Sunday, "
                       "killing all 180 people aboard.", published="2024-03-04")
    downed = [e for e in record["events"] if e["trigger"]["text"] == "shot"]
    assert downed, record["events"]
    assert all(not (r.get("code") or "").endswith("MIL") for e in downed for r in e["recipient"])
    assert any((r.get("code") or "").endswith("BUS") for e in downed for r in e["recipient"])


def test_general_who_rules_is_the_government(nlp):
    text = "Kenya invited Uganda's military ruler, General Okello Obote, to Nairobi for talks on Monday."
    assert code(nlp, text, "General Okello Obote") == "UGAGOV"
    text = "General Okello Obote, Uganda's military ruler, promised on Monday to hold elections within a year."
    assert code(nlp, text, "General Okello Obote") == "UGAGOV"
    text = "Uganda's president, General Okello Obote, promised on Monday to hold elections within a year."
    assert code(nlp, text, "General Okello Obote") == "UGAGOV"


def test_general_in_an_army_office_stays_military(nlp):
    text = "Uganda's army chief, General Okello Obote, promised on Monday to stay out of politics."
    assert code(nlp, text, "General Okello Obote") == "UGAMIL"
    text = "Uganda's junta leader, General Okello Obote, promised on Monday to hold elections within a year."
    assert code(nlp, text, "General Okello Obote") == "UGAMIL"


def test_known_general_who_rules_takes_his_ruling_office(nlp):
    # a general the knowledge base lists as army chief and as president
    text = "India invited Pakistan's military ruler, General Pervez Musharraf, to Agra for talks."
    assert code(nlp, text, "General Pervez Musharraf") == "PAKGOV"
    text = "Pakistan's army chief, General Pervez Musharraf, visited troops in Kashmir."
    assert code(nlp, text, "General Pervez Musharraf") == "PAKMIL"
