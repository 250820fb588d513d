"""Wire copy names a state it has just named by an epithet: "the kingdom", "the Islamic Republic",
"the Gulf state", "the communist state", "the Pacific island nation", "the country" (written for
dyad, session 35). The epithet is that state, never a province or an American town that shares
an ocean's or a gulf's name."""

import dyad
import pytest


def party_codes(record: dict, trigger: str, role: str) -> list[str]:
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return [m["code"] for m in event[role]]


def source_code(record: dict, cue: str) -> str | None:
    return next(a["source"]["code"] for a in record["attributions"] if a["cue"][0]["text"] == cue)


def test_the_kingdom_and_the_gulf_state():
    record = dyad.code("Bahrain cut diplomatic ties with Qatar on Monday. "
                       "The kingdom accused the Gulf state of funding militants.", published="2017-06-06")
    assert party_codes(record, "accused", "actor") == ["BHR"]
    assert party_codes(record, "accused", "recipient") == ["QAT"]


@pytest.mark.parametrize("text, code", [
    ("Iran seized a British tanker in the Strait of Hormuz on Friday. "
     "The Islamic Republic said the ship had broken maritime rules.", "IRN"),
    ("North Korea test-fired a ballistic missile on Tuesday. "
     "The communist state said the launch was a warning to Seoul.", "PRK"),
    ("Fiji expelled an Australian diplomat on Monday. "
     "The Pacific island nation said he had meddled in its politics.", "FJI"),
    ("Iran seized a British tanker in the Strait of Hormuz on Friday. "
     "The country said the ship had broken maritime rules.", "IRN"),
])
def test_an_epithet_speaks_for_the_state_named_before(text, code):
    assert source_code(dyad.code(text, published="2019-07-20"), "said") == code


def test_an_epithet_with_no_state_before_is_no_one():
    record = dyad.code("The kingdom said the ship had broken maritime rules.", published="2019-07-20")
    assert source_code(record, "said") is None


def test_a_region_of_a_nigerian_state_is_still_a_region():
    record = dyad.code("Gunmen killed 20 villagers in Nigeria's Plateau state on Sunday.", published="2019-06-20")
    killing = next(e for e in record["events"] if e["trigger"]["text"] == "killed")
    assert killing["location"]["country"] == "NGA"


def test_an_epithet_in_a_coordination_is_not_its_own_antecedent():
    # reading "the Jewish state" asked for the parts of its own coordination, which asked for it again
    record = dyad.code("The army lifted a blockade on lorries passing through the crossing between the Gaza Strip "
                       "and the Jewish state, officials said.", published="2006-01-13")
    assert any(e["trigger"]["text"] == "lifted" for e in record["events"])
