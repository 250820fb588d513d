"""A stateless court, parliament or peacekeeping force is coded with what it does beside its
type, as CAMEO codes it (issue 6): "the International Criminal Court" IGO JUD, "U.N.
peacekeepers" IGO MIL; a body that only governs or coordinates stays IGO."""

import pytest

from actor_lookup import code_of as code, mention_of


@pytest.mark.parametrize("text, phrase, expected", [
    ("The International Criminal Court opened an investigation into alleged war crimes in Darfur on Monday.",
     "The International Criminal Court", "IGOJUD"),
    ("The ICC said on Tuesday it would try the former militia leader in The Hague.", "The ICC", "IGOJUD"),
    ("The U.N. war crimes tribunal sentenced a former camp commander to 20 years in prison.",
     "The U.N. war crimes tribunal", "IGOJUD"),
    ("The European Court of Justice ruled against Poland's judicial reforms on Thursday.",
     "The European Court of Justice", "IGOJUD"),
    ("The European Parliament voted to suspend talks on Turkey's membership.", "The European Parliament", "IGOLEG"),
    ("Gunmen ambushed a convoy of U.N. peacekeepers near the border town of Beni, killing two.",
     "U.N. peacekeepers", "IGOMIL"),
    # bodies that govern or coordinate keep their type alone
    ("The United Nations appealed for $300 million in aid for flood victims.", "The United Nations", "IGO"),
    ("NATO suspended military cooperation with the country on Friday.", "NATO", "IGO"),
])
def test_a_stateless_body_is_coded_with_what_it_does(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


def test_the_body_has_no_country(nlp):
    mention = mention_of(nlp, "The International Criminal Court issued an arrest warrant for the general.",
                         "The International Criminal Court")
    assert mention.country is None and mention.sector == "JUD"


@pytest.mark.parametrize("text, phrase, expected", [
    # the court's own judges and prosecutors, not of the country whose crimes they look into
    ("Judges at the International Criminal Court approved an inquiry on Monday into killings in Myanmar's Rakhine state.",
     "Judges", "IGOJUD"),
    ("Prosecutors at the International Criminal Court charged a former Central African militia chief on Friday.",
     "Prosecutors", "IGOJUD"),
    ("The International Criminal Court's prosecutor, Karim Khan, sought arrest warrants for two Sudanese generals.",
     "The International Criminal Court's prosecutor", "IGOJUD"),
    # a national court's judges keep its country
    ("Judges at Kenya's Supreme Court annulled the presidential election on Friday.", "Judges", "KENJUD"),
])
def test_a_stateless_courts_people_are_the_courts(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
