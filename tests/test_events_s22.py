"""Event constructions of news that dyad coded wrongly (session 22): two titled people the parser
joins through the first one's name, a forceful answer vowed or warned of, any such deed (none in
particular), self-defence, missiles fired at no one the sentence names. Sentences written for
these tests."""

from helpers import coded_triples, events_by_trigger

PUBLISHED = "2024-05-06"


def test_two_titled_leaders_who_met_are_both_actors(nlp):
    event = events_by_trigger("Niger's President Mohamed Bazoum and Benin's President Patrice Talon met "
                              "in Cotonou on Thursday.", PUBLISHED)["met"]
    assert {m["country"] for m in event["actor"] + event["recipient"]} == {"NER", "BEN"}


def test_vowing_to_respond_firmly_is_a_threat(nlp):
    event = events_by_trigger("Beijing vowed to respond firmly if Washington imposed new tariffs on Chinese steel.",
                              PUBLISHED)["vowed"]
    assert (event["type"], event["status"]) == ("THREATEN", "asserted")
    assert event["actor"][0]["country"] == "CHN"


def test_warning_of_a_strong_reaction_is_a_threat(nlp):
    assert ("THREATEN", "PRK", None) in coded_triples(
        "Pyongyang warned on Monday that it would react strongly to the joint drills.", PUBLISHED)


def test_vowing_to_help_is_still_a_promise(nlp):
    assert events_by_trigger("The minister vowed to help the flood victims.", PUBLISHED)["vowed"]["type"] == "AGREE"


def test_any_attack_is_no_attack_that_happened(nlp):
    events = events_by_trigger("Tehran said it was ready to answer any attack by Israel.", PUBLISHED)
    assert events.get("attack") is None or events["attack"]["status"] != "asserted"
    events = events_by_trigger("The accord forbids any deployment of troops in the zone.", PUBLISHED)
    assert events.get("deployment") is None or events["deployment"]["status"] != "asserted"


def test_refusing_any_talks_is_still_a_rejection(nlp):
    assert events_by_trigger("The rebels rejected any talks with the government.", PUBLISHED)["rejected"]["type"] == "REJECT"


def test_defending_itself_supports_no_one(nlp):
    assert "defend" not in events_by_trigger("Iran said it would defend itself against any attack.", PUBLISHED)


def test_a_missile_fired_into_the_sea_is_a_show_of_force(nlp):
    assert coded_triples("North Korea fired two short-range ballistic missiles into the sea off its east coast "
                         "on Thursday.", PUBLISHED) == {("MOBILIZE", "PRK", None)}
    assert coded_triples("North Korea test-fired an intercontinental ballistic missile on Friday.",
                         PUBLISHED) == {("MOBILIZE", "PRK", None)}


def test_a_missile_fired_at_a_country_is_an_attack(nlp):
    assert coded_triples("Iran fired ballistic missiles at Israel overnight.", PUBLISHED) == {("ASSAULT", "IRN", "ISR")}


def test_an_anti_national_protest_is_aimed_at_that_nation(nlp):
    assert coded_triples("An anti-American protest in Karachi turned violent on Friday.",
                         PUBLISHED) == {("PROTEST", "PAK", "USA")}
    assert coded_triples("Anti-Japanese demonstrations spread across China on Sunday.",
                         PUBLISHED) == {("PROTEST", "CHN", "JPN")}


def test_a_pro_national_rally_is_not_by_that_nation(nlp):
    assert not any(actor == "RUS" for _, actor, _ in coded_triples("A pro-Russian rally drew thousands in Donetsk.",
                                                                   PUBLISHED))


def test_what_is_told_to_someone_is_made_to_them(nlp):
    event = events_by_trigger("India's foreign minister told his Nepali counterpart that New Delhi was ready to "
                              "help rebuild the damaged bridges.", PUBLISHED)["ready"]
    assert event["type"] == "AGREE"
    assert [m["country"] for m in event["recipient"]] == ["NPL"]


def test_what_is_told_to_reporters_is_made_to_no_one(nlp):
    event = events_by_trigger("Lavrov told reporters that Moscow was ready to resume talks.", PUBLISHED)["ready"]
    assert event["recipient"] == []


