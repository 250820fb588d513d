"""Who did it to whom (issues #5 and #6): parties the parse hides from dyad, checked on sentences
written for these tests."""

from helpers import codes, events_by_trigger


def test_leaders_meeting_in_a_town_are_the_doers_not_the_town():
    # the parser makes "meeting" the verb's subject and the leaders its own subject
    events = events_by_trigger("East African leaders meeting in Nairobi on Friday endorsed Hassan Sheikh "
                               "Mohamud as president of Somalia.", "2012-09-14")
    endorsed = events["endorsed"]
    assert [m["text"] for m in endorsed["actor"]] == ["East African leaders"]
    assert "Nairobi" not in [m["text"] for m in endorsed["actor"] + endorsed["recipient"]]


def test_ministers_compounded_onto_their_meeting_are_the_doers():
    # the parser reads "meeting" as a noun and the ministers as a compound on it
    events = events_by_trigger("Nigerian ministers meeting in Accra on Monday approved the plan.", "2012-09-14")
    assert codes(events["approved"]["actor"]) == ["NGAGOV"]


def test_a_place_in_the_subject_is_not_the_doer_of_a_bare_meeting():
    events = events_by_trigger("The ministers meeting in Accra approved the budget.", "2012-09-14")
    assert all(m["text"] != "Accra" for e in events.values() for m in e["actor"])


def test_a_participle_the_parser_reads_as_one_still_leaves_its_people_the_doers():
    events = events_by_trigger("Rebels fighting in the north attacked a convoy on Monday.", "2012-09-14")
    assert [m["text"] for m in events["attacked"]["actor"]] == ["Rebels"]


def test_they_of_a_condition_is_the_list_threatened_not_the_threatener():
    text = ("Ethiopian Prime Minister Meles Zenawi warned on Monday that Ethiopia would use force against its "
            "neighbours Eritrea and Somalia if they kept arming rebels.")
    threat = events_by_trigger(text, "2006-04-20")["warned"]
    assert codes(threat["actor"]) == ["ETHGOV"]
    assert sorted(m["country"] for m in threat["recipient"]) == ["ERI", "SOM"]


def test_they_after_a_list_of_objects_is_the_list():
    text = "Venezuela threatened on Friday to cut oil shipments to Cuba and Nicaragua if they refused to pay their debts."
    refusal = events_by_trigger(text, "2012-06-11")["refused"]
    assert sorted(m["country"] for m in refusal["actor"]) == ["CUB", "NIC"]


def test_they_with_only_one_state_named_is_that_state():
    moved = events_by_trigger("Germany said on Monday they would send troops to Mali.", "2013-01-14")["send"]
    assert codes(moved["actor"]) == ["DEU"]


def test_him_urged_in_a_letter_is_its_addressee_not_its_writer():
    text = ("Catalan leader Carles Puigdemont sent a letter to Spanish Prime Minister Mariano Rajoy on Monday "
            "urging him to open talks.")
    request = events_by_trigger(text, "2017-10-16")["urging"]
    assert [m["country"] for m in request["recipient"]] == ["ESP"]
    assert request["recipient"][0]["text"] == "him"


def test_a_request_in_a_letter_is_made_to_whom_it_is_written():
    text = ("Tongan Prime Minister Feleti Sevele wrote to Canberra and Wellington on Friday asking for police "
            "to help restore order in Nuku'alofa.")
    request = events_by_trigger(text, "2006-11-18")["asking"]
    assert request["type"] == "REQUEST"
    assert sorted(m["country"] for m in request["recipient"]) == ["AUS", "NZL"]


def test_troops_sent_with_a_hope_are_no_letter():
    moved = events_by_trigger("Germany sent troops to Mali on Friday, hoping to help restore order.", "2013-01-14")
    assert [m["country"] for m in moved["sent"]["recipient"]] == ["MLI"]


def test_flights_allowed_to_resume_are_whom_access_is_given():
    # the parser makes the flights the subject of "resume", not the object of "allowed"
    access = events_by_trigger("Sudan allowed U.N. relief flights to resume to Darfur on Saturday.", "2004-07-03")
    assert access["allowed"]["type"] == "RETREAT"
    assert codes(access["allowed"]["recipient"]) == ["IGO"]


