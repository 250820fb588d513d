"""Actor mentions for the phrases the parse points at: the resolver's answer, or a better one
from an apposition, a partitive ("thousands of Kurds"), a pronoun's antecedent, a modifier
("Palestinian homes") or a place named in the phrase."""

from __future__ import annotations

import copy
import dataclasses

from spacy.tokens import Token

from dyad.extract import per_doc
from dyad.extract.actor_coordination import one_name
from dyad.extract.actors import BACKING_WORDS, accord_town, country_named, partisan
from dyad.extract.coref import age_epithet
from dyad.extract.event_participants import PRONOUNS_FIRST, PRONOUNS_THIRD, list_members
from dyad.extract.event_syntax import NOT_ACTORS, SUBJECT_DEPS, partitive_heads
from dyad.extract.phrases import dateline_end, noun_phrase
from dyad.extract.places import CITY_POPULATION, famous_surname, lookup
from dyad.model import Attribution, Mention, Place

PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def mentions_for(heads: list[Token], actors, attributions: list[Attribution], places: list[Place],
              modifier: bool = False) -> list[Mention]:
    """The actors the phrases headed by `heads` name, each resolved as well as it can be:
    the phrase; its apposition ("his envoy, Steve Witkoff"); what a number or group is of
    ("thousands of Iraqi Kurds"); a pronoun's antecedent; a nationality or owner among its
    modifiers ("Palestinian homes"); a place in it. Mentions with no country, code or sector
    are not actors."""
    mentions = []
    for head in heads:
        if head.ent_type_ in ("DATE", "TIME") and not age_epithet(head):  # "the 68-year-old" is a person
            continue  # "imposed sanctions on Russia on Friday": a day is no party, though a name may share it
        found = _best(head, actors, attributions, places)
        if modifier:
            found = [m for m in found if m.country or m.code]
        mentions.extend(m for m in found if m.country or m.code or m.sector)
    return unique_mentions(mentions)


COMPASS = frozenset({"north", "south", "east", "west"})


def compass_pair(head: Token) -> list[Mention]:
    """ "North and South Korea", "East and West Germany": two countries sharing one name; [] if
    the phrase is not such a pair or either half is no country."""
    halves = [c for c in per_doc.children(head) if c.dep_ in ("nmod", "compound", "amod") and c.lower_ in COMPASS
              and any(d.dep_ == "conj" and d.lower_ in COMPASS for d in per_doc.children(c))]
    if not halves:
        return []
    first = halves[0]
    second = next(d for d in per_doc.children(first) if d.dep_ == "conj" and d.lower_ in COMPASS)
    text = per_doc.text(head.doc)
    pairs = [(first, first, f"{first.text} {head.text}"), (second, head, f"{second.text} {head.text}")]
    found = []
    for start, end, name in pairs:
        country = country_named(name)
        if country is None:
            return []
        begin, finish = start.idx, end.idx + len(end)
        found.append(Mention(text=text[begin:finish], start=begin, end=finish, name=name, country=country,
                             sector=None, code=country, kind="place"))
    return found


def hyphen_pair(head: Token, actors) -> list[Mention]:
    """ "India-Pakistan talks", "the U.S.-North Korea summit", "Israeli-Palestinian talks": two
    parties joined by a hyphen in one phrase; [] if the phrase is no such pair (a name of its own
    hyphenated, "Guinea-Bissau", "Al-Shabaab", resolves to one party either side)."""
    span = noun_phrase(head)
    doc = head.doc
    hyphens = [t for t in span if t.text == "-" and span.start < t.i < span.end - 1
               and not doc[t.i - 1].whitespace_ and not t.whitespace_]
    if len(hyphens) != 1:
        return []
    hyphen = hyphens[0].i
    before, after = actors.at_token.get(hyphen - 1), actors.at_token.get(hyphen + 1)
    if before is None or after is None or before is after:
        return []  # a name and a word ("NATO-led forces"), or one name across the hyphen ("Al-Shabaab")
    halves = [actors.resolve_all(doc[span.start:hyphen]), actors.resolve_all(doc[hyphen + 1:span.end])]
    if any(len(half) != 1 or not (half[0].country or half[0].code) for half in halves):
        return []
    first, second = halves[0][0], halves[1][0]
    return [first, second] if first.code != second.code else []


