"""Phrasings of real news that dyad missed (session 19, real-sentence PLOVER set): sanctions
listings, armed men confronted or intercepted, denials of allegations, intentions to rout rebels,
and verbs whose object is the noun a relative clause or a passive before them names. Sentences
written for these tests."""

from helpers import codes, events_by_trigger

PUBLISHED = "2024-05-06"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_putting_firms_on_a_sanctions_list_sanctions_them(nlp):
    event = _events("The US Treasury on Tuesday placed three Chinese trading firms on its sanctions blacklist.")["placed"]
    assert event["type"] == "SANCTION"
    assert codes(event["actor"]) == ["USAGOV"]
    assert [m["country"] for m in event["recipient"]] == ["CHN"]


def test_adding_companies_to_the_entity_list(nlp):
    event = _events("The Commerce Department added five Chinese chip makers to its entity list on Friday.")["added"]
    assert event["type"] == "SANCTION"
    assert [m["country"] for m in event["recipient"]] == ["CHN"]


def test_placing_troops_on_alert_is_no_sanction(nlp):
    events = _events("Seoul placed its troops on high alert after the launch.")
    assert all(e["type"] != "SANCTION" for e in events.values())


def test_a_treasury_designation_is_a_sanction(nlp):
    event = _events("The US Treasury designated four Iranian shipping companies on Monday.")["designated"]
    assert event["type"] == "SANCTION"
    assert [m["country"] for m in event["recipient"]] == ["IRN"]


def test_sanctions_a_relative_clause_says_were_imposed(nlp):
    event = _events("It was the third round of sanctions the European Union has imposed on Moscow this year.")["imposed"]
    assert event["type"] == "SANCTION"
    assert [m["country"] for m in event["recipient"]] == ["RUS"]


def test_soldiers_confronting_fighters_is_a_clash(nlp):
    event = _events("Kenyan soldiers confronted al-Shabaab fighters near the border on Sunday.")["confronted"]
    assert event["type"] == "ASSAULT"
    assert "KENMIL" in codes(event["actor"])


def test_confronting_a_minister_with_questions_is_no_assault(nlp):
    events = _events("Reporters confronted the minister about the missing funds.")
    assert all(e["type"] != "ASSAULT" for e in events.values())


def test_rebels_intercepted_by_the_army(nlp):
    event = _events("The militants were intercepted by the Nigerian army near Maiduguri.")["intercepted"]
    assert event["type"] == "ASSAULT"
    assert codes(event["actor"]) == ["NGAMIL"]


def test_intercepting_a_missile_is_no_assault(nlp):
    events = _events("Israel intercepted a missile fired from Yemen on Tuesday.")
    assert "intercepted" not in events


def test_denying_allegations_rejects_them(nlp):
    event = _events("The Kenyan government denied allegations of torture in its prisons.")["denied"]
    assert event["type"] == "REJECT"
    assert codes(event["actor"]) == ["KENGOV"]


def test_dismissing_election_results(nlp):
    event = _events("Kenya's opposition leader dismissed the election results as a fraud.")["dismissed"]
    assert event["type"] == "REJECT"


def test_determined_to_flush_out_rebels_is_a_threat(nlp):
    event = _events("The Congolese army is determined to flush out the rebels from the forest.")["determined"]
    assert event["type"] == "THREATEN"


def test_rebels_quitting_a_unity_government_withdraw_from_it(nlp):
    event = _events("The rebels withdrew from the unity government on Monday, accusing the president of "
                    "breaking the peace deal.")["withdrew"]
    assert event["type"] == "SANCTION"
    assert event["mode"] == "withdraw"


def test_troops_leaving_government_held_positions_retreat(nlp):
    event = _events("Ethiopian troops withdrew from government-held positions near the town.")["withdrew"]
    assert event["type"] == "RETREAT"


def test_police_forcing_back_demonstrators(nlp):
    event = _events("Police forced back thousands of demonstrators near the parliament in Nairobi.")["forced"]
    assert event["type"] == "COERCE"
    assert event["actor"][0]["code"] == "KENCOP"


def test_calling_a_deed_revenge_accuses_its_doer(nlp):
    event = _events("Lavrov called the actions of the Polish authorities \"political revenge.\"")["called"]
    assert event["type"] == "ACCUSE"
    assert [m["country"] for m in event["recipient"]] == ["POL"]


def test_saying_reports_are_propaganda_accuses(nlp):
    event = _events("Moscow's envoy said the Ukrainian reports were propaganda.")["propaganda"]
    assert event["type"] == "ACCUSE"


def test_an_announced_expulsion_is_the_expulsion(nlp):
    event = _events("Poland said it would expel three Russian diplomats over the spying case.")["expel"]
    assert (event["type"], event["mode"], event["status"]) == ("SANCTION", "expel", "future")
    assert event["actor"][0]["code"] == "POL"
    assert [m["country"] for m in event["recipient"]] == ["RUS"]


