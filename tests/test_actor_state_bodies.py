"""Bodies and groups whose sector news gets wrong from the last word of their name (issue 6):
a central bank is the state's monetary authority (GOV), not a business; a legislative council
is a legislature; an anti-graft watchdog named by its country is a state body; a wedding party
is people, not a political party; Aborigines are Australia's people; Brazil's speakers of
Congress and a murdered Tunisian opposition leader are known people with dated roles."""

import pytest

from actor_lookup import code_of as code, mention_of


@pytest.mark.parametrize("text, phrase, expected", [
    ("Kenya's Central Bank held its benchmark rate at 12.5 percent on Tuesday.", "Kenya's Central Bank", "KENGOV"),
    ("The Reserve Bank of India raised its repo rate by 50 basis points on Wednesday.",
     "The Reserve Bank of India", "INDGOV"),
    ("Investors waited for the Bank of Japan to end its negative interest rate policy.",
     "Bank of Japan", "JPNGOV"),
    ("Protesters broke into Macau's Legislative Council building on Sunday.", "Legislative Council", "MACLEG"),
    ("China's anti-graft watchdog said on Friday it had expelled a former vice governor from the party.",
     "China's anti-graft watchdog", "CHNGOV"),
    ("A Saudi-led coalition air strike hit a wedding party in Yemen's Hajjah province, killing 20 people.",
     "a wedding party", "YEMCVL"),
    ("The minister apologised to Aborigines for decades of forced removals.", "Aborigines", "AUSCVL"),
])
def test_state_bodies_and_groups(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


def test_commercial_bank_stays_business(nlp):
    # only a central or reserve bank is the state's: a commercial bank keeps BUS
    assert code(nlp, "Kenya Commercial Bank cut its lending rate on Monday.", "Kenya Commercial Bank") == "KENBUS"


def test_party_alone_is_still_political(nlp):
    assert code(nlp, "The biggest party in Zimbabwe won two thirds of the seats.", "The biggest party") == "ZWEPTY"


@pytest.mark.parametrize("text, phrase, published, expected", [
    ("Prosecutors asked the Supreme Court to investigate Eduardo Cunha over bribes from Petrobras contracts.",
     "Eduardo Cunha", "2015-08-20", "BRALEG"),
    ("Renan Calheiros said the Senate would vote on the impeachment next week.",
     "Renan Calheiros", "2016-08-10", "BRALEG"),
    ("Arthur Lira said the lower house would vote on the tax reform.", "Arthur Lira", "2023-07-05", "BRALEG"),
    ("Thousands marched in Tunis after Chokri Belaid was shot dead outside his home.",
     "Chokri Belaid", "2013-02-06", "TUNOPP"),
])
def test_dated_people(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected
    assert mention_of(nlp, text, phrase, published).name == phrase
