"""Events whole stories report that dyad missed (session 46): an accusation protesters make beside
their march, and a verdict the parser hangs on the judged noun."""

from helpers import events_by_trigger, parties_of

PUBLISHED = "2021-06-10"


# --- an accusation made while protesting is an ACCUSE of its own -------------------------------------

def test_protesters_accusing_someone_beside_their_march():
    text = "Hundreds of farmers marched on the mining camp on Monday, accusing the company of poisoning their wells."
    events = events_by_trigger(text, PUBLISHED)
    assert events["marched"]["type"] == "PROTEST"
    assert (events["accusing"]["type"], events["accusing"]["cameo"]) == ("ACCUSE", "112")
    _, actors, recipients = parties_of(text, "accusing", PUBLISHED)
    assert [a[0] for a in actors] == ["Hundreds of farmers"]
    assert recipients and recipients[0][0].startswith("the company")


def test_rally_outside_ministry_accusing_minister():
    text = "Nurses rallied outside the health ministry in Lagos, accusing the minister of ignoring unpaid wages."
    events = events_by_trigger(text, PUBLISHED)
    assert events["rallied"]["type"] == "PROTEST"
    assert events["accusing"]["type"] == "ACCUSE"
    assert events["accusing"]["status"] == "asserted"


def test_protest_demanding_stays_one_protest():
    # a protest's demand is its purpose, part of the protest (unchanged)
    text = "Thousands of students gathered in the main square, demanding the release of their classmates."
    events = events_by_trigger(text, PUBLISHED)
    assert "demanding" not in events


# --- a verdict the parser hangs on the judged noun is still the judge's verdict ----------------------

def test_verdict_hung_on_the_judged_noun():
    # the small parser hangs "a grave setback" on "move", "an act of war" on "capture"
    for text, judge, judged in (("Ottawa called the generals' move a grave setback for the country.", "CAN", "CAN"),
                                ("Olmert called Hezbollah's capture of the soldiers an act of war.", "ISR", "LBN")):
        events = events_by_trigger(text, PUBLISHED)
        assert (events["called"]["type"], events["called"]["cameo"]) == ("ACCUSE", "111"), text
        assert [m["country"] for m in events["called"]["actor"]] == [judge], text
        assert [m["country"] for m in events["called"]["recipient"]] == [judged], text


def test_apposition_after_a_comma_is_no_verdict():
    text = "The president called the envoy, a veteran of many crises, to the palace on Monday."
    assert all(e["type"] != "ACCUSE" for e in events_by_trigger(text, PUBLISHED).values())
