""""The worst violence since 1994" measures a record: its year is not when the event happened."""

import dyad


def _dates(text: str, published: str = "2020-09-28") -> dict[str, str | None]:
    record = dyad.code(text, published=published)
    return {e["trigger"]["text"]: e["date"] and e["date"]["value"] for e in record["events"]}


def test_a_record_s_year_does_not_date_the_shelling():
    assert _dates("Troops shelled villages near the border in the worst violence since 1994, "
                  "officials said.")["shelled"] is None


def test_the_event_keeps_its_own_day_beside_a_record():
    assert _dates("Rebels attacked army posts in the north, in the heaviest fighting there since 2016.")[
        "attacked"] is None
    assert _dates("Rebels attacked army posts in the north on Sunday, in the heaviest fighting there "
                  "since 2016.")["attacked"] == "2020-09-27"


def test_since_still_dates_a_state_that_began_then():
    # within the story's year, the unit that holds the span; across years no unit does, and the
    # story sets leave such a span undated ("have besieged Sarajevo since April 1992" in 1995)
    assert _dates("Police have detained the opposition leader since January, his lawyer said.")["detained"] == "2020"
    assert _dates("Police have detained the opposition leader since 2019, his lawyer said.")["detained"] is None
