"""Event patterns news uses often that dyad once missed: harm foretold as a warning, sums "in aid",
a passive verb joined to an earlier clause, a charge with no prosecutor named, self-proclamation."""

import pytest

from helpers import coded_events

PUBLISHED = "2025-03-10"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def asserted(text: str, published: str = PUBLISHED) -> list[dict]:
    return coded_events(text, published)


def triple(event: dict) -> tuple:
    return event["type"], {party(m) for m in event["actor"]}, {party(m) for m in event["recipient"]}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Tehran warned Washington would pay a heavy price for any strike on its soil.", "IRN", "USA"),
    ("Beijing warned that Manila would face serious consequences if it kept up the patrols.", "CHN", "PHL"),
    ("Pyongyang warned that Seoul would receive a merciless response.", "PRK", "KOR"),
    ("Russia warned Finland it would regret joining the alliance.", "RUS", "FIN"),
])
def test_harm_foretold_to_a_party_is_a_threat_to_it(nlp, text, actor, recipient):
    assert ("THREATEN", {actor}, {recipient}) in [triple(e) for e in asserted(text)]


def test_a_plain_warning_about_the_weather_is_no_threat(nlp):
    assert "THREATEN" not in {e["type"] for e in asserted("Forecasters warned that farmers would face losses.")}


@pytest.mark.parametrize("verb", ["froze", "suspended", "cut"])
def test_a_sum_in_aid_is_the_aid_halted(nlp, verb):
    [event] = asserted(f"The United States {verb} $450 million in aid to Niger after the coup.")
    assert triple(event) == ("SANCTION", {"USA"}, {"NER"})
    assert event["mode"] == "discontinue"


def test_the_one_who_acted_and_was_then_arrested_is_the_one_arrested(nlp):
    events = asserted("Bolivia's former interior minister fled to the border and was arrested by police on Sunday.")
    arrest = next(e for e in events if e["trigger"]["text"] == "arrested")
    assert arrest["type"] == "COERCE" and [m["text"] for m in arrest["recipient"]] == ["Bolivia's former interior minister"]
    assert [m["text"] for m in arrest["actor"]] == ["police"]


@pytest.mark.parametrize("text", ["The former army chief was charged with treason in Kampala on Monday.",
                                  "KAMPALA, Uganda (AP) — The former army chief was charged with treason on Monday."])
def test_a_charge_with_no_prosecutor_named_is_by_the_state_where_it_is_laid(nlp, text):
    [event] = asserted(text)
    assert (event["type"], {party(m) for m in event["actor"]}) == ("ACCUSE", {"UGA"})


def test_a_charge_placed_nowhere_names_no_prosecutor(nlp):
    assert asserted("A former banker was charged with fraud.") == []


@pytest.mark.parametrize("text", ["Canada imposed asset freezes on four Haitian gang leaders.",
                                  "Canada imposed asset freezes and travel bans on four Haitian gang leaders.",
                                  "Canada imposed an asset freeze on four Haitian gang leaders."])
def test_asset_freezes_imposed_on_people_sanction_them(nlp, text):
    [event] = asserted(text)
    assert triple(event) == ("SANCTION", {"CAN"}, {"HTI"})


def test_a_hiring_freeze_is_no_sanction(nlp):
    assert "SANCTION" not in {e["type"] for e in asserted("The city council imposed a hiring freeze on Monday.")}


@pytest.mark.parametrize("text", ["Moscow banned imports of Moldovan apples, a move Chisinau denounced as blackmail.",
                                  "Moscow banned imports of Moldovan apples in May, a move that Chisinau denounced as blackmail."])
def test_a_deed_named_again_and_denounced_is_the_doers(nlp, text):
    triples = [triple(e) for e in asserted(text)]
    assert ("SANCTION", {"RUS"}, {"MDA"}) in triples
    assert ("ACCUSE", {"MDA"}, {"RUS"}) in triples


def test_a_person_named_again_is_not_a_deed(nlp):
    [event] = asserted("Police detained the editor, a critic the governor disliked.")
    assert event["type"] == "COERCE" and [m["text"] for m in event["recipient"]] == ["the editor"]


def test_proclaiming_oneself_is_no_event_the_power_seized_is(nlp):
    # PLOVER codes what one party does to another: a claim to an office is no such act (its context
    # would be political_institutions), while seizing power in a coup is coerced from the state
    assert asserted("The opposition leader declared himself interim president of the country.") == []
    events = asserted("Colonel Assimi Goita seized power in Mali and proclaimed himself head of state.")
    assert [e["type"] for e in events] == ["COERCE"]


def test_strikes_an_army_will_respond_with_are_foretold_not_done():
    (threat,) = [e for e in coded_events("If the rebels attack the city, the Sudanese army will respond with air strikes, "
                                         "the general said.", PUBLISHED) if e["trigger"]["text"] == "strikes"]
    assert (threat["type"], threat["status"]) == ("THREATEN", "future")
    (done,) = coded_events("The Sudanese army responded with air strikes on rebel positions.", PUBLISHED)
    assert (done["type"], done["status"]) == ("ASSAULT", "asserted")


def test_a_warning_about_what_is_happening_is_no_threat():
    assert [e for e in coded_events("Kyrgyzstan's interim leader warned ethnic violence is spiralling out of control.", PUBLISHED)
            if e["type"] == "THREATEN"] == []
    (threat,) = coded_events("Iran warned Israel would pay a heavy price.", PUBLISHED)
    assert (threat["type"], [m["country"] for m in threat["recipient"]]) == ("THREATEN", ["ISR"])
