"""A participle of meeting right after the doers ("leaders meeting in Accra") says where they were
as they acted: each of their deeds, words included, is placed there."""

import dyad


def _places(text: str, published: str = "2024-03-05") -> dict[str, tuple | None]:
    record = dyad.code(text, published=published)
    return {e["trigger"]["text"]: e["location"] and (e["location"]["name"], e["location"]["country"])
            for e in record["events"]}


def test_a_threat_joined_to_a_sanction_of_leaders_meeting_abroad_is_placed_at_the_meeting():
    places = _places("NAIROBI, March 5 (Reuters) - West African leaders meeting in the Ghanaian capital Accra "
                     "imposed sanctions on Mali on Sunday and threatened to suspend the country from the bloc.")
    assert places["imposed"] == ("Accra", "GHA")
    assert places["threatened"] == ("Accra", "GHA")


def test_an_agreement_of_ministers_meeting_in_the_dateline_s_town_is_placed_there():
    places = _places("BRUSSELS, March 5 (Reuters) - European Union leaders meeting in Brussels agreed on Monday "
                     "to impose new sanctions on Russia and threatened further steps.")
    assert places["agreed"] == ("Brussels", "BEL")
    assert places["threatened"] == ("Brussels", "BEL")


def test_doers_living_somewhere_do_not_place_their_words():
    # only a participle of meeting says where the doers were as they spoke
    places = _places("Ukrainians living in Poland condemned the decision on Monday.")
    assert places.get("condemned") is None


def test_an_opening_participle_the_tagger_calls_a_noun_still_places_and_dates_the_deed():
    # after a paragraph break the tagger reads "Meeting" as a noun, the parser as a clause
    record = dyad.code("Police fired on the crowd.\n\nMeeting in Brussels on Monday evening, European Union "
                       "leaders agreed to ban Russian airlines.", published="2024-03-05")
    agreed = next(e for e in record["events"] if e["trigger"]["text"] == "agreed")
    assert (agreed["location"]["name"], agreed["location"]["country"]) == ("Brussels", "BEL")
    assert agreed["date"]["value"] == "2024-03-04"
