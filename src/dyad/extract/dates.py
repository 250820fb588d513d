"""When: temporal expressions resolved against the publication date, and each event's date.

spaCy finds the expressions (DATE entities, plus weekday and day words it misses); dateparser
reads absolute ones. The article-relative reasoning dateparser lacks is here: "on Thursday" in
an article of a Thursday is that day, "July 3" takes the year that puts it nearest the
publication date (the tense of its verb says which way: "will meet on Wednesday" is the coming
one), "last month" is a month, not a day. The story keeps a clock: "a week later", "that
night", "the following month" count from the last date it named, never from publication. With
no publication date nothing relative to it is resolved and no year is guessed: a day without
its year takes only the year of a full date the story named before. A range of days ("March
3-5", "on Saturday and Sunday") is the smallest unit that holds it, its month or year. Words
that only measure time ("30-day", "about an hour", "the fourth year") are not dates.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from dyad import lexicon
from dyad.extract.event_lexicon import event_lexicon
from dyad.extract.event_syntax import has_to_infinitive
from dyad.extract.event_triggers import noun_types
from dyad.extract import per_doc
from dyad.extract.phrases import (AIMED_AT, DEFINITE_DETERMINERS, SUBJECTS, clause_path, dateline_end,
                                  gapped_conjuncts, ing_form, past_dateline, phrase_words, sets_the_scene)
from dyad.extract.places import SCENE_PREPOSITIONS, dateline, place_words  # one dateline pattern serves both
from dyad.extract.status import status_of
from dyad.model import DateValue
from dyad.nlp import indices_of_words

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words that, with a number or a unit, make an expression a point in time rather than a length.
RELATIVE_WORDS = frozenset({"ago", "last", "this", "next", "earlier", "later", "previous", "past",
                            "yesterday", "today", "tonight", "tomorrow", "coming", "since"})
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade"}
# Seasons of the northern year by the month each ends in; winter spans two years and is left out.
SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# The words and numbers of a time expression, as the rules read them (_words).
WORD_OR_NUMBER = re.compile(r"[a-z]+|\d+")
ISO_DATE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
# Words that name a part of the year it comes with ("the spring of 2022", "the first half of 2024").
PARTS_OF_YEAR = frozenset({"the", "of", "in", "by", "since", "until", "early", "late", "mid", "spring", "summer",
                           "autumn", "fall", "winter", "first", "second", "third", "fourth", "half", "quarter",
                           "end", "start", "beginning", "middle"})
RANGE_WORDS = frozenset({"between", "and", "from", "to"})
DAY_SPAN_WORDS = frozenset({"and", "to", "through", "until", "-", "–"})
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
TIMES_OF_DAY = PARTS_OF_DAY | {"dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "midnight", "noon", "midday"}
DAY_NUMBER = re.compile(r"\b([12]?\d|3[01])(?:st|nd|rd|th)?\b")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "several": None, "few": None, "couple": 2}
# Expressions that count days from the day the text named before.
SAME_DAY = frozenset({"that day", "the same day", "same day", "that same day", "later that day", "earlier that day",
                      "later in the day", "earlier in the day", "later that night", "that night",
                      "late that day", "early that day", "late in the day", "early in the day"})
HOURS = frozenset({"hour", "hours", "minutes", "moments"})
# Nouns a wire story counts a run of days by ("for a second day", "for the third straight night").
COUNTED_DAYS = frozenset({"day", "night"})
HOURS_AND_TIMES_OF_DAY = HOURS | TIMES_OF_DAY
# Words that make a part of the day one counted from the day named before ("that night").
ANCHOR_WORDS = frozenset({"that", "same", "next", "following", "previous"})
AFTER = frozenset({"later", "next", "following", "after"})
BEFORE = frozenset({"earlier", "before", "previous", "prior"})
# Conjunctions of an adverbial clause that happens at the same moment as its main clause.
SAME_MOMENT_MARKS = frozenset({"as", "when", "while"})
# Prepositions whose phrase tells another time than the event's: what happens there is another
# event, at its own place and date.
OTHER_TIME = frozenset({"after", "before", "since", "until", "following", "ahead"})
# Nouns of a deed done in answer to another, whose "for" or "to" names that other deed.
ANSWERED_BY = frozenset({"retaliation", "revenge", "response", "reprisal", "reaction", "answer", "reply"})
# Prepositions that attach a date to what it dates; "since 2022" dates the start of a state, while
# "until" only ends one ("postponed the vote until May": not in May).
DATE_PREPOSITIONS = frozenset({"on", "in", "during", "since", "by", "at", "from", "through",
                               "before", "after", "over", "as", "of"})
# A date as a noun's modifier ("Sunday's election", "a July 3 call") dates that noun.
NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
# Verbs that say when an event named by a noun happened ("the protests that began in May").
OCCURRENCE_VERBS = frozenset({"begin", "start", "erupt", "break", "happen", "occur", "unfold"})
SETTING_PREPOSITIONS = frozenset({"during", "at", "in", "on", "amid"})
# The tense of the verb a date hangs on says which way a bare "Wednesday" or "March 5" lies from
# publication: "will meet on Wednesday" is the coming one, "met on Sept. 5" the last one.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
# ... and what a speaker said would, could or might happen lies after the saying: "said it would
# summon the ambassador on Monday" in a Sunday story is the coming Monday (not "would have").
LATER_AUXILIARIES = frozenset({"would", "could", "might"})
# Auxiliaries that put what a speaker says it does before or after the saying, or only in mind.
NOT_IN_THE_SAYING = FUTURE_AUXILIARIES | {"had", "'d", "would", "could", "might", "may"}
# "is due to meet", "are set to sign", "is expected to visit", "plans to hold talks on Friday"
FUTURE_GOVERNORS = frozenset({"due", "set", "scheduled", "expected", "slated", "poised", "plan", "plans",
                              "planning", "intend", "intends", "going", "aim", "aims"})
# Verbs a reporter uses to keep a party's words at a distance ("what it called militant camps").
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "brand", "label"})
# ... or that keep a claim at a distance: "what officials said was a training camp"
REPORTING_NAMERS = NAMING_VERBS | {"say", "claim", "allege"}
# Verbs that charge or credit someone with a deed ("accused X of ...ing", "blamed X for ...ing").
CHARGING_VERBS = frozenset({"accuse", "blame", "criticize", "criticise", "condemn", "praise", "thank", "fault"})
PAST_AUXILIARIES = frozenset({"had", "did", "was", "were"})
# Auxiliaries of a verb in the progressive ("was recalling", "is withdrawing").
PROGRESSIVE = frozenset({"is", "are", "'s", "'re", "was", "were", "am"})
# Verbs that place a happening named again in time ("the attack came a week after ...").
REFERRING_VERBS = frozenset({"come", "follow"})
# "the previous attack", "a separate raid": a deed named as another than the one told before
OTHER_DEEDS = frozenset({"separate", "another", "other", "previous", "earlier", "last", "latest", "next", "similar",
                         "first", "new", "further", "subsequent"})
# Verbs whose date is a report's, not a deed's ("police said on Thursday").
REPORTING_LEMMAS = frozenset({"say", "tell", "announce", "report", "state", "add", "confirm", "claim"})
# A past verb can still point ahead: "was scheduled for", "postponed the vote until".
PLANS = frozenset({"scheduled", "planned", "set", "due", "postponed", "delayed", "moved", "rescheduled", "expected"})
# Words that give a planned thing's own date ("a referendum due in 2011", "talks scheduled for
# Monday"), not the date of an event whose words name the thing.
SCHEDULED = frozenset({"due", "scheduled", "slated", "planned"})
AHEAD_PREPOSITIONS = frozenset({"until", "till", "to", "for", "by"})
FUTURE, UNKNOWN, PAST = 1, 0, -1


@cache
def _months() -> dict[str, int]:
    return {entry["name"]: int(entry["month"]) for entry in lexicon.load("dates/months")}


@cache
def _parser():
    from dateparser.date import DateDataParser  # slow import; only when dates are read

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past",
                                                      "RETURN_TIME_AS_PERIOD": False})


@lru_cache(maxsize=4096)
def _calendar_date(text: str) -> dt.date | None:
    """The day a full "Month day year" names, or None ("February 30 2024"). dateparser takes a
    millisecond or more per call (it weighs its locales each time); news names the same days
    again and again, and the answer does not depend on the publication date."""
    parsed = _parser().get_date_data(text)
    return parsed.date_obj.date() if parsed.date_obj is not None else None


def _words(text: str) -> list[str]:
    """The lower-case words and numbers of a time expression ("March 23, 2011" -> march, 23, 2011)."""
    return WORD_OR_NUMBER.findall(text.lower())


def find_dates(doc: Doc, published: dt.date | None) -> list[DateValue]:
    """Every temporal expression in `doc` that resolves to a day, month or year. "The next
    day", "two days later", "hours later", "a month later", "that year" count from the date
    the text named last."""
    found = []
    anchor = None  # the last date the text named
    told = False  # whether the story's own words (not its dateline) set the clock
    named_last = None  # the last date the text named, clock or not ("in April that year")
    story_start = dateline_end(doc)
    expressions = _expressions(doc)
    in_sentence = (None, None)  # (sentence start, the last date it named)
    for span in expressions:
        words = _words(span.text)
        sentence_start = per_doc.sentence(span.root).start
        # "had overrun the city on Sept 28 before troops retook it four days later": a count
        # counts from the day its own sentence named, even one that leaves the story's clock
        counted_from = in_sentence[1] if in_sentence[0] == sentence_start else anchor
        if named_last and _counted(words) in (("month", 0), ("year", 0)):
            # "A videotape delivered in February showed him killed. Sheikh surrendered the same
            # month": the month last named, clock or not
            counted_from = named_last
        value = _from_anchor(words, counted_from)
        if words == ["overnight"]:
            value = _overnight(span, expressions, published, anchor)
        elif _midnight_bound(words):
            value = _past_midnight(span, words, expressions, published, anchor)
        elif (month_of := _month_of_a_counted_year(words, named_last or anchor)) is not None:
            value = month_of
        elif value is False:
            value = resolve(span.text, published, _direction(span))
            if value is None and published is None and anchor:
                value = _in_the_storys_year(span.text, words, anchor, _looks_back(span))
        value = _named_day(span, words) or value
        if value:
            value = _range_unit(span.text, value, published, _direction(span))
            lasting = _since_unit(span, value, published)
            years_long = _years_long(span, value, published)
            if lasting != value or (years_long and _lasts_since(span)):
                per_doc.memo(doc, SINCE_NAMED)[span.start_char] = DateValue(
                    text=span.text, start=span.start_char, end=span.end_char, value=value)
            if lasting != value and _since_dated_happening(_time_root(span.root)) is not None:
                per_doc.memo(doc, LASTING)[_time_root(span.root).i] = True
            if years_long:
                per_doc.memo(doc, YEARS_LONG)[span.start_char] = True
            found.append(DateValue(text=span.text, start=span.start_char, end=span.end_char, value=lasting))
            named_last = value
            # (not a dateline's day, nor, once the story's clock runs, the day of what a thing is:
            # "Protesters, who stormed it earlier this month, had defaced ... in the afternoon")
            if span.start_char >= story_start and not _since(span) and not (told and _describes_a_thing(span)):
                in_sentence = (sentence_start, value)
            counted = _counted(words)
            if not (counted and counted[1] is not None and counted[1] < 0) and not _since(span) and not (
                    anchor and _of_a_report(span)) and not (told and (_looks_back(span) or _describes_a_thing(span))):
                # a look back ("the previous night") leaves the story's clock, as does the day a
                # deed was reported ("attacked ... on Saturday evening, the office said on Sunday.
                # Hours later, ...": later than the attack), and the day of what had happened before
                # the story's deeds once they have a day ("seized the minister late on Friday, who
                # had taken refuge there in March. ... broke off relations hours later": Friday) or of
                # what a thing is ("shot miners striking over a pay cut the company imposed last week.
                # Crowds torched its offices the next day": the day after the shooting)
                anchor = value
                told = told or span.start_char >= story_start
    return found


def _month_of_a_counted_year(words: list[str], anchor: str | None) -> str | None:
    """ "opened in September 2018, months after the two leaders met in April that year": a month
    of the year the story named last ("that year", "the following year", "of the same year"), not
    of the publication's."""
    if anchor is None or len(words) < 3 or words[0] not in _months():
        return None
    counted = _counted([w for w in words[1:] if w != "of"])
    if counted is None or counted[0] != "year" or counted[1] is None:
        return None
    return f"{int(anchor[:4]) + counted[1]:04d}-{_months()[words[0]]:02d}"


def _overnight(span: Span, expressions: list[Span], published: dt.date | None, anchor: str | None) -> str | None:
    """ "BISHKEK, Oct. 6 - Protesters seized the government building overnight": the night just ended,
    so the publication day, in the lead of a dated story; later in the story only while its clock
    stands at the publication day or its eve (_clock_near_publication), since the night may be any
    the story has reached. Not beside another day of the same deed or of its report ("clashed overnight into
    Monday", "struck Kyiv overnight, officials said Sunday")."""
    if published is None or not (_lead_sentence(span) or _clock_near_publication(span, published, anchor)):
        return None
    doc = span.doc
    lead_start = dateline_end(doc)
    night_of = _attachment(span.root).i
    day = published.isoformat()

    def another_day(other: Span) -> bool:
        # (a town the model tags DATE, "raided the headquarters in Lome overnight", names no time;
        # a report on the publication day, "killed 33 overnight, officials said Tuesday" in a
        # Tuesday story, tells of the night just ended)
        value = resolve(other.text, published)
        if _attachment(other.root).i == night_of:
            return bool(value or _counted(_words(other.text)))
        return _of_a_report(other) and value != day

    if any(other.start != span.start and other.sent.start == span.sent.start and other.start_char >= lead_start
           and another_day(other) for other in expressions):
        return None  # (another clause's day, "after police fired ... on Monday evening", is that clause's)
    return day


