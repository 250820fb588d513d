"""Temporal expressions resolved against the publication date, and the date each event takes."""

import datetime as dt
import json

import pytest
from spacy.tokens import Doc

import dyad

from dyad.extract.dates import date_for, find_dates, resolve

THURSDAY = dt.date(2025, 7, 3)  # a Thursday


@pytest.mark.parametrize("expression, with_date, without_date", [
    ("July 3", "2025-07-03", None),                  # no year in the text: never invented
    ("Jan. 20", "2025-01-20", None),
    ("Sept. 5", "2025-09-05", None),                  # two months ahead: something planned
    ("November 20", "2024-11-20", None),              # over four months ahead: last year's
    ("July 10", "2025-07-10", None),                  # a week ahead: the coming one
    ("December 28", "2024-12-28", None),
    ("February 24, 2022", "2022-02-24", "2022-02-24"),
    ("3 July 2024", "2024-07-03", "2024-07-03"),
    ("March 2022", "2022-03", "2022-03"),
    ("2022", "2022", "2022"),
    ("since 2022", "2022", "2022"),                   # the start of a state
    # resolve gives a range's start (find_dates gives the event the unit that holds it)
    ("March 3-5", "2025-03-03", None),
    ("between June 1 and June 3", "2025-06-01", None),
    ("Jan. 20-21, 2025", "2025-01-20", "2025-01-20"),
    ("Saturday, July 20", "2024-07-20", None),        # a Saturday in 2024, not in 2025
    ("Sunday, July 20", "2025-07-20", None),
    ("between 1992 and 1995", "1992", "1992"),
    ("from 2014 to 2016", "2014", "2014"),
    ("March", "2025-03", None),
    ("in March", "2025-03", None),
    ("on Thursday", "2025-07-03", None),
    ("mid-June", "2025-06", None),
    ("early 2024", "2024", "2024"),
    ("last month", "2025-06", None),
    ("next month", "2025-08", None),
    ("this year", "2025", None),
    ("earlier this year", "2025", None),
    ("last year", "2024", None),
    ("in December last year", "2024-12", None),       # the month of the year counted back, not the year
    ("March 3 of last year", "2024-03-03", None),
    ("in May this year", "2025-05", None),
    ("yesterday", "2025-07-02", None),
    ("today", "2025-07-03", None),
    ("this morning", "2025-07-03", None),
    ("last night", "2025-07-02", None),
    ("Monday night", "2025-06-30", None),
    ("Thursday", "2025-07-03", None),                 # an article of a Thursday: that day
    ("Tuesday", "2025-07-01", None),
    ("last Thursday", "2025-06-26", None),
    ("next Monday", "2025-07-07", None),
    ("two weeks ago", "2025-06-19", None),
    ("three days ago", "2025-06-30", None),
    ("three years ago", "2022", None),
    ("last week", "2025-06", None),                   # 23-29 June: the month it lies in
    ("this week", "2025", None),                      # Mon 30 June to Thu 3 July: two months
    ("next week", "2025-07", None),
    ("the spring of 2022", "2022", "2022"),         # a part of a year: the year
    ("the first half of 2024", "2024", "2024"),
    ("2024-03-05", "2024-03-05", "2024-03-05"),
    ("this past week", "2025-06", None),
    ("over the weekend", "2025-06", None),           # Sat 28 - Sun 29 June
    ("this weekend", "2025-07", None),               # the coming one, in a Thursday's article
    ("last summer", "2024", None),                   # this summer has not ended
    ("last spring", "2025", None),
    ("this spring", "2025", None),
    ("a decade ago", "2015", None),
    # counted from the story's last date, never from publication
    ("a month later", None, None),
    ("the following year", None, None),
    ("the previous month", None, None),
    # a tally of the last hours or days: the month both its ends lie in (Wed 2 - Thu 3 July)
    ("the past 24 hours", "2025-07", None),
    ("the last 48 hours", "2025-07", None),          # Tue 1 July - Thu 3 July
    ("the past 72 hours", "2025", None),             # from Mon 30 June: two months
    ("the past few days", "2025", None),
    ("the past 100 hours", None, None),
    # lengths of time and vague periods are not dates
    ("the past month", None, None),                  # the last thirty days, not June
    ("the past year", None, None),
    ("two years after 2014", None, None),
    ("30-day", None, None),
    ("about an hour", None, None),
    ("the fourth year", None, None),
    ("the 1990s", None, None),
    ("every Friday", None, None),                    # a habit, not a day
    ("several years ago", None, None),
])
def test_expressions_resolve_against_the_publication_date(expression, with_date, without_date):
    assert resolve(expression, THURSDAY) == with_date
    assert resolve(expression, None) == without_date


def test_a_planned_date_keeps_its_way_ahead(nlp):
    dates = find_dates(nlp("The parliament postponed the vote until Sept. 5."), THURSDAY)
    assert [(d.text, d.value) for d in dates] == [("Sept. 5", "2025-09-05")]
    dates = find_dates(nlp("The vote was scheduled for Sept. 5."), THURSDAY)
    assert [(d.text, d.value) for d in dates] == [("Sept. 5", "2025-09-05")]


def test_dates_in_an_article_keep_their_offsets(nlp):
    text = ("Talks began in Geneva on Monday, two weeks after the truce of June 2. "
            "The war began on February 24, 2022.")
    doc = nlp(text)
    dates = find_dates(doc, THURSDAY)
    assert [(d.text, d.value) for d in dates] == [
        ("Monday", "2025-06-30"), ("June 2", "2025-06-02"), ("February 24, 2022", "2022-02-24")]
    assert all(text[d.start:d.end] == d.text for d in dates)


