"""A plural pronoun that refers back to a list of parties ("Mali, Burkina Faso and Niger said they
were quitting") stands for every member of the list, each coded over the pronoun's own words; one
that refers back to a single party or group stays one party."""

from helpers import coded_events

PUBLISHED = "2024-02-02"


def parties(text: str, type_: str, role: str) -> list[tuple[str, str]]:
    event = next(e for e in coded_events(text, PUBLISHED) if e["type"] == type_)
    return [(m["text"], m["country"]) for m in event[role]]


def test_they_after_a_list_of_states_is_every_state(nlp):
    text = "Mali, Burkina Faso and Niger said on Sunday they were quitting ECOWAS, accusing the bloc of imposing sanctions."
    assert parties(text, "SANCTION", "actor") == [("they", "MLI"), ("they", "BFA"), ("they", "NER")]


def test_they_after_two_sides_is_both_sides(nlp):
    text = "Israel and Egypt said they had agreed to reopen the Rafah crossing on Monday."
    assert parties(text, "AGREE", "actor") == [("they", "ISR"), ("they", "EGY")]


def test_them_in_a_later_sentence_is_both_parties(nlp):
    text = "Britain and France sent warships to the Gulf. Iran accused them of provoking a war."
    assert parties(text, "ACCUSE", "recipient") == [("them", "GBR"), ("them", "FRA")]


def test_they_after_one_group_stays_one_party(nlp):
    text = "Congolese rebels said they had captured the town of Bunia after two days of fighting."
    assert [country for _, country in parties(text, "ASSAULT", "actor")] == ["COD"]
