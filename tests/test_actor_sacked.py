"""A title the text calls sacked or dismissed is one the person no longer holds, like a former
one (issue 6)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, published, expected", [
    # no date: the title the text gives, which it says he lost
    ("Police detained sacked deputy prime minister Anwar Ibrahim in Kuala Lumpur.",
     "sacked deputy prime minister Anwar Ibrahim", None, "MYSELI"),
    ("Dismissed police chief John Kamau told reporters in Nairobi that he would appeal.",
     "Dismissed police chief John Kamau", "2005-03-01", "KENELI"),
    # dated: a role held on the day, other than the one lost, is what he is then
    ("Police detained sacked deputy prime minister Anwar Ibrahim in Kuala Lumpur.",
     "sacked deputy prime minister Anwar Ibrahim", "1998-09-21", "MYSOPP"),
])
def test_a_sacked_official_no_longer_holds_the_office(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected
