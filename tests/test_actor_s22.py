"""Actor resolution fixes of session 22 (issue 6), each a class of phrase news uses often."""

import pytest

from actor_lookup import code_of, mention_of


@pytest.mark.parametrize("text, phrase, code", [
    # a place noun's "of" names the place: the town's people (of its country), not no one
    ("Government artillery pounded the city of Idlib for a third day on Sunday.", "the city of Idlib", "SYRCVL"),
    ("Police sealed off the town of Cizre before dawn on Friday.", "the town of Cizre", "TURCVL"),
    # a town called besieged is its people, as one under a siege is
    ("A food convoy finally entered the besieged Syrian town of Zabadani on Thursday.",
     "the besieged Syrian town of Zabadani", "SYRCVL"),
])
def test_a_town_named_after_a_place_noun(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a ruler driven abroad has lost the office (an exiled opposition leader has not)
    ("Exiled president Jean-Bertrand Aristide urged his supporters to stay calm.",
     "Exiled president Jean-Bertrand Aristide", "HTIELI"),
    ("The exiled opposition leader Kassim Omar called for a boycott of the vote.", "Kassim Omar", "OPP"),
    # undated, the office an apposition gives is the one meant, not the person's latest
    ("Riot police detained Morgan Tsvangirai, the opposition leader, outside his home.", "Morgan Tsvangirai",
     "ZWEOPP"),
    # critics of a government, named by it or its seat, are the opposition
    ("Security agents in Khartoum detained prominent government critic Ahmed Yusuf.", "Ahmed Yusuf", "SDNOPP"),
    ("Kremlin critic Pavel Orlov was sentenced to nine years in a Moscow court.", "Pavel Orlov", "RUSOPP"),
    ("Dozens of government critics were rounded up in Kampala overnight.", "government critics", "UGAOPP"),
    # titles in the Commonwealth's wording
    ("Minister for Foreign Affairs Ram Sharma of Nepal held talks in Tokyo.", "Ram Sharma", "NPLGOV"),
    # well-known bodies and role nouns the knowledge base lacked
    ("Solidarity leaders called a national strike from the Gdansk shipyard.", "Solidarity leaders", "POLLAB"),
    ("A UN special rapporteur on torture was refused entry at the airport.", "A UN special rapporteur on torture", "IGO"),
])
def test_roles_the_phrase_gives(nlp, text, phrase, code):
    # the phrase as the actor tables read it: the noun phrase around the words
    from dyad.extract.phrases import noun_phrase
    from dyad.extract.actors import ActorResolver

    doc = nlp(text)
    start = text.index(phrase)
    words = doc.char_span(start, start + len(phrase))
    found = ActorResolver(doc, None).resolve_all(noun_phrase(words.root))
    mention = next((m for m in found if m.start <= start < m.end), None)
    assert mention is not None and (mention.code == code or mention.sector == code)


def test_a_press_freedom_group_is_an_ngo(nlp):
    assert mention_of(nlp, "A press freedom group condemned the jailing of two reporters.",
                      "A press freedom group").sector == "NGO"


@pytest.mark.parametrize("text, phrase, code", [
    ("North and South Korea agreed on Friday to reopen a military hotline.", "North", "PRK"),
    ("North and South Korea agreed on Friday to reopen a military hotline.", "South Korea", "KOR"),
    ("East and West Germany signed a treaty on monetary union.", "East", "DEU"),
])
def test_two_countries_sharing_a_name_word(nlp, text, phrase, code):
    # "North" of "North and South Korea" is North Korea, not a second mention of the South
    assert code_of(nlp, text, phrase) == code


def test_both_koreas_are_parties_of_the_event():
    from helpers import coded_events

    events = coded_events("North and South Korea agreed on Friday to reopen a military hotline.", "2018-01-05")
    codes = {m["code"] for e in events for m in e["actor"] + e["recipient"]}
    assert {"PRK", "KOR"} <= codes


def test_a_seas_name_is_no_country(nlp):
    # "Indian" of "the Indian Ocean" is not India: the leader is of the country the phrase names
    text = "An opposition leader in the Indian Ocean nation of Mauritius rejected the count."
    assert code_of(nlp, text, "An opposition leader") == "MUSOPP"


