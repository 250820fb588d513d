"""Events whole wire stories tell with words dyad's trigger finder did not reach (session 38):
dismissals of office holders named by a title, forces moving toward a place, joining protests,
coups told as a takeover, and a few verbs and objects missing from the lexicon."""

import pytest

from helpers import events_by_trigger, types_by_trigger


@pytest.mark.parametrize("text, trigger", [
    ("The crisis began after the president fired Vice President Ana Ruiz on Nov. 6.", "fired"),
    ("Within hours the cabinet sacked the province's leader Tomas Berg.", "sacked"),
    ("The general said on radio that he had dismissed the president for breaking the constitution.", "dismissed"),
    ("The interior minister said Madrid would dismiss the head of the regional police.", "dismiss"),
    ("Parliament voted to remove the prime minister from power.", "remove"),
    ("Militias drove the elected governor out of office in 2019.", "drove"),
])
def test_a_dismissal_of_an_office_holder_named_by_title(text, trigger):
    event = events_by_trigger(text, "2019-11-20")[trigger]
    assert (event["type"], event["cameo"]) in (("COERCE", "172"), ("THREATEN", "132"))


@pytest.mark.parametrize("text", [
    "Soldiers fired at the president's convoy near the palace.",
    "The court dismissed the president's complaint on Monday.",
    "Police removed the protesters from the square.",
    "The minister removed documents from his office.",
])
def test_firing_at_or_removing_things_is_no_dismissal(text):
    assert not [e for e in types_by_trigger(text, "2019-11-20").values() if e == ("COERCE", "172")]


def test_a_capitalized_plural_of_troops_is_sent():
    event = events_by_trigger("Washington said it would send Marines to the island to restore order.",
                              "2004-02-29")["send"]
    assert (event["type"], event["cameo"], event["status"]) == ("MOBILIZE", "154", "future")


def test_a_contingent_is_sent():
    event = events_by_trigger("Botswana said it would send its own contingent later in the day.", "1998-09-22")["send"]
    assert (event["type"], event["cameo"]) == ("MOBILIZE", "154")


def test_taking_over_the_government_is_a_coup():
    text = "The army commander said troops had taken over the government on Tuesday night."
    assert types_by_trigger(text, "2006-12-06")["taken"] == ("COERCE", "172")


def test_taking_over_a_town_stays_a_capture_and_a_company_takeover_no_coup():
    assert types_by_trigger("Rebels took over the town on Monday.", "2006-12-06")["took"] == ("ASSAULT", "190")
    assert "takeover" not in events_by_trigger("The company completed its takeover of the rival bank.", "2006-12-06")
    assert "takes" not in events_by_trigger("Ankara will freeze ties if Cyprus takes over the bloc's rotating presidency.",
                                            "2011-07-17")


@pytest.mark.parametrize("text, trigger", [
    ("Hundreds of police officers joined the opposition protests on Monday.", "joined"),
    ("Several army units had joined the protesters by nightfall.", "joined"),
    ("Farmers joined weeks of street protests against the new tax.", "joined"),
])
def test_joining_protests_or_protesters_is_protesting(text, trigger):
    event = events_by_trigger(text, "2012-02-08")[trigger]
    assert (event["type"], event["cameo"]) == ("PROTEST", "141")


def test_joining_a_party_or_joining_forces_is_no_protest():
    assert "joined" not in events_by_trigger("She joined the ruling party in 2010.", "2012-02-08")
    assert events_by_trigger("Troops joined forces against the protesters.", "2012-02-08").get(
        "joined", {}).get("type") != "PROTEST"


def test_protesters_camping_outside_parliament_hold_a_sit_in():
    text = "Supporters of the cleric have camped outside parliament since March."
    assert types_by_trigger(text, "2012-02-08")["camped"] == ("PROTEST", "141")


