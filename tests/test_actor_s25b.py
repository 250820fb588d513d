"""Actor resolution fixes of session 25, round 2 (issue 6). Sentences written for these tests."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, country", [
    # "the country" that others act on is the other country its sentence names before it, not
    # theirs: those it is urged by or sent from are named as subjects or objects
    ("After talks with Iran, Russia and China urged the country to return to the nuclear deal.",
     "the country", "IRN"),
    ("Condemning the Syrian government, the president ordered all Canadians to leave the Middle Eastern country.",
     "the Middle Eastern country", "SYR"),
    # with no one acting on it, the state the sentence names (session 35: coref.state_before),
    # here the subject's own
    ("Sri Lanka's president vowed to rebuild the country after the floods.", "the country", "LKA"),
    # two other countries named: which one is unknown
    ("After meeting Iraqi and Turkish officials, Germany urged the country to hold talks.", "the country", None),
])
def test_the_country_acted_on_is_the_other_one(nlp, text, phrase, country):
    mention = mention_of(nlp, text, phrase, "2024-03-11")
    assert mention is not None and mention.country == country


@pytest.mark.parametrize("text, phrase, country", [
    # the country a relation noun's "with" names is the other side: it says nothing of whose a
    # bare government or army in the sentence is
    ("The government began moving troops away from the border amid rising tensions with Ethiopia.",
     "The government", None),
    ("The army put its units on alert as its dispute with Venezuela deepened.", "The army", None),
    # the sentence's other country is then the one it names
    ("The government said relations with China remained strong, Manila's foreign ministry said.",
     "The government", "PHL"),
    # a country's own name before the relation still says whose
    ("Pakistan's government withdrew troops from the border amid tensions with India.",
     "Pakistan's government", "PAK"),
])
def test_other_side_of_a_relation_is_not_the_story_country(nlp, text, phrase, country):
    mention = mention_of(nlp, text, phrase, "2024-03-11")
    assert mention is not None and mention.country == country
