"""PLOVER events from the dependency parse: who did what to whom.

Triggers come from the lexicon (`events/verbs`, `events/nouns`, `events/light_verbs`); the
parse gives the participants: subjects and passive agents are actors; direct objects,
datives and the prepositions a pattern names are recipients; compound actors are split;
controlled verbs take their controller's subject. A statement is not an event: plain
"said" is left to the attribution extractor. Each trigger yields at most one event.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from dyad import lexicon
from dyad.extract.dates import date_for
from dyad.extract.phrases import noun_phrase
from dyad.extract.places import place_for
from dyad.extract.status import status_of
from dyad.model import Attribution, DateValue, Event, Mention, Place, Span

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# A nominal trigger inside one of these phrases of a verb takes the verb's participants
# ("During a phone call, Putin told Trump ..." -> a call between Putin and Trump).
SETTING_PREPOSITIONS = frozenset({"during", "in", "at", "on", "after", "before", "since", "amid"})
# Confidence by how the event was found: a verb with both participants from the parse is
# the strongest evidence; a nominal trigger with participants borrowed from its clause the weakest.
CONFIDENCE = {"verb": 0.8, "light": 0.75, "noun": 0.65, "setting": 0.55}


@dataclass(frozen=True)
class Pattern:
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]
    constraint: frozenset[str]  # object (verbs) or modifier (nouns) lemmas; empty: any
    recipient: tuple[str, ...]
    actor: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[tuple[str | None, Pattern], ...]]  # lemma -> (particle, pattern)
    nouns: dict[str, tuple[Pattern, ...]]
    light_verbs: frozenset[str]
    types: dict[str, dict]


@cache
def event_lexicon() -> Lexicon:
    verbs: dict[str, list] = defaultdict(list)
    for entry in lexicon.load("events/verbs"):
        lemma, _, particle = entry["verb"].partition(" ")
        verbs[lemma].append((particle or None, _pattern(entry, "object")))
    nouns: dict[str, list] = defaultdict(list)
    for entry in lexicon.load("events/nouns"):
        nouns[entry["noun"]].append(_pattern(entry, "modifier"))
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        light_verbs=frozenset(e["verb"] for e in lexicon.load("events/light_verbs")),
        types={e["type"]: e for e in lexicon.load("events/plover")},
    )


def _pattern(entry: dict, constraint_key: str) -> Pattern:
    return Pattern(
        type=entry["type"], mode=entry.get("mode"), cameo=entry.get("cameo"),
        context=tuple(entry.get("context") or ()),
        constraint=frozenset(entry.get(constraint_key) or ()),
        recipient=tuple(entry.get("recipient") or ()),
        actor=tuple(entry.get("actor") or ()),
    )


@dataclass
class Found:
    """A trigger matched to a pattern, before participants are resolved."""

    trigger: Token
    pattern: Pattern
    how: str  # a CONFIDENCE key
    clause: Token  # the verb whose subject and objects are the participants


def find_events(doc: Doc, actors, attributions: list[Attribution], dates: list[DateValue],
                places: list[Place]) -> list[Event]:
    """Every event in `doc`; `actors` is the document's ActorResolver."""
    lex = event_lexicon()
    found = _triggers(doc, lex)
    events = []
    for item in found:
        event = _event(item, lex, actors, attributions, dates, places)
        if event is not None:
            events.append(event)
    return _merge_repeats(events)


# --- triggers -------------------------------------------------------------------------------

def _triggers(doc: Doc, lex: Lexicon) -> list[Found]:
    found: dict[int, Found] = {}
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lex.verbs:
            pattern = _verb_pattern(token, lex)
            if pattern:
                found[token.i] = Found(token, pattern, "verb", token)
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in found:
            continue
        pattern = _noun_pattern(token, lex)
        if pattern is None:
            continue
        governor = token.head
        if governor.i in found and token.dep_ in ("dobj", "nsubjpass", "pobj"):
            continue  # "imposed sanctions": the verb already codes the event
        if token.dep_ == "dobj" and governor.lemma_.lower() in lex.light_verbs:
            found[token.i] = Found(token, pattern, "light", governor)
        else:
            found[token.i] = Found(token, pattern, "noun", token)
    return _absorb_complements(sorted(found.values(), key=lambda f: f.trigger.i))


