"""Word senses and frames that decide an event's type: a shell that slams into a town is no critic,
agreeing on a ceasefire is an agreement, wiping out a debt is no attack, troops that land or cross
into a country are deployed there."""

import pytest

import dyad
from helpers import coded_events

PUBLISHED = "2025-03-10"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def asserted(text: str, published: str = PUBLISHED) -> list[dict]:
    return coded_events(text, published)


def types(text: str) -> list[str]:
    return [e["type"] for e in asserted(text)]


def test_a_projectile_slamming_into_a_place_is_an_attack_not_criticism(nlp):
    [event] = asserted("Russian rockets slammed into a residential district of Kharkiv on Friday.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("ASSAULT", {"UKR"})
    assert types("The opposition slammed the government over the budget cuts.") == ["ACCUSE"]
    assert types("A delivery truck slammed into a wall in Lagos on Friday.") == []


def test_agreeing_on_a_ceasefire_is_an_agreement(nlp):
    [event] = asserted("Ethiopia and Eritrea agreed on a ceasefire on Saturday.")
    assert (event["type"], event["trigger"]["text"]) == ("AGREE", "agreed")
    assert {party(m) for m in event["actor"]} == {"ETH", "ERI"}


def test_offering_an_apology_is_the_apology(nlp):
    [event] = asserted("Germany's chancellor offered an apology to Namibia for the colonial-era killings.")
    assert (event["type"], event["cameo"]) == ("CONCEDE", "055")
    assert types("Germany offered Namibia 1.1 billion euros in development aid.") != ["CONCEDE"]


def test_wiping_out_a_debt_is_no_attack(nlp):
    assert "ASSAULT" not in types("Creditors agreed on Monday to a deal wiping out most of Zambia's foreign debt.")
    assert types("Jihadist fighters wiped out an army patrol near the border with Niger.") == ["ASSAULT"]


def test_people_who_took_shelter_gave_no_aid(nlp):
    assert "AID" not in types("Shelling killed 40 Syrian civilians who had sheltered there from the fighting.")
    [event] = asserted("Turkey has sheltered more than three million Syrian refugees.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("AID", {"SYR"})


def test_a_court_approving_an_arrest_warrant_threatens_arrest(nlp):
    [event] = asserted("A court in Lima approved an arrest warrant for former President Pedro Castillo on Monday.")
    assert (event["type"], event["mode"]) == ("THREATEN", "arrest")


def test_taking_a_country_to_court_is_suing_it(nlp):
    [event] = asserted("Ukraine took Russia to the International Court of Justice on Monday.")
    assert (event["type"], event["cameo"]) == ("ACCUSE", "115")
    assert ({party(m) for m in event["actor"]}, {party(m) for m in event["recipient"]}) == ({"UKR"}, {"RUS"})
    assert types("She took her son to school on Monday.") == []


def test_ferrying_food_to_people_is_aid(nlp):
    [event] = asserted("Indian navy ships ferried food and medicine to flood victims in Sri Lanka on Tuesday.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("AID", {"LKA"})


@pytest.mark.parametrize("text", ["The first Kenyan peacekeepers flew into Haiti's capital on Tuesday.",
                                  "The first Kenyan peacekeepers landed in Port-au-Prince on Tuesday."])
def test_peacekeepers_flying_in_or_landing_are_peacekeeping(nlp, text):
    [event] = asserted(text)
    assert (event["type"], event["cameo"]) == ("AID", "074")
    assert {party(m) for m in event["actor"]} == {"KEN"}


def test_troops_landing_in_a_country_are_deployed_there(nlp):
    [event] = asserted("Hundreds of French troops landed in Bamako on Friday.")
    assert (event["type"], event["mode"], {party(m) for m in event["actor"]}) == ("MOBILIZE", "troops", {"FRA"})
    assert types("The president's plane landed in Kabul on Friday.") == []


def test_troops_crossing_into_a_country_enter_it(nlp):
    [event] = asserted("Rwandan troops crossed into eastern Congo on Sunday.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("ASSAULT", {"COD"})
    # leaving a country through a border is a withdrawal, not an attack on the next one
    assert "ASSAULT" not in types("The last British troops left Iraq, crossing the border into Kuwait.")


def test_a_doerless_deed_that_sets_the_scene_is_no_event_one_before_the_news_is(nlp):
    # "as ...": the scene while the news happened; the news here is the mediators' withdrawal
    assert "ASSAULT" not in types("Egyptian mediators ended their talks with the rival militias in Tripoli on Monday "
                                  "as shells continued crashing into the port.")
    events = asserted("The kidnapping came hours after a bomb ripped through a bus station in Abuja.")
    assert "ripped" in {e["trigger"]["text"] for e in events}


def test_releasing_figures_is_no_release_of_prisoners(nlp):
    assert types("Brazil's health ministry stopped releasing the daily totals of coronavirus deaths.") == []


def test_warplanes_sent_into_anothers_airspace_are_a_show_of_force(nlp):
    [event] = asserted("China sent 30 fighter jets into Taiwan's air defence zone on Monday.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("MOBILIZE", {"TWN"})
    assert types("Denmark sent fighter jets to Ukraine.") == ["AID"]


def test_suspending_the_internet_restricts_people(nlp):
    [event] = asserted("Ethiopian authorities suspended internet services in the Tigray region on Monday.")
    assert event["type"] == "COERCE"
    assert types("Egypt suspended flights to Qatar.") == ["SANCTION"]


def test_what_a_demanded_act_must_come_before_has_not_happened(nlp):
    [event] = [e for e in dyad.code("The army will withdraw before President Kabila steps down.",
                                     published=PUBLISHED)["events"] if e["type"] == "RETREAT"]
    assert event["status"] == "hypothetical"
    assert "RETREAT" in types("Peacekeepers arrived a week before President Kabila stepped down.")


def test_ordering_foreign_peacekeepers_or_reporters_to_leave_expels_them(nlp):
    [event] = asserted("Sudan ordered U.N. peacekeepers to leave Darfur by the end of the month.")
    assert (event["type"], event["mode"], event["cameo"]) == ("SANCTION", "expel", "1661")
    [event] = asserted("Nicaragua ordered two Spanish journalists to leave the country.")
    assert (event["type"], event["mode"]) == ("COERCE", "deport")
    assert types("Nicaragua ordered two Spanish journalists to hand over their footage.") == ["REQUEST"]


def test_giving_the_go_ahead_approves(nlp):
    [event] = asserted("Washington gave Israel the green light for the operation.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("SUPPORT", {"ISR"})
    assert "THREATEN" not in types("Police raided the offices on Friday, a day after a judge gave them the go-ahead.")


def test_ordering_a_group_closed_or_dissolved_restricts_it(nlp):
    [event] = asserted("A Cairo court ordered the dissolution of the Muslim Brotherhood's political party on Saturday.")
    assert (event["type"], event["mode"], {party(m) for m in event["recipient"]}) == ("COERCE", "restrict", {"EGY"})
    assert types("The government ordered the closure of schools because of the outbreak.") == []