def _clock_near_publication(span: Span, published: dt.date, anchor: str | None) -> bool:
    """ "CAIRO, Aug 15 - Security forces stormed two camps on Wednesday ... Mursi supporters torched
    churches overnight": the last day the story named is the eve of publication or the
    publication day itself, so its night is the one that ended on the publication day, as the
    blind sets' writers read it (15 golds in 7 sets, against 4 left undated), with or without a
    dated dateline. Not once the story stands days earlier: which night is not told."""
    return anchor in ((published - dt.timedelta(days=1)).isoformat(), published.isoformat())


# Adverbs that say how near to midnight an hour was ("shortly after midnight", "just before midnight").
NEAR_MIDNIGHT = frozenset({"shortly", "just", "soon", "right", "long", "well"})


def _midnight_bound(words: list[str]) -> bool:
    """ "shortly after midnight", "just before midnight": an hour told by the midnight it follows or
    precedes, with no day of its own."""
    return (len(words) >= 2 and words[-1] == "midnight" and words[-2] in ("after", "before")
            and all(w in NEAR_MIDNIGHT for w in words[:-2]))


def _just_past_midnight(date: DateValue) -> bool:
    """Whether the date is an hour after midnight ("shortly after midnight"), so that a deed "hours"
    before it fell on the evening before."""
    words = re.findall(r"[a-z]+", date.text.lower())
    return _midnight_bound(words) and words[-2] == "after"


def _past_midnight(span: Span, words: list[str], expressions: list[Span], published: dt.date | None,
                   anchor: str | None) -> str | None:
    """The day of an hour told by midnight (_midnight_bound): the midnight that ends the day the story
    has reached ("opened fire on a cafe on Saturday afternoon, then shot a guard shortly after
    midnight": Sunday; "had arrived shortly before midnight" after "late on Tuesday": Tuesday); in
    the lead of a dated story the midnight just passed, the publication day ("HONG KONG, July 2 -
    Police fired tear gas shortly after midnight"), as "overnight" there is. Not beside another day
    of the same deed ("shortly after midnight on Saturday": that day), nor after midnight from a
    story's clock already at the publication day (which midnight?)."""
    doc = span.doc
    bound_to = _attachment(span.root).i
    if any(other.start != span.start and other.sent.start == span.sent.start and other.start_char >= dateline_end(doc)
           and (_attachment(other.root).i == bound_to or other.start - span.end in (0, 1)) for other in expressions):
        return None  # (also "after midnight on Saturday", however the parser hung the day)
    after = words[-2] == "after"
    story_start = dateline_end(doc)
    if _lead_sentence(span) and published is not None and not any(
            story_start <= other.start_char < span.start_char for other in expressions):
        return published.isoformat() if after else None  # the first time the story tells
    if anchor is None or len(anchor) != 10:
        return None
    day = dt.date.fromisoformat(anchor)
    if not after:
        return anchor
    if published is not None and day >= published:
        return None
    return (day + dt.timedelta(days=1)).isoformat()


def _lead_sentence(span: Span) -> bool:
    lead_start = dateline_end(span.doc)
    first = next((t for t in span.doc if t.idx >= lead_start and not t.is_space), None)
    return first is not None and span.sent.start == first.sent.start


def _of_a_report(span: Span) -> bool:
    """Whether the date is the day something was said or reported ("officials said on Sunday")."""
    return _attachment(span.root).lemma_ in REPORTING_LEMMAS


@cache
def _day_rites() -> frozenset[str]:
    return frozenset(entry["word"] for entry in lexicon.load("dates/day_rites"))


@cache
def _named_days() -> dict[tuple[int, int], tuple[str, frozenset[str]]]:
    return {(int(e["month"]), int(e["day"])): (str(e["value"]), frozenset(e["nouns"]))
            for e in lexicon.load("dates/named_days")}


def _named_day(span: Span, words: list[str]) -> str | None:
    """"the Sept. 11 attacks": the day of the year an event is named by (dates/named_days), for a
    month and day without a year that modify one of the event's nouns."""
    words = [w for w in words if w not in ("the", "st", "nd", "rd", "th")]  # "the September 11th attacks"
    if len(words) != 2 or words[0] not in _months() or not words[1].isdigit():
        return None
    entry = _named_days().get((_months()[words[0]], int(words[1])))
    head = _time_root(span.root).head
    if entry is None or _time_root(span.root).dep_ not in NOUN_MODIFIERS or head.lower_ not in entry[1]:
        return None
    return entry[0]


# Two days joined as one span: "Saturday and Sunday", "March 3-5", "from Dec. 6 to 13".
RANGE = re.compile(r"^(?:between\s+|from\s+)?(?P<first>.+?)\s*(?:-|–|\bto\b|\bthrough\b|\band\b|\buntil\b)\s*(?P<last>.+)$",
                   re.IGNORECASE)


def _range_unit(expression: str, start: str, published: dt.date | None, direction: int) -> str:
    """A span of days is the smallest unit that holds it, as analysts code one: "on Saturday and
    Sunday", "March 3-5" are that month, "Dec. 30 to Jan. 2" that year; a span across years keeps
    its first day. Not a range: the day itself."""
    match = RANGE.match(expression)
    if len(start) != 10 or match is None:
        return start
    last = match["last"].strip()
    if last.isdigit() and len(last) <= 2:
        end = f"{start[:8]}{int(last):02d}" if 1 <= int(last) <= 31 else None  # "March 3-5": the same month
    else:
        end = resolve(last, published, direction)
    if not end or len(end) != 10 or end <= start:
        return start
    return _unit_holding(start, end)


def _unit_holding(start: str, end: str) -> str:
    """The smallest unit that holds the days from `start` to `end`: the month, the year, or
    across years the first day."""
    return start[:7] if end[:7] == start[:7] else start[:4] if end[:4] == start[:4] else start


def _since_unit(span: Span, start: str, published: dt.date | None) -> str:
    """"have blocked the highway since Friday", "held since Wednesday": a state that has lasted
    from that day to the story's, coded as the smallest unit that holds the span (the month, or
    the year across months), as a span of days is (_range_unit); across years, its first day.
    Only what a verb says has lasted: not a "since" clause ("since gunmen stormed the town on
    Monday" dates the storming), nor a noun measured against the day ("the worst attack since Monday")."""
    if published is None or not _lasts_since(span):
        return start
    end = published.isoformat()
    if start >= end[:len(start)]:
        return start
    return _unit_holding(start, end)


# per_doc.memo name: the dates (by their first character) that begin a span of several years
# ("fought a war from 1998 to 2000", "have besieged the city since April 1992" in 1995), which
# date no event: no unit smaller than the years holds it (date_for)
YEARS_LONG = "dates_years_long"


def _years_long(span: Span, value: str, published: dt.date | None) -> bool:
    """Whether the expression names a span across years: a state lasting since an earlier year
    to the story's day (_lasts_since), or a range whose last day or year lies in a later year
    than its first ("from 1998 to 2000", "Dec. 30 to Jan. 2")."""
    if _lasts_since(span):
        return published is not None and value[:4] < str(published.year)
    doc = span.doc
    if (len(value) == 4 and span.end + 1 < len(doc) and doc[span.end].lower_ in ("to", "until", "-", "–")
            and re.fullmatch(r"(?:1[89]|20)\d\d", doc[span.end + 1].text)):
        return doc[span.end + 1].text > value  # "from 1981 to 1983", tagged "1981" alone
    match = RANGE.match(span.text)
    if match is None:
        return False
    last = match["last"].strip()
    end = last if re.fullmatch(r"(?:1[89]|20)\d\d", last) else resolve(last, published, _direction(span))
    return bool(end) and end[:4] > value[:4]


def _lasts_since(span: Span) -> bool:
    """Whether the expression tells since when a state a verb says has lasted ("have blocked the
    highway since Friday", "have camped outside the palace since the May election")."""
    root = _time_root(span.root)
    return (root.dep_ == "pobj" and root.head.lower_ == "since" and root.head.head.pos_ in ("VERB", "AUX")) or (
        _since_dated_happening(root) is not None)


# per_doc.memo name: what "since ..." names (by its first character), where the date kept is
# the unit the lasting span fills ("since Dec. 10": the month), for a "when" clause of that day
SINCE_NAMED = "dates_since_named"

# per_doc.memo name: the dates (by their root's index) of happenings a lasting state began at,
# whose span to the story's day a unit holds (find_dates)
LASTING = "dates_lasting_since"


def _since_dated_happening(root: Token) -> Token | None:
    """ "have camped outside the palace since the May election", "rallied daily since the Feb. 19
    vote": the day of a happening that is no deed of the story (no event noun) is where a state a
    verb says has lasted began; it dates that verb as "since May" would (when a unit holds the span
    to the story's day: find_dates). The verb, or None. Not a deed the story codes ("since the
    Feb. 14 bombing" is the bombing's own day), nor a noun measured against it ("the worst unrest
    since the 2011 uprising")."""
    noun = root.head
    if root.dep_ not in NOUN_MODIFIERS or noun.i == root.i or noun.pos_ != "NOUN" or _kinds(noun):
        return None
    since = noun.head
    if noun.dep_ != "pobj" or since.lower_ != "since" or since.head.i == since.i:
        return None
    verb = since.head
    if verb.dep_ == "npadvmod" and verb.head.i != verb.i:
        verb = verb.head  # "filled the square every day since the Nov. 2 vote"
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _since(span: Span) -> bool:
    """A date in a "since" phrase or clause looks back ("the bloodiest day since the military
    seized power on 1 February"): the story's clock stays where it was."""
    token = span.root
    while token.head.i != token.i:
        if token.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in per_doc.children(token)):
            return True
        if token.dep_ in ("ccomp", "parataxis") or token.pos_ == "VERB" and token.dep_ == "ROOT":
            return False
        token = token.head
    return False


def _in_the_storys_year(expression: str, words: list[str], anchor: str, back: bool = False) -> str | None:
    """With no publication date, a month or a day named without its year ("in early April")
    after a full date ("31 March 2022") takes the year the text gives: of the year that puts it
    nearest that date, as a day without its year is placed near publication ("invaded in December
    1978 and captured the capital on Jan. 7" is January 1979), before it in a look back ("had
    arrested them on Feb. 10"); none is guessed."""
    if not any(w in _months() for w in words) or YEAR.search(expression):
        return None
    year = int(anchor[:4])
    if len(anchor) == 4:  # "in 2009 ... in December": that year's
        return _absolute(f"{expression} {year}", [*words, str(year)], None)
    told = dt.date.fromisoformat(anchor if len(anchor) == 10 else f"{anchor}-01")
    candidates = []
    for candidate in (year - 1, year, year + 1):
        value = _absolute(f"{expression} {candidate}", [*words, str(candidate)], None)
        if value is None:
            continue
        day = dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")
        if not (back and day > told):
            candidates.append((abs((day - told).days), value))
    return min(candidates)[1] if candidates else None


def _describes_a_thing(span: Span) -> bool:
    """Whether the date is of a relative clause that says what a thing or person is ("a pay cut the
    company imposed last week", "a law passed in 2019"), not where or when the story's deed was
    ("the town, where troops fired on Monday")."""
    word = _attachment(span.root)
    return word.dep_ in ("relcl", "acl") and not any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in per_doc.children(word))


def _looks_back(span: Span) -> bool:
    """Whether the verb a date hangs on tells what had happened before ("had begun on Feb. 10")."""
    word = _attachment(span.root)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in per_doc.children(word))


def _from_anchor(words: list[str], anchor: str | None) -> str | None | bool:
    """A date counted from the one named before ("the next day", "a week later", "two years
    earlier", "the following month", "that year"); None without one to count from (never the
    publication date: "a month later" is not next month), False when the expression does not
    count from one."""
    counted = _counted(words)
    if counted is None:
        return False
    unit, offset = counted
    if anchor is None:
        return None
    if offset is None:
        # "days later", "in the following days": a few days on, still the month of a day before the 22nd
        few_days_on = unit == "day" and len(anchor) == 10 and int(anchor[8:]) <= 21 and AFTER & set(words)
        return anchor[:7] if few_days_on else None
    return _counted_from(anchor, unit, offset)


def _counted(words: list[str]) -> tuple[str, int | None] | None:
    """(unit, offset) of an expression that counts from the date named before; offset None
    when it does not say how far ("weeks later"); None when it does not count from it ("next
    month" and "two years ago" count from publication)."""
    text, present = " ".join(words), set(words)
    if text in SAME_DAY or (len(words) <= 4 and present & HOURS and present & {"later", "earlier", "within"}):
        return "day", 0  # "hours later", "a few hours earlier", "within hours": the same day, as near as a date says
    if len(words) <= 5 and present & HOURS and present & {"next", "following"} and all(
            int(w) <= 12 for w in words if w.isdigit()) and not any(NUMBER_WORDS.get(w, 0) > 12 for w in words):
        return "day", 0  # "over the next five hours", "in the following hours": the night the story is on
    if len(words) <= 4 and present & PARTS_OF_DAY and present & {"next", "following", "previous", "before"}:
        return "day", 1 if present & {"next", "following"} else -1  # "the next morning", "the previous night"
    if (len(words) <= 3 and present & PARTS_OF_DAY and present & {"that", "same"}) or (
            words[-1] in PARTS_OF_DAY and all(w in ("the", "in", "during") for w in words[:-1])):
        return "day", 0  # "that evening"; "marched in the afternoon": of the day the story is on
    if text in ("that year", "same year", "that same year"):
        return "year", 0
    if text in ("that month", "same month", "that same month"):
        return "month", 0
    unit = next((UNITS[w] for w in words if w in UNITS), None)
    if unit is None or len(words) > 4 or present & {"this", "last", "ago"}:
        return None
    if words[-3:-1] == ["in", "the"]:
        return None  # "earlier in the week" is this week, as "earlier this week" is
    if not present & ({"following", "previous", "prior", "later", "earlier", "after", "before"}
                      | ({"next"} if unit == "day" else set())):
        return None  # "next month" is publication's
    numbers = [int(w) for w in words if w.isdigit()] + [NUMBER_WORDS[w] for w in words if NUMBER_WORDS.get(w)]
    if unit == "week" and not numbers:
        return "week", None  # "the following week": a week, not a day
    if not numbers and any(w in UNITS and w.endswith("s") for w in words):
        return unit, None  # "days later": how many is not said
    count = numbers[0] if numbers and not present & {"several", "few"} else (None if numbers else 1)
    if count is None:
        return unit, None
    return unit, count if present & AFTER else -count


