"""Declining to comment is CAMEO 011, a public statement PLOVER does not code: "declined to
comment", "refused to say whether", "declined comment" are no REJECT; refusing an act still is."""

import pytest

from helpers import coded_events

PUBLISHED = "2024-05-10"


@pytest.mark.parametrize("text", [
    "A spokesman for the interior ministry declined to comment on the report on Friday.",
    "The company refused to answer questions about the spill.",
    "The senator declined to elaborate on her remarks.",
    "A police spokesman declined comment.",
])
def test_declining_to_comment_is_no_event(text):
    assert [e["type"] for e in coded_events(text, PUBLISHED)] == []


@pytest.mark.parametrize("text", [
    "Iran refused to discuss its missile programme at the talks in Geneva.",
    "The rebels refused to lay down their arms on Sunday.",
    "The Senate refused to confirm the nominee on Thursday.",
])
def test_refusing_an_act_is_still_a_rejection(text):
    assert "REJECT" in {e["type"] for e in coded_events(text, PUBLISHED)}
