"""Unknown people resolved from what their sentence says of them (issue #6): a relative of a
named person, an attache's posting, a private person's trade in an apposition."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, words, country, sector", [
    # a ruler's relative: of his country, an elite
    ("Prosecutors charged Timur Rakhimov, the elder brother of former President Islam Karimov, "
     "with fraud in Tashkent on Monday.", "Timur Rakhimov", "UZB", "ELI"),
    ("Former President Ricardo Lagos and his wife Luisa endorsed the candidate on Friday.", "Luisa", "CHL", "ELI"),
    ("Robert Mugabe's wife, Grace, was granted diplomatic immunity on Sunday.", "Grace", "ZWE", "ELI"),
    # an opposition figure's son is of his country, with no sector the sentence gives
    ("The Venezuelan opposition leader's son, Carlos Ramirez Mora, was arrested in Caracas.",
     "Carlos Ramirez Mora", "VEN", None),
    # an attache is his own country's, not his posting's
    ("Colonel Piet Van Roon, the Dutch military attache in Nairobi, was found dead in his car on Monday.",
     "Piet Van Roon", "NLD", "MIL"),
    # a private person named by his trade, charged by his country's police or prosecutors
    ("Kenyan prosecutors charged Peter Otieno, a 29-year-old taxi driver, with murder on Monday.",
     "Peter Otieno", "KEN", "CVL"),
    # an aide is of the country and sector of whom he serves, not of where he is
    ("Rebels ambushed the convoy of Samir Haddad, an aide to President Michel Aoun, near Tripoli.",
     "Samir Haddad", "LBN", "GOV"),
    ("Tanzanian police arrested Juma Mwinyi, a 35-year-old fisherman, on Monday over the killing.",
     "Juma Mwinyi", "TZA", "CVL"),
])
def test_unknown_person_from_apposition(nlp, text, words, country, sector):
    mention = mention_of(nlp, text, words)
    assert mention is not None and mention.kind == "person"
    assert (mention.country, mention.sector) == (country, sector)


def test_title_outlasts_kinship(nlp):
    # "Prince X, the king's nephew": the title says what he is
    mention = mention_of(nlp, "King Abdullah's nephew, Prince Khalid bin Talal, was detained in Riyadh on Monday.",
                      "Prince Khalid bin Talal")
    assert (mention.country, mention.sector) == ("SAU", "GOV")


def test_unknown_without_title_stays_null(nlp):
    mention = mention_of(nlp, "Witnesses said Peter Otieno left the bar before midnight.", "Peter Otieno")
    assert mention is not None and (mention.country, mention.sector) == (None, None)