@pytest.mark.parametrize("phrase, code", [("Israeli", "ISRGOV"), ("Palestinian counterparts", "PSEGOV")])
def test_coordinated_counterparts_share_the_possessor(nlp, phrase, code):
    # "his Israeli and Palestinian counterparts" of a foreign minister: both are ministers
    text = "China's foreign minister told his Israeli and Palestinian counterparts that Beijing would help."
    from dyad.extract.actors import ActorResolver
    from dyad.extract.phrases import noun_phrase

    doc = nlp(text)
    start = text.index(phrase)
    noun = doc.char_span(text.index("counterparts"), text.index("counterparts") + len("counterparts")).root
    found = ActorResolver(doc, None).resolve_all(noun_phrase(noun))
    assert next(m.code for m in found if m.start <= start < m.end) == code


@pytest.mark.parametrize("text, phrase, code", [
    # undated, a movement that fought for decades before it took power is the rebels...
    ("The Taliban rejected the government's offer of peace talks on Friday.", "The Taliban", "AFGREB"),
    # ...unless its own words make it the government
    ("Taliban authorities detained two journalists in Kabul on Friday.", "Taliban authorities", "AFGGOV"),
    ("The ruling Taliban ordered the closure of beauty salons.", "The ruling Taliban", "AFGGOV"),
])
def test_a_movement_that_took_power_undated(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_a_movement_that_took_power_dated(nlp):
    # with the story's date, the role it held then
    assert code_of(nlp, "The Taliban ordered the closure of beauty salons.", "The Taliban", "2023-07-04") == "AFGGOV"
    assert code_of(nlp, "The Taliban ordered the closure of beauty salons.", "The Taliban", "2015-07-04") == "AFGREB"


@pytest.mark.parametrize("text, phrase, code", [
    # a body's governing board is the body
    ("The IMF's executive board approved a $3 billion loan for Egypt on Friday.", "The IMF's executive board", "IGO"),
    ("The board of Gazprom approved the pipeline deal on Monday.", "The board of Gazprom", "RUSBUS"),
])
def test_a_bodys_board_is_the_body(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a republic proclaimed against its state is the rebels' (of the state it broke from)
    ("The leaders of the breakaway republic rejected Georgia's offer of talks.",
     "The leaders of the breakaway republic", "GEOREB"),
    ("Kyiv and the heads of the self-proclaimed republics in the east agreed to a truce in Ukraine.",
     "the heads of the self-proclaimed republics in the east", "UKRREB"),
])
def test_a_self_proclaimed_republic_is_the_rebels(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_a_named_group_does_not_refer_back(nlp):
    # "the contact group" is a group of its own, not the body named before it
    text = "Houthi rebels seized a cargo ship on Friday. The contact group met behind closed doors in Muscat."
    assert code_of(nlp, text, "The contact group") is None
    assert code_of(nlp, text.replace("contact group", "group"), "The group") == "YEMREB"


def test_us_written_without_its_last_stop(nlp):
    # some papers write "U.S" before a noun: still the United States
    text = "Guerrillas threw dynamite at the U.S Embassy in Lima on Saturday, police said."
    assert code_of(nlp, text, "the U.S Embassy") == "USAGOV"


@pytest.mark.parametrize("text, phrase, code", [
    # a journalist is of the outlet he works for, not of the country that expels him
    ("A reporter for the BBC was expelled from Belarus on Tuesday.", "A reporter for the BBC", "GBRMED"),
    ("Anna Kowalska, a correspondent for the BBC, was expelled from Belarus on Tuesday.", "Anna Kowalska", "GBRMED"),
    # an outlet of no known country leaves the story's
    ("A reporter for a local newspaper was arrested in Harare on Tuesday.", "A reporter for a local newspaper",
     "ZWEMED"),
])
def test_a_journalist_is_of_the_outlet(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a body's chairman is the body's, as its head is
    ("Gazprom's chairman met the energy minister in Moscow on Monday.", "Gazprom's chairman", "RUSBUS"),
    ("Police detained Chadema's chairman, Freeman Mbowe, in Mwanza.", "Chadema's chairman", "TZA"),
])
def test_a_chairman_is_his_bodys(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention.code == code or mention.country == code