@pytest.mark.parametrize("text, expected", [
    ("Rebels took the city on Jan. 27, 2019. A week later, they seized the airport. The army struck back "
     "the following month, and a year later the sides signed a truce.",
     [("Jan. 27, 2019", "2019-01-27"), ("A week later", "2019-02-03"), ("following month", "2019-03"),
      ("a year later", "2020")]),
    # a look back does not move the story's clock
    ("Troops fired on the crowd on May 13, 2015. The previous night, gunmen had stormed the prison. "
     "A week later, the president rejected an inquiry.",
     [("May 13, 2015", "2015-05-13"), ("previous night", "2015-05-12"), ("A week later", "2015-05-20")]),
    ("The president fled on Saturday. The army imposed a curfew that night, and the next morning tanks "
     "entered the capital.",
     [("Saturday", "2025-06-28"), ("that night", "2025-06-28"), ("the next morning", "2025-06-29")]),
    # a few days on from a day early in a month is still that month; how many weeks is not said
    ("Riots broke out on June 10, 2010, and days later mobs burned shops. Weeks later, talks began.",
     [("June 10, 2010", "2010-06-10"), ("days later", "2010-06")]),
    ("Fighting began in 2003. That year, rebels seized two towns.", [("2003", "2003"), ("That year", "2003")]),
    ("Troops shelled the town on Monday. Rebels fired rockets at the base on the same day.",
     [("Monday", "2025-06-30"), ("same day", "2025-06-30")]),
])

def test_dates_counted_from_the_last_date_named(nlp, text, expected):
    assert [(d.text, d.value) for d in find_dates(nlp(text), THURSDAY)] == expected


def test_without_a_publication_date_a_day_takes_the_year_of_the_story(nlp):
    text = "Troops retook the town on 31 March 2022. They withdrew from the region in early April."
    assert [(d.text, d.value) for d in find_dates(nlp(text), None)] == [
        ("31 March 2022", "2022-03-31"), ("early April", "2022-04")]
    # no full date before it: no year
    assert find_dates(nlp("They withdrew from the region in early April."), None) == []


