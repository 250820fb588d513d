"""Dates that sentences of news got wrong: a town the model tags into the day after it, a count
("four days later") in the sentence of a day told in the past perfect, and a day the parser hangs
on the place where a deed was done."""

import pytest

import dyad


def _dated(text: str, published: str) -> dict[str, str | None]:
    return {e["trigger"]["text"]: (e.get("date") or {}).get("value")
            for e in dyad.code(text, published=published)["events"]}


@pytest.mark.parametrize("text, published, trigger, expected", [
    # "near Chilas on Tuesday" is tagged DATE whole: the town is no part of the day, which is the
    # ambush's, not the Thursday of the main clause
    ("Traders shut their shops in the town on Thursday after gunmen ambushed trucks carrying Afghan "
     "refugees on the main highway near Chilas on Tuesday, killing at least 11.", "2012-04-06", "ambushed",
     "2012-04-03"),
    # a count counts from the day its own sentence named, though "had overrun" looks back from the
    # story's clock (Wednesday's demand): Sept 28 and four days
    ("KABUL, Oct 7 (Reuters) - Aid groups demanded on Wednesday an inquiry into the air strike on the "
     "hospital. The Taliban had overrun the northern city on Sept 28 before government troops retook its "
     "centre four days later.", "2015-10-07", "retook", "2015-10-02"),
    # with no day in its sentence, a count still counts from the story's last day
    ("Rebels seized the town on Monday. Government troops retook it two days later.", "2019-05-10",
     "retook", "2019-05-08"),
    # the parser hangs "on Thursday" on "his home": a place has no day, the firing has
    ("Soldiers fired live rounds to disperse supporters of the former president outside his home in "
     "Cotonou's Cadjehoun district on Thursday, witnesses said.", "2019-05-04", "fired", "2019-05-02"),
    # a happening named at the scene keeps its day for what it sets
    ("Police arrested 40 people at a rally in the capital on Sunday.", "2019-05-10", "arrested", "2019-05-05"),
    # "overnight" in the lead is the night that ended on the publication day; the model tags "Lome"
    # DATE, which names no day of its own
    ("LOME, April 29 (Reuters) - Troops stormed the opposition UFC offices in Lome overnight, and Ghana's "
     "president will host talks between the rivals in Accra next week.", "2005-04-29", "stormed", "2005-04-29"),
    # beside a report made on the publication day, too
    ("JOS, Nigeria, Jan. 19 (AP) - Gunmen burned three churches in the city overnight, police said Wednesday.",
     "2011-01-19", "burned", "2011-01-19"),
    # but a report of the day before leaves the night untold
    ("Russian drones struck the capital and two other cities overnight, killing nine people, officials said "
     "Sunday.", "2025-05-26", "struck", None),
    # "the massacre" is the story's first deed of its kind (the raid, a week before Wednesday), not
    # the burial that the story dates first
    ("GULU, Uganda, Feb 27 (Reuters) - Villagers buried 40 victims on Wednesday, a week after rebels raided "
     "the camp at Abia and burned huts. Angry youths beat two traders in the market three days after the "
     "massacre.", "2004-02-27", "beat", "2004-02-21"),
    # what troops were sent to help do, they were sent to do then
    ("NDJAMENA, June 10 (Reuters) - Chad sent 2,000 soldiers to help crush the Islamist revolt in northern "
     "Mali in February.", "2013-06-10", "sent", "2013-02"),
    # "earlier this month" that the model runs into a place ("the bay earlier") and leaves untagged
    ("MOGADISHU, June 14 (Reuters) - Gunmen shelled the port at Kismayo across the bay earlier this month, "
     "and the envoy will fly to Nairobi on Thursday.", "2012-06-14", "shelled", "2012-06"),
    # the month right after "ahead of" an election is the election's, not the arrests'
    ("Police arrested dozens of opposition activists ahead of the parliamentary election in June.",
     "2016-02-10", "arrested", None),
    # a conjunct sharing "was" is done as the speaker speaks, on the day of the saying
    ("LONDON, March 1 (Reuters) - Britain said on Tuesday it was freezing or cutting budget support for "
     "the government over a crackdown on journalists ahead of a presidential election in July.", "2011-03-01",
     "cutting", "2011-03-01"),
    # "late in the day" is the day the sentence named for the seizure, not the dateline's
    ("LAGOS, March 12 (Reuters) - Gunmen who stormed a school in Kaduna on Thursday and seized 30 students "
     "freed them late in the day without a ransom paid, officials said on Friday.", "2021-03-12", "freed",
     "2021-03-11"),
])
def test_event_dates(text, published, trigger, expected):
    assert _dated(text, published)[trigger] == expected
