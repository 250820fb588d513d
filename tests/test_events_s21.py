"""Event constructions of real news that dyad coded wrongly (session 21, real PLOVER study set): a
deed told as a step taken, a withdrawal from a town of the doer's own country, a plan of harm on a
condition, a shipment whose destination the parser hangs on its cargo. Sentences written for
these tests."""

from helpers import coded_triples, events_by_trigger

PUBLISHED = "2024-05-06"


def test_taking_the_step_of_expelling_a_diplomat_expels_him(nlp):
    event = events_by_trigger("Ottawa on Monday took the unusual step of expelling Li Wei, chargé d'affaires "
                              "at the Chinese embassy.", PUBLISHED)["expelling"]
    assert (event["type"], event["status"]) == ("SANCTION", "asserted")
    assert event["actor"][0]["country"] == "CAN"
    assert event["recipient"][0]["country"] == "CHN"
    assert event["date"]["value"] == "2024-05-06"


def test_a_step_to_be_taken_is_still_to_come(nlp):
    event = events_by_trigger("Brazil will take the step of recalling its ambassador from Israel.",
                              PUBLISHED)["recalling"]
    assert event["status"] == "future"
    assert event["actor"][0]["country"] == "BRA"


def test_a_step_only_considered_is_not_taken(nlp):
    event = events_by_trigger("Brazil is weighing the step of recalling its ambassador from Israel.",
                              PUBLISHED).get("recalling")
    assert event is None or event["status"] != "asserted"


def test_withdrawing_from_a_town_of_ones_own_country_has_no_recipient(nlp):
    assert coded_triples("The Taliban withdrew from the northern city of Kunduz on Sunday.",
                         PUBLISHED) == {("RETREAT", "AFG", None)}


def test_withdrawing_from_a_foreign_town_is_aimed_at_its_country(nlp):
    assert coded_triples("Russian troops withdrew from the Ukrainian city of Kherson.",
                         PUBLISHED) == {("RETREAT", "RUS", "UKR")}


def test_a_plan_to_oust_the_government_unless_it_goes_is_a_threat(nlp):
    event = events_by_trigger("The army chief said he planned to remove the prime minister if he refused "
                              "to resign.", PUBLISHED)["remove"]
    assert (event["type"], event["status"]) == ("THREATEN", "future")


def test_a_plan_with_no_condition_is_no_threat(nlp):
    event = events_by_trigger("The army chief planned to remove the prime minister.", PUBLISHED)["remove"]
    assert event["type"] == "COERCE"
    assert event["status"] == "hypothetical"


def test_an_ultimatum_whose_condition_is_a_refusal(nlp):
    # "if it refuses to" is "unless it does": the promised sanctions are a threat
    event = events_by_trigger("The president said he would impose sanctions on Iran if it refused to halt "
                              "enrichment.", PUBLISHED)["impose"]
    assert event["type"] == "THREATEN"
    assert event["recipient"][0]["country"] == "IRN"


def test_planes_full_of_supplies_sent_to_a_country(nlp):
    assert ("AGREE", "JPN", "TUR") in coded_triples(
        "Japan says it will send planes full of tents and blankets to Turkey after the earthquake.", PUBLISHED)


def test_relations_established_with_a_state_are_aimed_at_it(nlp):
    assert coded_triples("Liberia has established diplomatic relations with Kazakhstan and Belarus.",
                         PUBLISHED) == {("SUPPORT", "LBR", "KAZ"), ("SUPPORT", "LBR", "BLR")}


def test_two_states_restoring_ties_both_act(nlp):
    assert coded_triples("Qatar and Egypt restored diplomatic ties on Monday.", PUBLISHED) == {
        ("SUPPORT", "QAT", None), ("SUPPORT", "EGY", None)}


def test_a_state_among_those_that_acted_acted(nlp):
    assert ("SUPPORT", "DEU", "XKX") in coded_triples("Germany was among the countries that recognised Kosovo.",
                                                      PUBLISHED)
    assert ("SUPPORT", "GBR", "XKX") in coded_triples("Britain is one of the states that recognised Kosovo.",
                                                      PUBLISHED)


def test_exercises_held_with_another_state_are_military_cooperation(nlp):
    assert coded_triples("Russia held naval drills with China in the Sea of Japan.", PUBLISHED) == {
        ("COOPERATE", "RUS", "CHN")}


def test_exercises_near_a_border_with_a_state_are_no_cooperation(nlp):
    triples = coded_triples("Russia held military exercises near its border with Ukraine.", PUBLISHED)
    assert {t for t, _, _ in triples} == {"MOBILIZE"}


def test_a_deadline_to_withdraw_is_no_withdrawal(nlp):
    event = events_by_trigger("The council set the rebels a deadline to withdraw from the port.", PUBLISHED)["withdraw"]
    assert event["status"] == "hypothetical"


def test_what_two_states_agree_on_is_aimed_at_neither(nlp):
    assert coded_triples("Thailand and Cambodia agreed on Friday to reopen all crossings along their border "
                         "in Sa Kaeo province.", PUBLISHED) == {("AGREE", "THA", None), ("AGREE", "KHM", None)}


