"""Office holders of 1990-2020 news the knowledge base gained in session 26 (issue 6): offices
held before and between the ones it listed, and ministers, commanders and spokespeople it
lacked. A person is coded as what they were on the story's date. Sentences written for these
tests."""

import pytest

from actor_lookup import code_of, mention_of


@pytest.mark.parametrize("text, phrase, published, code", [
    # an office before the one the person is best known for: not ELI, not sectorless
    ("Shimon Peres flew to Cairo on Sunday for talks on the autonomy plan.", "Shimon Peres", "1994-02-06",
     "ISRGOV"),
    ("Ariel Sharon toured the disputed compound under heavy police guard.", "Ariel Sharon", "2000-09-28",
     "ISROPP"),
    ("Paul Kagame told reporters in Kigali that the refugees must go home.", "Paul Kagame", "1996-11-20",
     "RWAGOV"),
    ("Gordon Brown promised more money for hospitals in his budget.", "Gordon Brown", "2001-03-07", "GBRGOV"),
    ("Frank-Walter Steinmeier arrived in Kabul on an unannounced visit.", "Frank-Walter Steinmeier",
     "2007-02-10", "DEUGOV"),
    # an armed movement's leader is a rebel until its peace accord
    ("Sayid Abdulloh Nuri said his fighters would hold the Karategin valley.", "Sayid Abdulloh Nuri",
     "1995-08-14", "TJKREB"),
    # ministers, commanders and spokespeople the knowledge base lacked
    ("Surakiart Sathirathai met his Cambodian counterpart in Phnom Penh.", "Surakiart Sathirathai",
     "2003-02-03", "THAGOV"),
    ("Joseph Votel said the coalition would keep up the strikes.", "Joseph Votel", "2017-03-29", "USAMIL"),
    ("Gen. Ilker Basbug warned on Friday that the army would defend the secular order.",
     "Gen. Ilker Basbug", "2009-04-24", "TURMIL"),
])
def test_office_holders_are_what_they_were_then(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, published, name", [
    # a lone surname after the full name is the same person ...
    ("Rafael Roncagliolo met Chilean officials in Lima. Roncagliolo said the border ruling would be "
     "respected.", "2012-05-08", "Rafael Roncagliolo"),
    # ... and a surname two office holders share is the one in office on the story's date, in a
    # story of his country
    ("Kono told reporters that Japan would not lift the sanctions.", "1995-05-02", "Yohei Kono"),
    ("Kono told reporters that Japan would not lift the sanctions.", "2018-05-02", "Taro Kono"),
])
def test_lone_surname_is_the_office_holder(nlp, text, published, name):
    surname = name.split()[-1]
    mention = mention_of(nlp, text, surname, published, last=True)
    assert mention is not None and mention.name == name and mention.sector == "GOV"
