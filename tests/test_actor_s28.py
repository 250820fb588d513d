"""Actor classes of error met in session 28 (issue 6). Sentences written for these tests."""

import pytest

import dyad

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


def _actor_codes(text):
    return [m["code"] for e in coded_events(text, "1988-03-02") for m in e["actor"]]


@pytest.mark.parametrize("text, foreign", [
    # a party official or a minister no table knows is not of the state he accuses or criticises
    ("Party chief Anton Hradek accused Austria on Tuesday of meddling in the election.", "AUT"),
    ("The ruling party accused Austria on Tuesday of meddling in the election.", "AUT"),
    ("Defence Minister Anton Hradek criticised Kenya on Monday for holding the two pilots.", "KEN"),
    ("Defence Minister Anton Hradek criticised the Kenyan government on Monday for holding the two pilots.", "KEN"),
])
def test_not_of_the_state_faced(text, foreign):
    codes = _actor_codes(text)
    assert codes and not any(code and code.startswith(foreign) for code in codes)


@pytest.mark.parametrize("text, code", [
    # facing a state's opposition or its people, or acting on them, he is as often of it
    ("Foreign Minister Anton Hradek criticised the Kenyan opposition on Monday for the riots.", "KENGOV"),
    ("Opposition leaders accused the Kenyan government on Monday of rigging the vote.", "KENOPP"),
])
def test_of_the_state_whose_people_he_faces(text, code):
    assert _actor_codes(text) == [code]


@pytest.mark.parametrize("text, leader", [
    # the country that led or brokered a deed the sentence names is not the country of its others
    ("Ten years after the Soviet-led invasion, the Communist leadership jailed 30 reformers on Monday.", "RUS"),
    ("Police detained 40 students at a rally against the U.S.-led invasion on Saturday.", "USA"),
])
def test_leader_of_a_deed_names_no_others(text, leader):
    codes = _actor_codes(text)
    assert codes and not any(code and code.startswith(leader) for code in codes)


def test_patron_town_places_no_one():
    # "Tehran-backed": a patron, not where the militiamen are
    codes = _actor_codes("Tehran-backed militiamen shelled the airport on Sunday.")
    assert codes and not any(code and code.startswith("IRN") for code in codes)


def test_led_body_is_the_leaders():
    # the body a country leads is still its own
    assert _actor_codes("The Saudi-led coalition bombed a market in Saada on Sunday.") == ["SAUMIL"]


@pytest.mark.parametrize("published", [None, "1985-11-07"])
def test_movement_called_guerrillas_in_its_name(published):
    # a movement that later became a party is the rebels it was when the text calls it guerrillas,
    # even when its knowledge-base name swallows the role noun ("M-19 guerrillas")
    events = [e for e in dyad.code("The M-19 guerrillas stormed a police station in Cali on Tuesday.",
                                   published=published)["events"]]
    assert [m["code"] for e in events for m in e["actor"]] == ["COLREB"]


def test_former_guerrillas_stay_a_party():
    events = coded_events("The former M-19 guerrillas accused the army on Monday of killing a senator.", "1995-03-02")
    assert [m["code"] for e in events for m in e["actor"]] == ["COLPTY"]


@pytest.mark.parametrize("text, phrase_code", [
    # a nationality and a role noun are one party with the noun's sector, not the nationality alone
    ("Serb gunners shelled the town of Gorazde on Tuesday.", ("Serb gunners", "SRBMIL")),
    ("Iraqi artillerymen fired on the Kurdish villages on Monday.", ("Iraqi artillerymen", "IRQMIL")),
    ("Croat irregulars burned the village on Sunday.", ("Croat irregulars", "HRVREB")),
    ("An Israeli jet bombed a house in Gaza on Friday.", ("An Israeli jet", "ISRMIL")),
])
def test_nationality_and_role_noun(text, phrase_code):
    events = coded_events(text, "1994-04-12")
    assert [(m["text"], m["code"]) for e in events for m in e["actor"]][:1] == [phrase_code]


def test_one_woman_is_a_civilian():
    events = coded_events("Gunmen kidnapped a French woman in Sanaa on Monday.", "2009-06-15")
    assert [(m["text"], m["code"]) for e in events for m in e["recipient"]] == [("a French woman", "FRACVL")]


@pytest.mark.parametrize("text, code", [
    # police are not of the nationality of the civilian they hold: that is news because it is foreign
    ("Police charged a 34-year-old British woman with drug smuggling on Monday after a raid in Bali.", "IDNCOP"),
    # a state's opposition they arrest is as often their own
    ("Police arrested three Kenyan opposition leaders on Monday.", "KENCOP"),
])
def test_police_not_of_the_foreigner_they_hold(text, code):
    assert _actor_codes(text)[:1] == [code]
