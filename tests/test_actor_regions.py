"""A first-level region the tagger takes for a person or a body ("Mizoram and Assam will hold
talks") is that region's government, of its country, when the story names the country or the
sentence another place in it (issue 6)."""

import pytest

from actor_lookup import code_of, mention_of


@pytest.mark.parametrize("text, phrase, expected", [
    ("Karnataka and Tamil Nadu agreed on Monday to share the river's water during the dry months.",
     "Karnataka", "INDGOV"),
    ("Nagaland and Assam will send their chief ministers to talks in New Delhi next week.",
     "Nagaland", "INDGOV"),
])
def test_a_region_taken_for_a_name_is_its_government(nlp, text, phrase, expected):
    assert code_of(nlp, text, phrase) == expected


def test_a_surname_that_is_also_a_state_stays_a_person(nlp):
    text = ("Venezuelan opposition lawmaker Carlos Lara was detained in Caracas on Monday. "
            "Lara had denounced the arrests of students in the state.")
    mention = mention_of(nlp, text, "Lara had")
    assert mention is None or mention.kind == "person"


def test_a_lone_region_name_with_nothing_to_place_it_is_left_alone(nlp):
    # no place of the region's country in the story: the tagger's word stands
    mention = mention_of(nlp, "Guerrero said the talks had failed.", "Guerrero")
    assert mention is None or mention.kind == "person"
