"""Events the parse misleads dyad into coding as something that did not happen as told (issue #5):
a foiled plot's attack, a conjunct the parser joins to the plot, a quake read as a doer, and the
sentence's own verb hung on its subject when a "day after" clause follows."""

from helpers import codes, events_by_trigger


def test_a_foiled_plot_is_no_attack_and_not_the_police_s():
    events = events_by_trigger("Spanish police foiled a plot to bomb the stock exchange in Madrid, "
                               "the interior ministry said on Monday.", "2004-03-01")
    bombing = events["bomb"]
    assert bombing["status"] == "negated"
    assert "Spanish police" not in [m["text"] for m in bombing["actor"]]


def test_a_foiled_plot_keeps_the_plotters_it_names():
    events = events_by_trigger("British police foiled an al Qaeda plot to blow up airliners over the Atlantic.",
                               "2006-08-10")
    plot = events["blow"]
    assert plot["status"] == "negated"
    assert [m["text"] for m in plot["actor"]] == ["al Qaeda"]


def test_an_arrest_after_a_thwarted_plan_is_the_thwarters_and_happened():
    events = events_by_trigger("Egyptian security forces thwarted a plan to attack a church in Alexandria "
                               "and arrested eight men.", "2011-01-10")
    arrest = events["arrested"]
    assert (arrest["type"], arrest["status"]) == ("COERCE", "asserted")
    assert codes(arrest["actor"]) == ["EGYCOP"]
    assert not any(e["type"] in ("ASSAULT", "THREATEN") and e["status"] in ("asserted", "future") for e in events.values())


def test_a_plan_no_one_foiled_is_not_negated():
    events = events_by_trigger("The rebels announced a plan to attack the capital.", "2011-01-10")
    assert events["attack"]["status"] != "negated"


def test_an_earthquake_east_of_a_town_kills_no_one_by_force():
    events = events_by_trigger("Japan sent a rescue team to Iran on Thursday, a day after an earthquake "
                               "west of Tehran killed 35 people.", "2012-08-12")
    assert "killed" not in events
    assert events["sent"]["type"] == "AID"


def test_gunmen_north_of_a_town_still_kill():
    events = events_by_trigger("Kabul mourned on Friday, a day after gunmen north of the city killed 40 people.",
                               "2012-08-12")
    assert events["killed"]["type"] == "ASSAULT"


def test_a_threat_told_before_a_day_after_clause_is_the_threateners():
    events = events_by_trigger("Tuareg rebels threatened on Tuesday to carry out more attacks in Niger, "
                               "a day after gunmen stormed a barracks.", "2013-09-24")
    threat = events["threatened"]
    assert (threat["type"], threat["status"]) == ("THREATEN", "asserted")
    assert [m["text"] for m in threat["actor"]] == ["Tuareg rebels"]
    assert [m["text"] for m in events["stormed"]["actor"]] == ["gunmen"]


def test_leaders_the_parser_makes_a_gerund_clause_are_the_doers():
    events = events_by_trigger("Southern African leaders meeting in Lusaka on Monday recognised the opposition "
                               "leader as the winner of the vote and suspended the country from their bloc.",
                               "2010-12-07")
    for trigger in ("recognised", "suspended"):
        assert [m["text"] for m in events[trigger]["actor"]] == ["Southern African leaders"]


def test_tanks_backing_troops_neither_endorse_them_nor_seize_the_palace():
    events = events_by_trigger("Iraqi troops backed by hundreds of tanks invaded Kuwait before dawn on Thursday, "
                               "seizing the emir's palace and government buildings in Kuwait City as the emir "
                               "fled to Saudi Arabia, diplomats said.", "1990-08-02")
    assert "backed" not in events
    assert [m["text"] for m in events["seizing"]["actor"]] == ["Iraqi troops"]


def test_a_plan_backed_by_many_governments_is_supported():
    events = events_by_trigger("The peace plan was backed by dozens of governments on Tuesday.", "2012-11-20")
    assert events["backed"]["type"] == "SUPPORT"


def test_an_infinitive_joined_to_a_bare_one_is_the_agreeing_sides_and_only_agreed():
    events = events_by_trigger("Eritrea and Djibouti have agreed to let Qatar mediate in their border dispute "
                               "and to pull their troops back from the contested area, the Qatari foreign "
                               "ministry said.", "2010-06-07")
    pull = events["pull"]
    assert pull["status"] != "asserted"
    assert sorted(m["country"] for m in pull["actor"]) == ["DJI", "ERI"]