def _best(head: Token, actors, attributions: list[Attribution], places: list[Place]) -> list[Mention]:
    if pair := compass_pair(head) or hyphen_pair(head, actors):
        return pair
    found = _resolve(head, actors)
    if any_known(found):
        return _split_of(_members_of_plural(found, head, actors), head, actors)
    tries = [lambda: [m for a in per_doc.children(head) if a.dep_ == "appos" for m in _resolve(a, actors)],
             lambda: [m for g in partitive_heads(head) for m in _best(g, actors, attributions, places)],
             lambda: [m for g in named_members(head) for m in _resolve(g, actors)],
             lambda: _pronoun(head, actors, attributions) if head.pos_ == "PRON" else [],
             lambda: _outermost([m for c in _modifiers(head) if c.ent_type_ not in NOT_ACTORS and not _partisan(c, actors)
                                 and not _names_an_accord(c, actors) for m in _resolve(c, actors)]),
             lambda: _owned(found, head, actors),
             lambda: _located(found, head, places),
             lambda: _places_in(head, places),
             lambda: _gazetteer(head, actors)]
    partial = []  # "thousands of prisoners", "opposition demands": a party known by its sector only
    for attempt in tries:
        better = attempt()
        if any_known(better):
            return better
        partial = partial or [m for m in better if m.sector]
    return found or partial


# Prepositions that name members of a class: "several countries including Turkey, Bolivia and
# Honduras", "donors such as Norway", "states like Qatar".
MEMBER_PREPOSITIONS = frozenset({"including", "like"})


def named_members(head: Token) -> list[Token]:
    """The members a class noun names after "including", "such as" or "like", every one of the
    list: the parser makes the first the preposition's object and the others its conjuncts."""
    found = []
    for prep in per_doc.children(head):
        such_as = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
        if prep.dep_ != "prep" or not (prep.lower_ in MEMBER_PREPOSITIONS or such_as):
            continue
        found += [t for g in per_doc.children(prep) if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
    return found


def _members_of_plural(found: list[Mention], head: Token, actors) -> list[Mention]:
    """ "Mali, Burkina Faso and Niger said they were quitting the bloc": "they" stands for every
    member of the list it refers back to, not only the first (the list's head), each over the
    pronoun's own words."""
    if head.lower_ not in PLURAL_PRONOUNS or len(found) != 1:
        return found
    antecedent = actors.chains.antecedent(head)
    if antecedent is None:
        return found
    heads = sorted({t for h in list_members(antecedent) for t in (h, *h.conjuncts)}, key=lambda t: t.i)
    if len(heads) < 2:
        return found
    members = [m for c in heads for m in _resolve_one(c, actors)]
    if len(members) < 2 or not all(m.country or m.code for m in members):
        return found
    pronoun = found[0]
    return [dataclasses.replace(pronoun, name=m.name, country=m.country, sector=m.sector, code=m.code, kind=m.kind)
            for m in members]


def _partisan(modifier: Token, actors) -> bool:
    """ "pro-Russian rebels", "Iranian-backed militias": the country is whom they are for, not a party."""
    item = actors.at_token.get(modifier.i)
    return item is not None and partisan(modifier.doc, item)


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """A name's own words are no second party ("a European Union scheme": the Union, not also "European")."""
    return [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end and (o.start, o.end)
                                           != (m.start, m.end) and o.code == m.code for o in mentions)]


def _owned(found: list[Mention], head: Token, actors) -> list[Mention]:
    """ "the mayor of Kherson", "negotiators from Sudan and South Sudan": a role takes the country
    of the place or party its "of", "for" or "from" phrase names; otherwise that party stands in."""
    owners = [m for p in per_doc.children(head) if p.dep_ == "prep" and p.lower_ in ("of", "for", "from")
              for g in per_doc.children(p) if g.dep_ == "pobj" for c in (g, *g.conjuncts)
              for m in (_resolve(c, actors) if any_known(_resolve(c, actors)) else _gazetteer(c, actors))]
    owners = [m for m in owners if m.country or m.code]
    roles = [m for m in found if m.sector and not m.country and m.code in (None, m.sector)]
    if roles and owners and all(m.country for m in owners):
        role = roles[0]
        return [dataclasses.replace(role, text=m.text, start=m.start, end=m.end, country=m.country,
                                    code=f"{m.country}{role.sector}", name=None) if len(owners) > 1 else
                dataclasses.replace(role, country=m.country, code=f"{m.country}{role.sector}") for m in owners]
    return owners


