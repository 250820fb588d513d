"""Actor resolution fixes of session 23 (issue 6), each a class of phrase news uses often."""

import pytest

from actor_lookup import code_of, mention_of


@pytest.mark.parametrize("text, phrase, code", [
    # a defence ministry is its government's, named by its own name as by the role noun
    ("The Pentagon said it would send 1,500 more troops to the southern border.", "The Pentagon", "USAGOV"),
    ("The Defense Department announced a new weapons package for Kyiv on Friday.", "The Defense Department",
     "USAGOV"),
    ("China's Defence Ministry warned Manila against further provocations.", "China's Defence Ministry", "CHNGOV"),
    # "the Treasury" alone is America's, except in a story of a country whose finance ministry has that name
    ("The Treasury froze the assets of four Venezuelan officials on Tuesday.", "The Treasury", "USAGOV"),
    ("The Treasury said it would borrow more this year, the Bank of England said.", "The Treasury", "GBRGOV"),
    ("Kenya's Treasury cut the budgets of county governments by a tenth.", "Kenya's Treasury", "KENGOV"),
])
def test_state_bodies_by_their_own_names(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # "general" before an office is no rank
    ("General Secretary Xi Jinping received the visiting Lao delegation in Beijing.", "General Secretary Xi Jinping",
     "CHNGOV"),
    # ranks of air forces and navies and the lower ranks are the military's
    ("Pakistan handed Indian Wing Commander Ravi Menon back at the Wagah crossing.",
     "Indian Wing Commander Ravi Menon", "INDMIL"),
    ("A Kenyan sergeant shot two suspects dead at a roadblock outside Nairobi.", "A Kenyan sergeant", "KENMIL"),
])
def test_titles_with_general_and_ranks(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_a_general_rapporteur_is_no_general(nlp):
    mention = mention_of(nlp, "Anna Berg, the assembly's general rapporteur on media freedom, condemned the arrests.",
                         "Anna Berg")
    assert mention is not None and mention.sector == "LEG"


@pytest.mark.parametrize("text, phrase, code", [
    # the people of a stateless parliament or court do what it does (CAMEO IGO LEG, IGO JUD)
    ("Elena Marin, the PACE General Rapporteur on political prisoners, condemned the sentences.", "Elena Marin",
     "IGOLEG"),
    ("European Parliament members condemned the crackdown on the protesters in Tbilisi.",
     "European Parliament members", "IGOLEG"),
    ("The PACE suspended the voting rights of the Russian delegation.", "The PACE", "IGOLEG"),
])
def test_people_of_a_stateless_parliament(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, published, code", [
    # a party out of power is the opposition, as the coders code it; in power a party
    ("Chadema called for nationwide protests over the arrest of its chairman.", "Chadema", None, "TZAOPP"),
    ("Renamo said its fighters would lay down their arms under the new accord.", "Renamo", "2014-09-05", "MOZOPP"),
    ("The UPND accused the ruling party of rigging the vote in Lusaka.", "The UPND", "2016-08-14", "ZMBOPP"),
    ("The UPND said its government would review the mining taxes.", "The UPND", "2023-03-01", "ZMBPTY"),
    ("The Peoples Democratic Party rejected the results of the governorship election.",
     "The Peoples Democratic Party", "2019-03-12", "NGAOPP"),
])
def test_parties_out_of_power(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, phrase, published, code", [
    # a party's following is of the party's side on the day, whose sector its dated roles give
    ("Police fired tear gas at Chadema supporters gathered in Dar es Salaam.", "Chadema supporters", None, "TZAOPP"),
    ("Riot police beat MDC supporters outside the party's headquarters in Harare.", "MDC supporters", "2008-04-20",
     "ZWEOPP"),
])
def test_followers_of_a_party_with_dated_roles(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, phrase, code", [
    # representatives of a body are the body's, as its members are; of a seat of government, its government's
    ("The government of Mali and representatives of the Tuareg rebels signed a truce in Algiers.",
     "representatives of the Tuareg rebels", "MLIREB"),
    ("Representatives of the Taliban met American envoys in Doha on Saturday.", "Representatives of the Taliban",
     "AFGREB"),
    ("Belgrade refused to meet the representatives of Pristina at the talks in Brussels.",
     "the representatives of Pristina", "XKXGOV"),
])
def test_representatives_of_a_body(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a crowd the text calls the opposition's is the opposition; protesters alone stay civilians
    ("Riot police detained dozens of opposition protesters outside the election commission in Dhaka.",
     "dozens of opposition protesters", "BGDOPP"),
    ("Anti-government protesters marched on parliament in Kampala on Tuesday.", "Anti-government protesters",
     "UGACVL"),
    # those jailed for their politics are the opposition
    ("The Eritrean government refused to free its political prisoners despite the appeals.",
     "its political prisoners", "ERIOPP"),
])
def test_opposition_crowds_and_political_prisoners(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # frontier forces of India and Pakistan news names often
    ("Officers of the Border Security Force and Pakistan Rangers met at the Wagah crossing on Saturday.",
     "the Border Security Force", "INDMIL"),
    ("Officers of the Border Security Force and Pakistan Rangers met at the Wagah crossing on Saturday.",
     "Pakistan Rangers", "PAKMIL"),
    # "the National Treasury": South Africa's, or Kenya's in a story about Kenya
    ("Municipal workers threatened to strike after the National Treasury capped their pay rise.",
     "the National Treasury", "ZAFGOV"),
    ("The National Treasury cut the budgets of Kenya's counties by a tenth.", "The National Treasury", "KENGOV"),
])
def test_frontier_forces_and_treasuries(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # border guards are soldiers, as the coders code them; border police stay police
    ("Armenian and Azerbaijani border guards exchanged fire overnight near the village.",
     "Azerbaijani border guards", "AZEMIL"),
    ("Greek border police fired tear gas at migrants trying to cross from Turkey.", "Greek border police", "GRCCOP"),
])
def test_border_guards(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a craft named by the armed force it belongs to stands for that force; a passenger plane for no one
    ("A Pakistan Air Force (PAF) plane carrying tents and blankets landed in Kathmandu on Sunday.",
     "A Pakistan Air Force (PAF) plane", "PAKMIL"),
    ("An Indian Navy ship evacuated 400 citizens from the port of Aden.", "An Indian Navy ship", "INDMIL"),
])
def test_craft_of_a_force(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_a_passenger_plane_is_no_actor(nlp):
    assert code_of(nlp, "A passenger plane crashed on landing near Lagos.", "A passenger plane") is None


def test_kinds_of_one_force_are_one_actor(nlp):
    # "air" names no actor: "Israeli air and naval forces" are Israel's forces, not "naval forces" of no one
    from dyad.extract.actors import ActorResolver
    from dyad.extract.phrases import noun_phrase

    text = "Israeli air and naval forces pounded targets in the Gaza Strip overnight."
    doc = nlp(text)
    words = doc.char_span(0, len("Israeli air and naval forces"))
    found = ActorResolver(doc, None).resolve_all(noun_phrase(words.root))
    assert [m.code for m in found] == ["ISRMIL"]


@pytest.mark.parametrize("text, phrase, code", [
    # a national Red Crescent society is its country's charity, named in full or, in a story of one
    # country, as "the Red Crescent"; the ICRC stays the international body
    ("The Kuwait Red Crescent Society flew a third relief plane to Khartoum on Sunday.",
     "The Kuwait Red Crescent Society", "KWTNGO"),
    ("The Red Crescent said 14 people were killed when shells hit the market in Aleppo.", "The Red Crescent",
     "SYRNGO"),
    ("The International Committee of the Red Cross visited the prisoners in Kabul.",
     "The International Committee of the Red Cross", "IGO"),
])
def test_national_red_crescent_societies(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
