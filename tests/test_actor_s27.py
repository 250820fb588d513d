"""Actor classes of error met on the dev sets in session 27 (issue 6). Sentences written for
these tests."""

import pytest

from actor_lookup import code_of


@pytest.mark.parametrize("text, phrase, code", [
    # pupils are students (EDU), of the country where their school is
    ("Gunmen abducted 80 pupils from a boarding school in Kebbi state, Nigerian police said.", "80 pupils", "NGAEDU"),
    ("Bandits seized dozens of schoolgirls from their dormitory in Zamfara, Nigerian officials said.",
     "dozens of schoolgirls", "NGAEDU"),
    # "schoolchildren" tells an age as much as a school: civilians
    ("An air strike hit a bus carrying schoolchildren near Saada in Yemen.", "schoolchildren", "YEMCVL"),
])
def test_pupils(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
