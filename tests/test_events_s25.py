"""Event coding fixes of session 25, each from a construction met in real news, in sentences
written for dyad."""

import pytest

from helpers import coded_events, coded_triples, events_by_trigger, types_by_trigger

PUBLISHED = "2024-05-06"


def test_an_infinitives_object_is_not_the_object_of_a_verb_with_its_own(nlp):
    # the force is what the president asked for, not what he used
    found = types_by_trigger("The new president of Somalia used a rare appearance before the Security Council on "
                             "Friday to request an international peacekeeping force.", PUBLISHED)
    assert "used" not in found
    assert found.get("request", (None,))[0] == "REQUEST"


@pytest.mark.parametrize("text", [
    "The army used force to disperse the crowd on Friday.",
    "Police used force against the strikers on Monday.",
])
def test_force_used_is_still_an_assault(nlp, text):
    assert "ASSAULT" in {type_ for type_, _ in types_by_trigger(text, PUBLISHED).values()}


@pytest.mark.parametrize("text, doer", [
    ("Twelve people died on Sunday in a bombing blamed on Boko Haram.", "Boko Haram"),
    ("The attack, blamed on al-Shabaab, killed 20 people in Mogadishu.", "al-Shabaab"),
    ("Four soldiers were killed in an attack on a southern town on Monday blamed on Seleka rebels.", "Seleka rebels"),
    ("Five soldiers died in an attack which the army blamed on Boko Haram.", "Boko Haram"),
    ("A car bomb attack claimed by the Islamic State killed 30 people in Baghdad.", "the Islamic State"),
])
def test_the_one_a_deed_is_blamed_on_did_it(nlp, text, doer):
    [attack] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "ASSAULT"]
    assert [m["text"] for m in attack["actor"]] == [doer]


def test_blaming_is_no_doing(nlp):
    # the police who blamed the attack on the group did not attack
    [blame] = coded_events("Police blamed the attack on Boko Haram.", PUBLISHED)
    assert blame["type"] == "ACCUSE" and [m["text"] for m in blame["actor"]] == ["Police"]


def test_victims_killed_and_wounded_in_an_ambush_share_its_doer(nlp):
    killed = events_by_trigger("Three soldiers were killed and four others wounded on Saturday in an ambush by "
                               "New People's Army rebels in the northern province of Ifugao.", PUBLISHED)["killed"]
    assert [(m["country"], m["code"]) for m in killed["actor"]] == [("PHL", "PHLREB")]
    assert [m["text"] for m in killed["recipient"]] == ["Three soldiers"]


def test_a_killing_told_with_its_own_place_keeps_its_own_doer(nlp):
    # the Taliban attack in Helmand wounded five; who killed the two in Kandahar the sentence does not say
    killed = events_by_trigger("Two soldiers were killed in Kandahar and five were wounded in a Taliban attack "
                               "in Helmand.", PUBLISHED)["killed"]
    assert killed["actor"] == []


@pytest.mark.parametrize("text, recipient", [
    ("The United States on Monday repeated its call on North Korea to return to the talks.", "PRK"),
    ("The Gulf states and the U.S. renewed calls for Iran to fully cooperate with the nuclear watchdog.", "IRN"),
])
def test_a_call_on_someone_to_act_is_a_request(nlp, text, recipient):
    assert ("REQUEST", "USA", recipient) in coded_triples(text, PUBLISHED)


def test_a_call_on_a_day_is_still_a_phone_call(nlp):
    found = types_by_trigger("Putin and Trump spoke in a call on Monday.", PUBLISHED)
    assert found.get("call", (None,))[0] == "CONSULT"


def test_a_verb_misread_as_a_participle_before_a_reporting_clause_is_the_verb(nlp):
    # the parser hangs "rejected" on "team" as a participle and leaves "team" with no verb
    events = coded_events("The government's negotiation team, headed by Defence Minister Pervez Khattak, rejected "
                          "on Tuesday the opposition's demand for the prime minister's resignation, government "
                          "sources told a television channel.", PUBLISHED)
    [reject] = [e for e in events if e["type"] == "REJECT"]
    assert [m["text"] for m in reject["actor"]] == ["The government's negotiation team"]
    assert [m["text"] for m in reject["recipient"]] == ["the opposition"]


@pytest.mark.parametrize("text, recipient", [
    ("Thousands of Iranians burned the American flag outside the former embassy on Friday.", "USA"),
    ("Angry villagers burned effigies of the Indian prime minister on Sunday.", "IND"),
])
def test_burning_a_flag_or_an_effigy_is_a_demonstration_against_its_owner(nlp, text, recipient):
    [burned] = coded_events(text, PUBLISHED)
    assert (burned["type"], burned["cameo"]) == ("PROTEST", "141")
    assert [m["country"] for m in burned["recipient"]] == [recipient]


def test_burning_homes_is_still_violence(nlp):
    assert types_by_trigger("Militiamen burned homes in the village on Monday.", PUBLISHED)["burned"][0] == "ASSAULT"


def test_the_deed_whose_anniversary_is_marked_is_no_news(nlp):
    found = types_by_trigger("Thousands of Iranians rallied in Tehran on Friday as they marked the anniversary of "
                             "the seizure of the U.S. Embassy by militant students in 1979.", PUBLISHED)
    assert "seizure" not in found
    assert found.get("rallied", (None,))[0] == "PROTEST"


def test_throwing_out_diplomats_is_an_expulsion(nlp):
    triples = coded_triples("Russia told the United States on Wednesday it would throw out an unspecified number "
                            "of American diplomats.", PUBLISHED)
    assert ("SANCTION", "RUS", "USA") in triples