def test_days_counted_from_the_day_named_before(nlp):
    text = ("Israeli jets struck Lebanon on Thursday. Hezbollah fired rockets later in the day. "
            "Talks resumed the next day, and two days later the sides agreed to a truce. "
            "The war began in 2022, and days later it spread.")
    dates = find_dates(nlp(text), THURSDAY)
    assert [(d.text, d.value) for d in dates] == [
        ("Thursday", "2025-07-03"), ("later in the day", "2025-07-03"), ("next day", "2025-07-04"),
        ("two days later", "2025-07-06"), ("2022", "2022")]  # "days later": how many is not said
    assert find_dates(nlp("The envoy left the next day."), THURSDAY) == []  # no day to count from
    text = "Castillo tried to dissolve Congress on Wednesday and was arrested hours later in Lima."
    assert [(d.text, d.value) for d in find_dates(nlp(text), THURSDAY)] == [
        ("Wednesday", "2025-07-02"), ("hours later", "2025-07-02")]
    assert find_dates(nlp("He was arrested two hours later."), THURSDAY) == []
    text = "Jets struck on Tuesday.\n\nHezbollah fighters fired rockets at northern Israel later in the day."
    assert [(d.text, d.value) for d in find_dates(nlp(text), THURSDAY)][-1] == ("later in the day", "2025-07-01")


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("During a July 3 phone call, Putin told Trump that Russia would not give up.", "call", "2025-07-03"),
    ("Russian forces last month launched the fiercest assaults since the war began on February 24, 2022.",
     "launched", "2025-06"),
    ("Russian forces last month launched the fiercest assaults since the war began on February 24, 2022.",
     "began", "2022-02-24"),
    ("The ministry said on Tuesday that troops had attacked the village.", "attacked", None),
    ("The ministry said on Tuesday that troops had attacked the village.", "said", "2025-07-01"),
    ("Venezuela said on Sunday it had deployed troops along its coast.", "deployed", None),
    ("Venezuela said on Sunday it had deployed troops along its coast.", "said", "2025-06-29"),
    ("Israel struck targets in Lebanon.", "struck", None),
    # a date inside the event's own phrases, or on a verb sharing its subject
    ("Israel and Hezbollah agreed to a ceasefire on Tuesday.", "agreed", "2025-07-01"),
    ("Sheikh Hasina resigned and fled to India on Monday.", "resigned", "2025-06-30"),
    # a conjoined clause with its own subject keeps its own time
    ("Troops shelled the town on Monday, and the government accused the rebels.", "accused", None),
    # an adverb of the hour between the verb and its date
    ("Iran launched more than 300 drones at Israel late on Saturday.", "launched", "2025-06-28"),
    # a date before "..., the minister said" belongs to what is reported, not to the saying
    ("Gunmen killed the president at his home early on Wednesday, the interim prime minister said.",
     "killed", "2025-07-02"),
    # a verb coordinated with the dated one shares its date; a clause of the same moment dates it
    ("The army seized power in a coup on Monday and detained the president.", "detained", "2025-06-30"),
    ("Gangs opened fire on a plane as it approached the airport on Monday.", "opened", "2025-06-30"),
    ("Troops withdrew from the town after the talks failed on Monday.", "withdrew", None),
    ("Hasina resigned on Monday as protesters stormed her residence.", "stormed", "2025-06-30"),
    # a phrase of another time dates another event
    ("Israel and Islamic Jihad agreed to a truce after fighting on Sunday.", "agreed", None),
    # a deed named as its clause's subject happens when the clause's verb does
    ("Two bombs tore through a packed commuter train during the Monday evening rush hour.", "bombs", "2025-06-30"),
    ("Clashes broke out in the capital during the Sunday night curfew, residents said.", "Clashes", "2025-06-29"),
    # the model's "Monday after weeks" is Monday
    ("Hasina resigned and fled to India on Monday after weeks of protests in Dhaka.", "resigned", "2025-06-30"),
    # a clause counted in days or weeks from its dated main clause
    ("Zelenskiy visited Kherson on Monday, three days after Russian troops withdrew from the city.",
     "withdrew", "2025-06-27"),
    ("The army withdrew on Friday, two days before rebels captured the city.", "captured", "2025-06-29"),
    ("The army withdrew on Friday, days before rebels captured the city.", "captured", None),  # how many?
    # without a count, what led to a dated event (or followed it) is read as of its day
    ("Police detained 30 people on Sunday after protesters blocked a highway.", "blocked", "2025-06-29"),
    ("Police detained 30 people after protesters blocked a highway.", "blocked", None),
    # a clause joined to a counted clause is counted as it is
    ("Police detained the mayor on Monday, hours after he tried to flee and councillors voted to impeach him.",
     "impeach", "2025-06-30"),
    ("The army withdrew last month, two days before rebels captured the city.", "captured", None),
    # a participle after the main clause tells what its event did, then
    ("Gunmen attacked a bus on Tuesday, killing six passengers.", "killing", "2025-07-01"),
    ("Police fired tear gas late on Monday, dispersing the crowd.", "dispersing", "2025-06-30"),
    # a relative clause whose subject is a dated event takes its date; one with another subject does not
    ("Officials blamed the rebels for a Monday attack that wounded 12 soldiers.", "wounded", "2025-06-30"),
    ("Officials blamed the rebels for the attack on Monday, which the council condemned.", "condemned", None),
    # "when" clause of the same time (the parser makes "when" an adverb)
    ("The crisis began last month, when troops entered the capital.", "entered", "2025-06"),
    # the verb that names the object in a reporter's hedge does not take the date
    ("Jets struck what the army called rebel bases early on Tuesday.", "struck", "2025-07-01"),
    # the tense of the dated verb says which way a day or a month lies
    ("Foreign ministers will meet in Vienna on Wednesday.", "meet", "2025-07-09"),
    ("Foreign ministers will meet in Vienna on Thursday.", "meet", "2025-07-03"),
    ("The league is due to hold an emergency session on Monday.", "hold", "2025-07-07"),
    ("Rebels and the government plan to sign the accord on Saturday.", "sign", "2025-07-05"),
    # "is to" + verb: an arrangement for later ("was to" is not: a plan of the past)
    ("The envoy is to visit the border town on Wednesday.", "visit", "2025-07-09"),
    ("The envoy was to visit the border town on Wednesday.", "visit", "2025-07-02"),
    ("The leaders will sign the treaty in March.", "sign", "2026-03"),
    ("The two leaders met on Sept. 5.", "met", "2024-09-05"),
    ("The two leaders met in August.", "met", "2024-08"),
    ("The parliament postponed the vote until Sept. 5.", "postponed", None),
    # a date that modifies what the event acts on is that thing's, not the event's; a scene's is
    ("The European Union condemned Sunday's attack on the embassy.", "condemned", None),
    ("Officials declared the governor the winner of Sunday's election.", "declared", None),
    ("Putin and Trump spoke at length during a July 3 phone call.", "spoke", "2025-07-03"),
    # a day and its part of the day together ("Tuesday evening"), a report set off as an aside
    ("Security forces opened fire on marchers Tuesday evening local time, witnesses said.", "opened", "2025-07-01"),
    ("On Wednesday, the ministry said, drones struck a fuel depot.", "struck", "2025-07-02"),
    ("On Wednesday, the ministry said drones had struck a fuel depot.", "struck", None),
    # an hour of a day hangs where the day does, even on a word of another phrase or after "before"
    ("Gunmen attacked a hotel, a theatre and a cafe in the city on Friday night, killing 30 people.", "attacked",
     "2025-06-27"),
    ("The army detained the prime minister before dawn on Monday.", "detained", "2025-06-30"),
    # ... and without "on", as the wires write it
    ("Marines landed on the island before dawn Tuesday, backed by a small force, and fought militiamen.",
     "landed", "2025-07-01"),
    # a day just past on what was agreed or called for dates the agreeing or the calling
    ("The prime minister agreed to resign last Monday.", "agreed", "2025-06-30"),
    ("The opposition leader called on the army to rise up on Tuesday.", "called", "2025-07-01"),
    ("The rebels agreed to hold talks next week.", "agreed", None),
    # a charge is dated by its charging
    ("Kenya's president accused Uganda of arming the rebels in a speech in Nairobi on Tuesday.", "accused",
     "2025-07-01"),
    # a date a thing is called or set for is aimed at, not the event's
    ("Unions called a general strike for June 12, a week after the vote.", "called", None),
    # the part of the day the story is on; what the main event was done for, done then
    ("Police detained the leader on Monday. Crowds marched on the palace in the afternoon.", "marched", "2025-06-30"),
    ("Crowds gathered on Monday to mark a year since troops fired on marchers.", "fired", "2024"),
    # an event named by a noun: its own modifiers, and a clause that says when it began or happened
    ("The 2008 Mumbai attacks killed 166 people.", "attacks", "2008"),
    ("Monday's blast outside the airport killed 13 soldiers.", "blast", "2025-06-30"),
    ("The uprising that began in February 2011 toppled the government.", "uprising", "2011-02"),
    ("The protests, which erupted on Sunday, spread to ten cities.", "protests", "2025-06-29"),
    ("The war that ended in 2003 killed thousands.", "war", None),
    # what a dated event named as the subject did, it did then; a present state is not dated
    ("Friday's attack killed 20 soldiers.", "killed", "2025-06-27"),
    ("The attack on Friday destroyed the only bridge.", "destroyed", "2025-06-27"),
    ("The 2019 law bans street protests.", "bans", None),
    ("The EU condemned the 2022 invasion.", "condemned", None),
    # a count after a day's comma belongs to the "before"/"after" that follows, not to the day
    ("The rebels seized the mine in a raid on June 11, two days before the vote.", "seized", "2025-06-11"),
    # minutes or hours after a dated event: the same day
    ("Soldiers seized power on Wednesday, minutes after officials announced the result.", "announced", "2025-07-02"),
    # a round count of months or years from a date gives no finer a date than its unit
    ("Crowds rallied in Kyiv on Monday, two years after the war began.", "began", "2023"),
    # a participle the parser hangs on an earlier verb across another is left undated
    ("Thousands gathered on Monday to remember the day gunmen stormed the town, killing 40 people.",
     "killing", None),
])
def test_an_event_takes_the_date_that_governs_its_clause(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    dates = find_dates(doc, THURSDAY)
    token = next(t for t in doc if t.text == trigger)
    found = date_for(token, dates)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize("sentence, trigger, with_date, without_date", [
    # a "when" clause describing a date happened on it
    ("The strike began on March 4, 2025, when dockers in Mombasa walked off the job.", "walked",
     "2025-03-04", "2025-03-04"),
    ("The crisis began on May 2, when soldiers surrounded the radio station.", "surrounded", "2025-05-02", None),
    # what an event was done by doing was done then
    ("The governor defied the court by holding a referendum in June.", "defied", "2025-06", None),
    # "what officials said was": the date hangs on the report's copula, and dates the strike
    ("Jets struck what the army said was a rebel depot near the border early on Tuesday.", "struck",
     "2025-07-01", None),
    # a passive clause joined to a dated one tells what happened then
    ("Troops opened fire on a crowd in the capital early on Wednesday, and 40 people were killed.", "killed",
     "2025-07-02", None),
    # a date in a "since" phrase looks back: "the same day" is still the story's day
    ("Police fired on marchers on Wednesday, the deadliest day since the army seized power on 1 February. "
     "In the north, soldiers burned a village on the same day.", "burned", "2025-07-02", None),
    # a noun counted back from a dated event
    ("The minister toured the town on Tuesday, three months after the massacre of 40 villagers.", "massacre",
     "2025-04", None),
    # the deed named again is the lead's: counted from its day, not from the report's
    ("Rebels shelled the port on Sunday, killing six people, officials said on Tuesday. The shelling came "
     "three days after troops seized the airport.", "seized", "2025-06-26", None),
    # "a day after" counts from the last day the sentence named, however the parser hangs it
    ("The rebels paraded through the town on Wednesday, a day after they seized it from the army.", "seized",
     "2025-07-01", None),
    ("The minister said on Tuesday that police had found the weapons, two days after gunmen ambushed a convoy "
     "and burned three trucks.", "burned", "2025-06-29", None),
    ("Crews searched the debris on Monday, a day after a blast at the depot killed nine workers.", "killed",
     "2025-06-29", None),
    # ... past a participle that is an adjective ("a failed businessman", "the retired general")
    ("The president declared a state of emergency on Saturday, a day after armed men led by failed "
     "businessman Ratu Tevita stormed parliament.", "stormed", "2025-06-27", None),
    # ... but only the count's own deed: not one it reports, nor one past a comma
    ("Crews searched the debris on Monday, a day after the ministry warned that rebels had mined the road.",
     "mined", None, None),
    ("Crews searched the debris on Monday, a day after the storm, and police arrested the depot's owner.",
     "arrested", None, None),
    # a phrase counting from another happening: by that happening's day, or the lead's for its deed named again
    ("The general, who suspended the constitution within hours of being sworn in on Monday, was arrested.",
     "suspended", "2025-06-30", None),
    ("Rebels attacked an army post on Sunday night. Hours before the attack, the army had closed the main road.",
     "closed", "2025-06-29", None),
    ("Rebels attacked an army post on Sunday. Two days before the attack, police had arrested their leader.",
     "arrested", "2025-06-27", None),
    ("Rebels attacked an army post on Sunday. Two days before the attack, police had arrested their leader.",
     "attack", None, None),
    ("Voters went to the polls on Sunday. Hours before the election, the army had closed the borders.",
     "closed", None, None),  # an election is no deed the lead told
    # a date before a clause's "before" is the main clause's, wherever the parser hangs it
    ("The same Houthi unit seized the port of Mocha, also in Taiz province, last December before the coalition "
     "drove its fighters into the mountains.", "seized", "2024-12", None),
    # "over the next few hours" goes on from the time the story named last; two days' worth does not
    ("Police clashed with rioters late on Friday. Over the next three hours, the rioters burned 40 cars.",
     "burned", "2025-06-27", None),
    ("Police clashed with rioters late on Friday. Over the next 48 hours, the rioters burned 40 cars.",
     "burned", None, None),
    # "in the week before" another happening: its month, when the whole week lies in it
    ("Troops stormed the prison on Saturday. Six guards had been wounded in riots in the week before the raid.",
     "wounded", "2025-06", None),
    ("Troops stormed the prison on Wednesday. Six guards had been wounded in riots in the week before the raid.",
     "wounded", None, None),  # late June or early July
    # the tagger makes "holed" past tense: still a participle describing the party acted on
    ("Soldiers captured the last fighters holed up in the old city on Friday.", "captured", "2025-06-27", None),
    # an "-ing" participle describing a noun of the event goes on while it happens
    ("A gunman opened fire on shoppers queuing outside the market on Friday evening.", "opened", "2025-06-27", None),
    # "earlier in the week" is this week (here across two months: the year), "later in the month" this month
    ("Rebels shelled the town earlier in the week, officials said.", "shelled", "2025", None),
    ("Rebels shelled the town earlier in the month, officials said.", "shelled", "2025-07", None),
    # "a few hours earlier" is the day the story is on
    ("Rebels entered the city on Monday. Troops had arrested their commander a few hours earlier, "
     "officials said.", "arrested", "2025-06-30", None),
])
def test_dates_of_clauses_that_a_date_or_a_means_governs(nlp, sentence, trigger, with_date, without_date):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    for published, expected in ((THURSDAY, with_date), (None, without_date)):
        found = date_for(token, find_dates(doc, published))
        assert (found.value if found else None) == expected


@pytest.mark.parametrize("text, published", [
    ("KYIV, March 14, 2025 (Reuters) - Russian drones struck the city on Thursday.", "2025-03-14"),
    ("NAIROBI, 12 March 2019 (AFP) - Police fired tear gas at students on Tuesday.", "2019-03-12"),  # day first
    ("NAIROBI, 12 March (AFP) - Police fired tear gas at students on Tuesday.", None),
    ("Ceasefire holds\n\nGAZA CITY, Jan. 20, 2025 -- The truce held on Monday.", "2025-01-20"),
    ("KYIV, March 14 (Reuters) - Russian drones struck the city on Thursday.", None),  # no year: none invented
    ("Officials met in Kyiv on March 14, 2025 - the third meeting this year.", None),   # not a dateline
])
def test_a_dateline_with_its_year_dates_an_undated_article(text, published):
    record = dyad.code(text)
    assert record["published"] == published
    if published:
        assert any("dateline" in w for w in record["warnings"])


def test_the_publication_date_given_wins_over_the_dateline():
    record = dyad.code("KYIV, March 14, 2025 (Reuters) - Drones struck the city.", published="2025-03-15")
    assert record["published"] == "2025-03-15"


def test_relative_dates_resolve_against_the_datelines_day():
    record = dyad.code("KYIV, March 14, 2025 (Reuters) - Russian drones struck the city on Thursday.")
    [strike] = record["events"]
    assert strike["date"]["value"] == "2025-03-13" and strike["date"]["text"] == "Thursday"


@pytest.mark.parametrize("text, published, expected", [
    # every kind of expression, resolved with a publication date and left unresolved without one
    ("Protesters rallied in Tbilisi on Thursday.", "2025-07-03", [("Thursday", "2025-07-03")]),
    ("Protesters rallied in Tbilisi on Thursday.", None, []),
    ("Police arrested dozens of protesters yesterday.", "2025-07-03", [("yesterday", "2025-07-02")]),
    ("Police arrested dozens of protesters yesterday.", None, []),
    ("Troops clashed with rebels two weeks ago, and again last month.", "2025-07-03",
     [("two weeks ago", "2025-06-19"), ("last month", "2025-06")]),
    ("Troops clashed with rebels two weeks ago, and again last month.", None, []),
    ("The ministers met in March and again earlier this year.", "2025-07-03",
     [("March", "2025-03"), ("earlier this year", "2025")]),
    ("The ministers met in March and again earlier this year.", None, []),
    ("The envoy visited Kyiv on July 3 and Moscow on March 3-5.", "2025-07-03",
     [("July 3", "2025-07-03"), ("March 3-5", "2025-03")]),
    ("The envoy visited Kyiv on July 3 and Moscow on March 3-5.", None, []),
    # a year in the text is kept whatever the publication date
    ("Fighting has raged since 2022; the war began on February 24, 2022.", None,
     [("2022", "2022"), ("February 24, 2022", "2022-02-24")]),
])
def test_an_articles_dates_with_and_without_a_publication_date(nlp, text, published, expected):
    found = find_dates(nlp(text), published and dt.date.fromisoformat(published))
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Police arrested dozens of protesters in Tbilisi on Sunday.", "2025-01-20", "2025-01-19"),
    ("Police arrested dozens of protesters in Tbilisi on Sunday.", None, None),
    ("Russian forces shelled Kharkiv on February 24, 2022.", None, "2022-02-24"),
    ("Russian forces shelled Kharkiv.", "2025-01-20", None),  # undated: never the publication day
])
def test_an_events_date_in_the_record(text, published, expected):
    [event] = dyad.code(text, published=published)["events"]
    assert (event["date"] and event["date"]["value"]) == expected


