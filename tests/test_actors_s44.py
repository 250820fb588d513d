"""Actor mentions whose country or sector came out wrong: the group a partitive's misread
participle hides ("a column of jogging border police"), a nationality the text gives a body's
name ("the Swedish Nobel Committee"), a people named by its own name ("Maori"), and a dateline
whose country is several words ("BENI, Democratic Republic of Congo, ... -")."""

import pytest

from helpers import parties as _parties, parties_of as _event


@pytest.mark.parametrize("text, trigger, recipient", [
    # the parser reads the participle as a gerund taking the group as its object: the group is hit,
    # not the town named after it
    ("Two men rammed a truck into a column of jogging riot police in the city of Mosul on Friday.",
     "rammed", ("riot police", "IRQ", "COP")),
    ("A bomber rammed a car into a column of jogging border guards near the town of Jalalabad on Monday.",
     "rammed", ("border guards", "AFG", "MIL")),
    ("Militants rammed a truck into a group of jogging police officers in the town of Hotan on Tuesday.",
     "rammed", ("police officers", "CHN", "COP")),
])
def test_partitive_of_a_misread_participle_names_the_group(text, trigger, recipient):
    _, _, recipients = _event(text, trigger)
    name, country, sector = recipient
    assert any(name in m[0] and m[1] == country and m[2] == sector for m in recipients), recipients


def test_partitive_with_a_plain_of_phrase_still_names_the_group():
    _, _, recipients = _event("Gunmen opened fire on a group of protesting students in the city of Karachi on Monday.", "fire")
    assert [(m[0], m[1], m[2]) for m in recipients] == [("a group of protesting students", "PAK", "EDU")]


@pytest.mark.parametrize("text, trigger, country, sector", [
    ("The Swedish Nobel Committee criticised the ban on the writer's books.", "criticised", "SWE", "NGO"),
    ("The Swedish Nobel Committee condemned the arrest of the poet in Minsk.", "condemned", "SWE", "NGO"),
    # the knowledge base's own body, with its own nationality or none, stays
    ("The Norwegian Nobel Committee condemned the arrest of the laureate.", "condemned", "NOR", "NGO"),
    ("The Nobel Committee condemned the arrest of the laureate in Oslo.", "condemned", "NOR", "NGO"),
])
def test_nationality_before_a_body_name_says_whose_body(text, trigger, country, sector):
    _, actors, _ = _event(text, trigger)
    assert [(m[1], m[2]) for m in actors] == [(country, sector)]


def test_possessor_before_a_movement_stays_a_patron():
    # "Iran's Hezbollah allies": Iran backs them; Hezbollah stays Lebanon's
    _, actors, _ = _event("Iran's Hezbollah allies fired rockets at northern Israel on Sunday.", "fired")
    assert [(m[1], m[2]) for m in actors] == [("LBN", "REB")]


def test_dateline_with_a_country_of_several_words_is_no_part_of_the_subject():
    text = ("BENI, Democratic Republic of Congo, Dec 8 (Reuters) - Suspected rebels of the Allied Democratic "
            "Forces killed 14 villagers in an overnight raid, local officials said.")
    _, actors, recipients = _event(text, "killed", "2019-12-08")
    assert all("BENI" not in m[0] and m[2] != "MED" for m in actors), actors
    assert [(m[1], m[2]) for m in recipients] == [("COD", "CVL")]


def test_dateline_with_a_one_word_country_still_read():
    text = "BENI, Congo, Dec 8 (Reuters) - Suspected rebels killed 14 villagers in an overnight raid, officials said."
    _, actors, recipients = _event(text, "killed", "2019-12-08")
    assert all("BENI" not in m[0] for m in actors), actors
    assert [(m[1], m[2]) for m in recipients] == [("COD", "CVL")]


@pytest.mark.parametrize("text, trigger, role, expected", [
    ("Maori protesters blocked a highway on Tuesday to protest against the land bill.", "blocked", 1, ("NZL", "CVL")),
    ("Police detained eight Maori activists outside the courthouse.", "detained", 2, ("NZL", "CVL")),
    ("A mob attacked a group of ethnic Kikuyus sheltering in a school on Monday.", "attacked", 2, ("KEN", "CVL")),
    ("Kalenjin youths torched houses in the valley overnight, witnesses said.", "torched", 1, ("KEN", "CVL")),
])
def test_peoples_of_one_state_are_its_people(text, trigger, role, expected):
    mentions = _event(text, trigger)[role]
    assert [(m[1], m[2]) for m in mentions] == [expected]


@pytest.mark.parametrize("text, trigger, role, expected", [
    # the members, not the town the story names, are the ones jailed
    ("A court in Minsk jailed two members of the punk band Brutal Noise for a concert against the president.",
     "jailed", 2, ("members", "BLR", "CVL")),
    ("A Moscow court convicted three members of the punk band Iron Choir of hooliganism.",
     "convicted", 2, ("members", "RUS", "CVL")),
])
def test_bands_and_their_members_are_civilians(text, trigger, role, expected):
    mentions = _event(text, trigger)[role]
    words, country, sector = expected
    assert [(words in m[0], m[1], m[2]) for m in mentions] == [(True, country, sector)]


def test_a_band_of_gunmen_stays_gunmen():
    _, actors, _ = _event("A band of gunmen attacked a police post in the town of Kidal on Sunday.", "attacked")
    assert [(m[1], m[2]) for m in actors] == [("MLI", "UAF")]
