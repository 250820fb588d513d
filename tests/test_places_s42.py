"""Places, session 42: the place of a charged deed ("accused X of crimes in Y", "charged X with
war crimes in Y", "condemned X for its raid in Y") is not where the charge was made."""

import pytest

import dyad


def _places_by_trigger(text: str, published: str = "2024-05-06") -> dict[str, dict | None]:
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


@pytest.mark.parametrize("text, trigger", [
    ("LUSAKA, May 3 (Reuters) - Zambia accused the trucking firm of smuggling offences in Malawi on Friday.", "accused"),
    ("Kyiv accused Russia of war crimes in Bucha.", "accused"),
    ("The Arab League condemned Israel for its raid in Jenin on Monday.", "condemned"),
    ("Peru blamed the mining company for the spill in Bolivia.", "blamed"),
])
def test_the_charged_deeds_place_is_not_the_charging(text, trigger):
    place = _places_by_trigger(text)[trigger]
    assert place is None or place["country"] not in ("MWI", "BOL") and place["name"] not in ("Bucha", "Jenin")


def test_the_chargers_own_town_places_the_charge():
    place = _places_by_trigger("DODOMA, May 3 (Reuters) - Judges in Arusha charged the militia leader with war "
                               "crimes and torture in Kivu but dropped a genocide count.")["charged"]
    assert (place["name"], place["country"]) == ("Arusha", "TZA")


def test_a_speaker_in_a_named_town_accusing_of_crimes_elsewhere_is_in_that_town():
    place = _places_by_trigger("NAIROBI, May 3 (Reuters) - The judges in Geneva accused the contractor of crimes in "
                               "Somalia on Tuesday.")["accused"]
    assert (place["name"], place["country"]) == ("Geneva", "CHE")


def test_a_court_hung_inside_the_charge_still_places_the_charging():
    place = _places_by_trigger("KAMPALA, May 3 (AP) - The former mayor was charged with fraud in a court in Gulu "
                               "on Monday.")["charged"]
    assert (place["name"], place["country"]) == ("Gulu", "UGA")


def test_a_town_written_without_its_apostrophe_is_the_town_not_its_province():
    # GeoNames writes the town "Ma'an" and its province "Ma‘ān"; news writes both "Maan"
    place = _places_by_trigger("AMMAN, May 3 (Reuters) - Police fired tear gas at stone-throwing youths in the "
                               "southern town of Maan on Tuesday.")["fired"]
    assert place["country"] == "JOR" and place["lat"] is not None and abs(place["lat"] - 30.2) < 0.2


def test_a_court_inside_the_with_phrase_of_a_charge_places_the_charging():
    # "with murder in a court in Jinja": the parser hangs the court inside the "with" phrase
    place = _places_by_trigger("KAMPALA, March 3 (Reuters) - The former mayor was charged with murder in a court "
                               "in Jinja, east of Kampala, on Tuesday.")["charged"]
    assert (place["name"], place["country"]) == ("Jinja", "UGA")
