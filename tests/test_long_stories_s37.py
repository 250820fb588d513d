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


def test_the_soldiers_named_again_keep_the_country_they_were_named_with():
    text = ("Hamas fighters captured two Israeli soldiers in a cross-border raid on Wednesday. "
            "Hamas leader Ismail Haniyeh offered to free the soldiers in exchange for Palestinian prisoners.")
    offered = events_by_trigger(text, "2006-07-12")["offered"]
    assert [m["code"] for m in offered["recipient"]][:1] == ["ISRMIL"]


def test_the_protesters_named_again_are_the_ones_arrested():
    text = ("Ethiopian police arrested 12 Kenyan protesters near Moyale. "
            "An Ethiopian court later freed the protesters on bail.")
    freed = events_by_trigger(text, "2016-05-02")["freed"]
    assert [m["code"] for m in freed["recipient"]] == ["KENCVL"]


def test_fighters_seizing_two_men_is_an_abduction():
    text = "The group said its fighters had seized the two men near the border village."
    seized = events_by_trigger(text, "2006-07-12")["seized"]
    assert (seized["type"], seized["mode"]) == ("ASSAULT", "abduct")


def test_a_name_cut_at_its_hyphen_is_one_subject():
    # the parser hung "Minister", "al" and "Abadi" on the verb as three subjects
    text = "Iraqi Prime Minister Haider al-Abadi on Tuesday ruled out talks with the Kurdish leadership."
    ruled = events_by_trigger(text, "2017-09-26")["ruled"]
    assert [(m["text"], m["code"]) for m in ruled["actor"]] == [
        ("Iraqi Prime Minister Haider al-Abadi", "IRQGOV")]


def test_a_name_cut_at_its_hyphen_after_an_adverbial_piece_is_one_subject():
    text = "Saudi Foreign Minister Adel al-Jubeir on Monday accused Tehran of arming the rebels."
    accused = events_by_trigger(text, "2017-09-25")["accused"]
    assert [m["code"] for m in accused["actor"]] == ["SAUGOV"]
    assert accused["actor"][0]["text"].endswith("al-Jubeir")


def test_an_official_who_quit_resigned():
    text = "Several ministers have left the cabinet, among them Vice President Amina Dlamini, who quit on Wednesday."
    assert events_by_trigger(text, "2017-01-20")["quit"]["type"] == "RETREAT"
    assert "quit" not in events_by_trigger("The minister quit smoking last year, his aide said.", "2017-01-20")
