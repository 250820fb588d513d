"""Actor resolution fixes of session 23 (issue 6), each a class of phrase news uses often."""

import pytest

from actor_lookup import code_of


@pytest.mark.parametrize("text, phrase, code", [
    # a defence ministry is its government's, named by its own name as by the role noun
    ("The Pentagon said it would send 1,500 more troops to the southern border.", "The Pentagon", "USAGOV"),
    ("The Defense Department announced a new weapons package for Kyiv on Friday.", "The Defense Department",
     "USAGOV"),
    ("China's Defence Ministry warned Manila against further provocations.", "China's Defence Ministry", "CHNGOV"),
    # "the Treasury" alone is America's, except in a story of a country whose finance ministry has that name
    ("The Treasury froze the assets of four Venezuelan officials on Tuesday.", "The Treasury", "USAGOV"),
    ("The Treasury said it would borrow more this year, the Bank of England said.", "The Treasury", "GBRGOV"),
    ("Kenya's Treasury cut the budgets of county governments by a tenth.", "Kenya's Treasury", "KENGOV"),
])
def test_state_bodies_by_their_own_names(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
