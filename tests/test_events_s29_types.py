"""Event types a trained PLOVER coder gives that dyad missed or confused (session 29, issue #5):
debt forgiveness agreed by creditors, relief sent into a country, hunger strikes told as refusing
food, postponed reunions, rescues from floods, threats to resort to force, demands handed over,
captives let go home, suspects handed to a court, stretches of time that name their event, and
blame for deaths."""

import dyad

PUBLISHED = "2001-03-14"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def coded(text: str) -> list[dict]:
    return [e for e in dyad.code(text, published=PUBLISHED)["events"] if e["status"] in ("asserted", "future")]


def types(text: str) -> set[str]:
    return {e["type"] for e in coded(text)}


def only(text: str) -> dict:
    found = coded(text)
    assert len(found) == 1, [(e["type"], e["trigger"]["text"]) for e in found]
    return found[0]


def test_creditors_agreeing_to_forgive_a_debt_give_aid(nlp):
    # PLOVER manual (AID): "The Paris Club has agreed to forgive ... loan obligations" is AID
    event = only("The London Club of commercial banks agreed on Tuesday to write off 45 percent of "
                 "the $12 billion owed to it by Peru, the finance ministry said.")
    assert (event["type"], event["cameo"]) == ("AID", "071")
    assert {party(m) for m in event["recipient"]} == {"PER"}
    cancelled = only("Japan agreed on Friday to cancel Vietnam's debt.")
    assert cancelled["type"] == "AID" and {party(m) for m in cancelled["recipient"]} == {"VNM"}
    # agreeing to lend is a promise of aid, not aid given
    lent = only("Japan agreed on Friday to lend Vietnam $2 billion.")
    assert lent["type"] == "AGREE"


def test_relief_sent_into_a_country_is_aid_and_tanks_sent_in_a_deployment(nlp):
    relief = only("Sweden sent doctors and tents into Pakistan on Monday after the earthquake.")
    assert relief["type"] == "AID" and {party(m) for m in relief["recipient"]} == {"PAK"}
    tanks = only("Russia sent tanks into Georgia on Friday.")
    assert tanks["type"] == "MOBILIZE" and {party(m) for m in tanks["recipient"]} == {"GEO"}


def test_prisoners_refusing_food_are_on_hunger_strike(nlp):
    event = only("Dozens of Kurdish detainees in Syrian prisons have refused food for three weeks "
                 "in protest at their treatment, a rights group said.")
    assert (event["type"], event["mode"]) == ("PROTEST", "hunger")
    assert "PROTEST" not in types("The rebels refused food aid from the government.")


def test_postponing_family_reunions_rejects_a_meeting(nlp):
    event = only("South Korea postponed family reunions with North Korea on Friday.")
    assert (event["type"], event["mode"]) == ("REJECT", "meet")
    assert {party(m) for m in event["recipient"]} == {"PRK"}


def test_plucking_people_from_floods_is_a_rescue(nlp):
    event = only("Indian navy helicopters plucked dozens of fishermen from capsized boats off the coast "
                 "of Sri Lanka on Sunday.")
    assert event["type"] == "AID" and {party(m) for m in event["actor"]} == {"IND"}


def test_warning_of_a_resort_to_force_is_a_threat(nlp):
    event = only("China warned on Monday that it would resort to force if Taiwan declared independence.")
    assert event["type"] == "THREATEN"
    assert {party(m) for m in event["actor"]} == {"CHN"} and {party(m) for m in event["recipient"]} == {"TWN"}
    # (breaking up the sit-in is an event of its own, as "used force to break up the protest" is)
    used = coded("Riot police resorted to force to break up the sit-in outside parliament.")
    assert [e["type"] for e in used if e["trigger"]["text"] == "resorted"] == ["ASSAULT"]


def test_handing_over_demands_makes_them(nlp):
    handed = only("The striking miners handed the government a list of 20 demands on Monday.")
    assert handed["type"] == "REQUEST"
    presented = only("The opposition presented President Kabila with its demands.")
    assert presented["type"] == "REQUEST" and {party(m) for m in presented["recipient"]} == {"COD"}


def test_letting_hostages_leave_releases_them(nlp):
    event = only("Iraq allowed the remaining 300 Japanese hostages to leave Baghdad on Sunday.")
    assert (event["type"], event["mode"]) == ("RETREAT", "release")
    assert {party(m) for m in event["recipient"]} == {"JPN"}
    # letting prisoners receive visits is no release
    assert "RETREAT" not in types("Iraq allowed the prisoners to receive visits on Sunday.")


def test_scrapping_a_restriction_eases_it(nlp):
    event = only("The government scrapped the exit visa requirement for its citizens on Monday.")
    assert (event["type"], event["cameo"]) == ("CONCEDE", "081")
    plan = only("The government scrapped its plan to privatise the railways.")
    assert plan["type"] == "REJECT"


