"""A country named after an office ("the foreign ministers of Japan and South Korea") stands for
the holder of that office, as "Japan's foreign minister" does (issue 6)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("The foreign ministers of Japan and South Korea met in Hanoi on Friday.", "Japan", "JPNGOV"),
    ("The foreign ministers of Japan and South Korea met in Hanoi on Friday.", "South Korea", "KORGOV"),
    ("The presidents of Chile, Peru and Bolivia signed the border protocol in Lima.", "Bolivia", "BOLGOV"),
    ("The king of Jordan urged restraint on Sunday.", "Jordan", "JORGOV"),
    ("The parliament of Georgia voted to extend the state of emergency.", "Georgia", "GEOLEG"),
    # the country of a relation or of its people is the country itself
    ("The allies of Russia met in Minsk on Tuesday.", "Russia", "RUS"),
    ("The citizens of Iraq voted on Sunday in the first free election in decades.", "Iraq", "IRQ"),
])
def test_a_country_after_an_office_is_its_holder(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
