"""Events whole stories tell that dyad missed (session 41): measures named by what they stop or
take away (aid frozen, a permit cancelled or suspended, an airline barred, pilots grounded,
strikers fired), premises searched, a flight seized, a place ringed by armed men, barricades and
checkpoints thrown up, bullets sent."""

import dyad


def _events(text: str, published: str = "2021-03-10") -> list[tuple]:
    return [(e["type"], e["cameo"], e["trigger"]["text"], tuple(m["country"] or m["code"] for m in e["actor"]),
             tuple(m["country"] or m["code"] for m in e["recipient"]), e["status"])
            for e in dyad.code(text, published=published)["events"]]


def _types(text: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in _events(text)]


# --- aid, loans and subsidies frozen: a stop to aid (CAMEO 162) ------------------------------------------

def test_a_state_freezing_a_loan_to_another_stops_aid():
    events = _events("Sweden froze a $12 million loan to Zambia's health ministry on Monday.")
    # (a loan is economic aid: 1621)
    assert [(e[0], e[1][:3], e[2], e[3], e[4], e[5]) for e in events] == [
        ("SANCTION", "162", "froze", ("SWE",), ("ZMB",), "asserted")]


def test_freezing_aid_and_freezing_assets_stay_apart():
    assert [(t[0], t[1][:3]) for t in _types("Denmark has frozen its development aid to Tanzania.")] == [("SANCTION", "162")]
    # assets frozen are a sanction on their owner (163), as before
    assert ("SANCTION", "163", "froze") in _types("Britain froze the assets of three Belarusian banks.")
    # a price or a hiring freeze is no one's measure against anyone
    assert not _events("The ministry froze fuel prices until the end of the year.")


# --- permits and concessions cancelled or suspended ---------------------------------------------------

def test_a_president_cancelling_a_foreign_firms_concession():
    events = _events("Ecuador's president cancelled the oil concession of a Canadian company on Friday.")
    assert [e[:3] for e in events] == [("SANCTION", "160", "cancelled")]  # not a concession made


def test_a_regulator_suspending_an_airlines_permit():
    events = _events("The Indian aviation regulator suspended the operating permit of a Nepalese airline.")
    assert [e[:3] for e in events] == [("SANCTION", "160", "suspended")]


def test_an_agency_barring_an_airline_from_flying():
    events = _events("The U.S. transport department barred Aeroflot from flying into American airports.")
    assert [e[:3] for e in events] == [("SANCTION", "163", "barred")]


def test_barring_a_person_from_entering_stays_a_refusal():
    assert [e[:3] for e in _events("Israel barred two U.S. congresswomen from entering the country.")] == [
        ("REJECT", "1245", "barred")]


# --- pilots grounded, strikers fired: administrative punishments (CAMEO 172) -----------------------------

def test_an_authority_grounding_pilots():
    events = _events("Turkey's civil aviation authority grounded 40 pilots whose licences were forged.")
    assert [e[:3] for e in events] == [("COERCE", "172", "grounded")]


def test_grounding_planes_or_a_ruling_grounded_in_law_is_no_coercion():
    assert not _events("The airline grounded its ageing fleet after the engine failure.")
    assert not _events("The court said its ruling was grounded in the constitution.")


def test_authorities_firing_strikers():
    events = _events("The Iranian authorities fired dozens of strikers and jailed their leaders.")
    assert ("COERCE", "172", "fired") in [e[:3] for e in events]


def test_firing_shots_at_strikers_stays_an_assault():
    types = _types("Police fired shots at strikers outside the plant.")
    assert ("COERCE", "172", "fired") not in types
    assert any(t[0] == "ASSAULT" for t in types)


# --- premises searched, a flight seized, a square ringed -------------------------------------------------

def test_police_searching_hotels_and_lodges():
    events = _events("Indian police searched hotels and lodges in Srinagar after the attack.")
    assert ("COERCE", "171", "searched") in [e[:3] for e in events]


def test_gunmen_seizing_a_flight_hijack_it():
    events = _events("Four gunmen seized an Air France flight in Algiers on Saturday.")
    assert [e[:2] for e in events] == [("ASSAULT", "181")]


