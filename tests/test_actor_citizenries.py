"""A nationality named with the people of origin before it keeps its own country ("Greek
Cypriots" are Cyprus's), while a people named with its state before it stays of that state
("Bosnian Serbs"); actors/citizenries.yaml (issue 6)."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("Greek Cypriots voted against the reunification plan on Saturday.", "Greek Cypriots", "CYPCVL"),
    ("Turkish Cypriots blocked the crossing in Nicosia for a second day.", "Turkish Cypriots", "CYPCVL"),
    ("Greek Cypriot negotiators walked out of the talks in Geneva.", "Greek Cypriot negotiators", "CYPGOV"),
    ("Thousands of Mexican Americans marched in Los Angeles against the bill.", "Mexican Americans", "USACVL"),
    # the state first, the people second: the state's
    ("Bosnian Serbs blocked the road to Gorazde.", "Bosnian Serbs", "BIHCVL"),
    ("Kosovo Albanians marched in Pristina on Monday.", "Kosovo Albanians", "XKXCVL"),
])
def test_a_citizenry_after_a_people_of_origin_is_its_own_country(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
