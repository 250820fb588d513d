"""What "the city" refers back to (session 35, issue #7): not a city someone only went to ("on a
visit to Moscow", "fled to Goma"), as "the capital" and "the country" already were not. Stories
written for these tests."""

from helpers import events_by_trigger


def test_the_city_is_not_a_city_someone_only_went_to(nlp):
    text = ("ISLAMABAD, May 3 (Reuters) - Gunmen stormed a police station in Quetta on Tuesday, killing six "
            "officers, officials said.\n\nPrime Minister Nawaz Sharif, on a visit to Beijing, condemned the "
            "attack. Troops searched houses in the city on Wednesday.")
    events = events_by_trigger(text, "2016-05-03")
    assert events["stormed"]["location"]["country"] == "PAK"
    assert events["searched"]["location"]["country"] == "PAK"
    assert events["searched"]["location"]["name"] == "Quetta"