@pytest.mark.parametrize("published, day", [
    ("2025-07-03T23:30:00-05:00", "2025-07-03"),     # the day as the article's own clock gives it
    ("Thu, 03 Jul 2025 23:30:00 -0500", "2025-07-03"),  # RSS and HTTP
    ("July 3, 2025", "2025-07-03"),
    ("3 July 2025", "2025-07-03"),
    ("2025/07/03", "2025-07-03"),
    ("July 2025", None),                              # no day: no publication date
    ("last Tuesday", None),
])
def test_the_publication_date_of_a_jsonl_article_however_written(published, day):
    from dyad.read.jsonl import read_jsonl

    line = json.dumps({"id": "a1", "text": "Protesters rallied in Tbilisi on Thursday.", "published": published})
    [document] = read_jsonl([line.encode()], "batch.jsonl")
    assert document.published == day
    assert (day is None) == any("publication date" in w for w in document.warnings)


def test_a_happening_named_again_counts_from_its_own_day_not_the_datelines():
    text = ("GENEVA, June 9 (Wire) -- Iran agreed on Tuesday to let inspectors back in. "
            "The deal came three days after inspectors were expelled from Natanz.")
    dates = {e["trigger"]["text"]: e["date"]["value"] for e in dyad.code(text, published="2023-06-09")["events"]}
    assert dates == {"agreed": "2023-06-06", "expelled": "2023-06-03"}


