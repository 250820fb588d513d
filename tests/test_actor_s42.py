"""Actor classes fresh blind text got wrong (session 42): a state's body noun beside the other
side's name that the parser hung on that side's plural noun as a compound, with no conjunct
("Senegal's government and Casamance Democratic Forces Movement rebels"), is two actors; a
company's chief financial or operating officer is business (BUS), no soldier; Argentina's
president 2007-2015 by the name wire style gives her; the ANC was the opposition until 1994."""

import pytest

from actor_lookup import code_of as code, mention_of


@pytest.mark.parametrize("text, phrase, expected", [
    ("Senegal's government and Casamance Democratic Forces Movement rebels reached a truce in Dakar on Sunday.",
     "Senegal's government and Casamance Democratic Forces Movement rebels", ["SENGOV", "SENREB"]),
    ("Indonesia's government and Free Aceh Movement rebels signed an accord on Monday.",
     "Indonesia's government and Free Aceh Movement rebels", ["IDNGOV", "IDNREB"]),
])
def test_state_body_beside_a_named_side(nlp, text, phrase, expected):
    from dyad.extract.actors import ActorResolver
    from dyad.extract.phrases import noun_phrase

    doc = nlp(text)
    start = text.index(phrase)
    words = doc.char_span(start, start + len(phrase))
    found = ActorResolver(doc, None).resolve_all(noun_phrase(words.root))
    assert [m.code for m in found] == expected



@pytest.mark.parametrize("text, phrase", [
    # a company's officers by their corporate titles are business people, not soldiers
    ("Police detained the mining group's chief financial officer, Ana Ruiz, at Madrid airport on Monday.",
     "the mining group's chief financial officer, Ana Ruiz"),
    ("Prosecutors charged the bank's chief operating officer with fraud on Tuesday.",
     "the bank's chief operating officer"),
])
def test_corporate_officer_is_business(nlp, text, phrase):
    assert mention_of(nlp, text, phrase).sector == "BUS"


def test_president_by_given_name_and_first_surname(nlp):
    # wire style names Argentina's president 2007-2015 by her given name and maiden surname
    text = "A prosecutor accused President Cristina Fernandez on Tuesday of shielding officials from an inquiry."
    assert code(nlp, text, "President Cristina Fernandez", "2013-05-07") == "ARGGOV"


@pytest.mark.parametrize("published, expected", [
    # the ANC was the opposition until it took office in 1994, a party since
    ("1991-03-05", "ZAFOPP"),
    ("2004-03-05", "ZAFPTY"),
])
def test_anc_before_and_after_1994(nlp, published, expected):
    text = "The African National Congress called on Tuesday for a national strike over township violence."
    assert code(nlp, text, "The African National Congress", published) == expected


def test_migrant_rescue_charity(nlp):
    text = "Malta refused on Monday to let a rescue ship run by the charity SOS Mediterranee dock at its ports."
    assert mention_of(nlp, text, "SOS Mediterranee").code == "NGO"


def test_annan_as_african_union_mediator(nlp):
    text = "The rivals signed a power-sharing deal on Friday, brokered by Kofi Annan, the African Union's chief mediator."
    assert code(nlp, text, "Kofi Annan", "2008-02-29") == "IGO"
