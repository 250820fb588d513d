"""Aid workers and aid groups the text calls foreign or international are an international
NGO's, not of the country they work in (issue 6)."""

import pytest

from actor_lookup import mention_of


def resolve(nlp, text, phrase):
    return mention_of(nlp, text, phrase, "2008-05-13")


@pytest.mark.parametrize("text, phrase, country, code", [
    ("Sudan's government said it would expel foreign relief workers from Darfur.", "foreign relief workers",
     None, "NGO"),
    ("Eritrea's government ordered international aid workers to leave the country.", "international aid workers",
     None, "NGO"),
    # other people called foreign stay where the deed is, as coders code victims
    ("Gunmen killed two foreign tourists in Luxor, Egypt's interior ministry said.", "two foreign tourists",
     "EGY", "EGYCVL"),
    # a title that holds the word is the country's own
    ("Sudan's foreign minister met the envoy in Khartoum.", "Sudan's foreign minister", "SDN", "SDNGOV"),
])
def test_foreign_aid_workers_are_an_international_ngos(nlp, text, phrase, country, code):
    mention = resolve(nlp, text, phrase)
    assert mention is not None and mention.country == country and mention.code == code


def test_relief_workers_are_an_ngo(nlp):
    mention = resolve(nlp, "Kenyan relief workers reached Garissa on Monday.", "Kenyan relief workers")
    assert mention is not None and mention.code == "KENNGO"
