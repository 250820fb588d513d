"""Envoys, mediators and monitors called international, or of a region of several states, act
for the states' joint body (issue 6): IGO, no country, whatever the story's country."""

import pytest

from actor_lookup import code_of as code, mention_of


@pytest.mark.parametrize("text, phrase, expected", [
    ("Serb leaders said they would ignore the decree of the international peace envoy in Sarajevo.",
     "the international peace envoy", "IGOGOV"),
    ("International mediators urged the two sides in Khartoum to sign the accord.", "International mediators", "IGOGOV"),
    ("Rebels in Aceh handed over their first weapons to European and Southeast Asian monitors on Thursday.",
     "European and Southeast Asian monitors", "IGO"),
    ("Election day in Harare passed calmly, international monitors said.", "international monitors", "IGO"),
    # a region's leaders, as before
    ("West African leaders met in Abuja to discuss the crisis in Mali.", "West African leaders", "IGOGOV"),
])
def test_an_international_envoy_or_monitor_is_of_no_one_country(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # names and places with the word keep what they were
    ("Amnesty International accused the police in Lagos of torture.", "Amnesty International", "NGO"),
    ("International aid agencies pulled their staff out of Darfur.", "International aid agencies", "NGO"),
])
def test_international_in_a_name_or_a_body_of_its_own(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


def test_monitors_have_no_sector_of_their_own(nlp):
    mention = mention_of(nlp, "Election day in Harare passed calmly, international monitors said.",
                         "international monitors")
    assert mention.country is None and mention.sector == "IGO"