# The words _expressions looks at beside the entities.
BARE_DAYS = frozenset({*WEEKDAYS, "yesterday", "today", "tomorrow"})
PARTS_OF_DAY_AND_DAY = PARTS_OF_DAY | {"day"}
# Spans of the calendar that "this", "last" and "next" name ("earlier this month", "last week").
CALENDAR_SPANS = frozenset({"week", "weekend", "month", "year"})
EXPRESSION_WORDS = BARE_DAYS | PARTS_OF_DAY_AND_DAY | CALENDAR_SPANS | {"later", "earlier", "overnight", "midnight"}
# Parts of the day that "last" names in the day before the story's: "last night", "last evening"
# (not "last morning", which English does not say).
LAST_PARTS_OF_DAY = frozenset({"night", "evening"})


def _expressions(doc: Doc) -> list[Span]:
    # TIME entities too: "last night", "this morning" (others resolve to nothing)
    spans = [_with_counted_year(_with_later(_trim(ent))) for ent in per_doc.entities(doc) if ent.label_ in ("DATE", "TIME")]
    covered = {i for span in spans for i in range(span.start, span.end)}
    for i in indices_of_words(doc, EXPRESSION_WORDS):  # the small model misses some bare weekdays and "yesterday"
        token = doc[i]
        lower = token.lower_
        if token.i not in covered and lower == "overnight" and token.dep_ in ("advmod", "npadvmod"):
            spans.append(doc[token.i:token.i + 1])  # "seized the building overnight" (not "an overnight curfew")
        elif token.i not in covered and lower in BARE_DAYS:
            if lower in WEEKDAYS and not token.is_title:
                continue
            spans.append(doc[token.i:token.i + 1])
        elif lower == "day" and token.i > 2 and " ".join(t.lower_ for t in doc[token.i - 3:token.i + 1]) in SAME_DAY:
            start = token.i - 3  # "Later in the day" opening a sentence: the model tags no entity
            if not covered & set(range(start, token.i + 1)):
                spans.append(doc[start:token.i + 1])
        elif lower in PARTS_OF_DAY_AND_DAY and token.i > 1 and (
                doc[token.i - 1].lower_ in ANCHOR_WORDS or (lower in PARTS_OF_DAY and doc[token.i - 1].lower_ == "the"
                                                            and doc[token.i - 2].lower_ in ("in", "during"))):
            start = token.i - 1  # "that night", "the next morning", "in the afternoon": often no entity
            start -= start > 0 and doc[start - 1].lower_ == "the"
            if not covered & set(range(start, token.i + 1)):
                spans.append(doc[start:token.i + 1])
        elif (lower in LAST_PARTS_OF_DAY and token.i > 0 and doc[token.i - 1].lower_ == "last"
              and not (token.i > 1 and doc[token.i - 2].lower_ in DEFINITE_DETERMINERS)):  # not "the last night of"
            start = token.i - 1  # "The rebels last night freed ...": the model tags no entity in some
            if not covered & set(range(start, token.i + 1)):
                spans.append(doc[start:token.i + 1])
        elif (lower in CALENDAR_SPANS and token.i not in covered and token.i > 0
              and doc[token.i - 1].lower_ in ("this", "last", "next")
              and not (token.i > 1 and doc[token.i - 2].lower_ in DEFINITE_DETERMINERS)):
            # "shelled the base at Trincomalee across the bay earlier this month": the model may
            # run "earlier" into a place and tag no date (not "over the last year": a stretch)
            start = token.i - 1
            start -= start > 0 and doc[start - 1].lower_ in ("earlier", "later")
            if not covered & set(range(start, token.i + 1)):
                spans.append(doc[start:token.i + 1])
        elif lower in ("later", "earlier") and token.i > 0 and doc[token.i - 1].lower_ in HOURS:
            start = token.i - 1  # "hours later", "two hours later": the model tags no entity
            if start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in NUMBER_WORDS):
                start -= 1
            if not covered & set(range(start, token.i + 1)):
                spans.append(doc[start:token.i + 1])
    short_month_days = _short_month_days(doc, covered)  # in place of what the model tagged of them ("11, 2010")
    spans = [s for s in spans if not any(d.start <= s.start and s.end <= d.end for d in short_month_days)]
    spans += short_month_days
    spans = _with_days_joined(_with_midnight_bounds(doc, spans))
    starts = {s.start for s in spans}
    # "on the night of April 14", "the morning of Dec. 17": the day named after "of" is the date
    return sorted((s for s in spans if len(s) and not _part_of_a_day_named(s, starts)), key=lambda s: s.start)


@cache
def _short_months() -> frozenset[str]:
    """Month names that shorten a longer name of the same month ("aug", "sept"; not "may")."""
    months = _months()
    return frozenset(short for short in months
                     if any(full != short and full.startswith(short) and months[full] == months[short] for full in months))


def _short_month_days(doc: Doc, covered: set[int]) -> list[Span]:
    """"shot late on Aug 11": Reuters style writes a shortened month without its stop, and the small
    model tags no entity for it. A capitalised short month before a day of the month (and a year),
    in the story (a dateline's day is read as the dateline), where the model tagged not both."""
    spans = []
    story_start = dateline_end(doc)
    for i in indices_of_words(doc, _short_months()):
        month, day = doc[i], doc[i + 1] if i + 1 < len(doc) else None
        if ({i, i + 1} <= covered or not month.is_title or month.idx < story_start or day is None
                or not (day.is_digit and 1 <= int(day.text) <= 31)):
            continue
        end = i + 2
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_digit and len(doc[end + 1]) == 4:
            end += 2  # "Aug 11, 2011"
        spans.append(doc[i:end])
    return spans


def _with_days_joined(spans: list[Span]) -> list[Span]:
    """"on Monday and Tuesday", "from Wednesday to Friday": one span of days (`_range_unit` codes
    it as the month), where the model tags each day apart. Not "on Monday and Tuesday's talks"."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if joined and _a_day(joined[-1]) and _a_day(span) and span.start == joined[-1].end + 1 and (
                span.doc[joined[-1].end].lower_ in DAY_SPAN_WORDS) and not (
                span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
            joined[-1] = span.doc[joined[-1].start:span.end]
        else:
            joined.append(span)
    return joined


def _a_day(span: Span) -> bool:
    """A weekday or a day of a month named alone: "Tuesday", "March 3"."""
    words = [t.lower_ for t in span]
    return words[-1] in WEEKDAYS or (len(words) == 2 and words[0] in _months() and words[1].isdigit())


def _with_midnight_bounds(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "shortly after midnight", "just before midnight" whole (_midnight_bound), in place of what
    the model tagged of them ("midnight, hours", "shortly")."""
    bounds = []
    for i in indices_of_words(doc, ("midnight",)):
        token = doc[i]
        if token.dep_ != "pobj" or token.head.lower_ not in ("after", "before") or token.head.i != i - 1:
            continue
        start = i - 1
        while start > 0 and doc[start - 1].lower_ in NEAR_MIDNIGHT:
            start -= 1
        bounds.append(doc[start:i + 1])
    if not bounds:
        return spans
    taken = {i for bound in bounds for i in range(bound.start, bound.end)}
    return [s for s in spans if not taken & set(range(s.start, s.end))] + bounds


def _part_of_a_day_named(span: Span, starts: set[int]) -> bool:
    """A part of the day alone ("the night") with "of" and another expression after it."""
    doc = span.doc
    return (all(t.lower_ in TIMES_OF_DAY or t.lower_ == "the" for t in span) and span.end + 1 < len(doc)
            and doc[span.end].lower_ == "of" and span.end + 1 in starts)


# What may stand between a month and "year" in "October that year", "in May of the following year".
COUNTED_YEAR_WORDS = frozenset({"of", "that", "the", "same", "following", "next", "previous"})


def _with_counted_year(span: Span) -> Span:
    """"in October that year", "in May of the same year": the model tags the month alone, but
    the year is the one the story named last (_month_of_a_counted_year)."""
    doc, end = span.doc, span.end
    if not (len(span) == 1 and span[0].lower_ in _months()):
        return span
    while end < len(doc) and end - span.end < 4 and doc[end].lower_ in COUNTED_YEAR_WORDS:
        end += 1
    return doc[span.start:end + 1] if end > span.end and end < len(doc) and doc[end].lower_ == "year" else span