def test_armed_men_ringing_a_building_surround_it():
    events = _events("Soldiers ringed the parliament building in Bamako on Thursday.")
    assert [e[:3] for e in events] == [("COERCE", "191", "ringed")]


def test_ringing_a_person_is_no_siege():
    assert not [e for e in _events("Police ringed Mr. Kovacs at home to ask about the theft.") if e[0] == "COERCE"]


# --- barricades and checkpoints thrown up -----------------------------------------------------------------

def test_soldiers_setting_up_checkpoints_close_the_roads():
    events = _events("Soldiers set up checkpoints across Harare on Wednesday.")
    assert [e[:3] for e in events] == [("COERCE", "191", "checkpoints")]


def test_residents_throwing_up_barricades_protest():
    events = _events("Angry residents threw up barricades across the main road into Nairobi.")
    assert [e[:3] for e in events] == [("PROTEST", "144", "barricades")]


def test_a_price_set_up_or_a_committee_set_up_is_no_roadblock():
    assert not _events("The ministers set up a committee to study the proposal.")


# --- weapons sent ------------------------------------------------------------------------------------------

def test_sending_bullets_or_military_trainers_is_aid():
    assert ("AID", "070", "sent") in _types("Iran sent rifles and bullets to the Houthis last year.")
    assert ("AID", "072", "sending") in _types("Turkey began sending military trainers to Somalia in 2017.")  # military aid


# --- what the people force was used on had done, told in a relative clause ----------------------------

def test_marchers_among_the_crowd_police_beat_protested():
    events = _events("Police beat hundreds of opposition supporters who marched through Tbilisi after the vote.")
    assert ("PROTEST", "141", "marched") in [e[:3] for e in events]
    events = _events("Soldiers opened fire on a crowd of several hundred students who marched on the palace.")
    assert ("PROTEST", "141", "marched") in [e[:3] for e in events]


def test_stone_throwers_on_one_side_of_a_clash():
    events = _events("A policeman died in clashes between riot police and Kurdish protesters who threw stones at the town hall.")
    assert "PROTEST" in [e[0] for e in events if e[2] == "threw"]


def test_marchers_a_leader_thanked_stay_background():
    assert [e[:3] for e in _events("The president thanked hundreds of supporters who marched through the capital.")] == [
        ("SUPPORT", "051", "thanked")]


# --- measures warned of on a condition someone named must meet ---------------------------------------

def test_measures_warned_of_unless_a_state_complies_threaten_it():
    events = _events("The Security Council warned of further measures if Baghdad did not comply.")
    assert [(e[0], e[1], e[2], e[3], e[4][0][:3]) for e in events] == [("THREATEN", "130", "warned", ("IGO",), "IRQ")]


def test_a_conjoined_warning_of_measures_on_a_condition():
    events = _events("The European Union froze the talks and warned of further steps unless Minsk freed the prisoners.")
    assert [(e[0], e[1], e[4]) for e in events if e[2] == "warned"] == [("THREATEN", "130", ("BLR",))]


def test_hardship_warned_of_on_a_condition_threatens_no_one():
    assert not _events("Economists warned of a recession if the central bank raised rates.")
    assert not _events("The ministry warned of higher prices if the drought continued.")


# --- a verb "then" joins to the sentence's verb shares its subject -------------------------------------------

def test_a_then_clause_the_parser_left_loose_keeps_its_doer():
    events = _events("Rebels attacked the convoy, then withdrew into the forest.")
    assert ("RETREAT", "withdrew") in [(e[0], e[2]) for e in events]
    events = _events("The governor first agreed to meet the strikers, then cancelled the meeting.")
    assert ("REJECT", "cancelled") in [(e[0], e[2]) for e in events]


def test_what_a_bombing_of_a_place_did_stays_part_of_the_bombing():
    events = _events("Prosecutors accused Iran on Wednesday of ordering the 1994 bombing of a community centre in Buenos Aires that killed 85 people.")
    assert "killed" not in [e[2] for e in events]
