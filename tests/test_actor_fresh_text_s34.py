"""Places as actors in fresh wire copy (session 34): the places a town or island noun names are
their people, a list's second place shares its preposition, and a seat of government's name
used for a district is that district."""

from actor_lookup import code_of as code


def test_town_noun_names_a_place_whose_people_are_struck(nlp):
    text = "Government jets bombed the Kurdish town of Sardasht on Monday, killing dozens of civilians."
    assert code(nlp, text, "Sardasht") == "IRNCVL"
    text = "Rebel gunners shelled the besieged enclave of Srebrenica for a second day on Friday."
    assert code(nlp, text, "Srebrenica") == "BIHCVL"


def test_island_with_a_nationality_is_its_people(nlp):
    text = "North Korean gunners shelled the South Korean island of Baengnyeong on Monday, wounding three marines."
    assert code(nlp, text, "South Korean island of Baengnyeong") == "KORCVL"
    assert code(nlp, text, "Baengnyeong") == "KORCVL"
    text = "North Korea fired shells onto South Korea's Baengnyeong island on Monday."
    assert code(nlp, text, "South Korea's Baengnyeong island") == "KORCVL"


def test_island_ending_a_place_name_is_no_island(nlp):
    text = "Rhode Island Governor Dan McKee signed the budget bill on Sunday."
    assert code(nlp, text, "Rhode Island Governor Dan McKee") == "USAGOV"


def test_second_place_of_a_list_shares_its_preposition(nlp):
    text = ("The president declared a state of emergency in Almaty and the western Mangistau region on Monday "
            "after crowds set fire to the mayor's office.")
    assert code(nlp, text, "the western Mangistau region") == "KAZCVL"


def test_seat_of_government_name_used_for_a_district(nlp):
    text = "Guerrillas set off a car bomb in the Lima district of Miraflores late on Thursday, wounding 20 people."
    assert code(nlp, text, "Miraflores") == "PERCVL"
    text = "A bomb exploded in Lima's Miraflores district on Friday night."
    assert code(nlp, text, "Lima's Miraflores district") == "PERCVL"
    text = "Miraflores said on Monday that it would not negotiate with the opposition."
    assert code(nlp, text, "Miraflores") == "VENGOV"