@pytest.mark.parametrize("text, expected", [
    # a date the parser hangs on a word describing a party, deep in the event's own words
    ("Soldiers detained two men hiding in a mosque on Sunday.", "2024-05-05"),
    # not a relative clause's: another deed, its own time
    ("Troops arrested the opposition leader, who returned from exile last Thursday.", None),
    # a clause saying what was going on where the deed happened has no time of its own
    ("Gunmen attacked a bar where fans were watching the match in Mombasa on Sunday night.", "2024-05-05"),
    ("A mob set fire to a church where villagers had taken refuge in Eldoret on Sunday.", "2024-05-05"),
    ("Police arrested the man who killed the mayor on Sunday.", None),
    # a "where" clause happened when the clause naming its place did, unless it has a time of its own
    ("The trouble began on Sunday in the town of Bor, where rebels stormed the police station.", "2024-05-05"),
    # what a speaker says it does (simple tense), it does on the day of the saying
    ("Iran said on Sunday it rejected the European proposal.", "2024-05-05"),
    ("Venezuela said on Sunday it had deployed troops to the border.", None),
])
def test_a_date_deep_in_the_events_own_words_dates_it(text, expected):
    # the main clause's event, the first (a relative clause's deed may be one of its own: "the
    # man who killed the mayor")
    event = dyad.code(text, published="2024-05-06")["events"][0]
    assert (event["date"] and event["date"]["value"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Riot police fired tear gas at farmers who blocked a highway near Kisumu on Sunday.", "fired", "2024-05-05"),
    ("Police fired tear gas at hundreds of students who rioted in Gafsa late on Sunday.", "fired", "2024-05-05"),
    ("Troops opened fire on villagers who stoned a police post in Garissa on Sunday.", "fire", "2024-05-05"),
    # the same told with a participle the parser makes a gerund under "on"
    ("Riot police opened fire on farmers marching toward the capital on Sunday, killing three.", "fire",
     "2024-05-05"),
    ("Police opened fire on striking platinum miners near Rustenburg on Sunday.", "fire", "2024-05-05"),
    # set off by a comma, a fact of its own
    ("Police fired tear gas at protesters, who marched from the university on Sunday.", "fired", None),
])
def test_what_the_people_a_deed_was_aimed_at_did_as_it_hit_them_dates_it(text, trigger, expected):
    # (the arrest of "the man who killed the mayor on Sunday" stays undated: an object, done before)
    dates = {e["trigger"]["text"]: e["date"] and e["date"]["value"]
             for e in dyad.code(text, published="2024-05-06")["events"]}
    assert dates[trigger] == expected


