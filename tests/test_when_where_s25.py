"""Places of events dyad finds (session 25, real when/where study sets): a found event whose text
places it, to which dyad gave no place. Stories written for these tests."""

from helpers import events_by_trigger

PUBLISHED = "2024-05-08"


def _events(text):
    return events_by_trigger(text, PUBLISHED)


def test_a_domestic_deed_done_to_one_person_or_the_press_is_at_home(nlp):
    # the arrested leader and the seized newspapers are the doers' country's: the police acted at home
    events = _events("Kenyan police arrested a prominent student leader on Saturday.")
    assert events["arrested"]["location"]["country"] == "KEN"
    events = _events("Kenyan authorities detained two opposition figures on Saturday and seized thousands "
                     "of opposition newspapers.")
    assert events["seized"]["location"]["country"] == "KEN"


def test_a_domestic_deed_done_to_another_country_or_its_army_is_not_placed_at_home(nlp):
    events = _events("Kenyan police arrested a Ugandan opposition leader on Saturday.")
    assert events["arrested"]["location"] is None


def test_rebels_attacking_their_own_army_do_so_at_home(nlp):
    # a country named only as a backer ("US-funded") is no place elsewhere
    events = _events("Peruvian rebels ambushed an army patrol on Saturday, killing six soldiers taking part "
                     "in a US-funded drive against coca growers.")
    assert events["ambushed"]["location"]["country"] == "PER"
    assert events["killing"]["location"]["country"] == "PER"



def test_troops_deployed_along_the_countrys_own_borders_are_at_home(nlp):
    event = _events("Algeria has deployed more troops along its southern borders to stop the flow of "
                    "weapons from Libya.")["deployed"]
    assert event["location"]["country"] == "DZA"


def test_troops_sent_across_the_border_are_not_placed_at_home(nlp):
    event = _events("Turkey sent troops across its border on Sunday.")["sent"]
    assert (event["location"] or {}).get("country") != "TUR"


def test_the_expulsion_of_diplomats_is_done_at_home(nlp):
    event = _events("Sweden's foreign ministry on Tuesday announced the expulsion of four Russian "
                    "diplomats.")["expulsion"]
    assert event["location"]["country"] == "SWE"


def test_a_province_under_a_region_is_a_place_of_its_country(nlp):
    # ISO 3166-2 lists Philippine and Burkinabe provinces under regions: they were unknown, or a
    # namesake village abroad
    event = _events("Gunmen ambushed a police patrol in Maguindanao del Sur on Tuesday, the Philippine "
                    "military said.")["ambushed"]
    assert event["location"]["country"] == "PHL"
    event = _events("Jihadists attacked an army post in Soum province on Sunday, Burkina Faso's army "
                    "said.")["attacked"]
    assert event["location"]["country"] == "BFA"
    assert event["actor"][0]["country"] == "BFA"


def test_a_province_named_alone_abroad_does_not_displace_a_town(nlp):
    event = _events("Gunmen shot dead a village chief in Bam on Sunday, police in Iran said.")["shot"]
    assert event["location"]["country"] == "IRN"


def test_a_town_called_by_its_name_places_the_deed(nlp):
    event = _events("Marines clashed with militants on Friday in a town called Patikul, the military "
                    "said.")["clashed"]
    assert event["location"]["name"] == "Patikul"


def test_towns_a_place_verb_makes_passive_subjects_are_where_it_happened(nlp):
    # the tagger calls the towns people; a place verb in the passive still makes them places
    text = ("Syrian forces pressed their offensive on Tuesday. Both Homs and Daraa were shelled by "
            "tanks, activists said.")
    event = _events(text)["shelled"]
    assert event["location"]["name"] == "Homs"
    assert event["location"]["country"] == "SYR"


def test_police_clashing_with_a_religious_movement_do_so_at_home(nlp):
    event = _events("At least ten people were killed after Pakistani police clashed with Islamists "
                    "demanding a ban on a film.")["clashed"]
    assert event["location"]["country"] == "PAK"