def test_announcing_a_cessation_of_hostilities_is_a_concession(nlp):
    event = only("The Tamil Tigers announced a cessation of hostilities from Friday.")
    assert event["type"] == "CONCEDE" and {party(m) for m in event["actor"]} == {"LKA"}


def test_suspects_handed_to_a_court_or_foreign_authorities_are_judicial_cooperation(nlp):
    court = only("Tanzania handed over former Burundian army chief Jean Bikomagu to the U.N. tribunal "
                 "in Arusha on Friday.")
    assert court["type"] == "COOPERATE" and {m["code"] for m in court["recipient"]} == {"IGOJUD"}
    foreign = only("Yemeni security officials handed Abu Ali al-Harithi, the alleged planner of the bombing, "
                   "over to U.S. authorities on Monday.")
    assert foreign["type"] == "COOPERATE" and {party(m) for m in foreign["recipient"]} == {"USA"}
    # captives handed to the Red Cross are released
    freed = only("The Iraqi militants handed over the two French hostages to the Red Cross.")
    assert (freed["type"], freed["mode"]) == ("RETREAT", "release")


def test_a_stretch_of_time_names_the_event_it_is_of(nlp):
    talks = only("President Clinton and Russian President Boris Yeltsin opened two days of talks in Helsinki on Friday.")
    assert talks["type"] == "CONSULT"
    assert {party(m) for m in talks["actor"]} == {"USA", "RUS"}


def test_holding_a_state_responsible_for_deaths_accuses_it(nlp):
    deaths = only("Canada holds Iran responsible for the deaths of 57 Canadians.")
    assert deaths["type"] == "ACCUSE"
    assert {party(m) for m in deaths["actor"]} == {"CAN"} and {party(m) for m in deaths["recipient"]} == {"IRN"}
    downing = only("Canada said on Friday it holds Iran responsible for the downing of the Ukrainian airliner.")
    assert downing["type"] == "ACCUSE" and {party(m) for m in downing["recipient"]} == {"IRN"}
    assert coded("The ministry is responsible for the security of the border.") == []


def test_a_states_bulldozers_on_groves_coerce(nlp):
    event = only("Israeli army bulldozers bulldozed Palestinian olive groves near Hebron on Monday.")
    assert event["type"] == "COERCE"


def test_missiles_fired_into_the_sea_off_a_country_are_a_show_of_force(nlp):
    event = only("North Korea fired two ballistic missiles into the sea off Japan's northern coast on Wednesday.")
    assert (event["type"], event["mode"]) == ("MOBILIZE", "weapons")
    assert {party(m) for m in event["recipient"]} == {"JPN"}
    attack = only("Hezbollah fired missiles into northern Israel on Sunday.")
    assert attack["type"] == "ASSAULT" and {party(m) for m in attack["recipient"]} == {"ISR"}


def test_crowds_defying_a_ban_to_rally_are_protesting(nlp):
    event = only("Tens of thousands of Thais defied an emergency decree to rally in Bangkok on Sunday "
                 "against the military government.")
    assert (event["type"], event["mode"]) == ("PROTEST", "demo")
    assert {party(m) for m in event["actor"]} == {"THA"}
    banned = coded("Tens of thousands of Kenyans defied a police ban to rally in Nairobi on Saturday.")
    assert [e["type"] for e in banned] == ["PROTEST"]
    # defying a demand to act is still a refusal
    refused = only("The rebels defied a U.N. demand to withdraw from the town.")
    assert refused["type"] == "REJECT"


def test_gathering_for_protests_is_a_protest_by_the_crowd(nlp):
    event = only("Thousands of Bolivian miners gathered outside the presidential palace in La Paz on Monday "
                 "for a third week of protests against the closure of state mines.")
    assert (event["type"], event["mode"]) == ("PROTEST", "demo")
    assert [(m["text"], m["code"]) for m in event["actor"]] == [("Thousands of Bolivian miners", "BOLLAB")]
    assert coded("Hundreds of pilgrims gathered in Karbala for the festival.") == []


def test_forces_freeing_hostages_rescue_them_and_captors_release_them(nlp):
    # PLOVER manual (AID): hostage rescues are AID; the release of captives by their captors is RETREAT
    rescue = only("French commandos freed three hostages in a raid in northern Mali on Friday.")
    assert rescue["type"] == "AID" and {party(m) for m in rescue["actor"]} == {"FRA"}
    release = only("Colombian rebels freed three hostages on Friday.")
    assert (release["type"], release["mode"]) == ("RETREAT", "release")


def test_a_humanitarian_visa_is_asylum(nlp):
    event = only("Spain granted a humanitarian visa on Friday to a Cuban dissident.")
    assert (event["type"], event["cameo"]) == ("AID", "075")
    assert {party(m) for m in event["recipient"]} == {"CUB"}


