"""Common news phrasings of events dyad did not find at all: breaking or bursting into a building,
seizing a building held by gunmen, clearing protesters, protests that erupt with no protester named,
an internet blackout; and the same words in other senses, which stay no event."""

import pytest

from helpers import coded_events, types_by_trigger

PUBLISHED = "2025-03-10"


def asserted(text: str, published: str = PUBLISHED) -> list[dict]:
    return coded_events(text, published)


def found(text: str) -> dict[str, tuple]:
    return types_by_trigger(text, PUBLISHED)


@pytest.mark.parametrize("text, trigger, type_, cameo", [
    ("Hundreds of armed supporters broke into the presidential palace in the capital on Tuesday.", "broke", "ASSAULT", "190"),
    ("Opposition activists burst into parliament on Saturday and forced the speaker to flee.", "burst", "ASSAULT", "190"),
    ("Gunmen forced their way into the embassy compound on Friday.", "forced", "ASSAULT", "190"),
    ("Twenty gunmen seized the governor's residence in the provincial capital during a reception.", "seized", "ASSAULT", "190"),
    ("Riot police cleared hundreds of protesters from the main square before dawn on Sunday.", "cleared", "COERCE", "172"),
    ("Police cleared the protest camp outside the ministry on Thursday.", "cleared", "COERCE", "172"),
    ("Student protests erupted in the capital last month over job quotas.", "protests", "PROTEST", "141"),
    ("Demonstrations spread to a dozen cities on Tuesday.", "Demonstrations", "PROTEST", "141"),
    ("The mutiny began at an army barracks outside the capital on Wednesday.", "mutiny", "PROTEST", "145"),
    ("A revolt spread through the garrison towns of the north overnight.", "revolt", "PROTEST", "145"),
    ("The Constitutional Court dissolved the largest opposition party on Friday.", "dissolved", "COERCE", "1722"),
    ("The Greek prime minister assured his Turkish counterpart on Monday that Athens would not block the talks.", "assured", "AGREE", "030"),
    ("The authorities imposed an internet blackout in the restive province on Monday.", "blackout", "COERCE", "172"),
])
def test_events_in_common_phrasings_are_found(nlp, text, trigger, type_, cameo):
    assert found(text).get(trigger) == (type_, cameo)


@pytest.mark.parametrize("text", [
    "The singer burst into tears when the verdict was read.",
    "The carmaker broke into the Asian market last year.",
    "Rescue workers cleared rubble from the road on Friday.",
    "The bill cleared the upper house on Tuesday.",
    "A power blackout left the city in darkness on Monday.",
    "The protest was the largest the country had seen.",
    "The coalition dissolved after a row over the budget.",
    "The finance minister assured reporters that prices would fall next year.",
])
def test_the_same_words_in_other_senses_are_no_such_event(nlp, text):
    assert not {t for t, (type_, _) in found(text).items() if type_ in ("ASSAULT", "COERCE", "AGREE")}
    if "protest" not in text and "assured" not in text:
        assert found(text) == {}
