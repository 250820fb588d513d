"""A capital that names a treaty, an accord or talks ("the Lisbon Treaty", "the Minsk
agreements") is no party to what is done to them (written for dyad, session 35)."""

import dyad


def recipients(text: str, trigger: str, published: str) -> list[str]:
    record = dyad.code(text, published=published)
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return [m["code"] for m in event["recipient"]]


def test_the_treaty_is_the_union_s_not_portugal_s():
    assert recipients("Danish voters have rejected the European Union's Lisbon Treaty, official results showed "
                      "on Friday.", "rejected", "2008-06-13") == ["IGO"]


def test_the_minsk_agreements_are_not_belarus():
    codes = recipients("Moscow accused Kyiv on Tuesday of violating the Minsk agreements.", "violating", "2019-03-05")
    assert "BLRGOV" not in codes


def test_a_country_naming_talks_is_still_a_party():
    assert recipients("Israel rejected the Iran nuclear talks on Monday.", "rejected", "2015-04-06") == ["IRN"]
