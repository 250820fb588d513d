"""Event classes the blind sets showed dyad coding wrongly (session 15): a state taking over a
plant, a mine or an oil field confiscates it (COERCE seize, CAMEO 1711), where armed groups
seizing one take it by force; a verb of force whose subject is a deed naming its doer ("an air strike
by the coalition hit a bus") is done by that doer; quitting a community, a league or the
Commonwealth leaves an international body (SANCTION withdraw); ordering immigrants out of the
country expels them (COERCE deport)."""

import pytest

from helpers import coded_triples

PUBLISHED = "2024-05-20"


def triples(text: str) -> set[tuple]:
    return coded_triples(text, PUBLISHED)


@pytest.mark.parametrize("text, triple", [
    ("Ecuadorean authorities seized a cement plant owned by Mexico's Cemex in Quito on Tuesday.", ("COERCE", "ECU", "MEX")),
    ("Zimbabwean police took over a platinum mine owned by a British company on Friday.", ("COERCE", "ZWE", "GBR")),
    ("Peruvian troops took control of oil fields run by Brazil's Petrobras on Monday.", ("COERCE", "PER", "BRA")),
])
def test_a_state_taking_over_property_confiscates_it(nlp, text, triple):
    found = triples(text)
    assert triple in found
    assert not {t for t in found if t[0] == "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Rebels seized control of the main oil field near Brega on Sunday.",
    "Gunmen seized a cement factory in northern Nigeria on Sunday.",
    "Government troops took control of the town of Ajdabiya on Sunday.",
])
def test_fighters_seizing_a_place_still_attack(nlp, text):
    assert "ASSAULT" in {t for t, _, _ in triples(text)}


@pytest.mark.parametrize("text, doer, victim", [
    ("An artillery barrage by Armenian forces hit a school in the Azerbaijani town of Tartar on Tuesday, killing two children.", "ARM", "AZE"),
    ("A car bomb attack by Shabaab militants hit a hotel in Mogadishu on Friday, killing 15 people.", "SOM", "SOM"),
    ("A missile strike by Russian forces hit a shopping centre in the Ukrainian city of Kremenchuk on Monday.", "RUS", "UKR"),
])
def test_a_deed_that_names_its_doer_hit_what_its_verb_hit(nlp, text, doer, victim):
    # the verb tells what the strike did: its doer is the strike's, not no one or the weapon
    found = {t for t in triples(text) if t[0] == "ASSAULT"}
    assert ("ASSAULT", doer, victim) in found
    assert {a for _, a, _ in found} == {doer}


@pytest.mark.parametrize("text, triple", [
    ("Gambia quit the Commonwealth on Thursday, calling it a neo-colonial institution.", ("SANCTION", "GMB", "IGO")),
    ("Morocco left the Arab League on Tuesday in protest at the vote.", ("SANCTION", "MAR", "IGO")),
    ("Chad announced on Friday that it was quitting the Economic Community of Central African States.", ("SANCTION", "TCD", "IGO")),
])
def test_quitting_an_international_body_withdraws_from_it(nlp, text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text", [
    "Ghana on Tuesday ordered all illegal immigrants to leave the country within 14 days.",
    "Saudi Arabia ordered the expatriates to leave the kingdom by the end of the month.",
])
def test_ordering_immigrants_out_expels_them(nlp, text):
    assert "COERCE" in {t for t, _, _ in triples(text)}


def test_ordering_a_number_of_immigrants_out_expels_them(nlp):
    # "thousands of": the ones ordered to leave are named after a number, not as the object itself
    text = "Nigeria ordered thousands of illegal immigrants to leave the country within two weeks."
    assert ("COERCE", "NGA", "NGA") in triples(text)
