"""A news agency named in a sentence ("told Reuters", "a spokesman told AFP") says who reported,
not where the story is: an unnamed body of that sentence does not take the agency's country."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase", [
    ("A student was shot dead by the police during the march, his sister told Reuters.", "the police"),
    ("Soldiers detained three opposition activists overnight, a party official told AFP.", "Soldiers"),
])
def test_an_agency_lends_no_country(nlp, text, phrase):
    mention = mention_of(nlp, text, phrase, "2016-03-01")
    assert mention is not None and mention.country is None


def test_the_story_country_still_counts(nlp):
    mention = mention_of(nlp, "Police in Kenya fired tear gas at the marchers, a witness told Reuters.",
                         "Police in Kenya", "2016-03-01")
    assert mention is not None and mention.country == "KEN"
