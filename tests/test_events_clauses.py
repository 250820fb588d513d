"""Events told outside the main clause: what an act of force did (", killing 12"), relative
clauses, background clauses, coordinated verbs; each coded as a happening of its own, with the
status its clause gives it."""

import dyad
from helpers import coded_events

PUBLISHED = "2024-05-08"  # a Wednesday


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def events(text: str) -> list[dict]:
    return dyad.code(text, published=PUBLISHED)["events"]


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in events(text)}


def test_killing_told_in_a_participle_is_an_assault_of_its_own(nlp):
    found = by_trigger("Government troops shelled the central market in Kadugli on Tuesday, killing nine traders, "
                       "a local official said.")
    shelling, killing = found["shelled"], found["killing"]
    assert killing["type"] == "ASSAULT" and killing["status"] == "asserted"
    assert {party(m) for m in killing["actor"]} == {party(m) for m in shelling["actor"]} == {"SDN"}
    assert killing["date"]["value"] == shelling["date"]["value"] == "2024-05-07"
    assert killing["location"]["name"] == shelling["location"]["name"] == "Kadugli"


def test_a_participle_takes_the_deeds_recipient_when_it_names_no_victim(nlp):
    found = by_trigger("Israeli jets bombed Hezbollah positions in southern Lebanon overnight, killing three.")
    assert {party(m) for m in found["killing"]["recipient"]} == {party(m) for m in found["bombed"]["recipient"]}


def test_killing_and_wounding_by_no_one_named_are_coded(nlp):
    found = by_trigger("A car bomb tore through a busy market in Baqubah on Monday, killing 14 people and "
                       "wounding dozens.")
    assert {"killing", "wounding"} <= set(found)
    assert found["killing"]["actor"] == [] and found["killing"]["date"]["value"] == "2024-05-06"


def test_a_participle_keeps_the_status_of_its_clause(nlp):
    found = by_trigger("The army denied that its soldiers had fired on the marchers in Bamako, killing two students.")
    assert found["killing"]["status"] == found["fired"]["status"] == "denied"
    found = by_trigger("The rebels did not attack the convoy near Bunia, killing nobody.")
    assert found["killing"]["status"] == "negated"


def test_a_second_deed_coordinated_with_the_first_is_its_own(nlp):
    found = by_trigger("The junta dissolved parliament on Sunday and detained the prime minister in Niamey.")
    assert found["detained"]["type"] == "COERCE" and {party(m) for m in found["detained"]["recipient"]} == {"NER"}
    assert "dissolved" in found


def test_a_second_statement_is_still_one_statement(nlp):
    assert len([e for e in events("Kenya rejected the proposal and said it opposed any foreign force.")
                if e["type"] == "REJECT"]) == 1


def test_a_deed_told_in_a_relative_clause_set_off_by_commas_is_its_own(nlp):
    found = by_trigger("Colonel Diallo, who seized power in a coup in 2021, was sworn in as president on Monday.")
    assert found["seized"]["type"] == "COERCE" and found["seized"]["date"]["value"] == "2021"


def test_a_relative_clause_that_only_says_who_is_meant_is_background(nlp):
    assert "seized" not in by_trigger("The government said it was ready to hold talks with the rebel groups "
                                       "that seized the town last month.")


def test_what_the_targets_of_force_had_done_is_coded(nlp):
    found = by_trigger("Riot police fired tear gas at students who occupied the campus in Dhaka on Sunday.")
    assert found["occupied"]["type"] == "PROTEST" and {party(m) for m in found["occupied"]["actor"]} == {"BGD"}


def test_what_an_attack_told_in_a_relative_clause_did_is_part_of_it(nlp):
    found = by_trigger("Hezbollah vowed revenge for the Israeli air strike in Beirut that killed a senior commander.")
    assert found["killed"]["type"] == "ASSAULT" and {party(m) for m in found["killed"]["actor"]} == {"ISR"}
    found = by_trigger("The rocket attack on Monday, which wounded three soldiers near Erbil, came a day after the talks.")
    assert found["wounded"]["actor"] == found["attack"]["actor"] == []
    assert found["wounded"]["date"]["value"] == found["attack"]["date"]["value"] == "2024-05-06"


def test_a_relative_clause_keeps_its_negation(nlp):
    found = by_trigger("Police detained 30 villagers who had not attacked the patrol near Beni.")
    assert found["attacked"]["status"] == "negated"


def test_a_coordinated_clause_with_its_own_subject_is_its_own_deed(nlp):
    found = by_trigger("A rocket struck a school in Sderot, and shrapnel killed a farmer near the fence.")
    assert found["killed"]["type"] == "ASSAULT"


def test_a_verb_that_starts_an_act_is_its_trigger_a_support_verb_is_not(nlp):
    [launched] = events("Chad's army launched an offensive against rebels near Abeche on Tuesday.")
    assert (launched["trigger"]["text"], launched["type"]) == ("launched", "ASSAULT")
    [resumed] = events("Turkish jets resumed air strikes on Kurdish positions in northern Iraq on Monday.")
    assert (resumed["trigger"]["text"], resumed["type"]) == ("resumed", "ASSAULT")
    [talks] = events("Sudan and South Sudan held talks in Addis Ababa on Monday.")
    assert talks["trigger"]["text"] == "talks"


def test_seizing_a_building_or_a_person_and_rampaging_are_force(nlp):
    [seized] = events("Masked gunmen seized a hospital in the town of Kidal on Monday.")
    assert seized["type"] == "ASSAULT"
    [arrest] = [e for e in events("Soldiers seized President Roch Kabore at a barracks in Ouagadougou on Monday.")
                if e["trigger"]["text"] == "seized"]
    assert (arrest["type"], arrest["mode"]) == ("COERCE", "arrest")
    found = by_trigger("The army imposed a curfew on Tuesday after militants rampaged through the town of Pibor.")
    assert found["rampaged"]["type"] == "ASSAULT"