def _modifiers(head: Token) -> list[Token]:
    """Modifiers that may name who: "Palestinian homes", and through a compound "US Predator attacks";
    not the dateline the parser hangs on the first subject ("HONIARA (Reuters) - Rioters torched
    shops": the reporter's town is no one's side)."""
    story_start = dateline_end(head.doc)
    found = [c for c in per_doc.children(head) if c.dep_ in ("amod", "compound", "nmod", "poss")
             and (c.idx >= story_start or head.idx < story_start)]
    # ... and each of coordinated ones: "Georgian and Moldovan wines" are both countries' wines
    return (found + [g for c in found if c.dep_ == "compound" for g in per_doc.children(c) if g.dep_ in ("amod", "compound")]
            + [g for c in found if c.dep_ in ("amod", "compound") for g in c.conjuncts if g.i < head.i])


def _gazetteer(head: Token, actors) -> list[Mention]:
    """A proper name the actor resolver does not know may be a place ("shelled Kharkiv")."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("ORG", "NORP"):
        return []
    tokens = sorted([head, *(c for c in per_doc.children(head) if c.dep_ == "compound" and c.pos_ == "PROPN")], key=lambda t: t.i)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return []
    span = head.doc[tokens[0].i:tokens[-1].i + 1]
    if len(span) == 1 and not head.ent_type_ and actors.kb.names_a_person(span.text):
        return []  # "Cruz slammed the deal": a known surname the tagger left unlabelled is no town in Brazil
    countries = frozenset(actors.countries())
    found = lookup(span.text, countries)
    if found is None or not found.country or (head.ent_type_ == "PERSON" and (
            found.population < CITY_POPULATION or famous_surname(span, countries))):
        # the small model calls some cities persons; small places named like people are not
        # trusted, nor a town named like someone famous ("attacks on Bush": not Bush in Egypt)
        return []
    return [Mention(text=span.text, start=span.start_char, end=span.end_char, name=found.name,
                    country=found.country, sector=None, code=found.country, kind="place")]


def _split_of(found: list[Mention], head: Token, actors) -> list[Mention]:
    """ "the foreign ministers of Brazil and Argentina", "negotiators from Sudan and South Sudan" are
    two parties, each with the role."""
    owners = [g for p in per_doc.children(head) if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for g in per_doc.children(p) if g.dep_ == "pobj"]
    # the role the head names; others coordinated with it stay ("the defence ministers of Armenia and
    # Azerbaijan and the commander of Karabakh forces": the ministers are two parties, the commander a third)
    roles = [m for m in found if m.start <= head.idx < m.end]
    pair = compass_pair(owners[0]) if owners else []  # "the leaders of North and South Korea"
    if len(roles) != 1 or not owners or not (owners[0].conjuncts or pair):
        return found
    if one_name(actors, [head, owners[0]]):
        return found  # "the Department of Health and Human Services": one body's name
    role = roles[0]
    parts = pair or [m for g in (owners[0], *owners[0].conjuncts) for m in _resolve_one(g, actors)]
    if len(parts) < 2 or not all(m.country for m in parts):
        return found
    split = [dataclasses.replace(role, text=m.text, start=m.start, end=m.end, country=m.country,
                                 code=f"{m.country}{role.sector}" if role.sector else m.country, name=None)
             for m in parts]
    return [n for m in found for n in (split if m is role else [m])]


def _resolve_one(head: Token, actors) -> list[Mention]:
    span = head.doc[head.i:head.i + 1]
    compounds = [c for c in per_doc.children(head) if c.dep_ == "compound" and c.i < head.i]
    if compounds:
        span = head.doc[min(c.i for c in compounds):head.i + 1]
    return list(actors.resolve_all(span))


def any_known(mentions: list[Mention]) -> bool:
    return any(m.country or m.code for m in mentions)


def _resolve(head: Token, actors) -> list[Mention]:
    # once per head: every event of a sentence asks for its words' actors again (copies, as
    # the callers may change what they get)
    known = per_doc.memo(head.doc, "event_mentions")
    if head.i not in known:
        span = noun_phrase(head)
        if len(span) > 1 and span[-1].dep_ == "case":
            span = span[:-1]  # "Trump's" -> "Trump"
        known[head.i] = actors.resolve_all(span)
    return [copy.copy(mention) for mention in known[head.i]]


def _pronoun(pronoun: Token, actors, attributions: list[Attribution]) -> list[Mention]:
    """ "we" in a quote is its speaker; "it" in "the White House confirmed that it had halted"
    is the subject of the clause that reports it, unless quoted."""
    word = pronoun.lower_
    if word in PRONOUNS_FIRST:
        holding = [a for a in attributions if a.source is not None
                   and any(c.start <= pronoun.idx < c.end for c in a.content)]
        if holding:
            source = min(holding, key=lambda a: sum(c.end - c.start for c in a.content)).source
            return [source]
        return []
    if word in PRONOUNS_THIRD and not any(a.direct and any(c.start <= pronoun.idx < c.end for c in a.content)
                                          for a in attributions):
        # (in his own quoted words a speaker is "I" or "we": "it" there is something else,
        # "'we will not accept it,' said X")
        token = pronoun.head
        while token.head.i != token.i:
            if token.dep_ == "ccomp":
                subjects = [c for c in per_doc.children(token.head) if c.dep_ in SUBJECT_DEPS]
                if subjects and subjects[0].pos_ != "PRON":
                    return list(actors.resolve_all(noun_phrase(subjects[0])))
                break
            token = token.head
    return []


def _names_an_accord(modifier: Token, actors) -> bool:
    """"the Lisbon Treaty", "the Minsk agreements": a capital naming an accord is no party to it
    (actors.accord_town; a country is: "the Iran nuclear talks")."""
    item = actors.at_token.get(modifier.i)
    return item is not None and bool(item.aliases) and accord_town(modifier, item)


def _places_in(head: Token, places: list[Place]) -> list[Mention]:
    """Places named in the phrase ("settlements in the Gaza Strip"), relative clauses and what a
    clause says aside ("a resolution demanding that Israel withdraw from Lebanon" is not Lebanese)."""
    start, end = _extent(head)
    return [place_mention(p) for p in places if start <= p.start and p.end <= end and p.country
            and not _patron_place(head.doc, p)]


def _patron_place(doc, place: Place) -> bool:
    """ "Moscow-backed rebels", "Tehran-allied militias": the town names a patron, not where the
    party is (but "a Paris-based group" is of where it is based)."""
    span = per_doc.char_span(doc, place.start, place.end)
    end = span.end if span is not None else len(doc)
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in BACKING_WORDS


def _extent(head: Token) -> tuple[int, int]:
    skipped = {t.i for d in head.subtree if d.i != head.i and (d.dep_ in ("relcl", "appos") or _says(d))
               for t in d.subtree}
    tokens = [t for t in head.subtree if t.i not in skipped]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _says(clause: Token) -> bool:
    """ "a resolution demanding that Israel withdraw", "a statement urging Kyiv to ...": a clause
    with content of its own (not "settlers living in the West Bank", "refugees fleeing the war in Liberia")."""
    return clause.dep_ == "acl" and any(c.dep_ in ("ccomp", "xcomp") for c in per_doc.children(clause))


def _located(found: list[Mention], head: Token, places: list[Place]) -> list[Mention]:
    """ "rebels in the Ivory Coast", "a newspaper based in Beirut": a sector placed in a country."""
    if not found or any(m.country for m in found):
        return []
    located = _places_in(head, places)
    if not located:
        return []
    country = located[0].country
    return [dataclasses.replace(m, country=country, code=f"{country}{m.sector}" if m.sector else country)
            for m in found if m.sector]


def unique_mentions(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for mention in mentions:
        key = (mention.start, mention.end, mention.code)  # "the two countries" is two actors over one span
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def place_mention(place: Place) -> Mention:
    return Mention(text=place.text, start=place.start, end=place.end, name=place.name,
                   country=place.country, sector=None, code=place.country, kind="place")
