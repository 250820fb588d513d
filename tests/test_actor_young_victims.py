"""Girls, boys, teenagers and children are people (CVL) of where the deed happened, and
asylum-seekers written with a hyphen are refugees (issue 6): such victims were no actor at all."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("Gunmen abducted 80 girls from a secondary school in Kebbi state, Nigerian police said.", "80 girls", "NGACVL"),
    ("A 14-year-old boy was shot dead by police in the Kenyan town of Kisumu on Tuesday.",
     "A 14-year-old boy", "KENCVL"),
    ("Two teenagers were wounded when a grenade exploded in a market in Bujumbura, Burundi.",
     "Two teenagers", "BDICVL"),
    ("Indonesia detained 60 Sri Lankan asylum-seekers off the coast of Java.", "60 Sri Lankan asylum-seekers", "LKAREF"),
])
def test_young_victims_and_asylum_seekers_are_people(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