def test_what_a_verb_is_done_to_outranks_a_place_phrase(nlp):
    [event] = events("Soldiers opened fire on protesters at the toll gate in Lagos on Tuesday night.")
    assert (event["type"], {party(m) for m in event["recipient"]}) == ("ASSAULT", {"NGA"})


def test_what_a_strike_hit_told_in_a_participle_is_an_assault_by_its_doer(nlp):
    found = by_trigger("Israeli jets launched air strikes on Gaza City overnight, hitting a school used as a shelter.")
    assert found["hitting"]["type"] == "ASSAULT" and {party(m) for m in found["hitting"]["actor"]} == {"ISR"}
    assert by_trigger("The storm swept across the coast on Monday, hitting fishing villages.") == {}


def test_a_bomb_that_went_off_before_the_reported_attack_is_its_own_deed(nlp):
    found = by_trigger("The raid came two days after a bomb ripped through a market in Maiduguri, killing 20 people.")
    assert found["ripped"]["type"] == "ASSAULT" and found["ripped"]["actor"] == []
    assert [e["trigger"]["text"] for e in events("An explosion ripped through a crowded bus station in Kano.")] == [
        "explosion"]


def test_a_clause_with_its_own_subject_is_not_part_of_a_participle_before_it(nlp):
    found = by_trigger("Troops fired on marchers in Mandalay on Thursday, killing four people, a day after police "
                       "raided a monastery in the city.")
    assert found["raided"]["type"] == "COERCE"
    assert {party(m) for m in found["raided"]["actor"]} == {"MMR"}


def test_two_deeds_dated_apart_are_two(nlp):
    found = by_trigger("Ugandan troops invaded in October 1978 and captured the border town of Mutukula on "
                       "Nov. 1, 1978.")
    assert (found["invaded"]["date"]["value"], found["captured"]["date"]["value"]) == ("1978-10", "1978-11-01")


def test_the_main_verb_after_a_long_subject_is_found(nlp):
    found = by_trigger("The gunmen, who had demanded the release of their jailed leader, seized a school in Kidal "
                       "on Monday.")
    assert found["seized"]["type"] == "ASSAULT" and found["seized"]["date"]["value"] == "2024-05-06"


def test_the_doers_told_by_a_deed_of_a_day_of_its_own_did_it(nlp):
    found = by_trigger("Opposition supporters who stormed the electoral commission on Tuesday night clashed with "
                       "police in Kinshasa.")
    assert found["stormed"]["date"]["value"] == "2024-05-07"


def test_two_acts_of_one_type_in_different_modes_are_two(nlp):
    # an emergency declared after an arrest: both coercion by the same doer, but two happenings
    found = by_trigger("Ecuador's army declared a state of emergency in Quito on Tuesday after detaining "
                       "the vice president in an early-morning raid.")
    assert {"declared", "detaining"} <= set(found)
    assert found["detaining"]["type"] == found["declared"]["type"] == "COERCE"


def test_a_statement_told_in_a_relative_clause_set_off_by_commas_is_its_own(nlp):
    found = by_trigger("Police blamed the opposition Democratic Front party, which denied any role in the blast.")
    assert "denied" in found and found["denied"]["type"] == "REJECT"
    assert found["denied"]["actor"] and "blamed" in found
    found = by_trigger("Britain and France, which warned the junta last week against a crackdown, suspended "
                       "military aid to Niger on Monday.")
    assert found["warned"]["type"] == "THREATEN"
    assert {party(m) for m in found["warned"]["actor"]} == {"GBR", "FRA"}


def test_a_standing_position_told_in_a_relative_clause_is_background(nlp):
    found = by_trigger("The ministers promised on Tuesday to open talks with Serbia once it cooperated with the "
                       "tribunal in The Hague, which has demanded the arrest of two generals.")
    assert "demanded" not in found


def test_a_verb_misread_as_a_participle_after_another_participle_is_the_sentences_verb(nlp):
    # the small parser hangs "clashed" and "killed" on the noun ending the first participle's phrase
    found = by_trigger("Philippine troops backed by helicopters clashed with gunmen of the Maute group in Marawi "
                       "on Tuesday, the military said.")
    assert found["clashed"]["type"] == "ASSAULT"
    assert "PHL" in {party(m) for m in found["clashed"]["actor"]}
    found = by_trigger("Gunmen firing from rooftops killed at least 40 protesters near Sanaa University on Friday.")
    assert found["killed"]["type"] == "ASSAULT" and found["killed"]["recipient"]


def test_a_participle_describing_a_noun_stays_a_description(nlp):
    found = by_trigger("Aid workers supported by the United Nations delivered food to Gaza on Monday.")
    assert set(found) == {"delivered"}


def test_a_clause_before_a_semicolon_is_a_sentence_of_its_own():
    (threat,) = coded_events("President Donald Trump threatened on Sunday to impose more tariffs on Chinese goods; a strong economy "
                             "might have encouraged him.", "2019-05-06")
    # ... also when the verb after the semicolon is an event of its own
    threats = [e for e in coded_events("President Donald Trump threatened on Sunday to impose more tariffs on Chinese goods; the "
                                       "American economy might have encouraged his actions.", "2019-05-06") if e["type"] == "THREATEN"]
    assert [e["status"] for e in threats] == ["asserted"]
    assert (threat["type"], threat["status"], [m["country"] for m in threat["recipient"]]) == ("THREATEN", "asserted", ["CHN"])
