"""Undated stories placed in time by their own text (issue 6, `actor_era`): an office holder the
text titles, the latest year it names as past, a name in use only in some years ("Zaire"). A
person named without an office of their own is then what they were in that era: in office, an
ex-official after it, never the office of a later career; "former" still wins, and a dated story
is read by its date alone. Sentences written for these tests."""

import datetime as dt

import pytest

from actor_lookup import code_of
from dyad.extract.actors import ActorResolver


@pytest.mark.parametrize("text, phrase, code", [
    # a titled office holder of the 1990s: a Soviet leader named alone is an ex-official then
    ("Russian President Boris Yeltsin said Mikhail Gorbachev had no part in the talks.", "Mikhail Gorbachev",
     "RUSELI"),
    # ... and a later prime minister was the opposition leader he was then
    ("Secretary of State Warren Christopher met Benjamin Netanyahu in Jerusalem on Sunday.",
     "Benjamin Netanyahu", "ISROPP"),
    # the titled person keeps the title's office
    ("Secretary of State Warren Christopher met Benjamin Netanyahu in Jerusalem on Sunday.",
     "Secretary of State Warren Christopher", "USAGOV"),
    # a name of the years it was in use: a rebel leader before he took power
    ("Laurent Kabila said his fighters would reach the capital of Zaire within weeks.", "Laurent Kabila",
     "CODREB"),
    # the latest year the story tells of as past
    ("Mikhail Gorbachev told students that the parliament elected in 1995 had failed the country.",
     "Mikhail Gorbachev", "RUSELI"),
    # a leader who took power in the days after the titled one's office ended
    ("Soldiers loyal to Abdourahamane Tiani held President Mohamed Bazoum in his residence on Thursday.",
     "Abdourahamane Tiani", "NERGOV"),
    # "former" still wins over an office held in the era
    ("Former Israeli Prime Minister Shimon Peres met President Bill Clinton at the White House.",
     "Former Israeli Prime Minister Shimon Peres", "ISRELI"),
])
def test_undated_person_takes_role_of_story_era(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, published, code", [
    # a dated story: its date, not the era its text suggests
    ("Russian President Boris Yeltsin said Mikhail Gorbachev had no part in the talks.", "Mikhail Gorbachev",
     "1991-09-02", "RUSGOV"),
    ("Laurent Kabila said his fighters would reach the capital of Zaire within weeks.", "Laurent Kabila",
     "1997-06-10", "CODGOV"),
])
def test_dated_story_keeps_its_date(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, first, last", [
    ("Russian President Boris Yeltsin flew to Minsk.", dt.date(1991, 7, 10), dt.date(1999, 12, 31)),
    # two titled anchors: the years they share
    ("President Bill Clinton met Russian President Boris Yeltsin in Helsinki.", dt.date(1993, 1, 20),
     dt.date(1999, 12, 31)),
    ("Rebels crossed into Zaire from Rwanda.", None, dt.date(1997, 5, 17)),
])
def test_story_era_from_anchors(nlp, text, first, last):
    era = ActorResolver(nlp(text), None).era
    assert era is not None and len(era.spans) == 1
    start, end = era.spans[0]
    assert end == last
    if first is not None:
        assert start == first


@pytest.mark.parametrize("text", [
    # a year the story has not reached, or gives as a limit
    "The opposition leader said the country will hold elections in 2010.",
    "The ministers agreed to cut emissions by 2030.",
    # a defunct state's name told as history
    "Prices have risen tenfold since the collapse of the Soviet Union.",
    "The tribunal for the former Yugoslavia opened its first trial.",
    # a title the knowledge base does not know the person held
    "General Mikhail Gorbachev inspected the troops.",
])
def test_no_era_without_anchor(nlp, text):
    assert ActorResolver(nlp(text), None).era is None


def test_dated_story_has_no_era(nlp):
    doc = nlp("Russian President Boris Yeltsin flew to Minsk.")
    assert ActorResolver(doc, dt.date(1995, 3, 1)).era is None


@pytest.mark.parametrize("text, phrase, published, code", [
    # foreign ministers of the 1980s-2000s the knowledge base gained in session 30
    ("Habib Ben Yahia flew to Algiers for talks on the border.", "Habib Ben Yahia", "1995-03-02", "TUNGOV"),
    ("Abdelwahab Abdallah told the envoys that Tunis would host the summit.", "Abdelwahab Abdallah",
     "2007-05-14", "TUNGOV"),
    ("Kamel Morjane inspected the new patrol boats in Bizerte.", "Kamel Morjane", "2008-06-20", "TUNGOV"),
    ("Abdul Wakil said Kabul would not talk to the guerrillas.", "Abdul Wakil", "1990-02-11", "AFGGOV"),
    ("Abdul Wakil said Kabul would not talk to the guerrillas.", "Abdul Wakil", "1995-02-11", "AFGELI"),
    # undated: the foreign minister he was in Christopher's years, not the later prime minister
    ("Abdullah Ahmad Badawi met Secretary of State Warren Christopher in Kuala Lumpur.",
     "Abdullah Ahmad Badawi", None, "MYSGOV"),
])
def test_foreign_ministers_s30(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code

