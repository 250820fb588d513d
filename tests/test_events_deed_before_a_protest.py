"""A protest's own acts told after it are part of it ("rioted, setting fire"); the deed the
protest verb itself is coordinated after is not ("torched cars, blocked roads and fought police":
the torching stands)."""

import dyad

PUBLISHED = "2019-10-18"


def triggers(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}


def test_the_deed_before_a_blockade_is_not_absorbed_by_it(nlp):
    found = triggers("Hundreds of rioters torched cars, blocked roads and fought police in running battles "
                     "across Nairobi on Monday.")
    assert "torched" in found and "blocked" in found
    assert found["blocked"]["type"] == "PROTEST"
    assert found["torched"]["date"]["value"] == "2019-10-14"


def test_a_protest_still_absorbs_the_acts_told_after_it(nlp):
    found = triggers("Thousands of students rallied in Nairobi on Monday and demanded that the president resign.")
    assert found["rallied"]["type"] == "PROTEST"
