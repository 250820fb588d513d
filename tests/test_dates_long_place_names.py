"""A day after a long place phrase dates the deed whose words hold the phrase, though the tagger
reads a word of a name in it as a verb ("the charity Save the Children") and hangs the day there."""

import dyad


def _dates(text: str, published: str) -> dict[str, str | None]:
    record = dyad.code(text, published=published)
    return {e["trigger"]["text"]: e["date"] and e["date"]["value"] for e in record["events"]}


def test_a_day_after_a_charity_s_name_dates_the_attack():
    text = ("MOGADISHU, March 5 (Reuters) - Militants attacked the compound of the charity Save the Children "
            "in the central town of Beledweyne on Tuesday, killing three guards.")
    dates = _dates(text, "2024-03-05")
    assert dates["attacked"] == "2024-03-05"
    assert dates["killing"] == "2024-03-05"


def test_a_day_after_a_place_outside_the_named_camp_dates_the_shelling():
    text = ("GOMA, Jan 12 (AFP) - Rebels shelled the camp of the aid group Save the Children outside the town "
            "of Rutshuru on Sunday.")
    assert _dates(text, "2025-01-13")["shelled"] == "2025-01-12"


def test_a_real_clause_keeps_its_own_day():
    # a clause with its subject and its "after" tells of another time
    text = ("TIRANA, Jan 13 (AFP) - Police fired tear gas at protesters outside parliament on Sunday, two days "
            "after lawmakers passed the budget.")
    assert _dates(text, "2025-01-13")["fired"] == "2025-01-12"