def _verb_pattern(verb: Token, lex: Lexicon) -> Pattern | None:
    objects = {t.lemma_.lower() for t in _objects(verb)}
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
    best, best_rank = None, -1
    for particle, pattern in lex.verbs[verb.lemma_.lower()]:
        if particle and particle not in particles:
            continue
        if pattern.constraint and not (pattern.constraint & objects):
            continue
        rank = 2 * bool(pattern.constraint) + bool(particle)
        if rank > best_rank:
            best, best_rank = pattern, rank
    return best


def _noun_pattern(noun: Token, lex: Lexicon) -> Pattern | None:
    candidates = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
    if not candidates:
        return None
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    modifiers |= {g.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"}
    if noun.dep_ == "compound":
        modifiers.add(noun.head.lemma_.lower())  # "weapons deliveries": the head qualifies too
    best = None
    for pattern in candidates:
        if pattern.constraint and not (pattern.constraint & modifiers):
            continue
        if best is None or (pattern.constraint and not best.constraint):
            best = pattern
    return best


def _absorb_complements(found: list[Found]) -> list[Found]:
    """ "agreed to meet" is one AGREE (PLOVER codes a planned meeting as AGREE); "called on X to
    send weapons" is one REQUEST. The complement's own event is dropped."""
    by_index = {f.trigger.i: f for f in found}
    kept = []
    for item in found:
        head = item.trigger.head
        governor = by_index.get(head.i)
        if governor and item.trigger.dep_ == "xcomp" and governor.pattern.type in ("AGREE", "REQUEST", "THREATEN"):
            continue
        kept.append(item)
    return kept


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects (and a passive subject, the object in an active clause)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECT_DEPS)]
    # "called on the US": the object of a particle-like preposition
    objects += [g for c in verb.children if c.dep_ in ("prt", "prep") for g in c.children if g.dep_ == "pobj"]
    objects += [c for c in verb.children if c.dep_ == "xcomp" for c in c.children if c.dep_ == "dobj"]
    return [t for o in objects for t in (o, *o.conjuncts)]


# --- participants ----------------------------------------------------------------------------

def _event(item: Found, lex: Lexicon, actors, attributions, dates, places) -> Event | None:
    pattern = item.pattern
    if item.how == "verb":
        actor_heads = _subjects(item.trigger)
        recipient_heads = _verb_recipients(item.trigger, pattern)
    else:
        actor_heads, recipient_heads = _noun_participants(item, pattern)
    actor = _mentions(actor_heads, actors)
    recipient = [m for m in _mentions(recipient_heads, actors) if (m.start, m.end) not in
                 {(a.start, a.end) for a in actor}]
    if not actor:
        return None
    status = status_of(item.trigger if item.how != "light" else item.clause)
    type_, mode, cameo = pattern.type, pattern.mode, pattern.cameo
    if type_ == "CONSULT" and status == "future":
        # PLOVER: a planned meeting or call is an AGREE (CAMEO 036, intent to meet or negotiate).
        type_, mode, cameo = "AGREE", None, "036"
    info = lex.types.get(type_, {})
    sentence = item.trigger.sent
    doc = item.trigger.doc
    return Event(
        id="", type=type_, mode=mode, context=list(pattern.context), cameo=cameo,
        quad_class=int(info.get("quad_class") or 0),
        score=float((info.get("modes") or {}).get(mode, info.get("score", 0.0))),
        actor=actor, recipient=recipient,
        trigger=Span.of(doc.text, item.trigger.idx, item.trigger.idx + len(item.trigger)),
        sentence=Span.of(doc.text, sentence.start_char, sentence.end_char),
        date=date_for(item.trigger if item.how != "light" else item.clause, dates),
        location=place_for(item.trigger if item.how != "light" else item.clause, places),
        status=status,
        attribution=_attribution_holding(item.trigger.idx, attributions),
        confidence=CONFIDENCE[item.how],
    )


