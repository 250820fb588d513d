"""A union's name that holds a legislature's word ("Congress") is the union, not the
legislature, whether the name goes on past "of" or a title follows it (issue 6)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("The Congress of South African Trade Unions threatened on Monday to call a general strike over "
     "electronic tolls in Gauteng.", "The Congress of South African Trade Unions", "ZAFLAB"),
    ("Ghana Trades Union Congress secretary-general Kofi Asamoah said on Tuesday that workers would "
     "strike in Accra.", "Kofi Asamoah", "GHALAB"),
    ("Nigeria Labour Congress president Joe Ajaero told reporters in Abuja that the strike would go ahead.",
     "Joe Ajaero", "NGALAB"),
])
def test_a_union_named_with_congress_is_a_union(nlp, text, phrase, expected):
    assert code(nlp, text, phrase, "2013-03-05") == expected
