"""Events a trained PLOVER coder would not sign off on, and types one would correct (session 30,
issue #5): security forces storming a court, a mosque or a refugee camp (a raid: COERCE seize),
people hacked with blades (no cyber attack), a disaster the parser left without a subject, road
accidents, the stance of a participle that describes who did something ("farmers opposed to the
law blocked roads"), livelihoods or exports said to be threatened (no one threatened), medical
teams sent to fight an epidemic (aid, not mobilization), staff pulled out of a country (SANCTION),
people sent home forcibly (COERCE deport) and people ordered to stand trial (ACCUSE)."""

import pytest

import dyad

PUBLISHED = "2003-06-11"


def party(mention: dict) -> str | None:
    return mention["country"] or mention["code"]


def coded(text: str) -> list[dict]:
    return [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["status"] in ("asserted", "future")]


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in coded(text)}


@pytest.mark.parametrize("text, trigger, country", [
    ("Maldivian police stormed the Supreme Court in Male on Tuesday.", "stormed", "MDV"),
    ("Israeli soldiers stormed the Balata refugee camp near Nablus and arrested 20 men.", "stormed", "ISR"),
    ("Egyptian riot police stormed a mosque in Alexandria on Friday.", "stormed", "EGY"),
])
def test_security_forces_storming_a_court_mosque_or_camp_raid_it(nlp, text, trigger, country):
    event = by_trigger(text)[trigger]
    assert (event["type"], event["mode"]) == ("COERCE", "seize")
    assert {party(m) for m in event["actor"]} == {country}


def test_troops_storming_an_enemy_town_still_assault_it(nlp):
    event = by_trigger("Russian troops stormed the Chechen village of Komsomolskoye on Sunday.")["stormed"]
    assert event["type"] == "ASSAULT"


def test_people_hacked_are_cut_down_not_hacked_into(nlp):
    event = by_trigger("Hutu militiamen hacked villagers with machetes near Goma on Saturday.")["hacked"]
    assert (event["type"], event["mode"]) == ("ASSAULT", "primitive")
    computers = by_trigger("Chinese hackers hacked the computer networks of the Indian defence ministry.")["hacked"]
    assert (computers["type"], computers["mode"]) == ("COERCE", "cyber")


def test_a_disaster_the_parser_left_without_a_subject_is_no_attack(nlp):
    # the parser gives "after" the nouns and leaves "struck" with no subject: the killing is not the army's
    text = ("The Philippine army trucked rice, tents and medicine to Tacloban on Tuesday, four days after "
            "a typhoon and floods struck the city on Leyte island, killing more than 5,000 people.")
    assert not [e for e in coded(text) if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "An army truck collided with a minibus near Kandahar on Monday, killing six civilians.",
    "A Pakistani army truck killed four pedestrians in Quetta on Tuesday.",
])
def test_a_vehicle_killing_people_is_a_road_accident(nlp, text):
    assert not [e for e in coded(text) if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "A car packed with explosives killed 12 people outside a police station in Baghdad on Sunday.",
    "A truck ploughed into a crowd watching fireworks on the seafront in Nice, killing 84 people.",
])
def test_a_vehicle_bomb_or_a_vehicle_driven_into_a_crowd_is_still_an_attack(nlp, text):
    assert "ASSAULT" in {e["type"] for e in coded(text)}


@pytest.mark.parametrize("text, country", [
    ("Farmers opposed to the new water law blocked roads into Valencia on Tuesday.", "ESP"),
    ("Truckers opposed to new diesel taxes blocked the main highway into Santiago for a third day.", "CHL"),
])
def test_a_stance_that_describes_the_doers_is_not_their_rejection(nlp, text, country):
    found = coded(text)
    assert "REJECT" not in {e["type"] for e in found}
    blocked = by_trigger(text)["blocked"]
    assert blocked["type"] == "PROTEST" and {party(m) for m in blocked["actor"]} == {country}


def test_rebels_opposed_to_a_deal_are_who_attacked(nlp):
    event = by_trigger("Rebels opposed to the peace deal attacked an army post near Bunia on Monday.")["attacked"]
    assert event["type"] == "ASSAULT" and {party(m) for m in event["actor"]} == {"COD"}


def test_a_stance_told_with_be_is_still_coded(nlp):
    assert "REJECT" in {e["type"] for e in coded("China is opposed to the U.S. arms sale to Taiwan, the foreign ministry said.")}


def test_medical_staff_sent_to_fight_an_epidemic_are_aid(nlp):
    text = ("Cuba flew 165 doctors and nurses to Liberia on Friday, the largest deployment of Cuban "
            "health staff to fight the epidemic so far.")
    found = coded(text)
    assert "MOBILIZE" not in {e["type"] for e in found}
    assert any(e["type"] == "AID" and "LBR" in {party(m) for m in e["recipient"]} for e in found)


def test_an_agency_pulling_its_staff_out_withdraws_from_the_country(nlp):
    event = by_trigger("Oxfam pulled its foreign staff out of Darfur on Monday after two of its drivers were killed.")["pulled"]
    assert (event["type"], event["mode"], event["cameo"]) == ("SANCTION", "withdraw", "1663")
    assert {party(m) for m in event["recipient"]} == {"SDN"}
    embassy = by_trigger("The United States withdrew its embassy staff from Kabul on Friday.")["withdrew"]
    assert (embassy["type"], embassy["cameo"]) == ("SANCTION", "161")


def test_people_sent_home_forcibly_are_deported(nlp):
    event = by_trigger("Malaysia forcibly repatriated 200 Burmese asylum seekers on Tuesday, rights groups said.")["repatriated"]
    assert (event["type"], event["mode"]) == ("COERCE", "deport")
    let_go = by_trigger("Malaysia repatriated 200 Burmese migrants on Tuesday.")["repatriated"]
    assert let_go["type"] == "RETREAT"


@pytest.mark.parametrize("text", [
    "The drought in Kenya threatened the livelihoods of two million herders, the United Nations said.",
    "Striking dockers in Santos threatened Brazil's soybean exports on Tuesday.",
])
def test_what_endangers_livelihoods_or_exports_threatens_no_one(nlp, text):
    assert "THREATEN" not in {e["type"] for e in coded(text)}


def test_a_threat_to_cut_exports_is_still_a_threat(nlp):
    event = by_trigger("Venezuela threatened on Monday to cut oil exports to the United States.")["threatened"]
    assert event["type"] == "THREATEN" and {party(m) for m in event["actor"]} == {"VEN"}


def test_ordering_someone_to_stand_trial_brings_them_to_trial(nlp):
    event = by_trigger("A Peruvian court ordered former president Alberto Fujimori on Monday to stand trial "
                       "on corruption charges.")["ordered"]
    assert (event["type"], event["mode"]) == ("ACCUSE", "allege")
    assert {party(m) for m in event["actor"]} == {"PER"} and {party(m) for m in event["recipient"]} == {"PER"}


def test_standing_trial_before_a_court_is_the_courts_accusation(nlp):
    event = by_trigger("Former Liberian president Charles Taylor stood trial before a special court in The Hague.")["stood"]
    assert event["type"] == "ACCUSE" and {party(m) for m in event["recipient"]} == {"LBR"}


def test_hacked_and_burned_to_death_is_one_way_of_killing(nlp):
    # "to death" hangs on the second verb: it tells how both were done
    found = coded("Rebels hacked and burned to death 40 villagers near Gulu on Sunday.")
    assert {(e["type"], e["mode"]) for e in found} == {("ASSAULT", "primitive")}