def test_lashing_results_as_fraudulent_is_an_accusation(nlp):
    assert events_by_trigger("The opposition leader on Friday lashed the election results as fraudulent.",
                             PUBLISHED)["lashed"]["type"] == "ACCUSE"
    assert "lashed" not in events_by_trigger("Cyclone Idai lashed the coast of Mozambique.", PUBLISHED)


def test_withdrawing_a_strike_concedes(nlp):
    assert events_by_trigger("The teachers' union withdrew its strike on Monday.", PUBLISHED)["withdrew"]["type"] == "CONCEDE"


def test_leading_a_delegation_to_a_country_visits_it(nlp):
    assert coded_triples("Papua New Guinea led a Pacific delegation to Fiji last week.",
                         PUBLISHED) == {("CONSULT", "PNG", "FJI")}


def test_promising_an_immediate_response_is_a_threat(nlp):
    assert ("THREATEN", "RUS", None) in coded_triples(
        "The Russian Foreign Ministry promised to respond immediately to any attempt to interfere.", PUBLISHED)


def test_a_demand_with_a_penalty_for_refusing_is_an_ultimatum(nlp):
    assert coded_triples("The Ivorian president on Friday ordered the renegade commander Ibrahim Coulibaly to lay "
                         "down his arms or be disarmed.", PUBLISHED) == {("THREATEN", "CIV", "CIV")}
    event = events_by_trigger("The Nigerian army urged the rebels to leave the town or face military action.",
                              PUBLISHED)["urged"]
    assert (event["type"], event["cameo"]) == ("THREATEN", "139")


def test_a_demand_with_a_choice_of_acts_is_still_a_demand(nlp):
    event = events_by_trigger("The UN urged the rebels to leave the city or join the peace talks.", PUBLISHED)["urged"]
    assert event["type"] == "REQUEST"


def test_captives_set_free_are_released(nlp):
    event = events_by_trigger("Maoist rebels last week set free 12 policemen captured in a raid in Nepal.",
                              PUBLISHED)["set"]
    assert (event["type"], event["mode"]) == ("RETREAT", "release")


def test_billions_in_aid_obtained_come_from_the_giver(nlp):
    assert coded_triples("The Kenyan government has obtained billions in Chinese aid for its railway.",
                         PUBLISHED) == {("AID", "CHN", "KEN")}


def test_a_state_destroying_homes_coerces_and_rebels_doing_so_assault(nlp):
    event = events_by_trigger("Israeli forces destroyed the house of a Palestinian gunman near Jenin on Sunday.",
                              PUBLISHED)["destroyed"]
    assert (event["type"], event["actor"][0]["country"]) == ("COERCE", "ISR")
    assert events_by_trigger("Rebels destroyed dozens of homes in the village.", PUBLISHED)["destroyed"]["type"] == "ASSAULT"


def test_foreigners_killed_by_gunmen_are_the_victims_not_the_country(nlp):
    event = events_by_trigger("British tourists killed by gunmen in Tunisia were flown home on Sunday.",
                              PUBLISHED)["killed"]
    assert [m["country"] for m in event["recipient"]] == ["GBR"]


def test_captives_released_after_a_night_are_the_captors_release(nlp):
    assert coded_triples("Four Italian engineers kidnapped by gunmen in Nigeria were last night released.",
                         PUBLISHED) == {("RETREAT", "NGA", "ITA")}
    event = events_by_trigger("The Red Cross says six of its staff who were abducted by militiamen in Congo "
                              "have been freed.", PUBLISHED)["freed"]
    assert (event["type"], event["actor"][0]["text"]) == ("RETREAT", "militiamen")


def test_protesters_blocking_an_avenue_protest(nlp):
    assert events_by_trigger("Protesters blocked the main avenue of Buenos Aires on Tuesday.",
                             PUBLISHED)["blocked"]["type"] == "PROTEST"


def test_the_imposition_of_a_curfew_is_the_curfew(nlp):
    assert coded_triples("The Liberian police on Monday announced the imposition of a curfew in the northern town "
                         "of Voinjama.", PUBLISHED) == {("COERCE", "LBR", "LBR")}