def test_whose_move_it_is_does_what_it_is_to_do(nlp):
    [expel] = coded_events("Russia said it would answer a U.S. move to expel 35 Russian diplomats.", PUBLISHED)
    assert expel["type"] == "SANCTION" and [m["country"] for m in expel["actor"]] == ["USA"]


def test_whose_attempt_it_is_does_what_it_is_to_do(nlp):
    seize = events_by_trigger("The army foiled an attempt by the rebels to seize the airport.", PUBLISHED)["seize"]
    assert [m["text"] for m in seize["actor"]] == ["the rebels"]


@pytest.mark.parametrize("text, trigger, type_", [
    ("The president said on Thursday he was sorry for the abuse of prisoners by American guards.", "sorry", "CONCEDE"),
    ("The leaders of Pakistan and Afghanistan recommitted themselves to cooperate against terrorism.", "recommitted",
     "AGREE"),
    ("Some 2,000 Afghan security forces rushed to the eastern province on Wednesday.", "rushed", "MOBILIZE"),
    ("Dock workers staged a partial stoppage at the port on Tuesday.", "stoppage", "PROTEST"),
    ("Israel completed the handover of the town of Jericho to Palestinian police on Friday.", "handover", "RETREAT"),
])
def test_news_words_for_known_kinds_of_event(nlp, text, trigger, type_):
    assert types_by_trigger(text, PUBLISHED).get(trigger, (None,))[0] == type_


@pytest.mark.parametrize("text", [
    "The minister said he was sorry for the loss of life.",
    "Ambulances rushed to the scene of the crash.",
])
def test_sympathy_and_haste_are_no_such_events(nlp, text):
    assert coded_events(text, PUBLISHED) == []


def test_a_verdict_declared_in_a_small_clause_is_a_judgment_of_its_author(nlp):
    # the parser reads "declared X unacceptable" as a clause whose subject is X
    triples = coded_triples("The European Union declared Russia's annexation of the peninsula illegal.", PUBLISHED)
    assert triples == {("ACCUSE", "IGO", "RUS")}


@pytest.mark.parametrize("text, recipient", [
    ("Iran has rejected UN calls to stop uranium enrichment.", "IGO"),
    ("Netanyahu on Sunday rebuffed U.S. calls to impose a freeze on settlement activity.", "USA"),
])
def test_rejected_calls_are_those_of_the_name_before_them(nlp, text, recipient):
    # the parser reads "calls" as a verb whose subject is the name before it
    [reject] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "REJECT"]
    assert [m["country"] or m["code"][:3] for m in reject["recipient"]] == [recipient]


def test_those_held_hostage_are_the_victims_not_the_captors(nlp):
    # the parser makes "workers" the subject of "held", whose only object is the bare role
    held = events_by_trigger("Rebels freed two kidnapped Western aid workers held hostage for six weeks.",
                             PUBLISHED)["held"]
    assert held["actor"] == []
    assert [m["text"] for m in held["recipient"]] == ["two kidnapped Western aid workers"]


def test_the_role_hostage_names_no_one(nlp):
    held = events_by_trigger("The gunmen held 30 people hostage in the school on Monday.", PUBLISHED)["held"]
    assert [m["text"] for m in held["actor"]] == ["The gunmen"]
    assert [m["text"] for m in held["recipient"]] == ["30 people"]


def test_forced_to_act_by_no_one_named_is_the_subjects_own_act(nlp):
    found = events_by_trigger("The president was forced to resign on Friday after weeks of protests.", PUBLISHED)
    assert found["resign"]["type"] == "RETREAT"
    assert [m["text"] for m in found["resign"]["actor"]] == ["The president"]


def test_forcing_someone_to_act_is_still_the_forcers_act(nlp):
    found = types_by_trigger("Army generals forced the president to resign on Friday.", PUBLISHED)
    assert found.get("forced") == ("COERCE", "170") and "resign" not in found


def test_an_act_in_retaliation_is_aimed_at_whose_deed_it_answers(nlp):
    triples = coded_triples("Iran warned on Sunday that it could close the Strait of Hormuz in retaliation for U.S. "
                            "involvement in the war.", PUBLISHED)
    assert triples == {("THREATEN", "IRN", "USA")}


@pytest.mark.parametrize("text, recipient", [
    ("The group's leader warned on Monday that any Israeli attack on Lebanese soil would meet retaliation.", "ISR"),
    ("Benjamin Netanyahu warned that Israel could retaliate harshly after a Hezbollah attack on an army convoy "
     "killed two soldiers.", "LBN"),
])
def test_a_threat_told_with_the_attack_it_answers_is_aimed_at_the_attacker(nlp, text, recipient):
    [threat] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "THREATEN"]
    assert [m["country"] for m in threat["recipient"]] == [recipient]


def test_a_rejection_of_accusations_is_aimed_at_their_authors(nlp):
    triples = coded_triples("China's foreign ministry announced on Wednesday its rejection of accusations made by "
                            "British intelligence.", PUBLISHED)
    assert triples == {("REJECT", "CHN", "GBR")}


@pytest.mark.parametrize("text, recipient", [
    ("Mali's junta requested France to pull out its soldiers from the territory of the country within weeks.",
     "FRA"),
    ("Kenya requested assistance from Britain to fight the locusts.", "GBR"),
])
def test_a_request_is_made_of_whom_it_asks_before_where_its_act_leaves(nlp, text, recipient):
    [request] = [e for e in coded_events(text, PUBLISHED) if e["type"] == "REQUEST"]
    assert [m["country"] for m in request["recipient"]] == [recipient]
