"""A state recognised as such is the country itself; the names listed after a plural role are
each one of its people (session 34)."""

from actor_lookup import code_of as code
from actor_lookup import mention_of


def test_state_recognised_is_the_country_itself(nlp):
    text = "Ireland and Slovenia formally recognised a Palestinian state on Wednesday."
    assert code(nlp, text, "a Palestinian state") == "PSE"
    text = "Norway recognised the state of Palestine on Thursday, and Israel recalled its envoy."
    assert code(nlp, text, "the state of Palestine") == "PSE"


def test_names_listed_after_a_plural_role_share_it(nlp):
    text = "Iran released two British sailors, Tom Haskins and Peter Dolan, on Friday after a week in custody."
    assert code(nlp, text, "Peter Dolan") == "GBRMIL"
    text = "Moscow said it would bar U.S. senators Dan Kowalski and Mark Redfern from entering Russia."
    assert code(nlp, text, "Mark Redfern") == "USALEG"


def test_name_after_a_singular_role_and_another_name_gets_nothing_from_it(nlp):
    text = "Police detained the party's spokesman, John Reyes, and Maria Lopez on Friday."
    mention = mention_of(nlp, text, "Maria Lopez")
    assert mention is None or mention.sector is None
