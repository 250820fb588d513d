"""Events coded with another type than the happening has, or coded where there is none (issue #5):
a deadline given with no penalty told is a demand, not an ultimatum."""

import pytest

from helpers import coded_triples

PUBLISHED = "2024-09-12"


def triples(text: str) -> set[tuple]:
    return coded_triples(text, PUBLISHED)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya's ruling coalition gave Deputy President William Ruto a week on Tuesday to resign.", "KEN", "KEN"),
    ("The Arab League gave Syria two weeks to withdraw its tanks from the cities.", "IGO", "SYR"),
    ("Kyrgyzstan has given Russia 90 days to close its air base near Bishkek.", "KGZ", "RUS"),
])
def test_a_deadline_with_no_penalty_told_is_a_demand(nlp, text, actor, recipient):
    found = triples(text)
    assert ("REQUEST", actor, recipient) in found
    assert "THREATEN" not in {t for t, _, _ in found}


@pytest.mark.parametrize("text, actor, recipient", [
    # the penalty closes the list of acts demanded
    ("The rebels gave the government 72 hours to free their commander or pay the ransom, or face attacks "
     "on the capital.", "", ""),
    ("Chad's army gave President Idriss Deby and the rebel leaders 48 hours on Friday to end the standoff, "
     "warning that it would otherwise take control of the capital.", "TCD", "TCD"),
    ("Ankara gave the Syrian Kurdish militia a one-week ultimatum to leave the border town.", "TUR", ""),
])
def test_a_deadline_with_a_penalty_or_warning_is_an_ultimatum(nlp, text, actor, recipient):
    found = triples(text)
    assert "THREATEN" in {t for t, _, _ in found}
    assert "REQUEST" not in {t for t, _, _ in found}
    if actor:
        assert actor in {a for t, a, _ in found if t == "THREATEN"}
    if recipient:
        assert recipient in {r for t, _, r in found if t == "THREATEN"}


def test_days_given_to_leave_are_an_expulsion_when_the_parser_hangs_them_on_the_time(nlp):
    text = "Oslo expelled the Iranian ambassador on Monday and gave the diplomats at the embassy in Oslo five days to leave."
    found = triples(text)
    assert {t for t, _, _ in found} == {"SANCTION"}

