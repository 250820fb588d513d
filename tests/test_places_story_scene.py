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
