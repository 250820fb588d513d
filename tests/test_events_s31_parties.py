"""Who did it to whom (issues #5 and #6), session 31: whom a letter is written to, and whom a refusal
"to let" is aimed at; checked on sentences written for these tests."""

from helpers import events_by_trigger


def _countries(mentions):
    return sorted(m["country"] for m in mentions)


def test_a_request_in_a_letter_is_made_of_its_addressee_though_it_names_a_thing():
    # "requesting the reopening": the object names no one, so whom the letter is to is asked
    text = ("Kenyan President William Ruto wrote to Tanzanian President Samia Suluhu Hassan on Monday formally "
            "requesting the reopening of the border crossing.")
    request = events_by_trigger(text, "2021-03-04")["requesting"]
    assert request["type"] == "REQUEST"
    assert _countries(request["recipient"]) == ["TZA"]


def test_a_demand_in_a_letter_is_made_of_its_addressee_not_of_whom_it_names():
    text = ("The Cuban dissident sent a letter to Spanish Prime Minister Pedro Sanchez on Monday demanding the "
            "release of 40 Cuban political prisoners.")
    request = events_by_trigger(text, "2022-08-01")["demanding"]
    assert [m["country"] for m in request["recipient"]] == ["ESP"]


def test_a_signed_note_to_a_capital_is_a_demand_of_that_state():
    text = ("Slovakia's foreign minister signed a formal note to Budapest on Monday demanding compensation "
            "for the flooding.")
    request = events_by_trigger(text, "2021-03-04")["demanding"]
    assert _countries(request["recipient"]) == ["HUN"]


def test_regrets_expressed_in_a_letter_are_offered_to_its_addressee():
    text = ("Dutch King Willem-Alexander expressed his deep regret for the colonial violence in a letter to "
            "Indonesian President Joko Widodo on Thursday.")
    regret = events_by_trigger(text, "2020-03-12")["expressed"]
    assert regret["type"] == "CONCEDE"
    assert set(_countries(regret["actor"])) == {"NLD"}
    assert _countries(regret["recipient"]) == ["IDN"]


def test_a_rejection_keeps_the_thing_rejected_before_the_letter():
    text = "Serbia rejected on Friday a plan drafted by the European Union, in a letter to the Russian president."
    rejection = events_by_trigger(text, "2023-02-10")["rejected"]
    assert [m["code"] for m in rejection["recipient"]] == ["IGO"]


def test_a_refusal_to_let_a_ship_in_is_aimed_at_the_ships_country():
    rejection = events_by_trigger("Greece refused on Tuesday to let a Turkish survey ship enter its waters near "
                                  "Crete.", "2020-08-11")["refused"]
    assert rejection["type"] == "REJECT"
    assert _countries(rejection["recipient"]) == ["TUR"]


def test_a_refusal_to_let_in_aid_is_aimed_at_whoever_sent_it():
    # the parser reads "in" as a preposition taking the aid as its object
    rejection = events_by_trigger("Hungary refused on Monday to let in aid trucks sent by Austria.",
                                  "2015-09-14")["refused"]
    assert _countries(rejection["recipient"]) == ["AUT"]


def test_a_refusal_to_allow_un_monitors_is_aimed_at_the_un():
    rejection = events_by_trigger("Myanmar's junta refused on Friday to allow United Nations monitors to visit "
                                  "the detention camps.", "2008-05-09")["refused"]
    assert [m["code"] for m in rejection["recipient"]] == ["IGO"]
    assert _countries(rejection["actor"]) == ["MMR"]


def test_an_agreement_after_talks_with_ministers_is_made_with_their_countries():
    text = ("Iran agreed on Tuesday to suspend uranium enrichment after talks in Tehran with the foreign "
            "ministers of Britain, France and Germany.")
    deal = events_by_trigger(text, "2003-10-21")["agreed"]
    assert _countries(deal["actor"]) == ["IRN"]
    assert _countries(deal["recipient"]) == ["DEU", "FRA", "GBR"]


def test_a_rejection_during_a_meeting_is_aimed_at_the_other_side():
    text = "Armenia rejected the proposal during a meeting with the Azerbaijani foreign minister in Moscow on Monday."
    rejection = events_by_trigger(text, "2016-03-04")["rejected"]
    assert _countries(rejection["recipient"]) == ["AZE"]


def test_a_party_the_act_names_comes_before_the_talks_partner():
    text = ("Serbia agreed on Friday to reopen its border with Kosovo after talks in Brussels with the "
            "European Union's foreign policy chief.")
    deal = events_by_trigger(text, "2016-03-04")["agreed"]
    assert "IGO" not in [m["code"] for m in deal["recipient"]]


def test_a_strike_in_a_challenge_to_the_president_is_aimed_at_him_not_the_town():
    text = ("Thousands of teachers went on strike in Nairobi on Monday, shutting schools across the city in a "
            "direct challenge to President William Ruto.")
    strike = events_by_trigger(text, "2023-03-06")["went"]
    assert strike["type"] == "PROTEST"
    assert [m["code"] for m in strike["recipient"]] == ["KENGOV"]


def test_troops_sent_as_a_warning_to_a_neighbour_are_aimed_at_it():
    moved = events_by_trigger("Colombia ordered troops to the border on Friday, a clear warning to Venezuela.",
                              "2016-03-04")["ordered"]
    assert moved["type"] == "MOBILIZE"
    assert _countries(moved["recipient"]) == ["VEN"]


def test_a_strike_without_a_stance_keeps_its_town():
    strike = events_by_trigger("Bus drivers went on strike in Lagos on Monday.", "2016-03-04")["went"]
    assert _countries(strike["recipient"]) == ["NGA"]