def test_what_two_states_agree_to_do_for_a_third_is_aimed_at_it(nlp):
    assert coded_triples("France and Germany agreed to send aid to Ukraine.", PUBLISHED) == {
        ("AGREE", "FRA", "UKR"), ("AGREE", "DEU", "UKR")}


def test_planes_dropping_food_deliver_aid(nlp):
    event = events_by_trigger("Egyptian air force planes dropped food and medicine to families in southern "
                              "Gaza on Tuesday.", PUBLISHED)["dropped"]
    assert event["type"] == "AID"
    assert event["actor"][0]["country"] == "EGY"


def test_a_warning_that_boats_will_be_seized_is_a_threat(nlp):
    assert ("THREATEN", "ARG", "GBR") in coded_triples(
        "Argentina warned that its coast guard would seize any British trawlers in its waters.", PUBLISHED)


def test_soldiers_disarming_a_police_force_coerce_it(nlp):
    event = events_by_trigger("Army units disarmed the municipal police of Reynosa on Friday.", PUBLISHED)["disarmed"]
    assert event["type"] == "COERCE"


def test_rebels_who_disarm_lay_down_their_own_arms(nlp):
    event = events_by_trigger("More than 2,000 rebels have disarmed since January, the army said.",
                              PUBLISHED)["disarmed"]
    assert event["type"] == "RETREAT"


def test_cutting_phone_services_restricts_the_people(nlp):
    event = events_by_trigger("Authorities cut mobile phone and internet services across the region on Monday.",
                              PUBLISHED)["cut"]
    assert (event["type"], event["mode"]) == ("COERCE", "withhold")


def test_a_person_no_table_knows_charged_by_a_state_is_its_own(nlp):
    assert coded_triples("Swedish prosecutors charged Lars Holmqvist with fraud on Tuesday.", PUBLISHED) == {
        ("ACCUSE", "SWE", "SWE")}
    assert coded_triples("Peruvian police arrested Julio Cardenas in Lima on Monday.", PUBLISHED) == {
        ("COERCE", "PER", "PER")}


def test_captives_released_in_the_passive_are_let_go_by_their_captors(nlp):
    event = events_by_trigger("Three Italian engineers abducted by gunmen in Nigeria were released on Friday.",
                              PUBLISHED)["released"]
    assert (event["type"], event["mode"]) == ("RETREAT", "release")
    assert [m["text"] for m in event["actor"]] == ["gunmen"]
    assert event["actor"][0]["country"] == "NGA"
    assert [m["country"] for m in event["recipient"]] == ["ITA"]  # the captives, not the place


def test_a_pledge_to_deposit_money_is_no_threat(nlp):
    # "deposit" is not an inflected "depose"; the money goes to the bank's state
    assert coded_triples("Qatar pledged to deposit $3 billion in Egypt's central bank.", PUBLISHED) == {
        ("AGREE", "QAT", "EGY")}


def test_a_bloc_suspending_a_member_state_sanctions_it(nlp):
    assert coded_triples("The African Union suspended Niger on Saturday after the coup.", PUBLISHED) == {
        ("SANCTION", "IGO", "NER")}


def test_a_warning_that_a_state_would_suffer_defeat_is_a_threat(nlp):
    assert ("THREATEN", "CHN", "PHL") in coded_triples(
        "China warned that the Philippines would suffer a crushing defeat if it sent warships to the shoal.", PUBLISHED)


def test_weapons_rushed_to_another_state_are_military_aid(nlp):
    assert ("AID", "USA", "POL") in coded_triples(
        "The United States rushed two Patriot missile batteries to Poland on Friday.", PUBLISHED)


def test_a_resignation_chanted_for_is_only_demanded(nlp):
    event = events_by_trigger("Thousands of students rallied in the capital, chanting for the resignation of "
                              "the prime minister.", PUBLISHED).get("resignation")
    assert event is None or event["status"] == "hypothetical"


def test_money_deposited_in_a_states_central_bank_is_aid(nlp):
    assert ("AID", "QAT", "EGY") in coded_triples("Qatar deposited $2 billion in Egypt's central bank on Monday.",
                                                  PUBLISHED)


def test_a_car_bomb_rammed_into_a_convoy_is_an_attack_on_it(nlp):
    event = events_by_trigger("A suicide bomber rammed a car packed with explosives into an army convoy near "
                              "Kandahar on Thursday.", PUBLISHED)["rammed"]
    assert event["type"] == "ASSAULT"
    assert event["recipient"][0]["sector"] == "MIL"
    assert event["date"]["value"] == "2024-05-02"


def test_withdrawing_a_trade_status_granted_is_a_sanction(nlp):
    event = events_by_trigger("On Friday India withdrew the trade status it had granted its neighbour.",
                              PUBLISHED)["withdrew"]
    assert event["type"] == "SANCTION"
    assert event["date"]["value"] == "2024-05-03"


def test_gunmen_surrounding_a_village_and_burning_huts(nlp):
    events = events_by_trigger("Gunmen surrounded a village near Djibo at dawn and burned huts with people inside.",
                               PUBLISHED)
    assert (events["surrounded"]["type"], events["burned"]["type"]) == ("COERCE", "ASSAULT")
