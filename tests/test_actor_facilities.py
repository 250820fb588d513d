"""A building, post or vehicle named with its owner's role noun stands for that body
("stormed government buildings": GOV, "overran an army base": MIL); alone, or with only a
country or town before it, it is no actor (agents.yaml facility; issue 6)."""

import pytest

from actor_lookup import mention_of as resolve


@pytest.mark.parametrize("text, phrase, expected", [
    ("Opposition supporters stormed government buildings in Kyrgyzstan's south on Thursday.",
     "government buildings", "KGZGOV"),
    ("Protesters in Harare set fire to a police truck on Monday.", "a police truck", "ZWECOP"),
    ("Burkina Faso said jihadists had overrun an army base on Sunday, killing 20 soldiers.", "an army base", "BFAMIL"),
    ("Insurgents in Nigeria attacked a police station in Borno state.", "a police station", "NGACOP"),
])
def test_a_facility_stands_for_the_body_it_is_of(nlp, text, phrase, expected):
    mention = resolve(nlp, text, phrase)
    assert mention is not None and mention.code == expected


@pytest.mark.parametrize("text, phrase", [
    ("The buildings collapsed after the earthquake in Turkey.", "The buildings"),
    ("Israeli jails hold about 5,000 Palestinian prisoners.", "Israeli jails"),
    ("Gunmen stopped a truck near the border with Niger.", "a truck"),
])
def test_a_facility_with_no_owner_named_is_no_actor(nlp, text, phrase):
    assert resolve(nlp, text, phrase) is None


def test_a_military_post_is_of_the_country_it_stands_in(nlp):
    mention = resolve(nlp, "Resistance fighters attacked a military outpost in Myanmar's Magway region overnight.",
                      "a military outpost")
    assert mention is not None and mention.code == "MMRMIL"