def test_forcing_a_broadcaster_off_the_air_censors_it(nlp):
    event = only("Ecuador's government forced the country's largest private radio station off the air on Monday.")
    assert (event["type"], event["mode"]) == ("COERCE", "censor")
    assert {party(m) for m in event["actor"]} == {"ECU"}


def test_agreeing_in_talks_is_an_agreement_not_the_talks(nlp):
    event = only("Serbia and Kosovo agreed in talks in Brussels on a plan to normalise relations, EU officials said on Friday.")
    assert event["type"] == "AGREE" and {party(m) for m in event["actor"]} == {"SRB", "XKX"}
    deal = only("Serbia and Kosovo agreed on a ceasefire.")
    assert deal["type"] == "AGREE"


def test_an_announced_cut_in_aid_is_a_sanction_and_a_conditional_one_a_threat(nlp):
    announced = only("The European Union announced on Monday it would suspend all aid to Togo's military government.")
    assert (announced["type"], announced["status"]) == ("SANCTION", "future")
    assert {party(m) for m in announced["recipient"]} == {"TGO"}
    said = only("The European Union said it would suspend all aid to Togo's military government.")
    assert said["type"] == "THREATEN"
    conditional = only("Washington announced it would cut aid to Uganda unless the anti-gay law was repealed.")
    assert conditional["type"] == "THREATEN" and {party(m) for m in conditional["recipient"]} == {"UGA"}


def test_opening_proceedings_against_a_company_is_a_legal_action(nlp):
    event = only("The European Commission opened formal proceedings against Google on Thursday.")
    assert (event["type"], event["cameo"]) == ("ACCUSE", "115")
    assert {party(m) for m in event["actor"]} == {"IGO"}
    assert coded("The proceedings of the conference were broadcast live.") == []


def test_putting_weapons_beyond_use_disarms(nlp):
    event = only("The Basque separatist group ETA has put its remaining weapons beyond use, the verification commission said on Friday.")
    assert (event["type"], event["mode"]) == ("RETREAT", "disarm")


def test_troops_blowing_up_a_home_demolish_it_and_bombers_attack(nlp):
    demolition = only("Israeli troops blew up the family home of a Hamas suicide bomber in Hebron on Sunday.")
    assert demolition["type"] == "COERCE" and {party(m) for m in demolition["actor"]} == {"ISR"}
    bombing = only("Rebels blew up a police station in the town of Gulu on Sunday.")
    assert bombing["type"] == "ASSAULT"


def test_police_storming_a_newspaper_office_raid_it(nlp):
    raid = only("Nigerian police stormed the Lagos offices of an independent newspaper on Monday.")
    assert (raid["type"], raid["mode"]) == ("COERCE", "seize")
    assert {party(m) for m in raid["actor"]} == {"NGA"}
    attack = only("Rebels stormed the offices of the district governor in Gulu on Monday.")
    assert attack["type"] == "ASSAULT"


def test_handing_back_weapons_disarms_and_property_is_returned(nlp):
    weapons = only("Croatian Serb rebels handed back 20 tanks to U.N. peacekeepers on Friday.")
    assert (weapons["type"], weapons["mode"]) == ("RETREAT", "disarm")
    assert {m["code"] for m in weapons["recipient"]} == {"IGOMIL"}
    assert coded("The rebels handed back the letter to the envoy.") == []


def test_extending_a_state_of_emergency_or_curfew_imposes_it(nlp):
    emergency = only("The Algerian government extended a state of emergency for another year.")
    assert (emergency["type"], emergency["mode"]) == ("COERCE", "martial-law")
    curfew = only("Israel extended the curfew in Hebron on Monday.")
    assert (curfew["type"], curfew["mode"]) == ("COERCE", "curfew")


def test_ordering_aid_workers_out_expels_them(nlp):
    event = only("The Taliban ordered all foreign aid workers to leave Kabul.")
    assert (event["type"], event["mode"]) == ("SANCTION", "expel")


def test_the_strike_a_crowd_shuts_a_country_down_with_is_its_own(nlp):
    event = only("Opposition activists shut down much of Nepal with a three-day general strike on Sunday.")
    assert (event["type"], event["mode"]) == ("PROTEST", "strike")
    assert [(m["text"], m["code"]) for m in event["actor"]] == [("Opposition activists", "NPLOPP")]
    assert {party(m) for m in event["recipient"]} == {"NPL"}  # what the strike shut down
    greeted = only("Thousands of Serbs greeted the NATO commander with protests in Mitrovica.")
    assert greeted["type"] == "PROTEST" and {m["code"] for m in greeted["recipient"]} == {"IGOMIL"}
    paralysed = only("Opposition activists paralysed Kathmandu with a general strike on Sunday.")
    assert [m["text"] for m in paralysed["actor"]] == ["Opposition activists"]
