"""Dates that sentences of news got wrong (two named days the model tags apart, counts from an
"after" clause, "that year", "since X, when ...", a time phrase before the subject, "Within
hours"), and a known group taken for a town that shares its name."""

import pytest

import dyad


def _dated(text: str, published: str) -> list[tuple]:
    return [(e["type"], e["trigger"]["text"], (e.get("date") or {}).get("value"))
            for e in dyad.code(text, published=published)["events"]]


@pytest.mark.parametrize("text, published, trigger, expected", [
    # two named days the model tags apart are one span, the month that holds it (a Friday story:
    # Monday and Tuesday of that week, both in July)
    ("Security forces detained dozens of opposition supporters in the capital on Monday and Tuesday.",
     "2013-07-19", "detained", "2013-07"),
    ("Villagers clashed with police in the northern district on Wednesday and Thursday, officials said.",
     "2011-02-25", "clashed", "2011-02"),
    ("Government troops shelled rebel positions around the town from Tuesday to Thursday.",
     "2016-03-11", "shelled", "2016-03"),
    # across the turn of a month: the year holds both days
    ("Rioters burned shops in the old quarter on Sunday and Monday.", "2019-07-02", "burned", "2019"),
    # counted from the day an "after"/"before" clause gives its own event: a day after Wednesday
    ("Khartoum expelled 13 foreign aid agencies a day after the court issued an arrest warrant for the "
     "president on Wednesday.", "2009-03-06", "expelled", "2009-03-05"),
    # "hours after": that same day (as the sets' writers count it)
    ("Moscow ordered 20 Czech diplomats to leave the country hours after Prague expelled 18 Russian "
     "embassy staff on Saturday.", "2021-04-19", "ordered", "2021-04-17"),
    ("Police arrested the opposition leader two days before his supporters marched on parliament on Friday.",
     "2015-06-13", "arrested", "2015-06-10"),
    # a "when" clause tells of the day "since" names, not of the month the lasting state fills
    ("Protesters have blocked the main highway since March 3, when police arrested two union leaders "
     "in the capital.", "2016-03-20", "arrested", "2016-03-03"),
    # hung on the main verb by the parser, the clause still tells of the date right before it
    ("The province has been tense since last month, when soldiers shot dead three students at a "
     "checkpoint.", "2019-09-24", "shot", "2019-08"),
    # a state lasting since an earlier year dates nothing, but its "when" clause is of that year
    ("Rebels have held the valley since 2009, when they overran an army base near the border.",
     "2012-03-22", "overran", "2009"),
])
def test_the_date_an_event_takes(text, published, trigger, expected):
    assert (trigger, expected) in [(t, d) for _, t, d in _dated(text, published)]


def test_days_of_two_events_stay_apart():
    events = _dated("Police arrested the union leader on Monday and released him on Wednesday.", "2013-07-19")
    assert ("COERCE", "arrested", "2013-07-15") in events
    assert ("RETREAT", "released", "2013-07-17") in events
    # "Tuesday's" names another thing's day, not a span with Monday
    events = _dated("Police arrested the editor on Monday and Tuesday's hearing was postponed.", "2013-07-19")
    assert ("COERCE", "arrested", "2013-07-15") in events


def test_a_participle_after_an_infinitive_shares_the_main_verbs_day():
    # "to leave" between the dated verb and the participle is no deed of its own
    events = _dated("Estonia expelled a Russian diplomat on Tuesday and ordered him to leave the country within "
                    "48 hours, accusing him of spying on military sites.", "2019-03-21")
    assert ("ACCUSE", "accusing", "2019-03-19") in events
    events = _dated("The junta summoned the French envoy yesterday and told him to leave, accusing Paris of "
                    "arming the rebels.", "2021-10-06")
    assert ("ACCUSE", "accusing", "2021-10-05") in events


def test_a_clause_counted_from_stays_undated_without_a_day():
    # an "after" clause with no date of its own gives nothing to count from
    events = _dated("Troops shelled the border town hours after rebels attacked an army post.", "2015-06-13")
    assert [d for _, t, d in events if t == "shelled"] == [None]