def test_a_past_deed_beside_what_a_reporter_says_is_the_reporters(nlp):
    event = events_by_trigger("Spain's foreign minister says recovering Gibraltar remains a national goal and called "
                              "for talks with London.", PUBLISHED)["called"]
    assert (event["type"], event["actor"][0]["country"]) == ("REQUEST", "ESP")
    event = events_by_trigger("Witnesses say the army stormed the building and is holding hostages.",
                              PUBLISHED)["stormed"]
    assert event["actor"][0]["text"] == "the army"


def test_a_letter_delivered_is_no_aid(nlp):
    assert "delivered" not in events_by_trigger("The envoy delivered a letter to the Serbian president.", PUBLISHED)


def test_a_place_visited_does_not_do_what_the_visitor_came_for(nlp):
    event = events_by_trigger("Pakistan's prime minister visited Kabul to sign a security pact.", PUBLISHED)["sign"]
    assert [m["country"] for m in event["actor"]] == ["PAK"]


def test_someone_barred_entry_is_rejected_by_the_state_they_were_kept_out_of(nlp):
    assert coded_triples("The UN special rapporteur on torture was barred entry to Zimbabwe on Monday.",
                         PUBLISHED) == {("REJECT", "ZWE", "IGO")}
    event = events_by_trigger("Two Al Jazeera journalists were denied entry to Israel.", PUBLISHED)["denied"]
    assert (event["type"], event["actor"][0]["country"]) == ("REJECT", "ISR")
    assert event["recipient"][0]["text"] == "Two Al Jazeera journalists"


def test_aid_approved_to_help_a_country_goes_to_it(nlp):
    assert coded_triples("The World Bank approved a 200 million dollar loan to help Nepal recover from the "
                         "earthquake.", PUBLISHED) == {("AID", "IGO", "NPL")}
    event = events_by_trigger("The Asian Development Bank said it would release funds to help Pakistan rebuild "
                              "after the floods.", PUBLISHED)
    assert any(m["country"] == "PAK" for e in event.values() for m in e["recipient"])


def test_the_country_a_state_invades_is_not_that_state(nlp):
    event = events_by_trigger("The United States completed the withdrawal of its forces from Afghanistan on Monday, "
                              "nearly twenty years after it invaded the country.", PUBLISHED)["invaded"]
    assert [m["country"] for m in event["recipient"]] == ["AFG"]


def test_refusing_to_suspend_enrichment_is_a_rejection_and_suspending_it_disarms(nlp):
    assert events_by_trigger("Iran said it would not suspend uranium enrichment.", PUBLISHED)["suspend"]["type"] == "REJECT"
    event = events_by_trigger("Iran suspended uranium enrichment in 2003.", PUBLISHED)["suspended"]
    assert (event["type"], event["mode"]) == ("RETREAT", "disarm")
    assert events_by_trigger("The US suspended nuclear cooperation with India.", PUBLISHED)["suspended"]["type"] == "SANCTION"


def test_declaring_diplomats_persona_non_grata_expels_them(nlp):
    assert coded_triples("Moscow declared the British ambassador persona non grata on Monday.",
                         PUBLISHED) == {("SANCTION", "RUS", "GBR")}


def test_a_hostile_answer_is_aimed_at_whoever_did_what_it_answers(nlp):
    assert coded_triples("Iran on Monday threatened to close the Strait of Hormuz in response to the European "
                         "Union's decision to impose new sanctions.", PUBLISHED) == {("THREATEN", "IRN", "IGO")}


def test_a_promised_answer_is_aimed_at_whoever_acts_it_answers(nlp):
    assert coded_triples("The Russian Foreign Ministry promised to respond immediately to attempts by American "
                         "diplomats to interfere in the country's affairs.", PUBLISHED) == {("THREATEN", "RUS", "USA")}


def test_protesters_outside_a_foreign_embassy_are_not_of_its_country(nlp):
    event = events_by_trigger("Students protested outside the Israeli embassy on Friday.", PUBLISHED)["protested"]
    assert event["actor"][0]["country"] != "ISR"
    assert [m["country"] for m in event["recipient"]] == ["ISR"]