def test_a_day_after_clause_parsed_as_a_conjunct_is_counted_back(nlp):
    # the parser sometimes makes "..., a day after X was killed" a conjunct of the dated verb:
    # the killing is the day before, not the day of the dated deed
    words = ["Crowds", "burned", "buses", "on", "Saturday", ",", "a", "day", "after", "the", "leader", "was",
             "killed", "."]
    heads = [1, 1, 1, 1, 3, 1, 7, 12, 12, 10, 12, 12, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "npadvmod", "mark", "det", "nsubjpass",
            "auxpass", "conj", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB",
           "PUNCT"]
    tags = ["NNS", "VBD", "NNS", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "NN", "VBD", "VBN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    dates = find_dates(doc, THURSDAY)
    assert date_for(doc[1], dates).value == "2025-06-28"
    assert date_for(doc[12], dates).value == "2025-06-27"


@pytest.mark.parametrize("text, published, expected", [
    ("Gunmen killed six soldiers at a checkpoint near Kalo. The attack took place on Wednesday evening.",
     "2024-03-08", "2024-03-06"),
    ("Security forces detained three reporters in the capital. The arrests happened on Tuesday, their paper said.",
     "2024-03-08", "2024-03-05"),
    ("Soldiers arrested the opposition leader at his home. The arrest, on Tuesday night, sparked protests.",
     "2024-03-08", "2024-03-05"),
    ("Police raided the offices of a weekly in Lagos. Tuesday's raid was the third this year.",
     "2024-03-08", "2024-03-05"),
    ("Rebels shelled the port of Merka. It was the second attack on the port this week.", "2024-03-08", "2024-03"),
    # a day of the week names no day without a publication date
    ("Gunmen killed six soldiers at a checkpoint near Kalo. The attack took place on Wednesday evening.", None, None),
    # another deed of the kind, or the noun of another kind, dates nothing told before
    ("Gunmen killed six soldiers near Kalo. In a separate attack on Monday, a bomb hit a bus.", "2024-03-08", None),
    ("Gunmen killed six soldiers near Kalo. The previous attack, on Monday, hit a market.", "2024-03-08", None),
    ("Police detained three reporters in the capital. The talks took place on Tuesday.", "2024-03-08", None),
    # the noun as it reads there: street protests are no diplomatic protest, the condemnation named again
    ("The mayor condemned the violence at a news conference. The protests began in early February over fuel prices.",
     "2024-03-08", None),
    # a day the deed is measured against is not its own
    ("Gunmen killed 30 villagers near Medea. It was the deadliest attack since March 4, 2019.", "2024-03-08", None),
    ("Gunmen killed 30 villagers near Medea on Monday night. It was the deadliest attack since Jan. 9, 2019.",
     None, None),
])
def test_the_next_sentence_dates_the_deed_it_names_again(text, published, expected):
    event = dyad.code(text, published=published)["events"][0]
    assert (event["date"] and event["date"]["value"]) == expected


def test_a_deed_told_in_a_relative_clause_keeps_its_own_day():
    # the bombings are what the blame is for, not deeds of Thursday; the clause gives their day
    text = ("The government on Thursday blamed a rebel group for the suicide bombings that struck three churches "
            "and two hotels on Sunday.")
    dates = {e["trigger"]["text"]: e["date"]["value"] for e in dyad.code(text, published="2024-03-08")["events"]}
    assert dates == {"blamed": "2024-03-07", "struck": "2024-03-03"}


@pytest.mark.parametrize("sentence", [
    "The army on Thursday accused the rebels of raiding a police post late on Tuesday.",
    "The army accused the rebels on Thursday of raiding a police post on Tuesday night.",
])
def test_a_day_in_a_charge_is_the_deeds_when_the_charging_has_its_own(nlp, sentence):
    doc = nlp(sentence)
    dates = find_dates(doc, THURSDAY)
    accused, raiding = (next(t for t in doc if t.lower_ == word) for word in ("accused", "raiding"))
    assert (date_for(accused, dates).value, date_for(raiding, dates).value) == ("2025-07-03", "2025-07-01")


@pytest.mark.parametrize("text, expected", [
    # told onward across the new year: the year that puts the day nearest the story's last date
    ("Troops invaded in December 1978 and took the capital on Jan. 7.", "1979-01-07"),
    ("Rebels seized the port on 14 August 1991. On 2 August, troops had shelled it.", "1991-08-02"),
    # a look back stays before the story's date, even the nearer way round
    ("Troops stormed the city on Dec. 20, 2005. Police had arrested the protest leaders on Jan. 3.", "2005-01-03"),
])
def test_without_a_publication_date_a_day_takes_the_nearest_year_of_the_story(nlp, text, expected):
    assert find_dates(nlp(text), None)[-1].value == expected


@pytest.mark.parametrize("text, expected", [
    # a span of days is the smallest unit that holds it, as analysts code it
    ("Police detained dozens of activists on Saturday and Sunday, a rights group said.", [("Saturday and Sunday", "2025-06")]),
    ("Delegates met in Geneva from June 16 to 19.", [("June 16 to 19", "2025-06")]),
    ("Talks ran from Dec. 30 to Jan. 2.", [("Dec. 30 to Jan. 2", "2024-12-30")]),  # across years: its first day
    ("Rebels attacked the town on Monday and again on Tuesday.", [("Monday", "2025-06-30"), ("Tuesday", "2025-07-01")]),
])
def test_a_span_of_days_is_the_unit_that_holds_it(nlp, text, expected):
    assert [(d.text, d.value) for d in find_dates(nlp(text), THURSDAY)] == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # an "-ing" clause before the verb or beside its subject tells when the doer acted
    ("Speaking at a rally in Caracas on Saturday evening, President Nicolas Maduro threatened to expel "
     "the U.S. ambassador.", "threatened", "2019-03-09"),
    ("The foreign minister, speaking on Thursday from a summit in Kigali, accused Rwanda of arming the rebels.",
     "accused", "2019-03-07"),
    # the wire's date between the subject and the verb dates the verb and the verb joined to it
    ("Kenyan security forces on Monday dismantled a camp of protesters outside the electoral commission "
     "and detained some 300 people.", "detained", "2019-03-04"),
    ("Turkish riot police on Sunday broke up a sit-in outside the courthouse in Istanbul and detained dozens "
     "of lawyers, a day after the court jailed their colleague.", "detained", "2019-03-10"),
])
def test_a_date_beside_the_doer_dates_the_deed(text, trigger, expected):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published="2019-03-10")["events"]}
    assert (events[trigger]["date"] or {}).get("value") == expected