def test_a_threat_to_expel_stays_a_threat(nlp):
    event = _events("Poland threatened to expel three Russian diplomats.")["threatened"]
    assert event["type"] == "THREATEN"


def test_an_aid_convoy_entering_a_town_is_aid_with_no_sender_named(nlp):
    event = _events("A food aid convoy on Monday entered the besieged Syrian town of Madaya.")["entered"]
    assert event["type"] == "AID"
    assert [m["country"] for m in event["recipient"]] == ["SYR"]


def test_trucks_of_an_agency_carrying_food_to_a_town(nlp):
    event = _events("Trucks from the World Food Programme carried flour to the besieged Syrian town of Madaya.")["carried"]
    assert event["type"] == "AID"
    assert event["actor"][0]["code"] == "IGO"


def test_a_convoy_able_to_deliver_relief_delivered_it(nlp):
    event = _events("A 20-truck convoy was able to deliver medicine to 8,000 people in the Syrian town of Madaya.")["deliver"]
    assert (event["type"], event["status"]) == ("AID", "asserted")


def test_a_military_convoy_entering_a_town_is_no_aid(nlp):
    events = _events("A military convoy entered the Syrian town of Madaya on Monday.")
    assert all(e["type"] != "AID" for e in events.values())


def test_the_one_asked_to_act_is_not_the_asker(nlp):
    event = _events("Washington asked Kyiv to withdraw its troops from the town.")["asked"]
    assert event["type"] == "REQUEST"


def test_saying_a_group_was_responsible_for_an_attack_accuses_it(nlp):
    event = _events("Israel said Hamas was responsible for the rocket attack on Sderot.")["responsible"]
    assert event["type"] == "ACCUSE"
    assert event["actor"][0]["code"] == "ISR"
    assert [m["country"] for m in event["recipient"]] == ["PSE"]


def test_authorities_believing_rebels_responsible_accuse_them(nlp):
    event = _events("Peruvian authorities believe that Shining Path rebels were responsible.")["responsible"]
    assert event["type"] == "ACCUSE"


def test_a_ministry_responsible_for_security_is_no_accusation(nlp):
    events = _events("The minister said the ministry is responsible for security at the border.")
    assert all(e["type"] != "ACCUSE" for e in events.values())


def test_troops_arriving_in_a_town_are_deployed_there(nlp):
    event = _events("French troops arrived in Bamako on Friday.")["arrived"]
    assert (event["type"], event["mode"]) == ("MOBILIZE", "troops")
    assert event["actor"][0]["code"] == "FRAMIL"
    assert event["date"]["value"] == "2024-05-03"


def test_riot_police_arriving_at_a_square(nlp):
    event = _events("Kenyan riot police arrived at Uhuru Park in Nairobi on Tuesday.")["arrived"]
    assert (event["type"], event["mode"]) == ("MOBILIZE", "police")


def test_an_activist_picked_up_by_police_is_arrested(nlp):
    event = _events("Police picked up three opposition activists in Harare on Monday.")["picked"]
    assert (event["type"], event["mode"]) == ("COERCE", "arrest")
    assert event["actor"][0]["code"] == "ZWECOP"
    assert event["date"]["value"] == "2024-05-06"


def test_picking_up_the_pace_is_no_arrest(nlp):
    assert _events("The striker picked up the pace in the second half.") == {}


def test_blasting_officers_with_mortar_bombs_is_shelling(nlp):
    event = _events("Rebels blasted the police post with mortar bombs on Sunday.")["blasted"]
    assert event["type"] == "ASSAULT"


def test_blasting_a_government_for_its_handling_is_criticism(nlp):
    event = _events("The senator blasted the government for its handling of the crisis.")["blasted"]
    assert event["type"] == "ACCUSE"


def test_rebels_descending_on_a_village_raid_it(nlp):
    event = _events("About 200 Maoist rebels descended on a village in Jharkhand on Sunday.")["descended"]
    assert event["type"] == "ASSAULT"


def test_a_meeting_a_minister_is_scheduled_to_hold_is_planned(nlp):
    event = _events("The Pakistani foreign minister is scheduled to meet Iranian leaders on Tuesday.")["meet"]
    assert (event["type"], event["status"]) == ("AGREE", "future")
    assert event["actor"][0]["code"] == "PAKGOV"
    assert event["recipient"][0]["code"] == "IRNGOV"


def test_a_visit_a_leader_is_due_to_make_is_planned(nlp):
    event = _events("Modi is due to visit Moscow next month.")["visit"]
    assert (event["type"], event["status"]) == ("AGREE", "future")
