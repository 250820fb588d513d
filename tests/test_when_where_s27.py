"""Places of events dyad finds (session 27: classes of place errors in the when/where sets).
Stories written for these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def _country(event):
    return (event["location"] or {}).get("country")


def test_a_broadcast_or_address_from_a_town_places_the_speaker_there(nlp):
    # "from" is no locative, but a broadcast, an address or speaking "from" a town is done there
    event = _events("KAMPALA, June 3 (Reuters) - Opposition leader Bobi Wine, in a radio broadcast from Gulu on "
                    "Monday, urged supporters to boycott the vote.")["urged"]
    assert event["location"]["name"] == "Gulu" and event["location"]["country"] == "UGA"
    event = _events("The prime minister, speaking in a video address from Lviv on Friday, accused Moscow of "
                    "shelling civilians.")["accused"]
    assert event["location"]["name"] == "Lviv"
