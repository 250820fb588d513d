"""Members of parliament the text calls the opposition's are the opposition, however their title
is spelt ("opposition MPs", "opposition members of parliament") (issue 6)."""

import pytest

from actor_lookup import code_of


@pytest.mark.parametrize("text, phrase", [
    ("Zambian opposition Members of Parliament boycotted the budget speech on Friday.",
     "Zambian opposition Members of Parliament"),
    ("Opposition parliamentarians in Zambia boycotted the budget speech on Friday.", "Opposition parliamentarians"),
])
def test_opposition_members_of_parliament_are_the_opposition(nlp, text, phrase):
    assert code_of(nlp, text, phrase) == "ZMBOPP"


def test_members_of_parliament_alone_are_legislators(nlp):
    text = "Zambian Members of Parliament approved the budget on Friday."
    assert code_of(nlp, text, "Zambian Members of Parliament") == "ZMBLEG"
