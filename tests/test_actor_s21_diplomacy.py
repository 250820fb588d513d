"""Actor resolution of diplomatic news (session 21): counterparts, lists of envoys, met parties."""

import pytest

from actor_lookup import mention_of
from helpers import coded_events


def _parties(text: str) -> dict[str, str | None]:
    """Words -> code of every actor and recipient of the events coded in `text`."""
    return {m["text"]: m["code"] for e in coded_events(text, "2024-06-11") for m in e["actor"] + e["recipient"]}


@pytest.mark.parametrize("text, other, counterpart, code", [
    # a counterpart of one nationality: the minister who meets him is of another, here unknown
    ("The foreign minister held talks with his Afghan counterpart in the capital on Sunday.",
     "The foreign minister", "his Afghan counterpart", "AFGGOV"),
    ("The defence minister held talks with his Japanese counterparts in the capital on Tuesday.",
     "The defence minister", "his Japanese counterparts", "JPNGOV"),
])
def test_a_counterparts_nationality_is_not_the_other_partys(text, other, counterpart, code):
    parties = _parties(text)
    assert parties[counterpart] == code
    assert parties[other] is None


def test_a_counterpart_named_says_whose_he_is_not(nlp):
    # the named counterpart is Russia's foreign minister: the minister who phoned him is not
    mention = mention_of(nlp, "The foreign minister discussed grain exports with his counterpart, Sergei Lavrov, "
                              "by telephone on Monday.", "The foreign minister", "2024-06-11")
    assert mention.country is None and mention.sector == "GOV"


def test_an_opposite_number_is_a_counterpart(nlp):
    text = "The defence minister met his opposite number from Japan on Tuesday."
    assert mention_of(nlp, text, "The defence minister", "2024-06-11").country is None
    assert mention_of(nlp, text, "his opposite number from Japan", "2024-06-11").code == "JPNGOV"


def test_a_minister_named_before_is_still_found(nlp):
    text = ("Iran's foreign minister arrived in Kabul on Saturday. "
            "The foreign minister held talks with his Afghan counterpart on Sunday.")
    assert mention_of(nlp, text, "The foreign minister", "2024-03-05").code == "IRNGOV"


@pytest.mark.parametrize("text", [
    "The junta leader met with US, British, and French ambassadors at his residence on Saturday.",
    "The junta leader met with US, British and French ambassadors at his residence on Saturday.",
    "US, British, and French ambassadors met the junta leader at his residence on Saturday.",
])
def test_each_nationality_of_a_list_of_envoys_is_one_party(text):
    # with or without the comma before "and", each nationality gives the envoys of its country
    parties = _parties(text)
    assert parties["US"] == "USAGOV" and parties["British"] == "GBRGOV" and parties["French ambassadors"] == "FRAGOV"


@pytest.mark.parametrize("text, phrase", [
    ("The general met with US, British and French ambassadors at his home on Saturday.", "The general"),
    ("US, British, and French ambassadors met the general at his home on Saturday.", "the general"),
])
def test_envoys_nationalities_are_not_their_hosts(text, phrase):
    # ambassadors are posted abroad: the general they meet is of none of their countries
    assert _parties(text)[phrase] is None


@pytest.mark.parametrize("text, phrase, code", [
    # a company named with an apposition that says where it is based: that country, not the sanctioner's
    ("The Treasury Department imposed sanctions on Blue Horizon Shipping, a Dubai-based firm, on Monday.",
     "Blue Horizon Shipping", "AREBUS"),
    ("Washington blacklisted North Star Trading Company, a Baghdad-based company accused of smuggling arms.",
     "North Star Trading Company", "IRQBUS"),
])
def test_an_apposition_says_where_a_company_is(nlp, text, phrase, code):
    assert mention_of(nlp, text, phrase, "2024-06-11").code == code


