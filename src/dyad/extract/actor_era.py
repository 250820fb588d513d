"""The era of an undated story, read from its text as an analyst would, and the role each
person held in it.

An undated article still says when it was written. Its anchors, each a set of spans of time:

* an office holder the text titles with an office the knowledge base knows they held
  ("President Boris Yeltsin", "Secretary of State Warren Christopher"): the years of that office
  (all of them, for "President Bush" or a second term); "former President Jimmy Carter": after it;
* the latest year it names ("in 1994", "since 1991", "the 1996 elections"): from the year before
  on (a story names the elections it awaits, not those of years ahead);
* a name that was in use only in some years, as the story uses it ("Zaire", "the Soviet Union",
  "the OAU", "the European Union"; ``actors/name_eras.yaml``).

The era is the time the most anchors agree on (a title counts twice a year or a name). A person
the story names without an office of their own then takes the role they held for much of the
era, or after their last office, an ex-official (ELI) with its country, and never the office of
a later career; "former" still makes them ELI (``actors``). Dated stories are not read this way:
their date says it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from dyad.extract import per_doc
from dyad.lexicon.actors.knowledge import KB_AS_OF, Entity, Role, after_last_role

if TYPE_CHECKING:
    from dyad.extract.actors import ActorResolver

EARLIEST = dt.date(1900, 1, 1)
KB_FROM = dt.date(1945, 1, 1)  # the knowledge base's offices begin after
LATEST = dt.date(2100, 1, 1)

# How much an anchor counts: an office holder's title says more than a year or a name.
TITLE_WEIGHT = 2
YEAR_WEIGHT = 1
NAME_WEIGHT = 1

# How long after an office ended the news still gives its title ("President X was ousted on
# Monday", "Prime Minister X was taken hostage"; an end known to the month only).
TITLE_LAG = dt.timedelta(days=62)

# Words of a personal name before the part the knowledge base knows ("Zine al-Abidine").
NAME_WORDS = 4

# Words before a title that say the office is not held at the time of the story.
FORMER_WORDS = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile"})
PAST_WORDS = frozenset({"late", "then", "then-", "future", "incoming", "designate", "elect", "-elect"})

# Words near a name that tell of the time before it ("the former Soviet Union", "the breakup of
# Yugoslavia", "since the Soviet Union collapsed").
HISTORY_WORDS = frozenset({"former", "ex", "old", "then", "onetime", "erstwhile", "late", "collapse", "collapsed",
                           "breakup", "break-up", "broke", "fall", "fell", "dissolution", "dissolved", "demise",
                           "disintegration", "disintegrated", "end", "ended", "era", "-era", "days", "times",
                           "successor", "successors", "replaced", "renamed", "formerly", "once", "history"})

# Words before a year that make it no time the story has reached ("by 2030", "until 2010").
YEAR_BLOCKERS = frozenset({"by", "until", "till", "til", "before", "through", "to", "next", "in-", "around"})
NOT_PAST_AUX = frozenset({"will", "would", "shall", "'ll", "to", "may", "might", "could", "should", "can", "must"})
YEAR = re.compile(r"(?:19[4-9][0-9]|20[0-9][0-9])s?")


@dataclass(frozen=True)
class Anchor:
    spans: tuple[tuple[dt.date, dt.date], ...]  # [start, end) each
    weight: int


@dataclass(frozen=True)
class Era:
    """The spans of time an undated story is most likely of (disjoint, [start, end) each)."""

    spans: tuple[tuple[dt.date, dt.date], ...]

    @property
    def start(self) -> dt.date:
        return self.spans[0][0]

    @property
    def end(self) -> dt.date:
        return self.spans[-1][1]

    def holds(self, role: Role) -> bool:
        """The role was held for much of the era: the part of it within the era is half the
        role or more, or a quarter of the era or more (Gorbachev's last months are no part of
        an era titled by Yeltsin's presidency; a minister's two years inside it are)."""
        start, end = _clipped(*_span(role))
        spans = [_clipped(*span) for span in self.spans]
        within = sum(_days(max(lo, start), min(hi, end)) for lo, hi in spans)
        if within == 0:
            return False
        return 2 * within >= _days(start, end) or 4 * within >= sum(_days(*span) for span in spans)


def _span(role: Role) -> tuple[dt.date, dt.date]:
    return role.start or EARLIEST, role.end or LATEST


def _clipped(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """A span cut to the years the knowledge base knows of (an open end is its own date)."""
    return max(start, KB_FROM), max(min(end, KB_AS_OF), KB_FROM)


def _days(start: dt.date, end: dt.date) -> int:
    return max((end - start).days, 0)


def role_in_era(entity: Entity, era: Era) -> Role:
    """The role the person held in the era (of several, the one an undated story would give
    them: the latest), else one begun in the weeks after it (a story of the handover still
    titles the leader it ends); after the last one held before it, an ex-official (ELI) of its
    country after an office (`after_last_role`); before every role, its country alone."""
    if entity.kind != "person" or not entity.roles:
        return entity.role_at(None)
    held = tuple(r for r in entity.roles if era.holds(r)) \
        or tuple(r for r in entity.roles if r.start is not None and era.end <= r.start < era.end + TITLE_LAG)
    if held:
        return replace(entity, roles=held).role_at(None)
    past = [r for r in entity.roles if r.end is not None and r.end <= era.end]
    if past:
        last = max(past, key=lambda r: r.end)
        return Role(last.country, after_last_role(last, entity.roles), None)
    first = min(entity.roles, key=lambda r: r.start or dt.date.max)
    return Role(first.country, None, None)


def story_era(resolver: ActorResolver) -> Era | None:
    """The era the text's anchors agree on most, or None when it names none."""
    anchors = [*_title_anchors(resolver), *_year_anchors(resolver), *_name_anchors(resolver)]
    return _agreed(anchors)