def _with_later(span: Span) -> Span:
    """"later in the day", "earlier that day", "late in the day", "within hours": the model leaves
    the adverb out of the entity."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].lower_ == "within" and span[-1].lower_ in HOURS and not (
            span.end < len(doc) and doc[span.end].lower_ == "of"):
        return doc[start - 1:span.end]  # "Within hours the party pulled out": not "within hours of" a deed
    while start > 0 and doc[start - 1].lower_ in ("the", "in", "that") and start > span.start - 2:
        start -= 1
    if start > 0 and (doc[start - 1].lower_ in ("later", "earlier") or (
            doc[start - 1].lower_ in ("late", "early") and span[-1].lower_ == "day")):
        return doc[start - 1:span.end]
    return span


def _trim(span: Span) -> Span:
    """Without a leading "the"/"on" or a trailing possessive: "Tuesday's" -> "Tuesday"; without
    another time the model runs on into ("Monday after weeks of protests" -> "Monday", "March 23,
    a week after" -> "March 23")."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in ("the", "on", "in"):
        start += 1
    end = next((t.i for t in span.doc[start + 1:end] if t.dep_ == "prep" and t.lower_ in ("after", "before")), end)
    # "jailed four journalists today for five years", "sentenced him on Monday to 20 years": the term
    # of a sentence the model runs on into is no part of the day
    end = next((t.i for t in span.doc[start + 1:end - 1] if t.lower_ in ("to", "for")
                and _counts_units(span.doc, t.i + 1)), end)
    # "March 23, a week after ...": a comma ends the date unless a year or a day follows it (a
    # number that counts units is neither: "April 22, two days before the vote")
    end = next((t.i for t in span.doc[start + 1:end - 1] if t.text == ","
                and not ((span.doc[t.i + 1].like_num and not _counts_units(span.doc, t.i + 1))
                         or span.doc[t.i + 1].lower_ in _months())), end)
    # "clashed for a second day Tuesday" (wire style, no "on"): the day after the count of days
    start = next((t.i for t in span.doc[start + 1:end] if t.lower_ in WEEKDAYS and t.is_title
                  and span.doc[t.i - 1].lower_ in COUNTED_DAYS), start)
    # "In March Iran expelled ...": the tagger may run the day into the subject after it
    end = next((t.i for t in span.doc[start + 1:end] if t.dep_ in ("nsubj", "nsubjpass")), end)
    while end > start and span.doc[end - 1].tag_ in ("POS", "PUNCT"):
        end -= 1
    if end - start > 1 and span.doc[end - 1].lower_ == "overnight" and all(
            t.pos_ == "PROPN" for t in span.doc[start:end - 1]):
        start = end - 1  # "in Osh overnight", tagged TIME whole: the town is no part of the night
    # "near Chilas on Tuesday", tagged DATE whole: the town is no part of the day either
    town_end = next((t.i for t in span.doc[start:end] if t.pos_ != "PROPN" or t.lower_ in WEEKDAYS
                     or t.lower_ in _months()), end)
    if start < town_end < end - 1 and span.doc[town_end].lower_ == "on":
        start = town_end + 1
    elif start < town_end < end - 1 and span.doc[end - 1].lower_ in ("later", "earlier", "ago") and (
            span.doc[town_end].lower_ in ("a", "an") or span.doc[town_end].like_num):
        start = town_end  # "in the town of Zhanaozen a few days later", tagged DATE whole
    return span.doc[start:end]


def _counts_units(doc: Doc, i: int) -> bool:
    """Whether the number at `i` counts days, weeks, hours ... ("two days", "48 hours")."""
    return i + 1 < len(doc) and (doc[i + 1].lower_ in UNITS or doc[i + 1].lower_ in HOURS)


def _direction(span: Span) -> int:
    """FUTURE, PAST or UNKNOWN: the tense of the verb the expression dates (a noun's verb
    for "will hold a meeting on Wednesday")."""
    word = _attachment(span.root)
    # up through the noun phrase it ends ("will ban imports of a wide range of food products from Sunday"),
    # past a participle describing its noun ("will send a team led by X to the capital on Wednesday")
    for _ in range(6):
        if word.pos_ in ("VERB", "AUX") and not _describes_its_noun(word) or word.head.i == word.i:
            break
        if word.lower_ == "ahead":
            return FUTURE  # "cut aid ... ahead of a general election in July": the July to come
        word = word.head
    if word.pos_ not in ("VERB", "AUX"):
        return UNKNOWN
    auxiliaries = {c.lower_ for c in per_doc.children(word) if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUXILIARIES or (auxiliaries & LATER_AUXILIARIES and "have" not in auxiliaries):
        return FUTURE
    if "to" in auxiliaries and word.dep_ == "xcomp" and _governs_future(word.head):
        return FUTURE
    ahead = span.root.dep_ == "pobj" and span.root.head.lower_ in AHEAD_PREPOSITIONS
    if (word.tag_ == "VBD" or auxiliaries & PAST_AUXILIARIES) and word.lower_ not in PLANS and not ahead:
        return PAST
    return UNKNOWN


def _governs_future(word: Token) -> bool:
    """"is due to", "are expected to", "plans to", "will try to", "is to visit": a present plan for later."""
    auxiliaries = {c.lower_ for c in per_doc.children(word) if c.dep_ in ("aux", "auxpass", "cop")}
    if auxiliaries & FUTURE_AUXILIARIES:
        return True
    if word.lemma_ == "be" and word.tag_ in ("VBZ", "VBP"):
        return True  # "the minister is to visit Kabul on Wednesday": what is arranged, the coming Wednesday
    if word.lower_ not in FUTURE_GOVERNORS or auxiliaries & PAST_AUXILIARIES or word.tag_ == "VBD":
        return False
    if word.pos_ == "ADJ":  # "due": its copula says the tense
        return word.head.i != word.i and word.head.lower_ in ("is", "are", "'s", "'re")
    return True


def resolve(expression: str, published: dt.date | None, direction: int = UNKNOWN) -> str | None:
    """The value of a temporal expression: "YYYY", "YYYY-MM", "YYYY-MM-DD" or None. `direction`
    (FUTURE or PAST, from the tense of its verb) says which way a day or month named without
    its year lies from publication."""
    words = _words(expression)
    if not words or _counted(words) or {"every", "each"} & set(words):
        return None  # "a month later" counts from a date the text names before (find_dates); "every Friday" is a habit
    relative = _relative(words, published, direction)
    if relative is not False:
        return relative
    return _absolute(expression, words, published, direction)


def _relative(words: list[str], published: dt.date | None, direction: int = UNKNOWN) -> str | None | bool:
    """Expressions relative to the publication date; False when the expression is not one."""
    text = " ".join(words)
    weekday = next((w for w in words if w in WEEKDAYS), None)
    month = next((_months()[w] for w in words if w in _months()), None)
    if weekday and month is None and not YEAR.search(text):
        return _day(_weekday(WEEKDAYS.index(weekday), published, words, direction)) if published else None
    simple = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    timed = words[1:] if words[0] in ("late", "early") else words  # "late last night"
    if len(timed) == 2 and timed[1] in PARTS_OF_DAY and timed[0] in ("this", "last"):
        # "this morning" is the day of publication; "last night" the night before it
        return _day(published - dt.timedelta(days=timed[0] == "last")) if published else None
    if words[-1] in simple or (len(words) <= 3 and words[0] in simple):
        key = words[-1] if words[-1] in simple else words[0]
        return _day(published + dt.timedelta(days=simple[key])) if published else None
    if "weekend" in words and len(words) <= 3:
        return _weekend(published, words, direction) if published else None
    season = next((w for w in words if w in SEASON_ENDS), None)
    if season and len(words) <= 3 and {"last", "this"} & set(words):
        return _season(season, published, words) if published else None
    unit = next((UNITS[w] for w in words if w in UNITS), None)
    if unit and "ago" in words:
        return _ago(words, unit, published)
    if unit == "year" and month is not None and len(words) <= 6 and {"last", "this", "next"} & set(words):
        return _month_of_year_named(words, month, published) if published else None
    recent = _recent_days(words)
    if recent is not None:
        return _span_back(published, recent) if published else None
    if unit and ({"last", "this", "next", "past", "coming", "earlier", "later"} & set(words)):
        if unit == "day" or len(words) > 4 or re.search(r"\d", text) or ("past" in words and "this" not in words):
            return None  # "the past three months", "the past year": periods dyad does not encode
        if not published or unit == "decade":
            return None
        step = -1 if {"last", "past"} & set(words) else (1 if {"next", "coming"} & set(words) else 0)
        if unit == "week":
            return _week(published, step)
        if unit == "year":
            return str(published.year + step)
        month_index = published.year * 12 + published.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    return False


def _recent_days(words: list[str]) -> int | None:
    """How many days "the past 24 hours", "the last 48 hours", "the past two days", "the past few
    days", "the past two weeks" or "in recent days" reach back from publication (a casualty count,
    a tally of shelling); None for other expressions and for longer periods ("the past three
    months": dyad does not encode those)."""
    if not {"past", "last", "recent"} & set(words) or len(words) > 4 or not {"hour", "hours", "day", "days",
                                                                            "week", "weeks"} & set(words):
        return None
    numbers = [int(w) for w in words if w.isdigit()] + [NUMBER_WORDS[w] for w in words if NUMBER_WORDS.get(w)]
    if "recent" in words:
        # "have resigned in recent days", "in recent weeks": about a week, about a month
        return 7 if "days" in words else 28 if "weeks" in words else None
    if {"week", "weeks"} & set(words):
        # "in the past two weeks", "the past week" ("last week", "this past week" are the calendar week: _week)
        if "this" in words:
            return None
        weeks = numbers[0] if numbers else (1 if "past" in words and "week" in words else None)
        return 7 * weeks if weeks and weeks <= 4 else None
    if {"hour", "hours"} & set(words):
        hours = numbers[0] if numbers else 24  # "the past few hours", "the last hour": within a day
        return -(-hours // 24) if hours <= 72 else None
    if "days" in words:
        days = numbers[0] if numbers else (3 if {"few", "several"} & set(words) else None)
        return days if days is not None and days <= 7 else None
    return 1 if "day" in words and "past" in words else None  # "the past day" ("last day" is an end)


def _span_back(published: dt.date, days: int) -> str | None:
    """The month (or else the year) in which both the day `days` before publication and the
    publication day lie; None across a year's end."""
    first = published - dt.timedelta(days=days)
    if (first.year, first.month) == (published.year, published.month):
        return f"{published.year:04d}-{published.month:02d}"
    return str(published.year) if first.year == published.year else None


def _weekday(target: int, published: dt.date, words: list[str], direction: int = UNKNOWN) -> dt.date:
    """"Thursday" is the Thursday of the publication week up to publication (on or before);
    "next Thursday" is the one after; "will meet on Thursday" the coming one, which in an
    article of a Thursday is that day."""
    if "next" in words or "coming" in words:
        return published + dt.timedelta(days=(target - published.weekday() - 1) % 7 + 1)
    if direction == FUTURE and "last" not in words:
        return published + dt.timedelta(days=(target - published.weekday()) % 7)
    back = (published.weekday() - target) % 7
    if "last" in words and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _week(published: dt.date, step: int) -> str | None:
    """"last week", "this week", "next week": the month (or else the year) the whole week lies
    in, Monday to Sunday; "this week" only up to publication. A week across two years is None."""
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    last = published if step == 0 else monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (last.year, last.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return str(monday.year) if monday.year == last.year else None


def _weekend(published: dt.date, words: list[str], direction: int) -> str | None:
    """"over the weekend", "last weekend": the Saturday and Sunday before publication (or the one
    it falls on); "this weekend" in a weekday's article and "next weekend" the coming one. Its
    month, or else its year."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    ahead = "next" in words or "coming" in words or direction == FUTURE or (
        "this" in words and published.weekday() < 5)
    if ahead and saturday < published:
        saturday += dt.timedelta(weeks=1)
    if "last" in words and published.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)  # "last weekend" in a Sunday's article is the one before
    sunday = saturday + dt.timedelta(days=1)
    if (saturday.year, saturday.month) == (sunday.year, sunday.month):
        return f"{saturday.year:04d}-{saturday.month:02d}"
    return str(saturday.year) if saturday.year == sunday.year else None


def _season(season: str, published: dt.date, words: list[str]) -> str:
    """"this summer" is the publication year's; "last summer" the latest that has ended."""
    if "last" in words and published.month <= SEASON_ENDS[season]:
        return str(published.year - 1)
    return str(published.year)


def _ago(words: list[str], unit: str, published: dt.date | None) -> str | None:
    if not published:
        return None
    count = _count(words)
    if not count:
        return None
    if unit in ("day", "week"):
        return _day(published - dt.timedelta(days=count * (7 if unit == "week" else 1)))
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return str(published.year - count * (10 if unit == "decade" else 1))


def _month_of_year_named(words: list[str], month: int, published: dt.date) -> str | None:
    """"in March last year", "on December 3 of this year": the month, or the day, in the year
    counted from publication."""
    year = published.year + (-1 if "last" in words else 1 if "next" in words else 0)
    day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31), None)
    if day is None:
        return f"{year:04d}-{month:02d}"
    date = _calendar_date(f"{_month_name(month)} {day} {year}")
    return _day(date) if date else None


def _absolute(expression: str, words: list[str], published: dt.date | None, direction: int = UNKNOWN) -> str | None:
    """Calendar dates: a year, a month, a month and day; the year from the text or, for
    "July 3", the one that puts the date nearest publication."""
    if ISO_DATE.fullmatch(expression.strip()):
        return expression.strip()
    month = next((_months()[w] for w in words if w in _months()), None)
    year_match = YEAR.search(expression)
    year = int(year_match.group(1)) if year_match else None
    if month is None:
        # A year ("in 2022", "since 2014", "the first half of 2024"), or a range of years from
        # its first ("between 1992 and 1995"); decades and centuries ("the 1990s") and years
        # counted from it ("two years after 2014") are left out.
        bare = len(words) <= 2 or all(w in PARTS_OF_YEAR or w in RANGE_WORDS or YEAR.fullmatch(w) for w in words)
        return str(year) if year and bare and "s" not in words else None
    rest = YEAR.sub(" ", expression)
    day_match = DAY_NUMBER.search(rest)
    day = int(day_match.group(1)) if day_match else None
    if day is None or _is_vague(words):
        if year:
            return f"{year:04d}-{month:02d}"
        return _nearest_month(month, published, direction) if published else None
    date = _calendar_date(f"{_month_name(month)} {day} {year or 2000}")
    if date is None:
        return None
    if year:
        return _day(date)
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    return _nearest_day(month, day, published, direction, weekday) if published else None


def _is_vague(words: list[str]) -> bool:
    """ "early March", "the end of March": a part of the month, not its day; "the early hours of
    March 3", "late evening of March 3" are parts of that day."""
    return any(w in ("early", "mid", "late", "end", "beginning", "middle")
               and (i + 1 == len(words) or words[i + 1] not in HOURS_AND_TIMES_OF_DAY) for i, w in enumerate(words))


def _month_name(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


def _nearest_month(month: int, published: dt.date, direction: int = UNKNOWN) -> str:
    """"in March": the March on or before publication (news reports what has happened), unless
    the expression is a month or two ahead ("talks in August" in a July article); a verb in
    the past or the future tense picks the last or the coming one."""
    if direction == PAST:
        year = published.year if month <= published.month else published.year - 1
    elif direction == FUTURE:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if month <= published.month + 2 else published.year - 1
        if month < published.month - 9:
            year = published.year + 1
    return f"{year:04d}-{month:02d}"


def _nearest_day(month: int, day: int, published: dt.date, direction: int = UNKNOWN,
                 weekday: int | None = None) -> str | None:
    """The year nearest publication for a day named without one; the weekday named with it
    ("Saturday, July 20") picks among the years next to publication when it can."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    on_that_weekday = [d for d in candidates if d.weekday() == weekday]
    if on_that_weekday:
        candidates = on_that_weekday
    if direction == PAST:
        candidates = [d for d in candidates if d <= published]
    elif direction == FUTURE:
        candidates = [d for d in candidates if d >= published]
    if not candidates:
        return None
    # News mostly reports what has happened: a date ahead of publication counts double.
    return _day(min(candidates, key=lambda d: (d - published).days * 2 if d > published else (published - d).days))


def _day(value: dt.date) -> str:
    return value.isoformat()


def publication_day(value: str) -> str | None:
    """The day a publication-date field gives: ISO 8601 ("2025-07-03T09:00:00Z", "2025/07/03"),
    RFC 2822 as RSS and HTTP write it ("Thu, 03 Jul 2025 09:00:00 GMT", the day as written
    there) or in words ("July 3, 2025", "3 July 2025"); None for anything without a day and a year."""
    value = value.strip()
    iso = re.match(r"((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?!\d)", value)
    if iso:
        try:
            return dt.date(*map(int, iso.groups())).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    day = _absolute(value, _words(value), None)
    return day if day and len(day) == 10 else None


def dateline_date(text: str) -> str | None:
    """The publication day a dateline gives, when it gives its year (a dateline without one
    never sets a year)."""
    match = dateline(text)
    if not match or not match.group("date"):
        return None
    value = _absolute(match.group("date"), _words(match.group("date")), None)
    return value if value and len(value) == 10 else None


# --- the date of an event -------------------------------------------------------------------

def date_for(trigger: Token, dates: list[DateValue]) -> DateValue | None:
    """The date that governs `trigger`: an expression attached to the trigger or to a word on
    its path up to the clause that holds it ("During a July 3 phone call", "last month ...
    coupled gains with assaults"), to a verb it is coordinated with ("seized power on Monday
    and detained ..."), or to a clause of the same moment ("opened fire as it approached the
    city on Monday"); else the date the next sentence gives the deed named again ("The attack
    took place on Friday"); None when the text does not date the event."""
    if not dates:
        return None
    date = _own_date(trigger, dates) or _said_of_itself(trigger, dates) or _restated_next(trigger, dates)
    if date is not None and per_doc.memo(trigger.doc, YEARS_LONG).get(date.start) and (
            date is not per_doc.memo(trigger.doc, SINCE_NAMED).get(date.start)):  # (not "since 2010, when ...")
        return None
    return _over_counted_days(trigger, date)


def _over_counted_days(trigger: Token, date: DateValue | None) -> DateValue | None:
    """"resigned on Monday after 11 days of street protests", "ending three days of rioting": a
    deed counted in days, weeks or hours up to the day of the deed it leads to (the date its
    phrase takes) lasted over those days, and is coded as a span of days is (_range_unit): the
    month, the year across months, else undated. Other dates are kept."""
    if date is None or len(date.value) != 10 or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return date
    measure = trigger.head.head
    unit = "hour" if measure.lower_ in HOURS else UNITS.get(measure.lower_)
    count = _count([t.lower_ for t in measure.lefts] + [measure.lower_]) if unit in ("hour", "day", "week") else None
    if not count:
        return date
    days = -(-count // 24) if unit == "hour" else count * (7 if unit == "week" else 1)
    end = dt.date.fromisoformat(date.value)
    held = _unit_holding((end - dt.timedelta(days=days)).isoformat(), date.value)
    if len(held) == 10:
        return None  # across years
    return DateValue(text=date.text, start=date.start, end=date.end, value=held)


def _said_of_itself(trigger: Token, dates: list[DateValue]) -> DateValue | None:
    """ "The U.N. rights office said in Geneva on Tuesday it was alarmed ... and accused officers of
    ...": what a speaker says it does, in the simple tense, it does in the saying, on its day
    (not "said it had deployed", nor "said it would withdraw")."""
    clause = trigger
    if trigger.dep_ == "acomp":  # "said his government was ready to resume talks": the copula's clause
        clause = trigger.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    report = clause.head
    # (a conjunct after "was alarmed" may be tagged a participle; one with an object is active)
    active = trigger.tag_ in ("VBD", "VBZ", "VBP") or (
        trigger.dep_ == "acomp" and trigger.head.tag_ in ("VBD", "VBZ", "VBP")) or (
        trigger.tag_ == "VBN" and trigger.dep_ == "conj" and any(c.dep_ == "dobj" for c in per_doc.children(trigger))) or (
        # "said on Tuesday it was recalling its ambassador": what it was doing as it spoke (also
        # a conjunct sharing the auxiliary: "it was suspending or cutting aid")
        trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PROGRESSIVE
                                      for v in (trigger, clause) for c in per_doc.children(v)))
    if clause.dep_ != "ccomp" or report.pos_ != "VERB" or not active:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_IN_THE_SAYING for v in (trigger, clause) for c in per_doc.children(v)):
        return None
    # the speaker speaking of itself ("it", "he", "they"), or of its own side's stance as it speaks
    # ("his government was ready", "his party rejects"; not a deed: "his troops shelled the town")
    stance = trigger.dep_ == "acomp" or trigger.tag_ in ("VBZ", "VBP")
    if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ == "PRP" or stance and any(
            g.dep_ == "poss" and g.tag_ == "PRP$" for g in per_doc.children(c))) for c in per_doc.children(clause)):
        return None
    return _own_date(report, dates)


def _own_date(trigger: Token, dates: list[DateValue]) -> DateValue | None:
    """The date the trigger's own sentence gives it (date_for)."""
    doc = trigger.doc
    sentence = per_doc.sentence(trigger)
    # "KAMPALA, Nov. 21 (Xinhua) -- Rebels captured Goma on Tuesday": the dateline's day is the
    # report's, not a deed's, however the parser hangs it on the lead's verb
    story_start = dateline_end(doc)
    in_sentence = [d for d in dates if sentence.start_char <= d.start < sentence.end_char and d.start >= story_start
                   and not _since_a_record(doc, d)]
    if not in_sentence:
        # "The attack came a week after jihadists kidnapped ...": counted from a day named before
        path = clause_path(trigger)  # ("Hours before the shooting, the governor had imposed ...")
        return _from_main_clause(path[-1], dates) or _counted_from_its_phrase(path, {}, dates)
    attached, of_a_noun = {}, set()
    for date in in_sentence:
        span = per_doc.char_span(doc, date.start, date.end)
        if span is not None and not (span.root.dep_ == "pobj" and span.root.head.lower_ == "for"
                                     and not _counts_units(doc, span.start)) and not (
                span.root.dep_ == "pobj" and span.root.head.head.lower_ in SCHEDULED and span.root.head.head.i != trigger.i):
            # (a date "for" which something is called or set is aimed at, not the event's, unless
            # it is a spell of the event's: "clashed for three days last week"; nor
            # the date a plan is "due in" or "scheduled in": "reached a deal on a referendum, due in 2011")
            word = _attachment(span.root)
            attached.setdefault(word.i, date)
            if _time_root(span.root).dep_ in NOUN_MODIFIERS and word.pos_ in ("NOUN", "PROPN"):
                of_a_noun.add(word.i)
    path = clause_path(trigger)
    counted = _counted_phrase(path)
    if counted is not None:
        # "met the parents on Tuesday, three months after the abduction": the abduction's own
        # date if it has one ("after an uprising that broke out in February"), else counted back
        own = [trigger, *_same_time_words(trigger), *_occurrence_clauses(trigger)]
        return next((attached[t.i] for t in own if t.i in attached), None) or _counted_date(*counted, dates)
    if trigger.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in per_doc.children(trigger)):
        # "torched banks on Friday, a day after she was killed", parsed as "torched ... and killed":
        # a clause with its own "after" is no conjunct sharing the date
        counted_back = _counted_from_the_day_before(trigger, in_sentence)
        if counted_back is not None:
            return counted_back
    first_conjunct = path[-1] if trigger.dep_ == "conj" and path[-1] is not trigger else None
    # "Four explosions ripped through three trains during the Thursday morning rush hour": a
    # deed named as its clause's subject happens when the clause's verb does
    told_by = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ == "NOUN" else None
    candidates = (*path, *_same_time_words(trigger), *(_same_time_words(first_conjunct) if first_conjunct else ()),
                  *(_same_time_words(told_by) if told_by is not None else ()),
                  *(clause for token in path for clause in _same_moment_clauses(token)), *_occurrence_clauses(trigger),
                  *(clause for token in path for clause in _occurrences_of_settings(token)),
                  *(clause for token in path for clause in _means_clauses(token)),
                  *(clause for token in path for clause in _purpose_clauses(token)),
                  *(subject for token in path for subject in _subjects_dated_before_the_verb(token)),
                  *_describing_participles(trigger), *_participles_beside(path), *_where_it_happened(path[-1]),
                  *(word for clause in gapped_conjuncts(trigger)
                    for word in (clause, *_same_time_words(clause), *_same_moment_clauses(clause))))
    on_path = {token.i for token in path}
    for token in candidates:  # "a July 3 phone call": the date modifies the trigger itself
        if token.i in attached and (token.i not in of_a_noun or token.i in on_path or _a_setting(token, on_path)):
            return attached[token.i]
    fronted = _fronted_over_conjuncts(path[-1], attached)
    if fronted is not None:
        return fronted
    counted = _counted_from_its_phrase(path, attached, dates)
    if counted is not None:
        return counted
    cause = _dated_cause(trigger)
    if cause is not None and cause.i in attached:
        return attached[cause.i]
    complement = _past_dated_complement(trigger, attached)
    if complement is not None:
        return complement
    return (_from_main_clause(path[-1], dates) or _counted_from_the_day_before(trigger, in_sentence)
            or _sole_date_of_sentence(trigger, in_sentence))


