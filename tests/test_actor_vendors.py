"""Street vendors and hawkers are people (CVL), not business as shop owners and merchants are;
a Saudi journalist killed in Istanbul keeps his own country, and the White Helmets' head is
known by name (issue 6)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, published, expected", [
    ("Municipal police beat a street vendor in Tunis and seized his cart on Monday.", "a street vendor", None, "TUNCVL"),
    ("Hundreds of hawkers clashed with city officers in Nairobi's central business district.",
     "Hundreds of hawkers", None, "KENCVL"),
    ("Shop owners in Nairobi closed their doors to protest new taxes.", "Shop owners", None, "KENBUS"),
    ("Turkish police searched the Saudi consul's residence in Istanbul for the remains of Jamal Khashoggi.",
     "Jamal Khashoggi", "2018-10-17", "SAUMED"),
    ("Raed al-Saleh said Russian and Syrian jets had bombed rescue teams in Idlib.", "Raed al-Saleh", "2019-06-02",
     "SYRNGO"),
])
def test_vendors_and_known_people(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected
