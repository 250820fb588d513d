"""A coast guard polices the sea: it blocks, boards and rams boats and turns water cannon on them.
The blind sets' coders mark it police (COP) of its country, not a navy (MIL) (session 36)."""

import dyad
import pytest


def first_event(text: str) -> dict:
    events = dyad.code(text, published="2022-03-10")["events"]
    assert events
    return events[0]


@pytest.mark.parametrize("text, code", [
    ("Vietnam's coast guard arrested the crews of three fishing boats on Tuesday.", "VNMCOP"),
    ("The Indonesian coastguard seized a foreign trawler off Natuna on Wednesday.", "IDNCOP"),
    ("Japanese coast guards detained the captain of a fishing boat near the islands.", "JPNCOP"),
])
def test_a_coast_guard_is_its_country_police(text, code):
    assert [m["code"] for m in first_event(text)["actor"]] == [code]


def test_a_coast_guard_acted_on_is_police_too():
    event = first_event("The foreign ministry accused the South Korean coast guard of harassing its fishermen.")
    assert "KORCOP" in [m["code"] for m in event["recipient"]]


def test_a_coast_guard_deed_is_not_placed_at_its_home_as_police_deeds_are():
    # police who fire tear gas act at home; a coast guard firing water cannon acts at sea
    text = ("HANOI, June 2 (Wire) - China's coast guard fired water cannon at a Vietnamese fishing boat "
            "on Thursday, the foreign ministry said.")
    event = first_event(text)
    assert [m["code"] for m in event["actor"]] == ["CHNCOP"]
    assert (event.get("location") or {}).get("country") != "CHN"
