"""Under a dateline, a small town of a country neither the dateline nor the story names is not
what the story means by the name: news names a small town abroad only after its country. The
name is then a place of the story's own the gazetteer lacks (a neighbourhood, a village), and the
deed is placed by the story's other words. A city abroad (over 100,000 people) stays."""

import dyad


def _places(text, published="2024-03-05"):
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


def test_a_neighbourhood_is_no_small_town_abroad(nlp):
    # Bel Air is also a small town of the United States, a country this story never names
    place = _places("PORT-AU-PRINCE, Haiti (AP) — Gang members torched dozens of homes in Bel Air on "
                    "Tuesday, residents said.")["torched"]
    assert place is not None and place["country"] == "HTI"


def test_a_city_abroad_stays(nlp):
    place = _places("KINSHASA, Congo (AP) — Government and rebel envoys resumed talks in Arusha on Monday.")["resumed"]
    assert place is not None and place["country"] == "TZA"


def test_without_a_dateline_the_town_is_unchanged(nlp):
    place = _places("Gang members torched dozens of homes in Bel Air on Tuesday, residents said.")["torched"]
    assert place is not None and place["country"] == "USA"
