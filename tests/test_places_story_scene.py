"""A datelined story whose lead puts its deed away from the reporter's town (in a village, an
outpost, a province, "the southern Philippines") happened where its first sentences name a town:
the story's later deeds are placed there, not at the dateline."""

import dyad


def _places(text: str, published: str = "2019-02-15") -> dict[str, tuple | None]:
    record = dyad.code(text, published=published)
    return {e["trigger"]["text"]: e["location"] and (e["location"]["name"], e["location"]["country"])
            for e in record["events"]}


REMOTE = ("MANILA, Feb. 15 (Xinhua) -- Communist rebels attacked an army outpost in the southern Philippines "
          "on Thursday night, the military said.\n\n"
          "The fighting erupted at a detachment in the town of Malaybalay, an army spokesman said.\n\n"
          "Helicopters fired rockets at the rebels, forcing them to retreat into the mountains.\n")


def test_later_deeds_are_where_the_lead_put_the_story():
    places = _places(REMOTE)
    assert places["fired"] == ("Malaybalay", "PHL")


def test_a_story_told_in_the_reporter_s_town_keeps_the_dateline():
    text = ("ISTANBUL, July 16 (Reuters) - Soldiers who had blocked the bridges surrendered to police on "
            "Saturday morning.\n\n"
            "In Ankara, warplanes bombed the parliament building in the early hours of Saturday.\n\n"
            "Police detained hundreds of soldiers at the barracks.\n")
    assert _places(text, "2016-07-16")["surrendered"] == ("Istanbul", "TUR")


def test_a_decision_is_not_placed_at_the_scene():
    # the scene stands where the dateline stood: a decree made wherever the president was is unplaced
    text = REMOTE + "\nPresident Rodrigo Duterte suspended peace talks with the rebels on Friday.\n"
    assert _places(text)["suspended"] is None


def test_a_named_city_of_the_lead_in_a_compass_direction_is_the_scene():
    # "the eastern city of X" under another town's dateline: the later paragraph's deeds were there,
    # though the parser hangs the lead's verb on the dateline's town
    text = ("ANKARA, March 3 (Reuters) - Turkish police detained 40 people in the eastern city of Erzurum on "
            "Sunday after protests over rising prices.\n\n"
            "Protesters had blocked a main road for two days, local media said. Police used water cannon "
            "to disperse them.\n")
    places = _places(text, "2024-03-03")
    assert places["blocked"] == ("Erzurum", "TUR")
    assert places["used"] == ("Erzurum", "TUR")


def test_a_lead_that_also_puts_deeds_in_the_reporter_s_town_has_no_other_scene():
    text = ("SEOUL, May 23 (Reuters) - Riot police clashed with students here and in the southern city of "
            "Gwangju on Wednesday, witnesses said.\n\n"
            "Police fired tear gas at crowds outside the city hall on Tuesday, residents said.\n")
    assert _places(text, "2024-05-23")["fired"] == ("Seoul", "KOR")


def test_without_the_city_s_name_the_lead_does_not_leave_the_reporter_s_town():
    text = ("SEOUL, May 23 (Reuters) - Riot police clashed with students in the city's southern districts "
            "on Wednesday, witnesses said.\n\n"
            "Police fired tear gas at crowds outside the city hall on Tuesday, residents said.\n")
    assert _places(text, "2024-05-23")["fired"] == ("Seoul", "KOR")