def test_a_part_of_the_day_of_a_named_day_is_that_day(nlp):
    # "on the night of Feb. 16" is Feb. 16, also when the tagger makes "the night" a time of its own
    from spacy.tokens import Span

    doc = nlp("Parents marched in Minna on Monday. Gunmen abducted 40 pupils from a boarding school in Kagara on "
              "the night of Feb. 16.")
    night = next(t.i for t in doc if t.lower_ == "night")
    day = next(t.i for t in doc if t.text == "Feb.")
    doc.ents = [Span(doc, night - 1, night + 1, label="TIME"), Span(doc, day, day + 2, label="DATE")]
    dates = find_dates(doc, dt.date(2021, 3, 1))
    abducted = next(t for t in doc if t.text == "abducted")
    assert [d.value for d in dates] == ["2021-03-01", "2021-02-16"]
    assert date_for(abducted, dates).value == "2021-02-16"


@pytest.mark.parametrize("text, expected", [
    ("Soldiers seized the state broadcaster in the early hours of March 3, the junta said.", "2021-03-03"),
    ("Soldiers seized the state broadcaster in the late evening of March 3, 2020.", "2020-03-03"),
    ("Soldiers seized the state broadcaster in early March.", "2021-03"),
    ("Soldiers seized the state broadcaster at the end of February.", "2021-02"),
])
def test_early_hours_are_part_of_the_day_early_march_part_of_the_month(text, expected):
    seized = next(e for e in dyad.code(text, published="2021-03-20")["events"] if e["trigger"]["text"] == "seized")
    assert seized["date"]["value"] == expected


def test_the_datelines_day_is_not_a_deeds_even_when_the_parser_hangs_it_on_the_verb(nlp):
    # "KINSHASA, June 5 (Xinhua) -- Rebels captured Bunia on Tuesday": the parser sometimes makes
    # the dateline's day a modifier of the lead's verb; it is the report's day, the deed's is Tuesday
    words = ["KINSHASA", ",", "June", "5", "(", "Xinhua", ")", "--", "Rebels", "captured", "Bunia", "on", "Tuesday",
             "."]
    spaces = [False, True, True, True, False, False, True, True, True, True, True, True, False, False]
    heads = [9, 0, 9, 2, 5, 2, 5, 9, 9, 9, 9, 9, 11, 9]
    deps = ["npadvmod", "punct", "npadvmod", "nummod", "punct", "appos", "punct", "punct", "nsubj", "ROOT", "dobj",
            "prep", "pobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "NOUN", "VERB", "PROPN", "ADP",
           "PROPN", "PUNCT"]
    tags = ["NNP", ",", "NNP", "CD", "-LRB-", "NNP", "-RRB-", ":", "NNS", "VBD", "NNP", "IN", "NNP", "."]
    ents = ["B-GPE", "O", "B-DATE", "I-DATE", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O", "B-DATE", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    dates = find_dates(doc, dt.date(2024, 6, 5))
    assert date_for(doc[9], dates).value == "2024-06-04"


@pytest.mark.parametrize("text, published, trigger, expected", [
    # "Later in the day" opening a paragraph, where the model tags no entity: the story's day
    ("QUITO (AP) - Indigenous protesters marched on the capital on Tuesday, after weeks of anger over fuel "
     "prices.\n\nLater in the day police arrested the movement's leader, Leonidas Iza.",
     "2022-06-15", "arrested", "2022-06-14"),
    # "His abduction came two days after ...": a deed named with a pronoun's possessive is the lead's
    ("CARACAS (AP) - Masked gunmen kidnapped a Venezuelan opposition mayor outside his home on Sunday, his "
     "party said.\n\nHis abduction came two days after the government stripped him of his immunity.",
     "2017-08-08", "stripped", "2017-08-04"),
    # what a speaker says it is doing, it does as it speaks
    ("The Netherlands said on Tuesday it was recalling its ambassador from Caracas.",
     "2019-02-27", "recalling", "2019-02-26"),
    ("Canada said on Monday it was suspending all new arms export permits to Turkey.",
     "2019-10-15", "suspending", "2019-10-14"),
    ("Britain said on Monday it would recall its ambassador from Tehran.", "2019-10-15", "recall", None),
    # "asked X to send troops earlier this month": a time just past hung on what was asked for is the asking's
    ("The governor of Sinaloa asked the federal government to send in troops earlier this month after cartel "
     "gunmen took over parts of Culiacan.", "2019-10-28", "asked", "2019-10"),
])
def test_a_deed_takes_the_day_the_story_gives_it(text, published, trigger, expected):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published=published)["events"]}
    assert (events[trigger]["date"] or {}).get("value") == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a date opening the sentence dates its verb, also where the parser hangs it on the subject
    ("On April 15, the RSF attacked army bases across the country.", "attacked", "2023-04-15"),
    ("On April 16, the IMF suspended talks with Khartoum.", "suspended", "2023-04-16"),
    ("Late on Tuesday, the SAF bombed RSF positions in Omdurman.", "bombed", "2023-04-18"),
])
def test_a_date_opening_the_sentence_dates_its_verb(text, trigger, expected):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published="2023-04-20")["events"]}
    assert (events[trigger]["date"] or {}).get("value") == expected


