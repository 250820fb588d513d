"""The victims of a deed are of where it happens, not of the state whoever did it belongs to: a
state named in the doer's own phrase ("an air strike by the Saudi-led coalition", "Russia
shelled ...") does not place them when the deed's clause names another place; a state acting on
people where its clause names no other place acts on its own ("Egypt jailed 20 activists")."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("An air strike by the Saudi-led coalition hit a funeral hall in the town of Sanhan, south of Sanaa, on "
     "Monday, killing dozens of mourners, medical sources said.", "dozens of mourners", "YEMCVL"),
    ("Russia shelled Kharkiv on Monday, killing 10 civilians, the governor said.", "10 civilians", "UKRCVL"),
    ("Egypt jailed 20 activists on Monday, drawing criticism from the United States.", "20 activists", "EGYCVL"),
])
def test_doer_state_does_not_place_victims(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
