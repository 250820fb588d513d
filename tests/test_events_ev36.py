"""Events coded with another type than the happening has, or coded twice (issue #5): a deadline
given with no penalty told is a demand, not an ultimatum; a meeting its doers hold while they act
("leaders meeting in Abuja recognised ...") is the setting of the act, not a second happening."""

import pytest

from helpers import coded_events, coded_triples

PUBLISHED = "2024-09-12"


def triples(text: str) -> set[tuple]:
    return coded_triples(text, PUBLISHED)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya's ruling coalition gave Deputy President William Ruto a week on Tuesday to resign.", "KEN", "KEN"),
    ("The Arab League gave Syria two weeks to withdraw its tanks from the cities.", "IGO", "SYR"),
    ("Kyrgyzstan has given Russia 90 days to close its air base near Bishkek.", "KGZ", "RUS"),
])
def test_a_deadline_with_no_penalty_told_is_a_demand(nlp, text, actor, recipient):
    found = triples(text)
    assert ("REQUEST", actor, recipient) in found
    assert "THREATEN" not in {t for t, _, _ in found}


@pytest.mark.parametrize("text, actor, recipient", [
    # the penalty closes the list of acts demanded
    ("The rebels gave the government 72 hours to free their commander or pay the ransom, or face attacks "
     "on the capital.", "", ""),
    ("Chad's army gave President Idriss Deby and the rebel leaders 48 hours on Friday to end the standoff, "
     "warning that it would otherwise take control of the capital.", "TCD", "TCD"),
    ("Ankara gave the Syrian Kurdish militia a one-week ultimatum to leave the border town.", "TUR", ""),
])
def test_a_deadline_with_a_penalty_or_warning_is_an_ultimatum(nlp, text, actor, recipient):
    found = triples(text)
    assert "THREATEN" in {t for t, _, _ in found}
    assert "REQUEST" not in {t for t, _, _ in found}
    if actor:
        assert actor in {a for t, a, _ in found if t == "THREATEN"}
    if recipient:
        assert recipient in {r for t, _, r in found if t == "THREATEN"}


def test_days_given_to_leave_are_an_expulsion_when_the_parser_hangs_them_on_the_time(nlp):
    text = "Oslo expelled the Iranian ambassador on Monday and gave the diplomats at the embassy in Oslo five days to leave."
    found = triples(text)
    assert {t for t, _, _ in found} == {"SANCTION"}



@pytest.mark.parametrize("text, kind, actor", [
    ("Gulf Arab leaders meeting in Riyadh on Monday called on Iran to stop meddling in the region.", "REQUEST", "IGO"),
    ("Southern African leaders meeting in Lusaka on Saturday suspended Madagascar from the bloc.", "SANCTION", "IGO"),
    ("Arab foreign ministers meeting in Cairo condemned the Israeli air raid on Sunday.", "ACCUSE", "IGO"),
])
def test_a_meeting_its_doers_hold_while_they_act_is_the_setting_of_the_act(nlp, text, kind, actor):
    # the parser makes the participle (or the noun it reads) the verb's subject: the meeting is where
    # they decided, not a second happening
    found = triples(text)
    assert kind in {t for t, _, _ in found}
    assert any(a and a.startswith(actor) for t, a, _ in found if t == kind)
    assert "CONSULT" not in {t for t, _, _ in found}


def test_a_meeting_told_as_a_deed_of_its_own_stays(nlp):
    found = triples("Southern African leaders met in Lusaka on Saturday and suspended Madagascar from the bloc.")
    assert {"CONSULT", "SANCTION"} <= {t for t, _, _ in found}


def test_the_act_done_at_a_meeting_takes_its_place(nlp):
    [event] = coded_events("Gulf Arab leaders meeting in Riyadh on Monday called on Iran to stop meddling in the region.",
                           PUBLISHED)
    assert event["type"] == "REQUEST"
    assert event["location"]["country"] == "SAU"
