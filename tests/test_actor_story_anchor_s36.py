"""A whole wire story names its neighbours, allies and foes as well as its own country, so that
country is seldom named twice as often as any other. When it is named more often than any
other and is also where the story stands (its dateline's country, or without a dateline the
first country its lead names), a bare "the opposition" or "police" is of that country (session
36, whole-story set)."""

import dyad


def event_at(text: str, trigger: str) -> dict:
    record = dyad.code(text, published="2021-05-04")
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert found, [e["trigger"]["text"] for e in record["events"]]
    return found[0]


def codes(mentions: list[dict]) -> list[str | None]:
    return [m.get("code") for m in mentions]


def test_the_dateline_country_named_most_owns_a_bare_opposition():
    text = ("BOGOTA, May 3 (Wire) - Colombia accused Venezuela on Monday of sheltering guerrillas who "
            "attacked an army post. Venezuela rejected the charge. Colombia's defence minister said "
            "Caracas had ignored the evidence. Venezuela's foreign minister called the accusation a lie. "
            "Colombian officials said Colombia would take the case to the United Nations. "
            "The opposition criticised the government on Tuesday.")
    event = event_at(text, "criticised")
    assert codes(event["actor"]) == ["COLOPP"]
    assert codes(event["recipient"]) == ["COLGOV"]


def test_without_a_dateline_the_lead_country_named_most_owns_the_police():
    text = ("Haitian Prime Minister Jean Morel refused to resign on Sunday after a week of unrest. "
            "The United States urged calm, and Washington said it would send aid. Haiti's opposition "
            "demanded new elections, and Haiti's bishops called for talks. American diplomats met the "
            "opposition leaders. Police fired tear gas at protesters on Monday.")
    event = event_at(text, "fired")
    assert codes(event["actor"]) == ["HTICOP"]


def test_a_dateline_country_named_less_than_another_decides_nothing():
    text = ("BEIJING, May 3 (Wire) - China said on Monday that Taiwan's president had provoked tension. "
            "Taiwan rejected the charge, and Taiwan's premier said Taipei would not bow to pressure. "
            "Beijing called the remarks dangerous. The opposition criticised the government on Tuesday.")
    event = event_at(text, "criticised")
    assert not any(code and code.startswith("CHN") for code in codes(event["actor"]))