def _agreed(anchors: list[Anchor]) -> Era | None:
    """The spans covered by the greatest weight of anchors."""
    if not anchors:
        return None
    edges = sorted({d for a in anchors for span in a.spans for d in span} | {EARLIEST, LATEST})
    weights = []
    for lo, hi in zip(edges, edges[1:]):
        weights.append(sum(a.weight for a in anchors if any(s <= lo and hi <= e for s, e in a.spans)))
    best = max(weights)
    if best == 0:
        return None
    spans: list[tuple[dt.date, dt.date]] = []
    for (lo, hi), weight in zip(zip(edges, edges[1:]), weights):
        if weight == best:
            if spans and spans[-1][1] == lo:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    return Era(tuple(spans))


def _title_anchors(resolver: ActorResolver) -> list[Anchor]:
    """ "President Boris Yeltsin": the years the named person held the office the title names."""
    anchors = []
    for item in resolver.found:
        title = _title_before(resolver, item)
        if title is None:
            continue
        people = {a.entity for a in item.aliases if a.entity.kind == "person"}
        roles = [r for p in people for r in p.roles if _same_office(r, title.agent)]
        if not roles:
            continue
        before = {t.lower_ for t in resolver.doc[max(title.start - 2, 0):title.start]}
        if before & PAST_WORDS:
            continue  # "the late President X", "then-President X": not the office of the day
        if before & FORMER_WORDS:
            ended = [r.end for r in roles if r.end is not None]
            if ended:
                anchors.append(Anchor(((max(ended), LATEST),), TITLE_WEIGHT // 2))
            continue
        anchors.append(Anchor(tuple(sorted(map(_span, roles))), TITLE_WEIGHT))
    return anchors


def _title_before(resolver: ActorResolver, item):
    """The office title written right before the name ("President Boris Yeltsin"), or before
    the personal name the item ends ("President Zine al-Abidine Ben Ali")."""
    start, doc = item.start, resolver.doc
    while start > 0 and item.start - start < NAME_WORDS and doc[start - 1].pos_ == "PROPN" \
            and start - 1 not in resolver.at_token:
        start -= 1  # given names the knowledge base does not spell so
    title = resolver.at_token.get(start - 1) if start else None
    if title is None or title.end != start or title.agent is None or not title.agent.title:
        return None
    return title


def _same_office(role: Role, agent) -> bool:
    return role.title == agent.title or role.title == "leader" and agent.leader


def _year_anchors(resolver: ActorResolver) -> list[Anchor]:
    """The latest year the text names as a time past ("in 1994", "won the 1996 elections",
    "has ruled since 1991"; not "will hold elections in 2014", "by 2030"), up to the knowledge
    base's own year: the story is of that year or the one after, or of later years."""
    doc = resolver.doc
    years = []
    for token in doc:
        if token.ent_type_ != "DATE" or not YEAR.fullmatch(token.text):
            continue
        year = int(token.text[:4])
        if year > KB_AS_OF.year or token.i and doc[token.i - 1].lower_ in YEAR_BLOCKERS or not _past(token):
            continue
        years.append(year)
    if not years:
        return []
    return [Anchor(((dt.date(max(years) - 1, 1, 1), LATEST),), YEAR_WEIGHT)]


def _past(token) -> bool:
    """The nearest verb above the word tells of the past ("killed in 1994", "has ruled since
    1991", "the 1990 elections, which it won"), with no future or modal before it."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_PAST_AUX for c in per_doc.children(verb))


def _name_anchors(resolver: ActorResolver) -> list[Anchor]:
    """A name in use only in some years ("Zaire"), as the story uses it: those years."""
    doc = resolver.doc
    anchors = []
    for pattern, span in _name_patterns():
        for match in pattern.finditer(resolver.text):
            words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if words is None:
                continue
            near = doc[max(words.start - 3, 0):words.start].text.lower().split() \
                + doc[words.end:words.end + 3].text.lower().split()
            if not HISTORY_WORDS.intersection(near):
                anchors.append(Anchor((span,), NAME_WEIGHT))
                break
    return anchors


@cache
def _name_patterns() -> tuple[tuple[re.Pattern, tuple[dt.date, dt.date]], ...]:
    """Each name of ``actors/name_eras`` as a pattern of whole words, with the span of time it
    was in use."""
    from dyad import lexicon

    patterns = []
    for entry in lexicon.load("actors/name_eras"):
        span = (_date(entry.get("from")) or EARLIEST, _date(entry.get("until")) or LATEST)
        names = "|".join(re.escape(str(name)) for name in sorted(entry["names"], key=len, reverse=True))
        patterns.append((re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), span))
    return tuple(patterns)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
