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