@pytest.mark.parametrize("text", [
    "Refugees camped outside the border post for weeks.",
    "Journalists camped outside the hospital.",
])
def test_others_camping_is_no_protest(text):
    assert "camped" not in events_by_trigger(text, "2012-02-08")


def test_denied_laying_mines_is_a_denied_bombing():
    event = events_by_trigger("Officials denied that the rebels had laid mines along the road.", "2015-08-25")["laid"]
    assert (event["type"], event["cameo"], event["status"]) == ("ASSAULT", "183", "denied")


def test_laying_a_wreath_is_no_bombing():
    assert "laid" not in events_by_trigger("The mayor laid a wreath at the memorial.", "2015-08-25")


def test_forcing_a_plane_down_is_coercion():
    event = events_by_trigger("The authorities denied forcing the plane down.", "2021-05-24")["forcing"]
    assert (event["type"], event["cameo"], event["status"]) == ("COERCE", "170", "denied")


def test_forcing_a_team_to_train_is_no_event():
    assert "forced" not in events_by_trigger("The coach forced the team to train harder.", "2021-05-24")


def test_taking_up_arms_is_mobilizing():
    text = "Villagers took up arms against the militia last year."
    assert types_by_trigger(text, "1998-09-22")["took"] == ("MOBILIZE", "154")
    assert "took" not in events_by_trigger("She took up the post of minister in 2010.", "1998-09-22")


def test_regarding_a_leader_as_legitimate_recognises_him():
    text = "Mexico and Bolivia said they still regarded Maduro as the legitimate president."
    event = events_by_trigger(text, "2019-01-24")["regarded"]
    assert (event["type"], event["cameo"]) == ("SUPPORT", "054")
    assert [m["code"] for m in event["recipient"]] == ["VENGOV"]
    assert "regarded" not in events_by_trigger("He regarded the vote as a success.", "2019-01-24")


def test_recognizing_him_is_recognition():
    text = "Venezuela's opposition leader declared himself president, and Canada recognized him within hours."
    assert types_by_trigger(text, "2019-01-24")["recognized"] == ("SUPPORT", "054")


@pytest.mark.parametrize("text, trigger", [
    ("Baghdad denied that Iraqi forces were moving toward the Saudi border.", "moving"),
    ("The Pentagon said the aircraft carrier was moving closer to the island.", "moving"),
    ("Moroccan troops moved into a buffer zone on Friday to reopen the road.", "moved"),
    ("Rebels closed in on the capital as the president fled.", "closed"),
    ("Senegalese soldiers crossed the border in the south, a spokesman said.", "crossed"),
])
def test_forces_moving_toward_a_place_are_deployed(text, trigger):
    event = events_by_trigger(text, "2017-01-20")[trigger]
    assert (event["type"], event["cameo"]) == ("MOBILIZE", "154")


@pytest.mark.parametrize("text, trigger", [
    ("The talks moved to Geneva on Monday.", "moved"),
    ("Thousands of villagers crossed the border into Thailand.", "crossed"),
    ("The company moved closer to a deal.", "moved"),
    ("Police closed in on the suspect.", "closed"),
])
def test_others_moving_are_not_deployed(text, trigger):
    assert trigger not in events_by_trigger(text, "2017-01-20")


def test_a_past_verb_after_an_infinitive_is_its_own_event():
    # the parser joined "promised" to the infinitive "lay down", and the urging absorbed it
    text = "The minister urged the rebels to lay down their arms and promised an amnesty."
    assert types_by_trigger(text, "2012-02-08")["promised"][0] == "AGREE"


def test_shelter_given_is_asylum_marked_on_the_noun():
    event = events_by_trigger("Kyrgyzstan has given shelter to about 500 Uzbeks who fled across the border.",
                              "2005-05-17")["shelter"]
    assert (event["type"], event["cameo"]) == ("AID", "075")
    assert [m["code"] for m in event["recipient"]] == ["UZBCVL"]


