"""Session 40: where an event happened (decisions of states under a dateline, nationwide measures,
"the PNG capital", nationality words that are no town's name)."""

import pytest

from helpers import events_by_trigger

PUBLISHED = "2024-05-03"


def _place(text: str, trigger: str, published: str = PUBLISHED) -> dict | None:
    return events_by_trigger(text, published)[trigger]["location"]


@pytest.mark.parametrize("text, trigger", [
    ("LIMA, May 3 (Reuters) - Peru recalled its ambassador from Caracas on Tuesday over remarks by the "
     "Venezuelan president.", "recalled"),
    ("ACCRA, May 3 (Reuters) - Ghana's government suspended trade talks with Togo on Tuesday after a "
     "border clash.", "suspended"),
    ("ACCRA, May 3 (Reuters) - The main opposition party suspended talks with the government on Tuesday.",
     "suspended"),
    ("TALLINN, May 3 (Reuters) - Estonia withdrew its observers from the mission on Thursday.", "withdrew"),
    ("HANOI, May 3 (Reuters) - Vietnam suspended ministerial exchanges with Cambodia on Friday after the "
     "arrest of two of its fishermen.", "suspended"),
    ("DHAKA, May 3 (Reuters) - Bangladesh suspended a river-sharing agreement with India on Friday.", "suspended"),
])
def test_a_state_or_body_decision_is_not_placed_by_the_dateline(text, trigger):
    # a recall, a suspension of talks, a withdrawal: decided wherever the cabinet or the board sat;
    # the dateline says where the reporter is
    assert _place(text, trigger) is None


def test_a_decision_placed_by_its_own_words_keeps_its_place():
    text = "ACCRA, May 3 (Reuters) - Ghana's parliament suspended talks with Togo at a session in Kumasi on Tuesday."
    assert (_place(text, "suspended") or {}).get("name") == "Kumasi"


def test_police_deeds_keep_the_dateline():
    # not a decision of a body: police arrest people on the spot, where the reporter is
    text = "ACCRA, May 3 (Reuters) - Police arrested 40 protesters on Tuesday."
    assert (_place(text, "arrested") or {}).get("name") == "Accra"


@pytest.mark.parametrize("text, published, trigger, country", [
    ("LIMA, April 6 (Reuters) - Troops surrounded the Congress on Monday after President Alberto Fujimori "
     "dissolved parliament late on Sunday.", "1992-04-06", "dissolved", "PER"),
    ("KANDY, Sri Lanka (AP) - President Chandrika Kumaratunga outlawed the rebel group on Sunday.",
     "1998-01-26", "outlawed", "LKA"),
    ("TUNIS, March 31 (Reuters) - President Kais Saied dissolved the suspended parliament on Wednesday, hours "
     "after lawmakers defied him by holding an online session.", "2022-03-31", "dissolved", "TUN"),
])
def test_a_dissolution_or_ban_by_a_head_of_state_is_at_the_country(text, published, trigger, country):
    place = _place(text, trigger, published)
    assert place is not None and place["country"] == country and place["lat"] is None


@pytest.mark.parametrize("text, trigger, name", [
    ("CANBERRA, Oct 12 (Reuters) - Police arrested the lawyer in the PNG capital on Sept. 29.", "arrested",
     "Port Moresby"),
    ("NAIROBI, Oct 12 (Reuters) - Rebels shelled the outskirts of the DRC capital on Sunday.", "shelled", "Kinshasa"),
])
def test_the_capital_of_a_country_named_by_its_abbreviation(text, trigger, name):
    assert (_place(text, trigger) or {}).get("name") == name


def test_a_nationality_word_is_no_town():
    # GeoNames gives "Thai" as another name of Alor Setar (Malaysia)
    text = "Soldiers detained nine smugglers who had crossed into the Thai border village of Ban Nong Kham on Friday."
    place = _place(text, "detained")
    assert place is None or place["country"] == "THA"


@pytest.mark.parametrize("text, trigger, name", [
    ("PRISTINA, May 3 (Reuters) - Members of the nationalist party walked out of the session on Wednesday.",
     "walked", "Pristina"),
    ("WASHINGTON, May 3 (Reuters) - The United States imposed sanctions on 40 Iranian firms on Friday.",
     "imposed", "Washington"),
])
def test_deeds_in_person_and_sanctions_keep_the_dateline(text, trigger, name):
    # members of a body walk out in person; sanctions imposed, the gold places under the dateline
    assert (_place(text, trigger) or {}).get("name") == name
