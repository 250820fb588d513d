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


def test_what_a_crowd_gathered_to_do_is_done_where_it_gathered(nlp):
    # the dateline's capital was the protest's place, though the sentence names the town it began in
    text = ("TIRANA, March 5 (Reuters) - Police fired tear gas at protesters in the capital on Friday.\n\n"
            "The unrest began in the northern city of Shkoder on March 3, when hundreds of students "
            "gathered to protest the arrest of a teacher.")
    events = events_by_trigger(text, "2021-03-05")
    assert events["protest"]["location"]["name"] == "Shkodër"
    assert events["protest"]["date"]["value"] == "2021-03-03"
    assert events["fired"]["location"]["name"] == "Tirana"