def test_a_month_of_the_year_named_before():
    # the model tags "October" alone; "that year" is 1998, not the publication's year
    events = _dated("Ties hit their lowest point in 1998, when Turkey massed troops on the border. Syria "
                    "forced the rebel leader out in October that year, and agents later captured him.", "2009-12-23")
    assert ("COERCE", "forced", "1998-10") in events
    events = _dated("Talks collapsed in 2004. Troops entered the capital in March that year and arrested the "
                    "president.", "2009-12-23")
    assert [d for _, t, d in events if t == "arrested"] == ["2004-03"]


def test_a_day_ahead_in_a_long_noun_phrase_follows_the_verbs_tense():
    # "from Sunday" hangs on "products", four words below "will ban": the coming Sunday
    events = _dated("Ukraine will ban imports of a wide range of Russian food products from Sunday and raise "
                    "duties on other goods, the prime minister said on Monday.", "2016-01-04")
    assert [d for _, t, d in events if t == "ban"] == ["2016-01-10"]


def test_a_state_lasting_since_an_earlier_year_still_dates_nothing():
    events = _dated("Rebels have held the valley since 2009 and attacked army convoys.", "2012-03-22")
    assert [d for _, t, d in events if t == "attacked"] == [None]


def test_a_time_phrase_before_the_subject_dates_the_clauses_joined_to_it():
    events = _dated("In August, police arrested a Norwegian engineer at an Oslo restaurant, and Norway expelled "
                    "a Russian diplomat.", "2020-10-13")
    assert ("SANCTION", "expelled", "2020-08") in events
    events = _dated("On Tuesday, riot police raided the offices of the newspaper, and prosecutors charged "
                    "three editors with sedition.", "2020-10-15")
    assert [d for _, t, d in events if t == "charged"] == ["2020-10-13"]
    # after the subject, the phrase is the first clause's alone
    events = _dated("Police arrested the editor on Tuesday and prosecutors raided the paper's offices.",
                    "2020-10-15")
    assert [d for _, t, d in events if t == "raided"] == [None]


def test_a_date_before_an_after_clause_read_as_a_complement_is_the_main_clauses():
    events = _dated("In April this year, after the appeal court ruled his government unlawful, the president "
                    "abrogated the constitution and sacked the judiciary.", "2009-11-04")
    assert [d for _, t, d in events if t in ("abrogated", "sacked")] == ["2009-04", "2009-04"]


def test_a_clause_counted_from_gives_its_verbs_date_not_a_nouns_inside_it():
    # "Friday's run-off" is the run-off's day: the withdrawal is a day before the Monday raid
    events = _dated("HARARE, June 23 (Reuters) - Police raided the opposition's headquarters on Monday. The raid "
                    "came a day after the opposition leader pulled out of Friday's presidential run-off.",
                    "2008-06-23")
    assert [d for _, t, d in events if t == "pulled"] == ["2008-06-22"]


def test_within_hours_is_the_day_the_story_is_on():
    events = _dated("The president sacked the army chief on Sunday. Within hours the largest party in the "
                    "coalition pulled out of the government in protest.", "2019-05-06")
    assert [d for _, t, d in events if t == "pulled"] == ["2019-05-05"]
    # with no day named before, none
    events = _dated("The president sacked the army chief. Within hours the largest party in the coalition "
                    "pulled out of the government in protest.", "2019-05-06")
    assert [d for _, t, d in events if t == "pulled"] == [None]


def _parties(text: str, published: str = "2021-05-21") -> list[tuple]:
    return [(e["trigger"]["text"], [(m["country"], m["sector"]) for m in e["actor"]])
            for e in dyad.code(text, published=published)["events"]]


def test_a_known_group_is_no_town_that_shares_its_name():
    # "Hamas" is also a GeoNames name of Hamm, Germany: the known group is no place
    events = _parties("Fighting between Israel and Hamas killed more than 200 people in Gaza.")
    assert all(("DEU", None) not in actors for _, actors in events)
    events = dyad.code("Israeli jets struck Hamas positions in Gaza.", published="2021-05-21")["events"]
    assert [[m["country"] for m in e["recipient"]] for e in events] == [["PSE"]]


def test_a_seat_of_government_stays_a_place():
    events = dyad.code("Putin received the Turkish president in the Kremlin on Monday.", published="2021-05-21")["events"]
    assert [(e.get("location") or {}).get("country") for e in events] == ["RUS"]