@pytest.mark.parametrize("text, published, trigger, expected", [
    # what a verb says has lasted "since" a day runs to the story's day: the unit that holds the span
    ("Farmers have blocked the main road into the capital since Friday, demanding lower fuel prices.",
     "2024-03-12", "blocked", "2024-03"),
    ("Striking workers have occupied the port since Monday, the union said.", "2024-04-03", "occupied", "2024-04"),
    ("Striking workers have occupied the port since March 28, the union said.", "2024-04-03", "occupied", "2024"),
    # a noun measured against the day is no lasting state
    ("Rebels attacked an army post on Sunday in the deadliest raid since Monday, officials said.",
     "2024-03-12", "attacked", "2024-03-10"),
])
def test_a_state_lasting_since_a_day_is_the_unit_that_holds_it(text, published, trigger, expected):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published=published)["events"]}
    assert (events[trigger]["date"] or {}).get("value") == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # what a deed was done to do was done with it, then
    ("Police in Harare fired tear gas to disperse opposition supporters on Tuesday who marched in the city.",
     "fired", "2024-05-07"),
    ("Riot police fired tear gas to disperse students on Tuesday outside the ministry.", "fired", "2024-05-07"),
    # no date in the purpose, none invented
    ("The rebels fired rockets at the base to mark the anniversary of the uprising.", "fired", None),
])
def test_a_purpose_clauses_date_dates_the_deed(text, trigger, expected):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published="2024-05-08")["events"]}
    assert (events[trigger]["date"] or {}).get("value") == expected


def test_hours_after_a_dated_deed_taken_for_the_verbs_object_is_that_day():
    # the parser reads "the suspect hours" as the object: the count still hangs on "after"
    text = "Security forces released the suspect hours after detaining him in the city on Thursday."
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published="2019-10-18")["events"]}
    assert events["released"]["date"]["value"] == "2019-10-17"


@pytest.mark.parametrize("text, published", [
    # the date a planned thing is due on is its own, not the date of the deal about it
    ("The ruling party reached a deal with the former rebels on the terms of a referendum on independence, "
     "due in 2026.", "2025-05-05"),
    ("The ruling party reached a deal with the former rebels on the terms of a referendum on independence, "
     "due in 2026.", None),
])
def test_a_plans_due_date_does_not_date_the_deal(text, published):
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published=published)["events"]}
    assert events["reached"]["date"] is None


def test_a_date_before_a_clause_the_parser_opened_inside_it_dates_the_main_verb(nlp):
    # "Gunmen stormed a prison in Kuje overnight as anger sparked by the killing spread across the
    # state": the parser may give "as" to the participle inside the clause and hang "overnight" on
    # it, and make the clause's verb a complement of the main one; the night is the storming's
    words = ["LAGOS", ",", "May", "3", "(", "Reuters", ")", "-", "Gunmen", "stormed", "a", "prison", "in", "Kuje",
             "overnight", "as", "anger", "sparked", "by", "the", "killing", "spread", "across", "the", "state", "."]
    spaces = [False, True, True, True, False, False, True, True, True, True, True, True, True, True, True, True, True,
              True, True, True, True, True, True, True, False, False]
    heads = [9, 0, 9, 2, 5, 2, 5, 9, 9, 9, 11, 9, 11, 12, 17, 17, 17, 21, 17, 20, 18, 9, 21, 24, 22, 9]
    deps = ["npadvmod", "punct", "npadvmod", "nummod", "punct", "appos", "punct", "punct", "nsubj", "ROOT", "det",
            "dobj", "prep", "pobj", "advmod", "mark", "nsubj", "advcl", "agent", "det", "pobj", "ccomp", "prep", "det",
            "pobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "ADP",
           "PROPN", "ADV", "SCONJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", ",", "NNP", "CD", "-LRB-", "NNP", "-RRB-", ":", "NNS", "VBD", "DT", "NN", "IN", "NNP", "RB", "IN",
            "NN", "VBN", "IN", "DT", "NN", "VBD", "IN", "DT", "NN", "."]
    ents = ["B-GPE", "O", "B-DATE", "I-DATE", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "B-TIME", "O",
            "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    dates = find_dates(doc, dt.date(2022, 5, 3))
    assert date_for(doc[9], dates).value == "2022-05-03"
    # a date inside the clause, after its "as", stays the clause's
    words[14:16] = ["as", "overnight"]
    deps[14:16] = ["mark", "advmod"]
    pos[14:16] = ["SCONJ", "ADV"]
    tags[14:16] = ["IN", "RB"]
    ents[14:16] = ["O", "B-TIME"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    assert date_for(doc[9], find_dates(doc, dt.date(2022, 5, 3))) is None