def _fronted_over_conjuncts(clause: Token, attached: dict[int, DateValue]) -> DateValue | None:
    """ "In August, police arrested an engineer, and Norway expelled a Russian diplomat": a time
    phrase before the first clause's subject tells when all the clauses joined to it happened
    (after it, "arrested him on Friday and prosecutors raided ...", it is the first clause's alone)."""
    if clause.dep_ != "conj" or not any(c.dep_ in SUBJECTS for c in per_doc.children(clause)):
        return None
    first = clause
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    subjects = [c for c in per_doc.children(first) if c.dep_ in SUBJECTS]
    date = attached.get(first.i)
    if date is None or not subjects or date.end > subjects[0].left_edge.idx:
        return None
    return date


# Words that make a noun a record its "since" phrase measures ("the worst violence since 1994").
RECORD_WORDS = frozenset({"first", "last", "only", "most", "least"})


def _since_a_record(doc: Doc, date: DateValue) -> bool:
    """"in the heaviest fighting there since 2016", "the deadliest attack on the city since March
    2015": the day a record was last set or the span it covers, not when the event happened."""
    span = per_doc.char_span(doc, date.start, date.end)
    if span is None:
        return False
    root = _time_root(span.root)
    if root.dep_ != "pobj" or root.head.lower_ != "since" or root.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RECORD_WORDS
                                     or any(a.lower_ in RECORD_WORDS for a in per_doc.children(c)))
               for c in per_doc.children(root.head.head))


def _where_it_happened(clause: Token) -> list[Token]:
    """ "The unrest began on Tuesday in the town of Talas, where protesters seized the
    administration building": a "where" clause with no time of its own happened when the clause
    that names its place did."""
    if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in per_doc.children(clause)):
        return []
    return clause_path(clause.head)


def _restated_next(trigger: Token, dates: list[DateValue]) -> DateValue | None:
    """"Gunmen killed six soldiers near Kalo. The attack took place on Wednesday evening": the
    next sentence names the undated deed again with "the" (or a day's possessive: "Tuesday's
    raid"), as a noun of the deed's kind (events/nouns, a type the trigger's verb or noun has),
    and dates that noun: its own phrase ("the arrest on Tuesday", "It was the second raid this
    week"), an aside right after it ("The arrest, on Tuesday night, sparked ..."), or the verb
    that says it happened ("took place", "happened", "which occurred on Monday"). Not a deed
    the sentence denies, negates or supposes: the deed named next is another."""
    doc = trigger.doc
    sentence = per_doc.sentence(trigger)
    if sentence.end >= len(doc):
        return None
    following = per_doc.sentence(doc[sentence.end])
    in_next = [d for d in dates if following.start_char <= d.start < following.end_char]
    kinds = _kinds(trigger)
    if not in_next or not kinds or status_of(trigger) in ("denied", "negated", "hypothetical"):
        return None  # "Moscow denied targeting civilians. The fighting began on Thursday": not that deed
    attached = {}
    for date in in_next:
        span = per_doc.char_span(doc, date.start, date.end)
        # "It was the worst massacre since Aug. 29, 1997": a day it is measured against, not its own
        if span is not None and not (span.root.dep_ == "pobj" and span.root.head.lower_ in OTHER_TIME):
            attached.setdefault(_attachment(span.root).i, (date, span))
    lex = event_lexicon()
    for noun in following:
        # a noun of the deed's kind as it reads there ("The protests began in June" is no
        # condemnation named again, though "a formal protest" would be)
        if noun.pos_ != "NOUN" or not kinds & noun_types(noun, lex):
            continue
        if noun.dep_ == "pobj" and (noun.head.lower_ in OTHER_TIME or noun.head.head.lemma_.lower() in ANSWERED_BY):
            continue  # "the raid was in retaliation for Sunday's bombing": the deed it answers or follows
        if not _named_again(noun, attached):
            return None  # the first deed of its kind the sentence names is another one ("a separate attack")
        own = [noun, *_occurrence_clauses(noun)]
        verb = noun.head
        if (noun.dep_ in ("nsubj", "nsubjpass") and (verb.lemma_ in OCCURRENCE_VERBS or verb.lemma_ == "come" or (
                verb.lemma_ == "take" and any(c.lower_ == "place" for c in per_doc.children(verb))))) or (
                noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in per_doc.children(verb))):
            own.append(verb)  # "The arrests happened on Saturday"; "It was the second raid this week"
        for word in own:
            if word.i in attached:
                return attached[word.i][0]
        if noun.dep_ == "nsubj" and verb.i in attached:
            date, span = attached[verb.i]  # "The arrest, on Tuesday night, sparked protests": an aside
            if noun.i < span.start and span.end < verb.i and doc[noun.i + 1].text == "," and doc[verb.i - 1].text == ",":
                return date
        return None
    return None


def _kinds(trigger: Token) -> set[str]:
    """The event types the trigger's word can name (events/verbs, events/nouns)."""
    lex = event_lexicon()
    table = lex.nouns if trigger.pos_ in ("NOUN", "PROPN") else lex.verbs
    return {p.type for p in table.get(trigger.lemma_.lower(), ())}


def _named_again(noun: Token, attached: dict) -> bool:
    """"the attack", "the arrests", "Tuesday's raid": a deed named as the one the story told, not
    "a separate attack", "another raid", "the previous attack"."""
    if any(c.dep_ == "amod" and c.lower_ in OTHER_DEEDS for c in per_doc.children(noun)):
        return False
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
               or (c.dep_ == "poss" and noun.i in attached and c in attached[noun.i][1]) for c in per_doc.children(noun))


def _counted_from_the_day_before(trigger: Token, in_sentence: list[DateValue]) -> DateValue | None:
    """"paraded through the city on Wednesday, a day after they captured it": a deed told right
    after "a day after" / "two days before" is counted from the last day the sentence named before
    the count, however the parser hung the phrase. Only the count's own deed (its first verb, the
    verbs joined to it, a noun before them), never one past a comma, another clause or date."""
    doc = trigger.doc
    sentence = per_doc.sentence(trigger)
    mark = next((t for t in reversed(doc[sentence.start:trigger.i]) if t.lower_ in ("after", "before")
                 and t.dep_ in ("mark", "prep") and t.i > sentence.start
                 and (doc[t.i - 1].lower_ in UNITS or doc[t.i - 1].lower_ in HOURS)), None)
    if mark is None:
        return None
    measure = doc[mark.i - 1]
    start = measure.i  # "a day", "two weeks": the count's own words, however the parser hung them
    while start - 1 > sentence.start and (doc[start - 1].dep_ in ("det", "nummod", "quantmod") or doc[start - 1].like_num):
        start -= 1
    between = doc[mark.i + 1:trigger.i]
    # (not a participle that describes the doer: "a day after militants armed with rifles attacked")
    # (nor a participle used as an adjective: "the retired general resigned", "failed businessman")
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "amod")  # "was killed"
             and not (t.dep_ == "acl" and t.head.i < t.i and _describing(t))]
    # a comma ends the count's clause, unless it only lists the verbs joined to the deed
    if any(t.dep_ == "mark" or t.lower_ in ("when", "while") for t in between) or (
            any(t.is_punct for t in between) and not verbs) or any(
            not _joined(verb, trigger) for verb in verbs) or (trigger.pos_ != "VERB" and verbs):
        return None
    story_start = dateline_end(doc)
    before = [d for d in in_sentence if story_start <= d.start and d.end <= doc[start].idx]
    if not before or any(mark.idx < d.start < trigger.idx for d in in_sentence) or len(before[-1].value) != 10:
        return None
    within_the_day = measure.lower_ in HOURS  # "hours after": the same day, as _counted_date reads it
    count = 0 if within_the_day else _count([t.lower_ for t in doc[start:measure.i + 1]])
    if within_the_day and mark.lower_ == "after" and _just_past_midnight(before[-1]):
        count = 1  # "fired tear gas shortly after midnight, hours after protesters stormed it": the evening before
    if count is None:
        return None
    unit = "day" if within_the_day else UNITS[measure.lower_]
    value = _counted_from(before[-1].value, unit, count * (1 if mark.lower_ == "before" else -1))
    if value is None:
        return None
    expression = doc[start:mark.i + 1]  # "a day after"
    return DateValue(text=expression.text, start=expression.start_char, end=expression.end_char, value=value)


