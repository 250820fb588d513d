"""People whose phrase names no country are of the place their own words put them in: a
participle hung on them ("families trapped in the hills near Kidal", "shoppers crowding a market
in the town of Mostar"), not the nationality of the deed done to them or of whoever helps them;
students, like other people at the scene, are of the country where they act."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("French aircraft dropped tents and water to thousands of Tuaregs trapped in the hills near Kidal in "
     "northern Mali, the defence ministry in Paris said.", "Tuaregs", "MLICVL"),
    ("A Serb shell exploded among shoppers crowding a market in the town of Mostar on Saturday, hours after "
     "NATO said it would send more jets.", "shoppers", "BIHCVL"),
])
def test_participle_places_the_people(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


def test_students_are_of_the_scene(nlp):
    text = ("Thousands of students blockaded Kyrgyzstan's parliament in Bishkek on Monday in protest against a gas "
            "deal with Russia that they say the government signed in secret.")
    assert code(nlp, text, "Thousands of students") == "KGZEDU"


def test_venue_places_no_one(nlp):
    # a meeting's place says nothing of whose the people meeting there are
    assert code(nlp, "Officials meeting in Geneva rejected the plan on Monday, Russia said.", "Officials") == "RUSGOV"
