"""Actor resolution fixes of session 23's second round (issue 6)."""

import pytest

from actor_lookup import code_of


@pytest.mark.parametrize("text, phrase, code", [
    # a meeting's venue hosts the sides and says nothing of whose they are
    ("The government and the rebels said on Monday they would meet next month in Norway to resume talks.",
     "The government", None),
    ("The junta and the opposition alliance will hold a first round of talks in Geneva on Friday.",
     "The junta", None),
    # the story's own country still counts
    ("Kenya's government and striking doctors will meet in Nairobi on Friday.", "Kenya's government", "KENGOV"),
])
def test_a_venue_is_no_side_country(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
