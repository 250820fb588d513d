"""Actor classes of error met in session 28 (issue 6). Sentences written for these tests."""

import pytest

from helpers import coded_events


@pytest.mark.parametrize("text, code", [
    # a country after a province's name and place noun places the province, for an actor as for
    # an event's place (Honduras has a town of Morazan; El Salvador a department)
    ("Guerrillas overran an army post in Morazan province, El Salvador, before dawn on Sunday.", "SLVMIL"),
    ("Rebels shot dead the mayor of a village in Morazan province, El Salvador, on Friday.", "SLVGOV"),
])
def test_place_qualified_by_country(text, code):
    events = coded_events(text, "1989-11-13")
    assert [m["code"] for e in events for m in e["recipient"]] == [code]