def test_monitors_refused_entry_into_an_area_are_the_refused():
    text = "Sri Lanka refused on Tuesday to let U.N. monitors into areas held by the Tamil Tigers."
    refusal = events_by_trigger(text, "2006-08-15")["refused"]
    assert refusal["type"] == "REJECT"
    assert codes(refusal["recipient"]) == ["IGO"]
    assert "Tamil Tigers" not in [m["text"] for m in refusal["recipient"]]


def test_what_a_condemnation_calls_the_deed_names_its_doer():
    text = "Jordan condemned what it called the storming of the mosque by Israeli police."
    condemned = events_by_trigger(text, "2021-05-08")["condemned"]
    assert condemned["type"] == "ACCUSE"
    assert codes(condemned["recipient"]) == ["ISRCOP"]


def test_a_verdict_put_before_the_deed_still_leaves_the_deed_the_object():
    text = "Britain rejected as unacceptable the demands of the striking miners' union."
    rejected = events_by_trigger(text, "1984-06-11")["rejected"]
    assert rejected["type"] == "REJECT"
    assert rejected["recipient"] and all(m["country"] == "GBR" for m in rejected["recipient"])


def test_an_as_phrase_after_the_object_leaves_the_object_alone():
    condemned = events_by_trigger("Egypt condemned the attack on the church by gunmen as barbaric.",
                                  "2017-05-26")["condemned"]
    assert [m["text"] for m in condemned["recipient"]] == ["gunmen"]


def test_a_refusal_to_ratify_a_states_entry_is_aimed_at_that_state():
    text = "Paraguay's Senate refused on Wednesday to ratify Bolivia's entry into the trade bloc."
    refusal = events_by_trigger(text, "2012-06-20")["refused"]
    assert refusal["type"] == "REJECT"
    assert codes(refusal["recipient"]) == ["BOL"]


def test_a_bare_noun_joined_to_a_nationals_noun_shares_the_nationality():
    freed = events_by_trigger("Iran freed 15 British sailors and marines on Thursday.", "2007-04-05")["freed"]
    assert codes(freed["recipient"]) == ["GBRMIL", "GBRMIL"]
    expelled = events_by_trigger("Ukraine expelled 12 Russian diplomats and embassy staff on Monday.",
                                 "2021-04-19")["expelled"]
    assert [m["country"] for m in expelled["recipient"]] == ["RUS", "RUS"]


def test_a_joined_noun_with_a_nationality_of_its_own_keeps_it():
    freed = events_by_trigger("Iran freed 15 British sailors and Iraqi fishermen on Thursday.", "2007-04-05")["freed"]
    assert [m["country"] for m in freed["recipient"]] == ["GBR", "IRQ"]


def test_a_package_offered_by_a_list_of_states_is_every_states():
    text = "Damascus rejected a set of proposals offered by Britain, France and Germany on Saturday."
    rejected = events_by_trigger(text, "2006-06-10")["rejected"]
    assert [m["country"] for m in rejected["recipient"]] == ["GBR", "FRA", "DEU"]


def test_a_collection_of_no_ones_things_names_no_recipient():
    rejected = events_by_trigger("Havana rejected a package of measures on Monday.", "2006-06-10")["rejected"]
    assert rejected["recipient"] == []


def test_the_agreeing_sides_own_things_are_no_recipient():
    text = "The government and the rebels agreed on Tuesday to lock the guerrillas' weapons in containers."
    agreed = events_by_trigger(text, "2006-11-08")["agreed"]
    assert agreed["recipient"] == []


def test_a_promise_of_a_deed_in_a_foreign_country_is_made_to_it():
    promised = events_by_trigger("Japan promised on Monday to build a new bridge in Laos.", "2010-03-01")["promised"]
    assert promised["type"] == "AGREE"
    assert [m["country"] for m in promised["recipient"]] == ["LAO"]


def test_the_venue_of_agreed_talks_is_no_party():
    agreed = events_by_trigger("Russia and Turkey agreed to hold talks in Geneva.", "2010-03-01")["agreed"]
    assert "CHE" not in [m["country"] for m in agreed["actor"] + agreed["recipient"]]


def test_a_promise_of_a_deed_at_home_names_no_recipient():
    promised = events_by_trigger("Brazil promised on Monday to build a new dam in Amazonas state.",
                                 "2010-03-01")["promised"]
    assert promised["recipient"] == []


def test_the_venue_of_talks_refused_is_no_party():
    text = "Sudan's government refused on Monday to attend a new round of peace talks in Addis Ababa."
    refused = events_by_trigger(text, "2012-06-11")["refused"]
    assert "ETH" not in [m["country"] for m in refused["recipient"]]
