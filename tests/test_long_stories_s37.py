"""Whole stories read in session 37: what a full article gets wrong that a sentence does not."""

from helpers import events_by_trigger


def test_surname_after_a_namesake_named_in_full_is_not_the_famous_one():
    # the story named a TV host in full; his surname alone later is him, not Greece's former president
    text = ("The candidate told television host George Stephanopoulos on Sunday that the report was false. "
            "Stephanopoulos then accused the campaign of hiding the records.")
    accused = events_by_trigger(text, "2015-11-08")["accused"]
    assert [m["code"] for m in accused["actor"]] == [None]
    assert accused["actor"][0]["text"] == "Stephanopoulos"


def test_surname_of_a_local_namesake_keeps_his_name():
    text = ("Local businessman Andrew Rutte sued the city council in Utrecht. "
            "Rutte accused the mayor of lying about the permits.")
    accused = events_by_trigger(text, "2016-03-02")["accused"]
    assert accused["actor"][0]["name"] == "Andrew Rutte"


def test_surname_after_the_famous_one_named_in_full_is_still_him():
    text = ("Dutch Prime Minister Mark Rutte met German Chancellor Angela Merkel in Berlin. "
            "Rutte later accused Russia of spreading lies about the crash.")
    accused = events_by_trigger(text, "2015-11-08")["accused"]
    assert [(m["name"], m["code"]) for m in accused["actor"]] == [("Mark Rutte", "NLDGOV")]
