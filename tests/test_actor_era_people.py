"""People of 1975-2000 wire news the knowledge base gained in session 27 (issue 6): heads of state
and government, ministers, commanders and armed-group leaders of that era, each coded as what they
were on the story's date (a former office holder ELI once the office ended). Sentences written
for these tests."""

import pytest

from actor_lookup import code_of


@pytest.mark.parametrize("text, phrase, published, code", [
    # an office of the 1970s-80s the knowledge base lacked
    ("Yitzhak Shamir told Parliament that the settlements would stay.", "Yitzhak Shamir", "1982-03-09",
     "ISRGOV"),
    ("Kenan Evren opened the new dam on the Euphrates on Saturday.", "Kenan Evren", "1986-11-08", "TURGOV"),
    ("Rashid Karami called for an end to the shelling of the camps.", "Rashid Karami", "1985-06-02",
     "LBNGOV"),
    ("Abolhassan Banisadr visited the troops on the southern front.", "Abolhassan Banisadr", "1980-11-02",
     "IRNGOV"),
    # after the office ended: a former office holder
    ("Moshe Dayan said the autonomy talks had failed.", "Moshe Dayan", "1980-09-14", "ISRELI"),
])
def test_era_office_holders(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code
