"""Force words between politicians: in campaign and parliamentary news "attacks on Clinton" are
criticism (ACCUSE, CAMEO 111) and "beat Dewhurst", "captured Texas" are races won, not assaults,
unless the sentence tells of harm or of armed men (GDELT's best-known false assaults)."""

import pytest

from helpers import coded_events

PUBLISHED = "2024-05-10"


def coded(text: str) -> list[tuple]:
    return [(e["trigger"]["text"], e["type"], e["cameo"]) for e in coded_events(text, PUBLISHED)]


@pytest.mark.parametrize("text, trigger", [
    ("Opposition leader Raila Odinga attacked President Uhuru Kenyatta over rising debt on Tuesday.", "attacked"),
    ("Labour's attacks on the prime minister's record grew sharper on Sunday.", "attacks"),
])
def test_a_politicians_attack_on_a_politician_is_criticism(text, trigger):
    assert coded(text) == [(trigger, "ACCUSE", "111")]


@pytest.mark.parametrize("text", [
    "Ted Cruz beat David Dewhurst in the Republican primary runoff.",
    "Jeremy Corbyn and Theresa May battled for votes in the final week of the campaign.",
    "Hillary Clinton captured Virginia, Georgia and Texas on Tuesday.",
])
def test_a_race_between_politicians_is_no_event(text):
    assert "ASSAULT" not in {type_ for _, type_, _ in coded(text)}


@pytest.mark.parametrize("text", [
    # armed men, a weapon, a doer no table knows, a crowd of supporters: the force is real
    "Gunmen attacked the governor's convoy in Kandahar on Monday.",
    "President Museveni's forces attacked opposition leader Kizza Besigye's convoy.",
    "A man attacked the mayor during a charity concert in Gdansk.",
    "Supporters of the ruling party attacked opposition activists in Harare on Saturday.",
    "Rebels captured the town of Kidal on Sunday.",
])
def test_real_force_stays_an_assault(text):
    assert "ASSAULT" in {type_ for _, type_, _ in coded(text)}
