"""Event dates, session 45: a participle after a noun's own participle, a future verb past a
participle describing its object, a clause describing a day, a count from a deed named again or
from a gerund, a noun the parser tagged a verb, a time opening a sentence without a comma, a town
the model runs into a count of days, and "the same month"."""
import datetime as dt

import pytest
from spacy.tokens import Span

from dyad.extract.dates import find_dates
from dyad.nlp import parse
from helpers import date_value as _date, events_by_trigger as _events


def test_participle_after_a_participle_describing_the_object_takes_the_main_clause_day():
    events = _events("KABUL, May 9 (Reuters) - A militant drove a car packed with explosives into a police "
                     "checkpoint on Tuesday, killing nine officers.", "2019-05-09")
    assert _date(events["killing"]) == "2019-05-07"


def test_participle_after_another_deed_stays_unsure():
    # the parser hangs "killing" on "said"; the shelling between them may be what killed
    events = _events("Officials said on Tuesday that rebels shelled the town, killing nine soldiers.", "2019-05-09")
    assert "killing" not in events or _date(events["killing"]) in (None, "2019-05-07")


def test_future_verb_dates_forward_past_a_participle_describing_its_object():
    events = _events("LOME, March 5 (Reuters) - The African Union will send a delegation headed by its "
                     "commission chairman to Lome on Friday.", "2020-03-05")  # a Thursday
    assert _date(events["send"]) == "2020-03-06"


def test_past_verb_with_a_describing_participle_keeps_the_past_day():
    events = _events("Police arrested a man sought by Interpol on Friday.", "2020-03-05")
    assert _date(events["arrested"]) == "2020-02-28"


@pytest.mark.parametrize("text, trigger, date", [
    ("HARARE, June 20 (Reuters) - Soldiers arrested the mayor on June 14, the same day the "
     "government banned all opposition rallies.", "banned", "2008-06-14"),
    ("HARARE, June 20 (Reuters) - Soldiers arrested the mayor on Monday, the day the "
     "government banned all opposition rallies.", "banned", "2008-06-16"),
])
def test_a_clause_describing_a_day_happened_on_it(text, trigger, date):
    assert _date(_events(text, "2008-06-20")[trigger]) == date


def test_a_clause_describing_a_thing_keeps_no_day():
    events = _events("Soldiers arrested the mayor on Monday, a man the government accused of fraud.", "2008-06-20")
    assert _date(events["accused"]) is None


def test_count_from_killings_named_again_counts_from_the_first_killing():
    text = ("DHAKA, Nov 12 (Reuters) - Gunmen killed four aid workers in the village of Rangpur on Saturday. "
            "Three days after the Rangpur killings, villagers blocked the main highway in protest.")
    assert _date(_events(text, "2014-11-12")["blocked"]) == "2014-11-11"


def test_a_day_hung_on_a_building_the_parser_tagged_a_verb_dates_the_deed():
    text = ("ZAGREB, April 4 (Reuters) - Security agents seized the finance minister in the federal parliament "
            "building early on Sunday, state television said.")
    assert _date(_events(text, "1995-04-04")["seized"]) == "1995-04-02"


def test_a_count_opening_a_sentence_without_a_comma_dates_its_verb():
    text = ("The regional assembly voted on March 3 to hold a referendum on secession. Hours later Prime "
            "Minister Arturo Vela, using powers granted by the courts, dissolved the assembly.")
    event = _events(text, "2017-03-10")["dissolved"]
    assert _date(event) == "2017-03-03"
    assert event["actor"][0]["text"] == "Prime Minister Arturo Vela"


def test_a_month_after_a_gerund_counts_back_a_month():
    text = ("The rebels began surrendering their rifles to the monitors on Thursday, a month after signing "
            "a peace accord with the government.")
    assert _date(_events(text, "2005-09-15")["signing"]) == "2005-08"


def test_a_town_the_model_runs_into_a_count_of_days_is_cut_off():
    # the small model tags some towns DATE with the count after them ("Kulsary a few days later")
    text = "Dock workers walked off the job on April 6. Drivers joined the strike in Kulsary a few days later."
    doc, _ = next(iter(parse([(text, None)])))
    town = next(t.i for t in doc if t.text == "Kulsary")
    doc.ents = [e for e in doc.ents if e.end <= town] + [Span(doc, town, town + 5, label="DATE")]
    found = {d.text: d.value for d in find_dates(doc, dt.date(2011, 4, 25))}
    assert found.get("a few days later") == "2011-04"


def test_the_same_month_is_the_month_last_named():
    text = ("The journalist was abducted in the capital on March 2. A video sent to his employer in April "
            "showed him alive. Police arrested two suspects the same month.")
    assert _date(_events(text, "2009-07-01")["arrested"]) == "2009-04"


@pytest.mark.parametrize("text, trigger", [
    # an irregular past the tagger reads as present ("retook") after a past perfect
    ("Militants had seized the port on May 3 before army units retook it two days later.", "retook"),
    # a clause with its own "before" that the parser hangs under "for"
    ("Troops besieged the compound for two days before the gunmen surrendered.", "surrendered"),
])
def test_what_happened_before_a_past_deed_is_asserted(text, trigger):
    assert _events(text, "2012-05-20")[trigger]["status"] == "asserted"


def test_what_is_awaited_in_the_present_stays_hypothetical():
    events = _events("The union suspended the talks until the government meets its demands.", "2012-05-20")
    assert events["meets"]["status"] == "hypothetical"


def test_a_count_from_a_deed_named_again_in_its_own_sentence_is_coded():
    # the killing named again is the first killing told before the sentence, never the
    # declaration that counts from it (which had recursed without end)
    text = ("SKOPJE, May 6 (Reuters) - Police arrested dozens of gang members on Tuesday, a day after the "
            "assassination of the interior minister. The president declared a state of emergency across the "
            "country hours after the killing.")
    events = _events(text, "2003-05-06")
    assert events["declared"]["type"] == "COERCE"


def test_a_spell_of_days_within_a_period_dates_the_deed():
    events = _events("Hundreds of villagers fought with police in the county seat for two days last week, "
                     "witnesses said.", "2011-09-26")  # a Monday: last week is in September
    assert _date(events["fought"]) == "2011-09"


def test_a_day_something_is_called_for_is_not_its_day():
    events = _events("The opposition called a nationwide strike for Friday.", "2011-09-26")
    assert _date(events["called"]) is None


@pytest.mark.parametrize("text, trigger, hunter", [
    ("Police in Madrid arrested a man wanted by the FBI on Wednesday.", "arrested", "the FBI"),
    ("Border guards detained two suspects sought by Interpol.", "detained", "Interpol"),
])
def test_who_is_after_the_person_done_to_is_no_recipient(text, trigger, hunter):
    recipients = [m["text"] for m in _events(text, "2007-02-14")[trigger]["recipient"]]
    assert hunter not in recipients


def test_the_author_of_a_thing_done_to_stays_the_recipient():
    event = _events("The United Nations condemned the plan proposed by Israel.", "2007-02-14")["condemned"]
    assert [m["country"] for m in event["recipient"]] == ["ISR"]
