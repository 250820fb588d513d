"""Dates and places of events (session 30, issue #7): a claim of responsibility placed nowhere, the
weekday of a weekly rite ("after Friday prayers") dating what it sets, and "overnight" in a dated
story's lead. Stories written for these tests."""

from helpers import events_by_trigger


def test_a_claim_of_responsibility_is_not_placed_at_the_attack_or_the_claimants_country(nlp):
    text = ("LAGOS, March 2 (Reuters) - Gunmen killed 12 worshippers at a mosque in the northern town of "
            "Zaria on Monday.\n\nThe Pakistan-based militant group Lashkar claimed responsibility for the "
            "attack on Tuesday in a video posted online.")
    events = events_by_trigger(text, "2021-03-02")
    assert events["killed"]["location"]["name"] == "Zaria"
    assert events["claimed"]["type"] == "ASSAULT"
    assert events["claimed"]["date"]["value"] == "2021-03-02"
    assert events["claimed"]["location"] is None
    # nor at the dateline of a story of the attack's country
    events = events_by_trigger("KANO, Nigeria, June 9 (Reuters) - A jihadist faction took credit on Wednesday "
                               "for a bombing at a bus station in Kano.", "2021-06-09")
    assert events["took"]["location"] is None


def test_the_weekday_of_a_weekly_rite_dates_what_it_sets(nlp):
    events = events_by_trigger("Security forces opened fire on worshippers after Friday prayers in the "
                               "southern city of Quetta, killing at least nine people.", "2021-06-12")
    assert events["fire"]["date"]["value"] == "2021-06-11"
    assert events["fire"]["location"]["name"] == "Quetta"
    events = events_by_trigger("A bomb exploded outside a mosque in Kano as worshippers left Friday prayers.",
                               "2021-06-13")
    assert events["exploded"]["date"]["value"] == "2021-06-11"
    # a rite acted on is no setting: the condemnation is not dated by it
    events = events_by_trigger("The cleric condemned Friday prayers held by the rival faction.", "2021-06-13")
    assert events["condemned"]["date"] is None


def test_overnight_in_a_dated_lead_is_the_night_just_ended(nlp):
    text = ("OSH, June 11 (Reuters) - Rioters torched the regional governor's office in Osh overnight, a day "
            "after police arrested an opposition leader.")
    events = events_by_trigger(text, "2021-06-11")
    assert events["torched"]["date"]["value"] == "2021-06-11"
    assert events["arrested"]["date"]["value"] == "2021-06-10"  # counted from the night just ended


def test_overnight_beside_another_day_or_after_the_lead_is_not_the_publication_day(nlp):
    # the day of the report says which night it was not
    events = events_by_trigger("Rebel drones struck the port of Hodeidah overnight, killing four people, "
                               "officials said on Sunday.", "2021-06-14")
    assert events["struck"]["date"] is None
    # later in the story the night may be any the story has reached
    text = ("OSH, June 11 (Reuters) - Police arrested an opposition leader in Osh on Wednesday.\n\n"
            "Rioters torched the regional governor's office overnight.")
    assert events_by_trigger(text, "2021-06-11")["torched"]["date"] is None


def test_a_day_just_past_after_the_purpose_of_what_was_launched_dates_the_launch(nlp):
    events = events_by_trigger("Government troops had launched an offensive to retake the rebel-held region "
                               "late on Thursday, officials said.", "2021-06-13")
    assert events["launched"]["date"]["value"] == "2021-06-10"


def test_a_two_word_town_the_tagger_cuts_in_two_is_read_whole(nlp):
    # "Katima" alone was tagged a place and not found; the dateline's capital took the attack
    text = ("WINDHOEK, Aug 2 (Reuters) - Gunmen attacked a police station and the offices of the state "
            "broadcaster in the northeastern town of Katima Mulilo before dawn on Monday.")
    events = events_by_trigger(text, "1999-08-02")
    assert events["attacked"]["location"]["name"] == "Katima Mulilo"
    assert events["attacked"]["location"]["country"] == "NAM"


def test_a_resignation_named_by_its_noun_is_not_placed_at_the_dateline(nlp):
    # as "resigned" is not: a decision made wherever its maker was
    text = ("VALLETTA, Dec 2 (Reuters) - Prime Minister Joseph Muscat announced his government's resignation "
            "on Monday, weeks after protesters marched through the capital.")
    events = events_by_trigger(text, "2019-12-02")
    assert events["resignation"]["type"] == "RETREAT"
    assert events["resignation"]["date"]["value"] == "2019-12-02"
    assert events["resignation"]["location"] is None


def test_a_month_of_that_year_is_of_the_year_the_story_named_last(nlp):
    text = ("The joint office opened in October 2018, months after Kim Jong Un and Moon Jae-in met at the border "
            "village of Panmunjom in April that year.")
    events = events_by_trigger(text, "2020-06-16")
    assert events["met"]["date"]["value"] == "2018-04"
    # a month alone is still the nearest past one
    events = events_by_trigger("Protesters stormed the building on Monday. Police arrested their leader in April.",
                               "2020-06-16")
    assert events["arrested"]["date"]["value"] == "2020-04"


def test_overnight_later_in_a_story_standing_at_the_eve_of_publication_is_the_night_just_ended(nlp):
    text = ("LIMA, March 4 (Reuters) - Riot police cleared a protest camp in the capital on Monday.\n\n"
            "Protesters torched two police stations in the south of the city overnight, officials said.")
    assert events_by_trigger(text, "2025-03-04")["torched"]["date"]["value"] == "2025-03-04"
    # a story standing at the publication day tells of the night that ended it too (session 35:
    # 15 golds in 7 blind sets by different writers against 4 undated)
    text = ("LIMA, March 4 (Reuters) - Riot police cleared a protest camp in the capital on Tuesday.\n\n"
            "Protesters torched two police stations in the south of the city overnight.")
    assert events_by_trigger(text, "2025-03-04")["torched"]["date"]["value"] == "2025-03-04"
    # and so does one without a dateline's day
    text = ("Riot police cleared a protest camp in Lima yesterday.\n\n"
            "Protesters torched two police stations in the south of the city overnight.")
    assert events_by_trigger(text, "2025-03-04")["torched"]["date"]["value"] == "2025-03-04"
    # a story standing days before publication does not say which night
    text = ("Riot police cleared a protest camp in Lima on Saturday.\n\n"
            "Protesters torched two police stations in the south of the city overnight.")
    assert events_by_trigger(text, "2025-03-04")["torched"]["date"] is None
