"""Dates and places of events (session 29, issue #7): a common word the tagger takes for a
town, towns the tagger mislabels as what fighters seized, the place of a purpose clause, and
"hours later" counted from a deed rather than from the day it was reported. Stories written
for these tests."""

from helpers import events_by_trigger


def test_a_lower_case_word_is_no_town_however_the_tagger_labels_it(nlp):
    # "woodland" was Woodland, California; the town the sentence names is where it happened
    events = events_by_trigger("Two hikers were attacked on Sunday and left in woodland outside Bergen, "
                               "police said.", "2021-06-14")
    assert events["attacked"]["location"]["name"] == "Bergen"
    assert events["attacked"]["location"]["country"] == "NOR"
    assert events["attacked"]["date"]["value"] == "2021-06-13"


def test_fighters_seizing_a_town_the_tagger_does_not_call_a_place_take_it_by_force(nlp):
    events = events_by_trigger("Islamist fighters seized Timbuktu on Sunday.", "2021-06-14")
    assert events["seized"]["type"] == "ASSAULT"
    assert events["seized"]["location"]["country"] == "MLI"
    assert events["seized"]["date"]["value"] == "2021-06-13"
    # not a man they take somewhere
    assert "took" not in events_by_trigger("Troops took Jackson to a police station.", "2021-06-14")


def test_what_a_crowd_gathered_to_do_is_done_where_it_gathered(nlp):
    # the dateline's capital was the protest's place, though the sentence names the town it began in
    text = ("TIRANA, March 5 (Reuters) - Police fired tear gas at protesters in the capital on Friday.\n\n"
            "The unrest began in the northern city of Shkoder on March 3, when hundreds of students "
            "gathered to protest the arrest of a teacher.")
    events = events_by_trigger(text, "2021-03-05")
    assert events["protest"]["location"]["name"] == "Shkodër"
    assert events["protest"]["date"]["value"] == "2021-03-03"
    assert events["fired"]["location"]["name"] == "Tirana"


def test_hours_later_counts_from_the_deed_not_from_the_day_it_was_reported(nlp):
    text = ("MOGADISHU, March 4 (Reuters) - Gunmen stormed a hotel in the Somali capital on Friday night, "
            "killing at least nine people, police said on Saturday.\n\n"
            "Hours later, a car bomb exploded outside a police station in Baidoa.")
    events = events_by_trigger(text, "2023-03-04")
    assert events["stormed"]["date"]["value"] == "2023-03-03"
    assert events["exploded"]["date"]["value"] == "2023-03-03"
    assert events["exploded"]["location"]["name"] == "Baidoa"


def test_hours_later_without_a_publication_date(nlp):
    text = ("Gunmen stormed a hotel in Mogadishu on March 3, 2023, killing at least nine people, police "
            "said on March 4.\n\nHours later, militants attacked an army base near Kismayo.")
    events = events_by_trigger(text, None)
    assert events["attacked"]["date"]["value"] == "2023-03-03"
    assert events["attacked"]["location"]["country"] == "SOM"


def test_a_day_counted_from_a_report_with_no_deed_before_it_still_counts_from_the_report(nlp):
    # the first date the story gives starts its clock, even a report's
    text = "Officials said on March 4, 2023 that talks had failed.\n\nTwo days later, rebels attacked Kismayo."
    events = events_by_trigger(text, None)
    assert events["attacked"]["date"]["value"] == "2023-03-06"


def test_a_state_of_emergency_a_president_declares_is_placed_in_the_country_he_rules(nlp):
    events = events_by_trigger("Chilean President Sebastian Pinera declared a state of emergency on Saturday "
                               "after a week of riots.", "2019-10-21")
    assert events["declared"]["location"]["country"] == "CHL"
    assert events["declared"]["location"]["lat"] is None
    # a measure against another country is not placed at home
    events = events_by_trigger("President Joe Biden imposed sanctions on Russia on Tuesday.", "2019-10-21")
    assert events["imposed"]["location"] is None


def test_a_constitution_suspended_without_a_publication_date(nlp):
    events = events_by_trigger("Ecuadorean President Rafael Correa declared a state of emergency on 30 September "
                               "2010 after police officers rebelled over a pay cut.", None)
    assert events["declared"]["location"]["country"] == "ECU"
    assert events["declared"]["date"]["value"] == "2010-09-30"
    events = events_by_trigger("Peru's President Alberto Fujimori suspended the constitution on Sunday night.",
                               "1992-04-06")
    assert events["suspended"]["location"]["country"] == "PER"
    assert events["suspended"]["date"]["value"] == "1992-04-05"


def test_a_day_the_parser_hangs_on_a_participle_describing_the_targets_dates_the_deed(nlp):
    # "packed" describes the supporters; the parser makes it a clause of "opened"
    events = events_by_trigger("Guinean soldiers opened fire on tens of thousands of opposition supporters packed "
                               "into the national stadium in the capital on Monday, killing more than 150 people.",
                               "2009-09-29")
    assert events["fire"]["date"]["value"] == "2009-09-28"
    # a clause after "after" is another happening, with a subject of its own
    events = events_by_trigger("RIGA, Jan 14 (Reuters) - Police said on Wednesday they had detained 80 people "
                               "after a rally by students against the closure of schools turned into a riot late on "
                               "Tuesday.", "2009-01-14")
    assert events["detained"]["date"] is None
