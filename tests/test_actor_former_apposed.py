"""A past office in apposition does not undo the office the name's own title gives ("President
Jimmy Carter, a former governor of Georgia" is the president), and an international official's
apposed title ("X, the U.N. envoy") does not turn the body's official into a state's (session 29,
issue 6). Sentences written for these tests."""

import pytest

from actor_lookup import code_of


@pytest.mark.parametrize("text, phrase, published, code", [
    # the name's own title is the office held; the apposition tells of an earlier one
    ("Chancellor Helmut Kohl, a former state premier, promised East Germans a currency union.",
     "Chancellor Helmut Kohl", "1990-05-10", "DEUGOV"),
    ("President Carlos Menem, a former governor of La Rioja, ordered the army to guard the border.",
     "President Carlos Menem", None, "ARGGOV"),
    ("Prime Minister Yitzhak Shamir, a former underground commander, rejected the American plan.",
     "Prime Minister Yitzhak Shamir", "1989-10-12", "ISRGOV"),
    # without an office title of its own, the apposition's "former" still makes an ex-official
    ("Mr. Alan Garcia, a former president, accused the government of fraud.", "Mr. Alan Garcia", None,
     "PERELI"),
    ("Peru's former president, Alan Garcia, accused the government of fraud.", "Alan Garcia", None, "PERELI"),
    # a rank outlasts the office: the apposition's "former" still holds
    ("Panama gave asylum to Haiti's former military leader, Lieutenant General Raoul Cedras, on Friday.",
     "Lieutenant General Raoul Cedras", None, "HTIELI"),
    # an international official: the apposed title says no more than the roles
    ("Yasushi Akashi, the U.N. envoy, urged the Bosnian Serbs to free the hostages.", "Yasushi Akashi", None,
     "IGO"),
])
def test_former_office_in_apposition(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, phrase, code", [
    # "ousted" before the title, parsed as a verb with no one to have done the ousting: a former holder
    ("Prosecutors indicted ousted President Lee Myung-bak on charges of bribery.", "President Lee Myung-bak",
     "KORELI"),
    ("The court jailed ousted Prime Minister Nawaz Sharif for life on hijacking charges.",
     "Prime Minister Nawaz Sharif", "PAKELI"),
    # the ouster itself: the army ousted the president while he held the office
    ("The army ousted President Mohamed Morsi after days of mass protests.", "President Mohamed Morsi", "EGYGOV"),
    ("Mutinous officers said they had ousted President Mamadou Tandja and suspended the constitution.",
     "President Mamadou Tandja", "NERGOV"),
])
def test_ousted_before_title(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase, None) == code
