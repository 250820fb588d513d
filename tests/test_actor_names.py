"""Which person a name stands for in its story (dyad.extract.actors)."""

import datetime as dt

from dyad.extract.actors import ActorResolver


def resolved(nlp, text, phrase, published, occurrence=0):
    doc = nlp(text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase))
    return ActorResolver(doc, dt.date.fromisoformat(published)).resolve(span)


def test_a_surname_of_an_international_official_needs_his_name_in_the_story(nlp):
    # "Kim" after "Kim Jong Un" is the North Korean leader, not the World Bank's president of the
    # day (Jim Yong Kim, whose surname alone stood for him wherever a country without one was named)
    mention = resolved(nlp, "North Korean leader Kim Jong Un inspected a missile factory on Friday, and state media "
                            "said Kim ordered more launches.", "Kim", "2017-08-11", occurrence=1)
    assert (mention.name, mention.code) == ("Kim Jong Un", "PRKGOV")


def test_a_party_the_text_calls_the_opposition_is_the_opposition(nlp):
    # parsed with "opposition" as the head and the party's name in apposition to it
    mention = resolved(nlp, "Police in Nairobi fired tear gas at a rally of the opposition Orange Democratic Movement "
                            "on Sunday.", "the opposition Orange Democratic Movement", "2008-01-20")
    assert (mention.name, mention.code) == ("Orange Democratic Movement", "KENOPP")


def test_a_counted_demonym_is_people_not_the_nation(nlp):
    # "thousands of Afghans" as the subject are people (CVL), as "40 Palestinians" are; the bare
    # demonym as the subject is the nation as a side
    mention = resolved(nlp, "Thousands of Afghans queued outside the passport office in Kabul on Monday.",
                       "Thousands of Afghans", "2021-09-06")
    assert mention.code == "AFGCVL"


def test_the_town_an_accord_is_named_after_is_not_the_parties_country(nlp):
    # the Lusaka accord was signed in Zambia by Congo's government and rebels: "the rebels" take
    # the country the story is about, not Zambia's
    text = ("Congo's president said on Monday that the army would respect the ceasefire. He urged the rebels "
            "to honour the Lusaka peace accord.")
    assert resolved(nlp, text, "the rebels", "2000-03-06").code == "CODREB"