def _subjects(verb: Token) -> list[Token]:
    """The doer: the subject, a passive clause's agent, or the subject of the verb that
    controls this one ("agreed to meet", "met and agreed", "forces that attacked")."""
    token = verb
    for _ in range(4):
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return [_antecedent(s) for s in subjects]
        if token.dep_ == "relcl":
            return [token.head]
        if token.dep_ in ("xcomp", "conj", "advcl") and token.head is not token:
            token = token.head
            continue
        break
    return []


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun stands for ("forces that attacked" -> forces)."""
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _verb_recipients(verb: Token, pattern: Pattern) -> list[Token]:
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    for where in pattern.recipient:
        if where == "dobj":
            heads = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            heads = [_owner(h) for h in heads]
        elif where == "dative":
            heads = [c for c in verb.children if c.dep_ == "dative"]
        else:
            holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "xcomp", "prt"))]
            heads = [g for h in holders for p in h.children if p.dep_ in ("prep", "dative", "prt")
                     and p.lower_ == where for g in p.children if g.dep_ == "pobj"]
        if heads:
            return heads
    return []


def _owner(theme: Token) -> Token:
    """For "rejected Trump's proposal" the recipient is Trump: a possessor stands in for a
    theme that is a thing, not an actor."""
    owners = [c for c in theme.children if c.dep_ == "poss"]
    return owners[0] if owners and theme.pos_ == "NOUN" else theme


def _noun_participants(item: Found, pattern: Pattern) -> tuple[list[Token], list[Token]]:
    noun = item.trigger
    by_prep = defaultdict(list)
    for prep in noun.children:
        if prep.dep_ == "prep":
            by_prep[prep.lower_] += [g for g in prep.children if g.dep_ == "pobj"]
    actors = [c for c in noun.children if c.dep_ == "poss"]
    actors += [g for p in pattern.actor for g in by_prep.get(p, [])]
    recipients = [g for p in pattern.recipient for g in by_prep.get(p, [])]
    if not actors:
        # "Russian strikes", "US aid": a modifier that names an actor.
        actors = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ")]
    if item.how == "light":
        actors = _subjects(item.clause) or actors
    elif not actors and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPOSITIONS:
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX"):
            # "During a phone call, Putin told Trump": everyone in the clause took part.
            item.how = "setting"
            actors = _subjects(verb) + [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    elif not actors and noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.pos_ in ("VERB", "AUX"):
            actors = _subjects(verb)
    return actors, recipients


def _mentions(heads: list[Token], actors) -> list[Mention]:
    mentions, seen = [], set()
    for head in heads:
        for mention in actors.resolve_all(noun_phrase(head)):
            key = (mention.start, mention.end)
            if key not in seen:
                seen.add(key)
                mentions.append(mention)
    return mentions


def _attribution_holding(position: int, attributions: list[Attribution]) -> str | None:
    """The innermost attribution whose content holds the trigger."""
    holding = [a for a in attributions if any(c.start <= position < c.end for c in a.content)]
    if not holding:
        return None
    return min(holding, key=lambda a: sum(c.end - c.start for c in a.content)).id


# --- one event per happening ----------------------------------------------------------------

def _merge_repeats(events: list[Event]) -> list[Event]:
    """Within an article, the same happening reported again (same type, mode, participants,
    status and date, e.g. "the call" after "a phone call") is kept once."""
    kept, seen = [], {}
    for event in events:
        key = (event.type, event.mode, event.status, _codes(event.actor), _codes(event.recipient),
               event.date.value if event.date else None)
        if None in key[3] or not key[3]:
            kept.append(event)
            continue
        if key in seen:
            first = seen[key]
            first.confidence = round(min(1.0, first.confidence + 0.05), 2)
            continue
        seen[key] = event
        kept.append(event)
    return kept


def _codes(mentions: list[Mention]) -> frozenset:
    return frozenset(m.code or m.name for m in mentions)