@pytest.mark.parametrize("text, phrase, code", [
    # the city a monitor is based in says whose the monitor is
    ("A London-based rights group accused the army of torture on Tuesday.", "A London-based rights group", "GBRNGO"),
    ("A New York-based watchdog criticised the Egyptian government.", "A New York-based watchdog", "USANGO"),
])
def test_a_body_is_of_the_city_it_is_based_in(nlp, text, phrase, code):
    assert mention_of(nlp, text, phrase, "2024-06-11").code == code


@pytest.mark.parametrize("text, phrase", [
    ("A London-based monitoring group said rebels stormed the village, killing ten soldiers.", "rebels"),
    ("A London-based rights group accused the army of torture on Tuesday.", "the army"),
    ("A monitoring group based in Britain said rebels stormed the village on Sunday.", "rebels"),
])
def test_where_a_monitor_is_based_is_not_where_its_news_happens(text, phrase):
    # neither the rebels nor the army the monitor reports on are British, nor is the deed done in Britain
    events = coded_events(text, "2024-06-11")
    parties = [m for e in events for m in e["actor"] + e["recipient"] if m["text"].startswith(phrase)]
    assert parties and all(m["country"] is None for m in parties)
    assert all(e["location"] is None or e["location"]["country"] != "GBR" for e in events)


@pytest.mark.parametrize("text, phrase", [
    ("The general met Chinese officials in the capital on Monday.", "The general"),
    ("The army chief received the Russian defence minister in his office on Monday.", "The army chief"),
    ("The foreign minister held talks with the Iranian envoy on Sunday.", "The foreign minister"),
    ("The president met with French President Emmanuel Macron on Monday.", "The president"),
])
def test_an_official_is_not_of_the_country_of_those_he_meets(text, phrase):
    assert _parties(text)[phrase] is None


def test_a_domestic_party_met_keeps_the_country_of_its_story():
    # the opposition leader a president meets is of the president's country
    parties = _parties("Kenyan President William Ruto met the opposition leader in Nairobi on Monday.")
    assert parties["the opposition leader"] == "KENOPP"


@pytest.mark.parametrize("text, phrase, code", [
    # a party's people named by the chamber they sit in are legislators
    ("Senate Republicans blocked the spending bill on Friday.", "Senate Republicans", "USALEG"),
    ("House Democrats demanded the release of the report.", "House Democrats", "USALEG"),
    ("A group of eight Senate Democrats agreed to advance the package.", "A group of eight Senate Democrats", "USALEG"),
    # a legislature's adjective before leaders: its members, of the one country whose Congress it is
    ("Congressional leaders from both parties agreed on a relief package.", "Congressional leaders", "USALEG"),
    # the party alone stays a party
    ("Republicans criticised the spending plan.", "Republicans", "USAPTY"),
    # the body that recognises or designates a government or group is not its owner
    ("Libya's U.N.-recognised government agreed to a ceasefire on Friday.", "Libya's U.N.-recognised government",
     "LBYGOV"),
    ("The UN-recognized government in Tripoli rejected the offer on Monday.", "The UN-recognized government", "LBYGOV"),
    # political camps by their family's name are their parties' people
    ("Austria's conservatives and the Greens agreed to form a government on Wednesday.", "Austria's conservatives",
     "AUTPTY"),
    # immigration and border agents enforce the law (COP); a constitutional council is a court
    ("Federal immigration agents detained a union organiser in Chicago on Tuesday.", "Federal immigration agents",
     "USACOP"),
    ("Senegal's Constitutional Council rejected the delay of the election.", "Senegal's Constitutional Council",
     "SENJUD"),
    # a ruler's full name, not the shorter name of another Gulf ruler it begins like ("Sheikh Hamad" of Qatar)
    ("Bahrain's Emir Sheikh Hamad bin Isa al-Khalifa pardoned 300 prisoners.",
     "Bahrain's Emir Sheikh Hamad bin Isa al-Khalifa", "BHRGOV"),
])
def test_bodies_and_camps_by_their_role_words(nlp, text, phrase, code):
    assert mention_of(nlp, text, phrase, "2024-06-11").code == code