def test_taking_shelter_is_no_asylum():
    assert "shelter" not in events_by_trigger("Residents took shelter in basements during the storm.", "2005-05-17")


def test_troops_flown_in_are_deployed():
    text = "Australia flew in about 100 police and soldiers on Thursday."
    assert types_by_trigger(text, "2021-11-26")["flew"][0] in ("MOBILIZE", "AID")
    assert "flew" not in events_by_trigger("The airline flew in extra staff for the holidays.", "2021-11-26")


def test_freezing_the_assembly_suspends_it():
    text = "The president dismissed the prime minister and froze the assembly on Sunday."
    assert types_by_trigger(text, "2021-07-26")["froze"] == ("COERCE", "172")
    assert types_by_trigger("The bank froze the accounts of the company.", "2021-07-26").get("froze") != ("COERCE", "172")


def test_weapons_seized_from_police_are_taken_by_force():
    text = "Protesters seized rifles from the police and set fire to the prosecutor's office."
    event = events_by_trigger(text, "2010-04-08")["seized"]
    assert (event["type"], event["cameo"]) == ("COERCE", "1711")
    assert [m["sector"] for m in event["recipient"]] == ["COP"]


def test_defeating_armed_men_is_fighting_them_and_defeating_a_candidate_is_not():
    text = "\"We have defeated the insurgents militarily,\" the army chief told reporters."
    assert events_by_trigger(text, "2009-05-18")["defeated"]["type"] == "ASSAULT"
    assert "defeated" not in events_by_trigger("The senator defeated the incumbent in the primary.", "2009-05-18")


def test_answering_fire_with_rounds_is_an_attack():
    text = "North Korean troops fired shells across the border, and South Korea responded with dozens of rounds."
    assert events_by_trigger(text, "2015-08-22")["responded"]["type"] == "ASSAULT"
    assert "responded" not in events_by_trigger("The ministry responded with a statement on Friday.", "2015-08-22")


def test_joint_exercises_are_marked_on_the_noun():
    text = "Iraqi troops joined Turkish forces for exercises near the border town on Tuesday."
    assert types_by_trigger(text, "2017-09-26")["exercises"] == ("COOPERATE", "062")
    assert types_by_trigger("Turkey joined forces with Qatar in the operation.", "2017-09-26")["joined"] == (
        "COOPERATE", "062")


def test_silencing_guns_is_a_ceasefire_and_dismissing_as_a_ploy_a_rejection():
    text = ("The rebels announced on Sunday that they were silencing their guns, a statement the "
            "army dismissed as a ploy.")
    found = events_by_trigger(text, "2009-05-18")
    assert (found["silencing"]["type"], found["silencing"]["mode"]) == ("RETREAT", "ceasefire")
    assert (found["dismissed"]["type"], found["dismissed"]["cameo"]) == ("REJECT", "120")
    assert "silenced" not in events_by_trigger("The critics silenced the crowd.", "2009-05-18")


def test_a_person_named_sacked_in_the_passive_is_dismissed():
    text = "King Harald said Tomas Berg had been sacked once before by the palace in 2002."
    assert events_by_trigger(text, "2005-02-01")["sacked"]["type"] == "COERCE"


def test_dismissing_someone_as_a_puppet_is_no_dismissal():
    event = events_by_trigger("The opposition dismissed Ana Ruiz as a puppet of the army.", "2005-02-01").get("dismissed")
    assert event is None or event["type"] != "COERCE"


def test_protesters_driving_the_president_out_of_the_capital():
    text = "Protesters stormed government buildings and drove the president out of the capital."
    assert types_by_trigger(text, "2010-04-08")["drove"] == ("COERCE", "172")


def test_soldiers_taking_away_a_governor_arrest_him():
    text = "Soldiers stormed the palace and took away the central bank governor, witnesses said."
    assert events_by_trigger(text, "2009-03-17")["took"]["type"] == "COERCE"