def _joined(verb: Token, trigger: Token) -> bool:
    """Whether `trigger` is `verb` or a verb joined to it ("overran ... and ended")."""
    token = trigger
    while token.i != verb.i and token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i == verb.i


def _describing(verb: Token) -> bool:
    """"men hiding in a mosque", "gunmen holed up in a hotel": a participle that says what a
    party was doing or where it was (the tagger calls some such participles past tense: "holed")."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN", "VBD") or _targets_doing(verb) or _misread_participle(verb)
            or _misread_name_word(verb))


def _misread_participle(verb: Token) -> bool:
    """"opened fire on supporters packed into the stadium on Monday": the parser may hang a past
    participle describing the targets on the verb, as a clause of its own with no subject,
    auxiliary or conjunction (a clause that said when it happened would have one)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.i <= verb.head.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod") for c in per_doc.children(verb)):
        return False
    # right after the noun it describes, not after one an "after" phrase holds ("detained 106
    # people after a rally against the handling of the crisis turned into a riot": its subject)
    described = verb.doc[verb.i - 1]
    return described.pos_ in ("NOUN", "PROPN") and not any(
        t.dep_ == "prep" and t.lower_ in OTHER_TIME for t in (described, *described.ancestors) if t.i > verb.head.i)


def _misread_name_word(verb: Token) -> bool:
    """"stormed the offices of the charity Save the Children in the eastern city of Jalalabad on
    Wednesday", "near the town of Wabag in Enga highlands on Sunday", "in the capital's Be
    district on Monday": the tagger takes a word of a long name for a verb in its plain or
    present form, a clause of its own after the noun with no subject, auxiliary or conjunction
    (which no such clause lacks: "killing", "backed by" are participles), and hangs the day on
    it; the day is the deed's whose words hold the name."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VB", "VBZ", "VBP") or verb.i <= verb.head.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod", "expl") for c in per_doc.children(verb)):
        return False
    before = verb.doc[verb.i - 1]
    return before.pos_ in ("NOUN", "PROPN") or before.tag_ == "POS"


def _targets_doing(verb: Token) -> bool:
    """"opened fire on coca growers marching toward the city", "fired on striking oil workers":
    the parser makes some such participles a gerund under the "on"/"at" the deed aims with; with
    people as its subject or object it still says what the targets were doing when hit."""
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in AIMED_AT
            and verb.head.head.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "dobj") and c.tag_ in ("NNS", "NNPS") for c in per_doc.children(verb)))


def _sole_date_of_sentence(trigger: Token, in_sentence: list[DateValue]) -> DateValue | None:
    """The one date of the sentence that lies deep in the event's own words, where the parser hung
    it on a word or a participle that describes a party ("Soldiers detained two men hiding in a
    mosque on Sunday"), when nothing sets the event apart from it: not a thing's date
    ("Sunday's attack"), nor one in another clause (a relative clause's deed has its own time),
    nor what something is blamed or set "for", nor what came before or after."""
    doc = trigger.doc
    story_start = dateline_end(doc)  # "KYIV, March 14 -" is the day of the report
    found = []
    for date in in_sentence:
        span = per_doc.char_span(doc, date.start, date.end)
        # after the trigger, in its own words ("said on Sunday it had deployed": the report's day)
        if date.start < max(story_start, trigger.idx) or span is None or trigger not in span.root.ancestors:
            continue
        # (and those from the word it dates: "arrested activists ahead of the election in June")
        dated = _attachment(span.root)
        between = [t for t in (*span.root.ancestors, dated, *dated.ancestors) if trigger in t.ancestors]
        if span.root.dep_ not in ("pobj", "npadvmod") or any(
                (t.dep_ in ("prep", "advmod") and t.lower_ in OTHER_TIME | {"for"}) or t.lower_ in SCHEDULED or (
                    t.pos_ in ("VERB", "AUX") and not _describing(t) and not sets_the_scene(t))
                for t in between):
            # "Sunday's attack"; "Mondlane, who returned last Thursday, called ..."; "blamed X for
            # ..."; "reached a deal on a referendum, due in 2011": the plan's date
            continue
        found.append(date)
    return found[0] if found and len({d.value for d in found}) == 1 else None


def long_before_the_story(date: DateValue | None, dates: list[DateValue]) -> bool:
    """Whether `date` lies more than about two months before the story's day, the first day the
    story gives ("resigned in 2020" in a story of July 2022, "seized power in February 2005"): a
    deed of the background, which the dateline does not place."""
    story = next((d.value for d in dates if len(d.value) == 10), None)
    if date is None or story is None or date.value >= story[:len(date.value)]:
        return False
    if len(date.value) == 4:
        return True
    months = (int(story[:4]) - int(date.value[:4])) * 12 + int(story[5:7]) - int(date.value[5:7])
    return months > 2


def _past_dated_complement(trigger: Token, attached: dict[int, DateValue]) -> DateValue | None:
    """"agreed to resign last Monday", "called on the army to rise up on Tuesday", "asked the
    army to move in earlier this month", "had launched an offensive to retake the region late on
    Thursday": what was
    agreed or called for comes after the agreeing, so a day just past that the parser hangs on
    it dates the past verb that governs it."""
    if trigger.tag_ not in ("VBD", "VBN"):
        return None
    # (and the purpose of what it made: "launched an offensive to retake the region late on Thursday")
    purposes = [c for o in per_doc.children(trigger) if o.dep_ == "dobj" for c in per_doc.children(o) if c.dep_ == "acl"]
    for child in (*per_doc.children(trigger), *purposes):
        if child.dep_ in ("xcomp", "acl") and child.i in attached and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in per_doc.children(child)):
            words = set(re.findall(r"[a-z]+", attached[child.i].text.lower()))
            if words & {"last", "yesterday", "ago", "earlier"} or (words & set(WEEKDAYS) and not words & {"next", "coming"}):
                return attached[child.i]
    return None


def _dated_cause(trigger: Token) -> Token | None:
    """"Monday's blast killed 13 soldiers", "the attack on Friday destroyed the bridge": what an
    event named as the subject did, it did then. Not a person's or a body's ("Sunday's winner
    accused"), and not a state in the present ("the 2019 law bans protests")."""
    if trigger.tag_ not in ("VBD", "VBN"):
        return None
    subject = next((c for c in per_doc.children(trigger) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    return subject


def _occurrence_clauses(noun: Token) -> list[Token]:
    """"the uprising that began in February 2011", "protests, which erupted on Sunday": a clause
    that says when the noun's event began or took place dates it."""
    return [c for c in per_doc.children(noun) if c.dep_ in ("relcl", "acl") and (c.lemma_ in OCCURRENCE_VERBS or (
        c.lemma_ == "take" and any(o.lower_ == "place" for o in per_doc.children(c))))]


def _occurrences_of_settings(token: Token) -> list[Token]:
    """ "were killed in fighting that broke out on Saturday", "died during a gunfight that began at
    dawn": the clause that says when the happening the event took place in began or took place."""
    return [clause for prep in per_doc.children(token) if prep.dep_ == "prep" and prep.lower_ in SETTING_PREPOSITIONS
            for noun in per_doc.children(prep) if noun.dep_ == "pobj" for clause in _occurrence_clauses(noun)]


def _a_setting(noun: Token, on_path: set[int]) -> bool:
    """"during a July 3 phone call", "at Sunday's summit": a dated noun that sets the scene dates
    the event; one the event acts on does not ("condemned Sunday's attack", "declared him the
    winner of Sunday's election"), nor one that sets the scene of a thing the event names
    ("denied any role in the Sept. 11, 2001, attacks", "sent a photo of her at his 2005 wedding"):
    the scene's preposition hangs on the event's own words (`on_path`)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPOSITIONS and noun.head.head.i in on_path


# Verbs of answering the deed told before ("and protesters responded by throwing stones").
REACTION_VERBS = frozenset({"respond", "retaliate", "react", "reply"})


def _from_main_clause(clause: Token, dates: list[DateValue]) -> DateValue | None:
    """The date of a dependent clause from what it depends on: an adverbial clause of the same
    moment ("resigned on Monday as protesters stormed her residence", "shelled the market on
    Tuesday, killing four people") or counted in days or weeks after or before it ("visited
    Kherson on Monday, three days after Russian troops withdrew"); a relative clause whose
    subject is a dated event ("an April 1 attack that killed seven officers")."""
    if clause.dep_ in ("relcl", "acl"):
        return _of_the_date(clause, dates) or _of_the_day_it_names(clause, dates) or _from_antecedent(clause, dates)
    if clause.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in per_doc.children(clause)):
        # "troops opened fire early on Thursday, and 100 people were killed": a passive clause
        # joined to the one before tells what happened then (as places.py reads its place)
        return date_for(clause.head, dates)
    if clause.dep_ == "conj" and clause.lemma_ in REACTION_VERBS:
        # "Police fired tear gas in the afternoon, and drivers responded by hurling stones": an
        # answer joined to the deed it answers, there and then (another subject's clause joined
        # by "and" is otherwise not dated by the first: "and police arrested hundreds")
        return date_for(clause.head, dates)
    if clause.dep_ == "conj" and clause.head.dep_ == "advcl":
        # "detained him on Wednesday, hours after he tried to dissolve Congress and lawmakers voted
        # to impeach him": a clause joined to an adverbial clause is of it, counted as it is
        return _from_main_clause(clause.head, dates)
    if clause.dep_ != "advcl":
        return None
    of_the_date = _of_the_date(clause, dates)
    if of_the_date is not None:
        return of_the_date
    if _of_the_same_moment(clause) or _participle_of(clause) or _purpose_of(clause):
        return date_for(clause.head, dates)
    marks = [c for c in per_doc.children(clause) if c.dep_ == "mark"]
    mark = next((m for m in marks if m.lower_ in ("after", "before", "since")), None)
    if mark is None:
        return None
    measure = _clause_measure(clause, mark)
    if measure is None and mark.lower_ in ("after", "before"):
        # "arrested dozens on Sunday after thousands rallied": what led to a dated event, or
        # followed it, without saying how long, is read as of its day (as news readers do)
        return date_for(clause.head, dates)
    if measure is None:
        return None
    return _counted_date(mark, measure, dates)


def _clause_measure(clause: Token, mark: Token) -> Token | None:
    """The "three days" or "hours" of a clause counted from another ("three days after Russian
    troops withdrew"), under the mark, the clause, or right before the mark ("to mark a year since
    gunmen stormed")."""
    before_mark = clause.doc[mark.i - 1] if mark.i > 0 else mark
    return next((c for c in (*per_doc.children(mark), *per_doc.children(clause), before_mark)
                 if c.dep_ in ("npadvmod", "dobj") and (c.lower_ in UNITS or c.lower_ in HOURS)), None)


def _counted_phrase(path: list[Token]) -> tuple[Token, Token] | None:
    """The "after" or "before" and its measure when the trigger is a noun in a phrase that counts
    from the event it hangs on ("three months after the abduction", "hours before the vote", "a
    month after signing a peace deal")."""
    for below, token in zip(path, path[1:]):
        if token.dep_ == "prep" and token.lower_ in ("after", "before") and below.dep_ in ("pobj", "pcomp") and not (
                _subjectless_occurrence(token.head)):
            # (a gerund's measure may hang above its preposition; a noun's is then counted by
            # _counted_from_its_phrase)
            above = (token.head,) if below.dep_ == "pcomp" else ()
            return next(((token, c) for c in (*per_doc.children(token), *above)
                         if c.dep_ == "npadvmod" and (c.lower_ in UNITS or c.lower_ in HOURS)), None)
    return None


def _date_referred_back(verb: Token, dates: list[DateValue]) -> DateValue | None:
    """"The attack came a week after jihadists kidnapped two aid workers": the happening the
    story names again ("the attack", "the raid", "the blasts") is its lead's, and its date the
    first day the story gives for a deed rather than for a report of it."""
    subject = next((c for c in per_doc.children(verb) if c.dep_ == "nsubj"), None)
    # ("Her abduction came three days after ...": a pronoun's deed is one the story told)
    if verb.lemma_ not in REFERRING_VERBS or subject is None or subject.pos_ != "NOUN" or not any(
            (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
            or (c.dep_ == "poss" and c.tag_ == "PRP$") for c in per_doc.children(subject)):
        return None
    return _first_deed_date(verb.doc, dates, verb.idx)


def _counted_from_its_phrase(path: list[Token], attached: dict[int, DateValue],
                             dates: list[DateValue]) -> DateValue | None:
    """"dissolved the assembly within hours of being sworn in on Friday", "Hours before the
    shooting, the governor had imposed a curfew": a phrase of the event's clause that counts
    from another happening, by the day that happening's words give or, for the lead's deed named
    again with "the" ("the shooting", "the attack"), by the lead's day."""
    def measured(word: Token) -> bool:
        return word.lower_ in HOURS or word.lower_ in UNITS

    for token in path:
        span_of_days = _in_the_days_before(token, attached, dates)
        if span_of_days is not None:
            return span_of_days
        counted = _counted_from_a_clause(token, attached)
        if counted is not None:
            return counted
        # "within hours of", "two days after" under the verb, or "Hours before" hung on "Hours"
        heads = [token, *(c for c in per_doc.children(token) if c.dep_ == "npadvmod" and measured(c))]
        for prep in (c for head in heads for c in per_doc.children(head) if c.dep_ == "prep"):
            if prep.lower_ == "within":  # "within hours of": the same day
                measure = next((c for c in per_doc.children(prep) if c.dep_ == "pobj" and c.lower_ in HOURS), None)
                prep = next((c for c in per_doc.children(measure) if c.dep_ == "prep" and c.lower_ == "of"), None) \
                    if measure is not None else None
            elif prep.lower_ in ("after", "before"):
                # ("released the suspect hours after detaining him": the parser may take the
                # measure right before the preposition for the verb's object)
                measure = prep.head if measured(prep.head) else next(
                    (c for c in per_doc.children(prep) if c.dep_ == "npadvmod" and measured(c)), None) or (
                    prep.doc[prep.i - 1] if prep.i > 0 and measured(prep.doc[prep.i - 1])
                    and prep.doc[prep.i - 1].head.i == token.i else None)
            else:
                continue
            if measure is None or prep is None or prep.left_edge.i <= path[0].i <= prep.right_edge.i:
                continue  # (a noun counted from is the other happening, not this one)
            own = next((attached[t.i] for t in prep.subtree if t.i in attached), None)
            if own is None:
                own = _lead_deed_named_again(prep, dates)
            if own is None:
                continue
            moved = _moved_by(own, measure, prep.lower_ == "before")
            if moved is not None:
                return moved
    return None


def _moved_by(own: DateValue, measure: Token, before: bool) -> DateValue | None:
    """The other happening's date moved by `measure` ("three days", "hours": the same day), as
    this event lies the count before or after it; None when the count says no day."""
    if measure.lower_ in HOURS:
        return own
    count = _count([t.lower_ for t in measure.subtree if t.i < measure.i] + [measure.lower_])
    value = count and _counted_from(own.value, UNITS[measure.lower_], -count if before else count)
    return DateValue(text=own.text, start=own.start, end=own.end, value=value) if value else None


def _counted_from_a_clause(token: Token, attached: dict[int, DateValue]) -> DateValue | None:
    """"expelled the aid agencies a day after the court issued a warrant on Wednesday", "ordered
    them to leave hours after the court issued ...": counted from the day the "after"/"before"
    clause gives its own event (hours: that day), as a phrase is (_counted_from_its_phrase)."""
    verbs = [token, *(c for c in per_doc.children(token) if c.dep_ == "xcomp")]
    for clause in (c for verb in verbs for c in per_doc.children(verb) if c.dep_ == "advcl"):
        mark = next((c for c in per_doc.children(clause) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if mark is None:
            continue
        measure = _clause_measure(clause, mark)
        # (the clause verb's own date, not one of a noun inside it: "a day after he pulled out of
        # Friday's run-off" counts from the raid, not from the run-off)
        own = attached.get(clause.i)
        moved = _moved_by(own, measure, mark.lower_ == "before") if measure is not None and own is not None else None
        if moved is not None:
            return moved
    return None


def _in_the_days_before(token: Token, attached: dict[int, DateValue], dates: list[DateValue]) -> DateValue | None:
    """"were killed in the week before the shooting", "in the days after the attack": some day
    of the week before or after the other happening's day, so its month when the whole week
    lies in one month, else nothing."""
    for prep in per_doc.children(token):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "over"):
            continue
        for span_noun in per_doc.children(prep):
            if span_noun.dep_ != "pobj" or span_noun.lower_ not in ("week", "days") or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in per_doc.children(span_noun)):
                continue
            other = next((c for c in per_doc.children(span_noun) if c.dep_ == "prep" and c.lower_ in ("before", "after")), None)
            if other is None:
                continue
            own = next((attached[t.i] for t in other.subtree if t.i in attached), None) or _lead_deed_named_again(
                other, dates)
            if own is None or len(own.value) != 10:
                continue
            day, sign = dt.date.fromisoformat(own.value), (-1 if other.lower_ == "before" else 1)
            ends = {(day + dt.timedelta(days=sign * n)).isoformat()[:7] for n in (1, 7)}
            if len(ends) == 1:
                return DateValue(text=own.text, start=own.start, end=own.end, value=ends.pop())
    return None


def _lead_deed_named_again(prep: Token, dates: list[DateValue]) -> DateValue | None:
    """"before the shooting": the lead's deed named again with "the" (places/place_words
    deed_noun) happened on the first day the story gives for a deed; "Hours after the escape",
    "A day before the vote": another noun names the verb of its own word told before."""
    noun = next((c for c in per_doc.children(prep) if c.dep_ == "pobj"), None)
    if noun is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in per_doc.children(noun)) or any(
            c.dep_ == "prep" for c in per_doc.children(noun)):
        return None
    if noun.lemma_.lower() not in place_words("deed_noun"):
        def told(verb: Token) -> bool:  # "Inmates escaped on Sunday. Hours after the escape, ..."
            return verb.lemma_ == noun.lemma_
    elif kinds := _kinds(noun):
        # "Mourners buried the victims on Tuesday, ten days after rebels stormed the camp ... Crowds
        # stoned traders two days after the massacre": the first deed of the noun's kind, on the
        # day it took (the burial's Tuesday is no massacre's)
        def told(verb: Token) -> bool:
            return bool(kinds & _kinds(verb))
    else:
        return _first_deed_date(noun.doc, dates, prep.idx)
    story_start = dateline_end(noun.doc)
    # (told before the sentence that names it again: not the deed the count dates)
    told_before = per_doc.sentence(prep).start
    deed = next((t for t in noun.doc[:told_before] if t.pos_ == "VERB" and t.idx >= story_start and told(t)), None)
    date = _own_date(deed, dates) if deed is not None else None
    return date if date is not None and len(date.value) == 10 else None


def _first_deed_date(doc: Doc, dates: list[DateValue], until: int) -> DateValue | None:
    """The first full day the story gives (after its dateline, before `until`) to a deed rather
    than to a report of it."""
    story_start = dateline_end(doc)  # "KYIV, March 14 -" is the day of the report, not of a deed
    for date in dates:
        if date.start >= until:
            return None
        if date.start < story_start:
            continue
        span = per_doc.char_span(doc, date.start, date.end)
        if span is not None and len(date.value) == 10 and _attachment(span.root).lemma_ not in REPORTING_LEMMAS:
            return date
    return None


def _subjectless_occurrence(verb: Token) -> bool:
    """"eight months after an uprising broke out in February", parsed with the uprising under
    "after" and no subject for "broke": the verb is the noun's own, not another event's."""
    return verb.pos_ == "VERB" and (verb.lemma_ in OCCURRENCE_VERBS or not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in per_doc.children(verb)))


def _counted_date(mark: Token, measure: Token, dates: list[DateValue]) -> DateValue | None:
    """The date `measure` ("three days", "hours") before or after (`mark`) the date of the
    event the phrase or clause hangs on: the clause's head, or the preposition's."""
    doc = mark.doc
    governor = mark.head.head if mark.dep_ == "mark" else mark.head
    within_the_day = measure.lower_ in HOURS  # "minutes after", "hours before"
    count = 0 if within_the_day else _count([t.lower_ for t in measure.subtree])
    some_days = count is None and measure.lower_ == "days"  # "days after": how many is not said
    main = (count or within_the_day or some_days) and (date_for(governor, dates) or _date_referred_back(governor, dates))
    if not main:
        return None
    sign = 1 if mark.lower_ == "before" else -1
    if within_the_day and mark.lower_ == "after" and _just_past_midnight(main):
        count = 1  # (as _counted_from_the_day_before reads it)
    unit = "day" if within_the_day else UNITS[measure.lower_]
    value = _month_some_days_from(main.value) if some_days else _counted_from(main.value, unit, count * sign)
    if value is None:
        return None
    expression = doc[min(measure.left_edge.i, mark.i):max(measure.i, mark.i) + 1]  # "three days after"
    return DateValue(text=expression.text, start=expression.start_char, end=expression.end_char, value=value)


def _month_some_days_from(value: str) -> str | None:
    """"fled in March, days after prosecutors opened a case": some days from a month fall in it,
    as near as the text tells; some days from a day are not told ("fled early on Wednesday, days
    after protesters stormed his residence")."""
    return value if len(value) == 7 else None


def _counted_from(value: str, unit: str, offset: int) -> str | None:
    """`value` moved by `offset` units, no finer than the unit says: days and weeks from a
    day, "two months after" a month, "two years after" a year (not the day: a round count)."""
    if unit in ("day", "week"):
        return _day(dt.date.fromisoformat(value) + dt.timedelta(days=offset * (7 if unit == "week" else 1))) \
            if len(value) == 10 else None
    if unit == "month":
        if len(value) < 7:
            return None
        index = int(value[:4]) * 12 + int(value[5:7]) - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return str(int(value[:4]) + offset * (10 if unit == "decade" else 1))


def _participle_of(clause: Token) -> bool:
    """"..., killing four people": a participle with no subject or conjunction of its own tells
    what the main clause's event did, then and there."""
    if clause.tag_ != "VBG" or clause.i < clause.head.i or any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") or c.lower_ in OTHER_TIME for c in per_doc.children(clause)):
        return False
    # The parser hangs some on the sentence's first verb; one with another verb between is unsure,
    # unless that verb is an infinitive, no deed of its own ("ordered him to leave within a day,
    # accusing him of spying"), or a past participle describing a noun ("drove a truck packed with
    # explosives into the headquarters on Monday, killing 20")
    return not any(t.pos_ == "VERB" and not _infinitive(t) and not _describes_its_noun(t)
                   for t in clause.doc[clause.head.i + 1:clause.i])


def _describes_its_noun(verb: Token) -> bool:
    """A past participle after a noun that says what it is: "a truck packed with explosives"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and has_to_infinitive(verb)


def _purpose_of(clause: Token) -> bool:
    """"gathered on Monday to mark a year since ...": what the main clause's event was done for,
    done then."""
    return _infinitive(clause) and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in per_doc.children(clause))


def _of_the_date(clause: Token, dates: list[DateValue]) -> DateValue | None:
    """"The unrest began on Dec. 17, when police confiscated a vendor's cart": a "when" clause
    that describes a date happened on it (the parser may hang "when" on a later verb of the clause:
    "since June 2017, when insurgents stormed a prison and freed hundreds")."""
    words = [*per_doc.children(clause), *(c for verb in clause.conjuncts for c in per_doc.children(verb))]
    when = next((c for c in words if c.lower_ == "when" and c.dep_ in ("advmod", "mark")), None)
    if when is None:
        return None
    at = clause.head.idx
    if clause.dep_ == "advcl" and when.i > 1:
        # "Papua has been on edge since last month, when the arrest ... set off riots": hung on the
        # verb, the clause still tells of the date right before it
        before = clause.doc[when.i - 2] if clause.doc[when.i - 1].text == "," else clause.doc[when.i - 1]
        at = before.idx
    date = next((d for d in dates if d.start <= at < d.end), None)
    # "have manned barricades since Dec. 10, when police arrested ...": that day, not the month
    return date and per_doc.memo(clause.doc, SINCE_NAMED).get(date.start, date)


def _of_the_day_it_names(clause: Token, dates: list[DateValue]) -> DateValue | None:
    """"detained on Sept. 18, the same day the government shut down the newspapers": a clause
    describing a day that is itself a date ("the same day", "that week") happened on it, as does
    one describing the day set beside a date ("seized the town on Monday, the day the president flew")."""
    antecedent = clause.head
    if clause.dep_ != "relcl" or antecedent.pos_ != "NOUN" or any(
            t.tag_ in ("WDT", "WP") for t in clause.doc[clause.left_edge.i:clause.i]):
        return None  # (not "searches the previous night, in which hundreds were detained": of the searches)
    own = _date_over(antecedent, dates)
    if own is not None or antecedent.lower_ not in UNITS:
        return own
    comma = antecedent.left_edge.i - 1
    if comma < 1 or antecedent.doc[comma].text != ",":
        return None
    return _date_over(antecedent.doc[comma - 1], dates)


def _date_over(token: Token, dates: list[DateValue]) -> DateValue | None:
    """The date whose expression holds `token`."""
    return next((d for d in dates if d.start <= token.idx < d.end), None)


def _from_antecedent(clause: Token, dates: list[DateValue]) -> DateValue | None:
    """"the Monday attack that killed", "an attack on Monday killing five": the antecedent's own
    date, when the antecedent is what does the clause's deed (the relative word is its subject),
    or what the clause happens in ("the March 1 violence, in which 10 people died")."""
    antecedent = clause.head
    if clause.dep_ == "relcl" and not any(
            (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which"))
            or (c.dep_ == "prep" and c.lower_ in ("in", "during") and any(o.lower_ == "which" for o in per_doc.children(c)))
            for c in per_doc.children(clause)):
        return None
    doc = clause.doc
    sentence = per_doc.sentence(clause)
    for date in dates:
        span = per_doc.char_span(doc, date.start, date.end)
        if span is not None and per_doc.sentence(span) == sentence and _attachment(span.root).i == antecedent.i:
            return date
    return None


def _count(words: list[str]) -> int | None:
    """"three days" -> 3, "a day" -> 1; None for "several days" or "days"."""
    numbers = [int(w) for w in words if w.isdigit()] + [NUMBER_WORDS[w] for w in words if NUMBER_WORDS.get(w)]
    return numbers[0] if numbers and not {"several", "few"} & set(words) else None


def _same_time_words(trigger: Token) -> list[Token]:
    """The words of the trigger's own phrases, without those of a phrase of another time
    ("agreed to a truce after fighting on Sunday": not on Sunday). Places keep them: what
    follows an event mostly happens where it did ("arrested 20 people after clashes in Paris")."""
    return [t for t in phrase_words(trigger) if not _through_other_time(t, trigger)]


def _through_other_time(token: Token, trigger: Token) -> bool:
    while token.i != trigger.i and token.head.i != token.i:  # spaCy makes a new Token on each access: compare indices
        if token.dep_ in ("prep", "advmod") and token.lower_ in OTHER_TIME:  # ("ahead of" is an adverb's)
            return True
        token = token.head
    return False


def _same_moment_clauses(token: Token) -> list[Token]:
    """Adverbial clauses that happen at the same time as `token`'s ("as it approached", "when
    police moved in", "while talks went on"); not "after" or "before" clauses."""
    return [child for child in per_doc.children(token) if child.dep_ == "advcl" and _of_the_same_moment(child)]


def _describing_participles(trigger: Token) -> list[Token]:
    """"blew himself up among crowds waiting outside the airport on Thursday evening": an "-ing"
    participle describing a noun of the event's phrases goes on while the event happens (a past
    one does not: "aid workers kidnapped in 2019")."""
    return [c for t in _same_time_words(trigger) for c in per_doc.children(t) if c.dep_ == "acl" and c.tag_ == "VBG"]


def _participles_beside(path: list[Token]) -> list[Token]:
    """"Speaking at the White House on Thursday evening, Biden vowed ...", "Lee, speaking on
    Tuesday evening from a bunker, warned ...": an "-ing" clause before the event's verb or set
    off beside its subject, with no conjunction of its own, tells what the doer was doing as it
    acted, and so when."""
    found = []
    for token in path:
        found += [c for c in per_doc.children(token) if c.dep_ == "advcl" and ing_form(c) and c.i < token.i
                  and not any(g.dep_ == "mark" for g in per_doc.children(c))]
        found += [c for s in per_doc.children(token) if s.dep_ in ("nsubj", "nsubjpass") for c in per_doc.children(s)
                  if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > s.i and c.doc[c.i - 1].text == ","]
    return found


def _means_clauses(token: Token) -> list[Token]:
    """"defied the government by holding elections in September": what an event was done by
    doing was done then."""
    # (the parser makes some such "by" a passive's agent: "were executed by firing squad on Monday")
    return [c for prep in per_doc.children(token) if prep.dep_ in ("prep", "agent") and prep.lower_ == "by"
            for c in per_doc.children(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"]


def _subjects_dated_before_the_verb(token: Token) -> list[Token]:
    """"Human rights groups on Sunday demanded ...", "Student leaders from three universities on
    Monday called ...": a day the parser hangs inside the verb's subject, standing right before
    the verb (or its auxiliaries), is the verb's (wire style puts the day there): the words of the
    subject that such an "on" phrase hangs on. Not a day inside the subject elsewhere ("the protests
    on Sunday and the strike were ...")."""
    # (past a dateline the parser took for the subject: "SAO PAULO (AP) - Rights groups on Sunday ...")
    subjects = [real for s in per_doc.children(token) if s.dep_ in ("nsubj", "nsubjpass") for real in past_dateline(s)]
    verb_start = min([token.i, *(c.i for c in per_doc.children(token) if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i)])
    return [t.head for s in subjects if s.i < token.i for t in s.subtree
            if t.dep_ == "prep" and t.lower_ == "on" and t.right_edge.i + 1 == verb_start]


def _purpose_clauses(token: Token) -> list[Token]:
    """"fired tear gas to disperse protesters on Monday": what a deed was done to do was done
    with it, then (as places.py places it); not what was agreed or asked to be done ("agreed to
    hold talks on Monday" is an xcomp, a plan)."""
    purposes = [c for c in per_doc.children(token) if c.dep_ == "advcl" and c.pos_ == "VERB" and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in per_doc.children(c))
                and not any(m.dep_ == "mark" for m in per_doc.children(c))]
    # "sent troops to help crush protests in Bahrain in March": what the help was for, too
    return purposes + [c for p in purposes if p.lemma_ == "help" for c in per_doc.children(p)
                       if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]


def _of_the_same_moment(clause: Token) -> bool:
    """An adverbial clause led by "as", "when" or "while" (the parser makes "when" an adverb)."""
    return any((c.dep_ == "mark" and c.lower_ in SAME_MOMENT_MARKS) or (c.dep_ == "advmod" and c.lower_ in ("when", "while"))
               for c in per_doc.children(clause))


def _attachment(root: Token) -> Token:
    """The word a date expression modifies: through its preposition ("on Tuesday" -> the verb)
    and an adverb of the hour ("late on Saturday")."""
    root = _time_root(root)
    head = root.head
    opening = root.left_edge.i - 1
    if root.dep_ in ("compound", "nmod") and opening >= 0 and root.doc[opening].lower_ in ("on", "in") and (
            root.doc[opening].dep_ == "prep" and root.doc[opening].head.pos_ in ("VERB", "AUX")):
        # "On Monday Angela Merkel met Macron": with no comma the parser makes the day part of the name
        return _across_report(root.doc[opening].head, root)
    if root.dep_ == "pobj" and head.lower_ in DATE_PREPOSITIONS:
        word = head.head
        coming = _what_it_is_ahead_of(word, head)
        if coming is not None:
            return coming
        while word.dep_ == "advmod" and word.pos_ == "ADV" and word.head is not word:
            word = word.head  # "early on Wednesday" hangs from "early"
        while word.lower_ in TIMES_OF_DAY and word.dep_ == "pobj" and word.head.head.i != word.head.i:
            word = word.head.head  # "before dawn on Monday": the hour of that day, not another event
        word = _past_clock_time(word)  # "broke out around 6 a.m. on Thursday"
        word = _out_of_the_scene(word)
        if word.dep_ in ("nsubj", "nsubjpass") and (word.i < root.i or head.i < word.i) and root.i < word.head.i and (
                word.head.pos_ in ("VERB", "AUX")):
            # "Police on Tuesday arrested ...": the wire's date before the verb dates the verb; so
            # does one opening the sentence that the parser hangs on the subject ("On April 15, the RSF attacked")
            word = word.head
        return _across_report(_out_of_naming(_before_its_clause(word, root)), root)
    if root.dep_ in NOUN_MODIFIERS and root.lower_ in WEEKDAYS and head.lower_ in _day_rites() and (
            head.dep_ == "pobj" or (head.dep_ == "dobj" and head.head.dep_ == "advcl")):
        # "opened fire after Friday prayers", "as worshippers left Friday prayers": the rite's day
        # is the day of what it sets, as "before dawn on Friday" is (dates/day_rites)
        word = head.head.head if head.dep_ == "pobj" and head.head.head.i != head.head.i else head.head
        return _across_report(_before_its_clause(word, root), root)
    if per_doc.memo(root.doc, LASTING).get(root.i) and (lasted := _since_dated_happening(root)) is not None:
        return lasted  # (across years no unit holds the span: "killed since the October election" stays undated)
    if root.dep_ in NOUN_MODIFIERS and head.pos_ in ("NOUN", "PROPN"):
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "the 2008 Mumbai attacks": the noun the compound names
        return head
    word = head if root.dep_ in ("npadvmod", "tmod", "obl", "advmod", "nmod", "dobj", "pobj") else root
    if root.dep_ == "npadvmod" and word.lower_ in COUNTED_DAYS and word.dep_ == "pobj" and word.head.lower_ == "for" and (
            word.head.head.i != word.head.i):
        word = word.head.head  # "clashed for a second day Tuesday": the clashing's day
    while word.lower_ in TIMES_OF_DAY and word.dep_ == "pobj" and word.head.head.i != word.head.i:
        word = word.head.head  # "before dawn Tuesday" (wire style, no "on"): the hour of that day
    if word.dep_ in ("nsubj", "nsubjpass") and root.i < word.i < word.head.i and word.head.pos_ in ("VERB", "AUX"):
        word = word.head  # "Hours later Prime Minister Rajoy sacked ...": opening the sentence, hung on its subject
    return _across_report(_before_its_clause(word, root), root)


def _what_it_is_ahead_of(word: Token, prep: Token) -> Token | None:
    """"arrested dozens of activists ahead of the parliamentary election in June": a date right
    after "ahead of" a happening is that happening's, however the parser hangs it."""
    ahead = next((c for c in per_doc.children(word) if c.lower_ == "ahead" and c.right_edge.i == prep.i - 1), None)
    of = next((c for c in per_doc.children(ahead) if c.lower_ == "of"), None) if ahead is not None else None
    return next((c for c in per_doc.children(of) if c.dep_ == "pobj"), None) if of is not None else None


def _out_of_the_scene(word: Token) -> Token:
    """"fired live rounds outside his home in the Cadjehoun district on Thursday": the parser
    hangs the day on the place where the deed was done; a place has no day of its own, so the
    day is the deed's. Not a happening named there ("at a rally in the capital on Sunday": the
    rally's day, which dates what it sets as _a_setting says)."""
    while _as_noun(word) and word.dep_ == "pobj" and word.head.lower_ in SCENE_PREPOSITIONS and (
            word.head.head.i != word.head.i) and not _kinds(word):
        word = word.head.head
    return word


def _as_noun(word: Token) -> bool:
    """A noun, or a noun with modifiers before it that the parser tagged a verb ("in the federal
    parliament building")."""
    return word.pos_ in ("NOUN", "PROPN") or (word.pos_ == "VERB" and word.tag_ in ("NN", "VBG") and any(
        c.dep_ in ("det", "compound", "amod", "poss") for c in word.lefts))


def _before_its_clause(word: Token, root: Token) -> Token:
    """"occupied the town last November before the army drove them out": a clause begins at its
    "before", "after" or "as", so a date the parser hangs on it from before that word is the
    main clause's. So is one before an "after" clause the parser reads as a complement ("In April,
    after the court ruled his government unlawful, the president abrogated the constitution")."""
    if word.dep_ in ("advcl", "ccomp") and word.head.i != word.i and any(
            c.dep_ == "mark" and root.i < c.i < word.i and (word.dep_ == "advcl" or c.lower_ in ("after", "before"))
            for c in per_doc.children(word)):
        came_from, word = word, word.head
        # "ransacked malls overnight as unrest sparked by the jailing spread": the parser may give the
        # "as" to a participle inside the clause; a clause verb after the date with nothing of its
        # own before it began with that "as" too
        while word.dep_ in ("advcl", "ccomp") and word.head.i != word.i and word.i > root.i and not any(
                c.i < root.i for c in per_doc.children(word) if c.i != came_from.i):
            came_from, word = word, word.head
    return word


def _past_clock_time(word: Token) -> Token:
    """"broke out around 6 a.m. on Thursday", "struck at 10 p.m. on Friday": the parser hangs the
    day on the hour, which is the time of the verb the hour hangs on."""
    if word.ent_type_ != "TIME" or word.head.i == word.i:
        return word
    if word.dep_ in ("npadvmod", "tmod"):
        return word.head
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.i != word.head.i:
        return word.head.head
    return word


def _time_root(root: Token) -> Token:
    """"Tuesday evening", "Friday night": the parser makes the day a compound of the part of the
    day; the two name one time, which hangs where the part of the day does."""
    head = root.head
    if root.dep_ in NOUN_MODIFIERS and head.lower_ in PARTS_OF_DAY and head.i == root.i + 1:
        return head
    if root.dep_ == "prep" and root.lower_ in ("after", "before"):
        # "shortly after midnight" (_midnight_bound): the hour hangs where its preposition does
        return next((c for c in per_doc.children(root) if c.dep_ == "pobj" and c.lower_ == "midnight"), root)
    return root


def _out_of_naming(word: Token) -> Token:
    """"struck what it called militant camps early on Wednesday": the parser hangs the date on
    the verb that names the object; it dates the verb whose object that is. "accused Venezuela
    of threatening its territory in a speech on Thursday": a charge's date is the charging's."""
    if word.lemma_ in NAMING_VERBS and word.head.i != word.i and any(c.lower_ == "what" for c in per_doc.children(word)):
        return word.head
    if _what_it_said_was(word):
        return word.head.head
    # (unless the charging has a day of its own: "on Wednesday accused the rebels of raiding a
    # base late on Tuesday", the later day is the raid's)
    if word.dep_ == "pcomp" and word.head.lower_ in ("of", "for") and word.head.head.lemma_ in CHARGING_VERBS and not (
            _dated_itself(word.head.head)):
        return word.head.head
    return word


def _dated_itself(verb: Token) -> bool:
    """Whether a day hangs on `verb` itself ("on Wednesday accused", "accused ... on Wednesday")."""
    def a_date(word: Token) -> bool:
        return word.ent_type_ in ("DATE", "TIME") or word.lower_ in WEEKDAYS

    return any((c.dep_ == "prep" and c.lower_ in DATE_PREPOSITIONS and any(
        g.dep_ == "pobj" and a_date(g) for g in per_doc.children(c))) or (c.dep_ in ("npadvmod", "tmod") and a_date(c))
        for c in per_doc.children(verb))


def _what_it_said_was(word: Token) -> bool:
    """"struck what New Delhi said was a training camp": the copula of an object that a report
    names, two clauses below the verb that acts on the object."""
    return (word.dep_ == "ccomp" and word.lemma_ == "be" and any(c.lower_ == "what" for c in per_doc.children(word))
            and word.head.lemma_ in REPORTING_NAMERS and word.head.dep_ == "ccomp")


def _across_report(word: Token, date: Token) -> Token:
    """Where the parser hangs a date on the wrong side of a report: "Gunmen killed him early on
    Wednesday, the minister said" (a date between the reported clause and the subject of the
    verb that reports it dates what is reported); "Venezuela said on Sunday it had deployed
    troops" (a date before the reported clause's subject dates the saying); "On Wednesday, the
    army said, jets bombed the airport" (a report set off as an aside dates nothing)."""
    content = next((c for c in per_doc.children(word) if c.dep_ == "ccomp" and c.i < date.i), None)
    subject = next((c for c in per_doc.children(word) if c.dep_ in ("nsubj", "nsubjpass") and c.i > date.i), None)
    if content is not None and subject is not None and subject.i < word.i and not any(
            c.dep_ == "punct" and c.text in (":", ";") and content.i < c.i < date.i for c in per_doc.children(word)):
        # (not a clause before a colon: "the feuds feed on each other: in early 2012, youths attacked ...")
        return content
    own_subject = next((c for c in per_doc.children(word) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if word.dep_ == "ccomp" and word.head.i < date.i and own_subject is not None and date.i < own_subject.i:
        return word.head
    if word.dep_ == "parataxis" and word.head.i > word.i and own_subject is not None and date.i < own_subject.i:
        return word.head  # "On Wednesday, the army said, jets bombed the airport": the report is an aside
    return word
