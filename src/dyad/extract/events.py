"""PLOVER events from the dependency parse: who did what to whom.

Triggers come from the lexicon (`events/verbs`, `events/nouns`, `events/light_verbs`); the
parse gives the participants: subjects and passive agents are actors; direct objects, datives
and the prepositions a pattern names are recipients; compound actors are split; controlled
verbs take their controller ("agreed to meet", "sent his envoy to meet"). A trigger that
governs another ("agreed to meet", "halted weapons supplies", "called on X to send arms")
gives one event, coded by `events/complements`. A statement is not an event: plain "said" is
left to the attribution extractor. Each trigger yields at most one event.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from dyad import lexicon
from dyad.extract.dates import date_for
from dyad.extract.phrases import noun_phrase
from dyad.extract.places import lookup, place_for
from dyad.extract.status import status_of
from dyad.model import Attribution, DateValue, Event, Mention, Place, Span

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "acomp")
# A nominal trigger inside one of these phrases of a verb takes the verb's participants
# ("During a phone call, Putin told Trump ..." -> a call between Putin and Trump).
SETTING_PREPOSITIONS = frozenset({"during", "in", "at", "on", "after", "before", "since", "amid", "over"})
# Verbs that keep their subject as the controller of an infinitive even with an object
# ("promised Kyiv to send"); with other verbs the object controls ("urged Kyiv to send").
SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "threaten", "offer", "agree"})
# A light verb's event may be the object of these ("took part in talks", "went on strike").
LIGHT_PREPOSITIONS = frozenset({"in", "on", "into"})
# Particles that must be parsed as particles, not prepositions: "gave in" yes, "give ... in Ukraine" no.
ADVERB_PARTICLES = frozenset({"in", "up", "down", "out", "off", "back", "away", "over", "around", "through"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "into", "on"})
# Types whose target, when no recipient is named, is the place where they happen: a protest,
# a raid or a curfew in a place is aimed at its government or people (PLOVER gold practice).
PLACE_TARGETED = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "RETREAT", "CONCEDE", "SANCTION"})
# Acts of state: reported in the passive without a doer ("was arrested in Lebanon"), their
# doer is the state of the place.
STATE_ACTS = frozenset({"COERCE", "SANCTION"})
PARTITIVES = frozenset({"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
                        "millions", "group", "number", "crowd", "crowds", "member", "members", "some", "many",
                        "most", "several", "all", "both", "each", "one", "two", "three", "band", "team",
                        "delegation", "unit", "contingent", "batch", "patch", "handful", "scores", "score",
                        "majority", "part", "rest", "host", "wave", "column", "convoy", "mob", "throng",
                        "round", "series", "spate", "string", "flurry", "volley", "resumption", "continuation"})
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Participles whose passive subject is the doer: "is committed to", "is prepared to".
ADJECTIVAL_PASSIVES = frozenset({"committed", "prepared", "determined", "resolved", "poised", "set", "engaged",
                                 "involved", "obliged", "bound"})
PRONOUNS_FIRST = frozenset({"i", "we", "me", "us", "our", "my"})
PRONOUNS_THIRD = frozenset({"he", "she", "it", "they", "him", "her", "them", "its", "their", "his"})
# Sectors of actors that speak for a state: "China protested" is a diplomatic protest.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "UNO", "EUR", "PRM"})
# Confidence by how the event was found: a verb with both participants from the parse is
# the strongest evidence; a nominal trigger with participants borrowed from its clause the weakest.
CONFIDENCE = {"verb": 0.8, "light": 0.75, "noun": 0.65, "setting": 0.55}
KEEP = object()  # a rule's mode "=": keep the governed event's mode


# --- the lexicon, compiled once ---------------------------------------------------------------

@dataclass(frozen=True)
class Pattern:
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...] = ()
    constraint: frozenset[str] = frozenset()  # object (verbs) or modifier (nouns) lemmas; empty: any
    subject: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    recipient: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    particle: str | None = None
    symmetric: bool = False
    inverse: bool = False
    requires: str | None = None
    by_state: tuple | None = None  # (type, mode, cameo)
    joint: tuple | None = None
    modal: frozenset[str] = frozenset()  # the pattern needs a "that" clause with one of these
    negated: tuple | None = None  # (type, mode, cameo) when the text negates it ("did not accept")
    lemma: str = ""


@dataclass(frozen=True)
class Rule:
    governors: frozenset[str]
    governor_object: frozenset[str]
    complements: frozenset[str]
    modes: frozenset[str]
    cameos: tuple[str, ...]
    type: str | None
    mode: object  # str, None, or KEEP
    cameo: tuple[str, ...]
    absorb: bool


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    light_verbs: dict[str, dict]
    rules: tuple[Rule, ...]
    governor_lemmas: frozenset[str]
    types: dict[str, dict]
    cameo: dict[str, dict]
    children: dict[str, tuple[str, ...]]
    context_words: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first lemma -> (lemmas, context)
    topic_nouns: frozenset[str]
    known_verbs: frozenset[str] = frozenset()


@cache
def event_lexicon() -> Lexicon:
    verbs: dict[str, list] = defaultdict(list)
    for entry in lexicon.load("events/verbs"):
        lemma, _, particle = entry["verb"].partition(" ")
        verbs[lemma].append(_pattern(entry, "object", lemma, particle or None))
    nouns: dict[str, list] = defaultdict(list)
    for entry in lexicon.load("events/nouns"):
        nouns[entry["noun"]].append(_pattern(entry, "modifier", entry["noun"], None))
    rules = tuple(_rule(entry) for entry in lexicon.load("events/complements"))
    cameo = {row["cameo"]: row for row in lexicon.load("events/cameo")}
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        light_verbs={e["verb"]: e for e in lexicon.load("events/light_verbs")},
        rules=rules,
        governor_lemmas=frozenset(g for r in rules for g in r.governors if g.islower()),
        types={e["type"]: e for e in lexicon.load("events/plover")},
        cameo=cameo,
        children=_cameo_children(cameo),
        context_words=_context_words(),
        topic_nouns=frozenset(next((e["words"] for e in lexicon.load("status/cues") if e["kind"] == "topic"), ())),
        known_verbs=frozenset(verbs) | frozenset(e["verb"] for e in lexicon.load("events/light_verbs"))
        | frozenset(g for r in rules for g in r.governors if g.islower()),
    )


def _pattern(entry: dict, constraint_key: str, lemma: str, particle: str | None) -> Pattern:
    def recode(value):
        return (value["type"], value.get("mode"), value.get("cameo")) if value else None

    return Pattern(
        type=entry["type"], mode=entry.get("mode"), cameo=entry.get("cameo"),
        context=tuple(entry.get("context") or ()),
        constraint=frozenset(entry.get(constraint_key) or ()),
        subject=frozenset(entry.get("subject") or ()),
        exclude=frozenset(str(x) for x in entry.get("exclude") or ()),
        recipient=tuple(entry.get("recipient") or ("dobj",) if constraint_key == "object" else entry.get("recipient") or ()),
        actor=tuple(entry.get("actor") or ()),
        particle=particle, symmetric=bool(entry.get("symmetric")), inverse=bool(entry.get("inverse")),
        requires=entry.get("requires"), by_state=recode(entry.get("by_state")), joint=recode(entry.get("joint")),
        modal=frozenset(entry.get("modal") or ()), negated=recode(entry.get("negated")), lemma=lemma,
    )


def _rule(entry: dict) -> Rule:
    mode = entry.get("mode", KEEP if "mode" not in entry else None)
    if mode == "=":
        mode = KEEP
    return Rule(
        governors=frozenset(entry["governor"]), governor_object=frozenset(entry.get("governor_object") or ()),
        complements=frozenset(entry.get("complement") or ()),
        modes=frozenset(entry.get("complement_mode") or ()), cameos=tuple(entry.get("complement_cameo") or ()),
        type=entry.get("type"), mode=mode, cameo=tuple(entry.get("cameo") or ()),
        absorb=entry.get("absorb", True),
    )


def _cameo_children(cameo: dict[str, dict]) -> dict[str, tuple[str, ...]]:
    """CAMEO's hierarchy: 070 has 071-075, 162 has 1621-1623."""
    children = defaultdict(list)
    for code in cameo:
        if len(code) == 4:
            children[code[:3]].append(code)
        elif len(code) == 3 and code[2] != "0":
            children[code[:2] + "0"].append(code)
    return {k: tuple(sorted(v)) for k, v in children.items()}


def _context_words() -> dict[str, tuple]:
    words = defaultdict(list)
    for entry in lexicon.load("events/contexts"):
        for phrase in entry["words"]:
            parts = tuple(str(phrase).lower().split())
            words[parts[0]].append((parts, entry["context"]))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in words.items()}


# --- triggers ---------------------------------------------------------------------------------

@dataclass
class Found:
    """A trigger matched to a pattern, before participants are resolved."""

    trigger: Token
    pattern: Pattern | None
    how: str  # a CONFIDENCE key
    clause: Token  # the verb whose subject, time and status the event takes
    governed: list["Found"] = field(default_factory=list)  # absorbed complements
    context: set[str] = field(default_factory=set)
    light_role: str | None = None  # "recipient": a light verb's subject is the host
    lemma: str = ""


def find_events(doc: Doc, actors, attributions: list[Attribution], dates: list[DateValue],
                places: list[Place]) -> list[Event]:
    """Every event in `doc`; `actors` is the document's ActorResolver."""
    lex = event_lexicon()
    events = []
    for item in _triggers(doc, lex):
        event = _event(item, lex, actors, attributions, dates, places)
        if event is not None:
            events.append(event)
    return _merge_repeats(events)


def _triggers(doc: Doc, lex: Lexicon) -> list[Found]:
    candidates: dict[int, Found] = {}
    known = lex.known_verbs
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma not in known:
            lemma = _base_form(token, known) or lemma
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj")):
            if lemma in lex.verbs or lemma in lex.governor_lemmas or lemma in lex.light_verbs:
                candidates[token.i] = Found(token, _verb_pattern(token, lemma, lex), "verb", token, lemma=lemma)
        elif token.pos_ in ("NOUN", "PROPN"):
            pattern = _noun_pattern(token, lex)
            if pattern is not None and not _is_topic(token, lex):
                candidates[token.i] = Found(token, pattern, "noun", token, lemma=token.lemma_.lower())
    # Governors absorb what they govern, innermost first ("threatened to stop negotiations").
    absorbed: dict[int, Found] = {}
    for item in sorted(candidates.values(), key=lambda f: -_depth(f.trigger)):
        if item.trigger.i in candidates:
            _govern(item, candidates, absorbed, lex)
    return sorted((f for f in candidates.values() if f.pattern is not None), key=lambda f: f.trigger.i)


def _base_form(token: Token, known: frozenset[str]) -> str | None:
    """The small model's lemmatizer sometimes errs ("staged" -> "stag"): try the usual endings."""
    word = token.lower_
    for form in (word, word[:-1], word[:-2], word[:-3] + "e", word[:-3], word[:-2] + "e"):
        if form in known:
            return form
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _object_words(verb: Token) -> set[str]:
    """Lemmas of the verb's objects and their modifiers, and two-word names ("martial law")."""
    words = {c.lemma_.lower() for c in verb.children if c.dep_ in ("advcl", "npadvmod") and c.pos_ == "NOUN"}
    for obj in _objects(verb):
        lemma = obj.lemma_.lower()
        words.add(lemma)
        words.add(obj.lower_)
        for child in obj.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                words.add(child.lemma_.lower())
                words.add(f"{child.lemma_.lower()} {lemma}")
            elif child.dep_ == "prep" and child.lower_ == "of":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        words.add(grand.lemma_.lower())
                        words.add(f"{lemma} of {grand.lemma_.lower()}")
    return words


def _verb_pattern(verb: Token, lemma: str, lex: Lexicon) -> Pattern | None:
    candidates = lex.verbs.get(lemma)
    if not candidates:
        return None
    objects = _object_words(verb)
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "npadvmod", "compound") or (
        c.dep_ in ("prep", "agent", "dative") and c.lower_ not in ADVERB_PARTICLES)}
    subjects = set()
    for subject in (s for s in verb.children if s.dep_ in SUBJECT_DEPS):
        for head in (subject, *_partitive(subject)):
            subjects.add(head.lemma_.lower())
            subjects.update(c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod"))
    best, best_rank = None, -1
    for pattern in candidates:
        if pattern.particle and pattern.particle not in particles:
            continue
        if pattern.constraint and not (pattern.constraint & objects):
            continue
        if pattern.subject and not (pattern.subject & subjects):
            continue
        if pattern.exclude & objects:
            continue
        if pattern.modal and not _modal_complement(verb, pattern.modal):
            continue
        rank = 2 * bool(pattern.constraint or pattern.subject or pattern.modal) + bool(pattern.particle)
        if rank > best_rank:
            best, best_rank = pattern, rank
    return best


def _modal_complement(verb: Token, modals: frozenset[str]) -> bool:
    """ "said that Sudan must return the helicopter": a reported obligation is a demand."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        words = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")}
        words |= {f"{a.lemma_.lower()} to" for a in clause.children if a.dep_ == "xcomp"}
        if words & modals and any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            return True
    return False


def _noun_modifiers(noun: Token) -> set[str]:
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "nummod")}
    modifiers |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    modifiers |= {g.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"}
    modifiers |= {p.lower_ for p in noun.children if p.dep_ == "prep"}
    if noun.dep_ in ("compound", "nmod"):
        modifiers.add(noun.head.lemma_.lower())  # "weapons deliveries": the head qualifies too
    if noun.dep_ == "poss":
        modifiers.add(noun.lemma_.lower())
    return modifiers


def _noun_pattern(noun: Token, lex: Lexicon) -> Pattern | None:
    candidates = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
    if not candidates:
        return None
    modifiers = _noun_modifiers(noun)
    best = None
    for pattern in candidates:
        if pattern.constraint and not (pattern.constraint & modifiers):
            continue
        if pattern.exclude & modifiers:
            continue
        if best is None or (pattern.constraint and not best.constraint):
            best = pattern
    return best


def _is_topic(noun: Token, lex: Lexicon) -> bool:
    """ "the issue of US aid", "the prospect of talks": a noun named as a topic is no event."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holder = noun.head.head
        return holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() in lex.topic_nouns
    return False


# --- governors and the events they govern -----------------------------------------------------

def _complements(item: Found, candidates: dict[int, Found], absorbed: dict[int, Found]) -> list[Found]:
    """The triggers `item` governs: its infinitive or "that" clause, its object, the object of
    its particle or preposition, and what those coordinate; through a light verb's object."""
    token = item.trigger
    heads = []
    children = list(token.children)
    if item.how == "light" and item.clause.i != token.i:
        # "reiterated its demand that Israel ease restrictions": the clause belongs to the noun
        children += [c for c in item.clause.children if c.dep_ in ("ccomp", "xcomp")]
    for child in children:
        if child.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass", "attr", "oprd"):
            heads.append(child)
        elif child.dep_ in ("prep", "prt", "agent") and child.lower_ not in SETTING_PREPOSITIONS | {"with", "by"}:
            heads += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in ("acl", "advcl") and (_infinitive(child) or (
                child.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children))):
            heads.append(child)  # "a threat to impose sanctions", "sworn to fight", "demand that X ease"
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        heads.append(token.head)  # "the cease-fire, accepted by Ukraine"
    if item.pattern is not None and item.pattern.type == "PROTEST":
        # "demonstrated ... calling for independence", "rioted, setting fire": the protest's own acts
        heads += [c for c in children if c.dep_ == "advcl"]
        if item.how == "light":
            heads += [c for c in item.clause.children if c.dep_ == "advcl"]
    heads += [c for h in list(heads) if h.i not in candidates and h.pos_ in ("NOUN", "PROPN")
              for c in (*(c for c in h.children if c.dep_ == "compound"), *_partitive(h),
                        *(g for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                          for g in p.children if g.dep_ == "pobj"))]
    # "ended mediation efforts", "agreed to a new round of talks"
    found = []
    for head in heads:
        for member in (head, *head.conjuncts):
            target = candidates.get(member.i) or absorbed.get(member.i)
            if target is not None and target.pattern is None and target.lemma in _light_verbs():
                # "agreed to hold talks": through the light verb to its object
                target = next((candidates.get(o.i) or absorbed.get(o.i) for o in member.children
                               if o.dep_ == "dobj" and (o.i in candidates or o.i in absorbed)), None)
            if target is not None and target is not item and target.pattern is not None:
                found.append(target)
    return found


@cache
def _light_verbs() -> frozenset[str]:
    return frozenset(event_lexicon().light_verbs)


def _govern(item: Found, candidates: dict[int, Found], absorbed: dict[int, Found], lex: Lexicon) -> None:
    """One event from a governor and what it governs. In order: a rule that merges them
    ("agreed to meet"); the governor's own pattern naming its object ("imposed sanctions");
    a light verb handing the event to its object ("held talks"); else both stand."""
    token = item.trigger
    lemma = item.lemma
    complements = _complements(item, candidates, absorbed)
    objects = _object_words(token) if token.pos_ in ("VERB", "AUX") else set()
    for complement in complements:
        rule = _rule_for(lemma, item.pattern, complement.pattern, lex, objects)
        if rule is not None and rule.absorb:
            _apply(item, complement, rule, candidates, absorbed)
            return
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in list(objects) for g in _partitive(o)]  # "hosted a new round of talks"
    prepositional = [g for c in token.children if c.dep_ in ("prt", "prep") for g in c.children if g.dep_ == "pobj"]
    nouns = [candidates[o.i] for o in objects + prepositional if o.i in candidates and candidates[o.i].how == "noun"]
    if nouns and item.pattern is not None and item.pattern.constraint:
        for noun in nouns:  # the verb's pattern named the noun: one event, the verb's
            absorbed[noun.trigger.i] = candidates.pop(noun.trigger.i)
            item.governed.append(noun)
        return
    # A light verb hands the event to its object, or to the object of "in"/"on" ("went on strike").
    nouns = [candidates[o.i] for o in objects if o.i in candidates and candidates[o.i].how == "noun"]
    nouns += [candidates[o.i] for o in prepositional if o.i in candidates and candidates[o.i].how == "noun"
              and o.head.lower_ in LIGHT_PREPOSITIONS]
    if nouns and lemma in lex.light_verbs and not lex.light_verbs[lemma].get("via"):
        for noun in nouns:
            noun.how, noun.clause = "light", token
            noun.light_role = lex.light_verbs[lemma].get("subject")
        item.pattern = None  # the verb only carries the noun's event


def _rule_for(lemma: str, governor: Pattern | None, complement: Pattern, lex: Lexicon,
              objects: set[str] = frozenset()) -> Rule | None:
    keys = [lemma] + ([governor.type] if governor is not None else [])
    for key in keys:
        for rule in lex.rules:
            if key in rule.governors and _matches(rule, complement) and (
                    not rule.governor_object or rule.governor_object & objects):
                return rule
    return None


def _matches(rule: Rule, pattern: Pattern) -> bool:
    if rule.complements and pattern.type not in rule.complements:
        return False
    if rule.modes and pattern.mode not in rule.modes:
        return False
    if rule.cameos and not (pattern.cameo and pattern.cameo.startswith(rule.cameos)):
        return False
    return True


def _apply(item: Found, complement: Found, rule: Rule, candidates: dict[int, Found],
           absorbed: dict[int, Found]) -> None:
    base = item.pattern or complement.pattern
    type_ = complement.pattern.type if rule.type == "=" else (rule.type or base.type)
    mode = complement.pattern.mode if rule.mode is KEEP and type_ == complement.pattern.type else (
        base.mode if rule.mode is KEEP and type_ == base.type else (None if rule.mode is KEEP else rule.mode))
    cameo = _pick_cameo(rule.cameo, item.pattern.cameo if item.pattern else None) or (
        complement.pattern.cameo if rule.type == "=" else base.cameo)
    item.pattern = dataclasses.replace(
        base, type=type_, mode=mode, cameo=cameo,
        context=tuple(dict.fromkeys((*base.context, *complement.pattern.context))),
        constraint=frozenset(), requires=None,  # "warned that it would retaliate" needs no recipient
    )
    item.governed.append(complement)
    for member in (complement.trigger, *complement.trigger.conjuncts):
        taken = candidates.pop(member.i, None)
        if taken is not None:
            absorbed[member.i] = taken
            if taken is not complement:
                item.governed.append(taken)


def _pick_cameo(options: tuple[str, ...], governor: str | None) -> str | None:
    if not options:
        return None
    if governor:
        for code in options:
            if code[:2] == governor[:2]:
                return code
    return options[0]


def recode(event_type: str, mode: str | None, cameo: str | None, governor: str) -> tuple | None:
    """The (type, mode, cameo) a pseudo-governor such as "future" gives an event, or None."""
    lex = event_lexicon()
    pattern = Pattern(type=event_type, mode=mode, cameo=cameo)
    for rule in lex.rules:
        if governor in rule.governors and _matches(rule, pattern):
            type_ = rule.type or event_type
            new_mode = mode if rule.mode is KEEP else rule.mode
            return type_, new_mode, _pick_cameo(rule.cameo, None) or cameo
    return None


# --- participants ------------------------------------------------------------------------------

def _objects(verb: Token) -> list[Token]:
    """The verb's objects: direct objects (a passive subject in a passive clause), the object of
    a particle or preposition ("called on the US"), an infinitive's object."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [g for c in verb.children if c.dep_ in ("prt", "prep") for g in c.children if g.dep_ == "pobj"]
    objects += [g for c in verb.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
    objects += [c for c in verb.children if c.dep_ == "prt"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)
    return [t for o in objects for t in (o, *o.conjuncts)]


def _subjects(verb: Token) -> list[Token]:
    """The doer: the subject, a passive clause's agent, or the controller of an infinitive or
    participle ("agreed to meet", "urged Kyiv to send", "forces that attacked", "met and agreed")."""
    token = verb
    for _ in range(6):
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl"]
        if subjects:
            return [_antecedent(s) for s in subjects]
        passive_subjects = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive_subjects:
            if token.lower_ in ADJECTIVAL_PASSIVES:
                return passive_subjects  # "Vietnam is committed to opening up"
            return []  # "five people were killed": no doer named
        head, dep = token.head, token.dep_
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if not infinitive:
                return [head]  # "forces that attacked", "troops attacking the city"
            governor = _governing_verb(head)  # "occasions to meet": the controller of the clause
            if governor is None:
                return []
            objects = [c for c in governor.children if c.dep_ == "dobj" and c.i != head.i]
            if objects and governor.lemma_.lower() not in SUBJECT_CONTROL:
                return objects
            token = governor
            continue
        if dep in ("xcomp", "advcl") and head.i != token.i:
            objects = [c for c in head.children if c.dep_ == "dobj"]
            if objects and (dep == "xcomp" or infinitive) and head.lemma_.lower() not in SUBJECT_CONTROL:
                return objects  # object control: "urged Kyiv to send", "dispatched Witkoff to meet"
            token = head
            continue
        if dep in ("conj", "acomp") and head.i != token.i:
            token = head
            continue
        if dep == "pcomp" and head.head.i != head.i:
            token = head.head  # "by imposing sanctions": the gerund's doer is the clause's
            continue
        break
    return []


def _subject_controller(verb: Token) -> list[Token]:
    """When an object controls an infinitive ("sent 21 personnel to investigate"), the subject of
    the sending verb, for when the object names no actor."""
    if verb.dep_ in ("xcomp", "advcl") and _infinitive(verb):
        head = verb.head
        if any(c.dep_ == "dobj" for c in head.children):
            return _subjects(head)
    return []


def _governing_verb(noun: Token) -> Token | None:
    token = noun
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun stands for ("forces that attacked" -> forces)."""
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _owner(theme: Token) -> Token:
    """For "rejected Trump's proposal" the recipient is Trump: a possessor, or the "by" or
    "from" phrase, stands in for a theme that is a thing rather than an actor."""
    if theme.pos_ != "NOUN":
        return theme
    owners = [c for c in theme.children if c.dep_ == "poss"]
    holders = [theme, *(a for a in theme.children if a.dep_ == "acl" and a.tag_ == "VBN")]  # "observers sent by the EU"
    owners += [g for h in holders for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
               for g in p.children if g.dep_ == "pobj"]
    return owners[0] if owners else theme


def _slot(verb: Token, where: str, passive: bool) -> list[Token]:
    if where in ("dobj", "theme"):
        heads = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not heads and verb.dep_ == "acl" and verb.tag_ == "VBN":
            heads = [verb.head]  # "the cease-fire, accepted by Ukraine"
        owners = [_owner(h) for h in heads]
        if where == "theme" and all(o.i == h.i for o, h in zip(owners, heads)):
            # "dismissed the proposal from Hamas": the source of the thing rejected
            owners += [g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("of", "from")
                       for g in c.children if g.dep_ == "pobj"]
        return owners
    if where == "dative":
        return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"] + \
               [g for c in verb.children if c.dep_ == "dative" and c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"]
    if where == "ccomp":
        return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in SUBJECT_DEPS]
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "xcomp", "prt", "acomp"))]
    return [g for h in holders for p in h.children if p.dep_ in ("prep", "dative", "prt", "agent")
            and p.lower_ == where for g in p.children if g.dep_ == "pobj"]


def _verb_recipients(verb: Token, pattern: Pattern) -> list[list[Token]]:
    """The recipient slots the pattern names, in priority order, each as the heads found there."""
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)
    return [heads for where in pattern.recipient if (heads := _slot(verb, where, passive))]


def _via_verb(noun: Token, light_verbs: dict[str, dict]) -> Token | None:
    """The verb whose subject does what a "with" phrase names ("retaliated with airstrikes",
    "coupled territorial gains with aerial assaults"): light verbs that list the preposition."""
    preposition = noun.head
    holder = preposition.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj":
        holder = holder.head
    entry = light_verbs.get(holder.lemma_.lower())
    if holder.pos_ in ("VERB", "AUX") and entry and preposition.lower_ in (entry.get("via") or ()):
        return holder
    return None


def _noun_participants(item: Found, pattern: Pattern, light_verbs: dict[str, dict]) -> tuple[list[Token], list[Token]]:
    noun = item.trigger
    by_prep = defaultdict(list)
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent"):
            by_prep[prep.lower_] += [g for g in prep.children if g.dep_ == "pobj"]
    actors = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS_THIRD | PRONOUNS_FIRST]
    possessive_pronoun = [c for c in noun.children if c.dep_ == "poss" and c not in actors]
    actors += [g for p in pattern.actor for g in by_prep.get(p, [])]
    recipients = [g for p in pattern.recipient for g in by_prep.get(p, [])]
    if "ccomp" in pattern.recipient and not recipients:
        # "its demand that Israel ease restrictions": who is to act
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
        if item.how == "light":
            clauses += [c for c in item.clause.children if c.dep_ == "ccomp"]
        recipients = [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]
    if not actors:
        # "Russian strikes", "US aid": a modifier that names an actor.
        actors = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                  and c.ent_type_ not in NOT_ACTORS
                  and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))]
    if item.how == "light":
        subjects = _subjects(item.clause)
        if item.light_role == "recipient":
            recipients, actors = subjects or recipients, actors or []
        elif subjects:
            actors = subjects + (actors if pattern.symmetric else [])
        if not recipients:
            options = _verb_recipients(item.clause, dataclasses.replace(pattern, recipient=("dative", *pattern.recipient)))
            recipients = [r for r in (options[0] if options else []) if r.i != noun.i]
    elif noun.dep_ == "pobj" and not actors:
        preposition = noun.head.lower_
        verb = _via_verb(noun, light_verbs)
        if verb is not None:
            actors = _subjects(verb)  # "responded with airstrikes", "coupled gains with assaults"
        elif preposition in SETTING_PREPOSITIONS and noun.head.head.pos_ in ("VERB", "AUX") and pattern.symmetric:
            verb = noun.head.head
            item.how = "setting"  # "During a phone call, Putin told Trump": everyone in the clause took part
            actors = _subjects(verb)
            others = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
            if pattern.symmetric:
                actors = actors + others
            elif not recipients:
                recipients = others
    if not actors and possessive_pronoun:
        actors = possessive_pronoun  # "their advance", "its strikes": resolved below
    return actors, recipients


# --- the event ----------------------------------------------------------------------------------

def _event(item: Found, lex: Lexicon, actors, attributions, dates, places) -> Event | None:
    pattern = item.pattern
    if item.how == "verb":
        actor_heads = _subjects(item.trigger)
        fallback_heads = _subject_controller(item.trigger)
        recipient_options = _verb_recipients(item.trigger, pattern)
    else:
        fallback_heads = []
        actor_heads, recipient_heads = _noun_participants(item, pattern, lex.light_verbs)
        recipient_options = [recipient_heads] if recipient_heads else []
    for governed in item.governed:  # "halted supplies to Ukraine", "agreed to meet Putin"
        recipient_options += _governed_recipients(governed)
    clause = item.clause if item.how == "light" else item.trigger
    location = place_for(clause, places) or _object_place(item, places)
    modifiers = bool(actor_heads) and all(h.dep_ in ("amod", "compound", "nmod") for h in actor_heads)
    actor = _mentions(actor_heads, actors, attributions, places, modifier=modifiers)
    if not _known(actor) and fallback_heads:
        actor = _mentions(fallback_heads, actors, attributions, places) or actor  # "the UN sent personnel to investigate"
    recipient = next((found for heads in recipient_options
                      if (found := _mentions(heads, actors, attributions, places))), [])
    if pattern.inverse:
        actor, recipient = recipient, actor
    if item.light_role == "recipient" and actor and recipient:
        pattern = dataclasses.replace(pattern, mode="third-party", cameo="044") if pattern.type == "CONSULT" else pattern
    elif pattern.symmetric:
        actor, recipient = _unique(actor + recipient), []
    recipient = [m for m in recipient if (m.start, m.end) not in {(a.start, a.end) for a in actor}]
    type_, mode, cameo = pattern.type, pattern.mode, pattern.cameo
    if pattern.by_state and actor and all(_is_state(m) for m in actor):
        type_, mode, cameo = pattern.by_state
    if pattern.joint and len({m.country for m in actor if m.country}) >= 2:
        type_, mode, cameo = pattern.joint
    if type_ in PLACE_TARGETED and location and location.country:
        # "militants ambushed a police convoy in Balochistan": of the place's country
        actor, recipient = _placed(actor, location), _placed(recipient, location)
    if not recipient and type_ in PLACE_TARGETED and location and location.country:
        recipient = [_place_mention(location)]  # "Russian forces shelled Kharkiv", "lifted the curfew in Algiers"
    if not _known(actor) and type_ == "PROTEST" and location and location.country:
        actor = _crowd(actor, actor_heads, location)  # "thousands demonstrated in Paris"
    if not actor and type_ in STATE_ACTS and location and location.country and _passive(item.trigger):
        actor = [_place_mention(location)]  # "was arrested in Lebanon": by the state it happened in
    if not actor and not (recipient and type_ in ("ASSAULT", "COERCE") and item.how == "verb"):
        return None
    if pattern.requires == "recipient" and not recipient:
        return None
    if pattern.requires == "parties" and len({m.code or m.name or m.text for m in actor + recipient}) < 2:
        return None
    status = status_of(clause)
    if status == "negated" and pattern.negated:
        # "said they would not accept the deal": refusing is a rejection that did happen
        (type_, mode, cameo), status = pattern.negated, "asserted"
    if status == "future":
        # PLOVER: a planned meeting is an AGREE, a promised withdrawal a CONCEDE, a planned attack a threat.
        recoded = recode(type_, mode, cameo, "future")
        if recoded is not None:
            type_, mode, cameo = recoded
    if type_ == "CONSULT" and mode is None and location:
        actor, recipient, mode, cameo = _host(actor, recipient, location, mode, cameo)
    words = _event_words(item)
    cameo = _refine(cameo, words, lex)
    info = lex.types.get(type_, {})
    if mode not in (info.get("modes") or {}):
        mode = None
    context = _contexts(pattern.context, cameo, words, lex)
    sentence = item.trigger.sent
    doc = item.trigger.doc
    return Event(
        id="", type=type_, mode=mode, context=context, cameo=cameo,
        quad_class=int(info.get("quad_class") or 0),
        score=float((info.get("modes") or {}).get(mode, info.get("score", 0.0))),
        actor=actor, recipient=recipient,
        # Doc.text joins every token on each call; the spans' own text is the same characters.
        trigger=Span(item.trigger.text, item.trigger.idx, item.trigger.idx + len(item.trigger)),
        sentence=Span(sentence.text, sentence.start_char, sentence.end_char),
        date=date_for(clause, dates),
        location=location,
        status=status,
        attribution=_attribution_holding(item.trigger.idx, attributions),
        confidence=_confidence(item, actor, recipient, info),
    )


def _governed_recipients(item: Found) -> list[list[Token]]:
    if item.pattern is None:
        return []
    if item.trigger.pos_ in ("VERB", "AUX", "ADJ"):
        return _verb_recipients(item.trigger, item.pattern)
    by_prep = defaultdict(list)
    holders = [item.trigger]
    if item.trigger.dep_ == "dobj" and item.trigger.head.lemma_.lower() in _light_verbs():
        holders.append(item.trigger.head)  # "deliver blows to the United States"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative"):
                by_prep[prep.lower_] += [g for g in prep.children if g.dep_ == "pobj"]
    return [by_prep[p] for p in item.pattern.recipient if by_prep.get(p)]


def _confidence(item: Found, actor: list[Mention], recipient: list[Mention], info: dict) -> float:
    value = CONFIDENCE[item.how]
    if not actor:
        value -= 0.15
    if info.get("requires_recipient") and not recipient:
        value -= 0.1
    if any(m.country is None and m.code is None for m in actor + recipient):
        value -= 0.05
    return round(max(0.1, min(1.0, value)), 2)


def _is_state(mention: Mention) -> bool:
    if mention.sector in STATE_SECTORS:
        return True
    return mention.sector is None and mention.country is not None and mention.kind in ("place", "org", None)


def _host(actor, recipient, location: Place, mode, cameo):
    """A meeting in one side's country: the others are visiting ("Putin met Xi in Beijing")."""
    if recipient or not location.country:
        return actor, recipient, mode, cameo
    hosts = [m for m in actor if m.country == location.country]
    visitors = [m for m in actor if m.country and m.country != location.country]
    if hosts and visitors and len(hosts) + len(visitors) == len(actor):
        return visitors, hosts, "visit", "042"
    return actor, recipient, mode, cameo


def _event_words(item: Found) -> list[str]:
    """The lemmas of what the event is about: the trigger, its objects and what it governs,
    not its subject ("military aid", "halted weapons supplies")."""
    tokens = []
    for found in (item, *item.governed):
        trigger = found.trigger
        tokens.append(trigger)
        for child in trigger.children:
            if child.dep_ in SUBJECT_DEPS or child.dep_ in ("punct", "cc", "mark", "advcl", "conj", "parataxis"):
                continue
            tokens.extend(list(child.subtree)[:20])
        if found.how == "light" and found.clause.i != trigger.i:
            tokens.append(found.clause)
    return [t.lemma_.lower() for t in sorted(set(tokens), key=lambda t: t.i)]


def _contexts(base: tuple[str, ...], cameo: str | None, words: list[str], lex: Lexicon) -> list[str]:
    found = dict.fromkeys(base)
    row = lex.cameo.get(cameo or "")
    for context in (row.get("context") or "").split(";") if row else ():
        if context:
            found[context] = None
    for context in _word_contexts(words, lex):
        found[context] = None
    return list(found)


def _word_contexts(words: list[str], lex: Lexicon) -> list[str]:
    contexts = []
    for i, word in enumerate(words):
        for parts, context in lex.context_words.get(word, ()):
            if tuple(words[i:i + len(parts)]) == parts and context not in contexts:
                contexts.append(context)
    return contexts


def _refine(cameo: str | None, words: list[str], lex: Lexicon) -> str | None:
    """The most specific CAMEO code the event's words support: 162 (reduce aid) with
    "weapons" is 1622; 070 (provide aid) with "humanitarian" is 073."""
    if not cameo:
        return cameo
    contexts = set(_word_contexts(words, lex))
    for _ in range(2):
        matches = [c for c in lex.children.get(cameo, ()) if set((lex.cameo[c].get("context") or "").split(";")) & contexts
                   and (lex.cameo[c].get("type") == lex.cameo.get(cameo, {}).get("type"))]
        if len(matches) != 1:
            break
        cameo = matches[0]
    return cameo


def _crowd(found: list[Mention], heads: list[Token], location: Place) -> list[Mention]:
    """Protesters the resolver cannot place are civilians of the country they protest in."""
    if found:
        return [dataclasses.replace(m, country=location.country, code=f"{location.country}{m.sector or 'CVL'}",
                                    sector=m.sector or "CVL") for m in found]
    if not heads:
        return []
    span = noun_phrase(heads[0])
    return [Mention(text=span.text, start=span.start_char, end=span.end_char, name=None,
                    country=location.country, sector="CVL", code=f"{location.country}CVL", kind="group")]


def _placed(mentions: list[Mention], location: Place) -> list[Mention]:
    return [dataclasses.replace(m, country=location.country, code=f"{location.country}{m.sector}")
            if m.sector and not m.country and m.code in (None, m.sector) and m.kind != "org" else m for m in mentions]


def _passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _object_place(item: Found, places: list[Place]) -> Place | None:
    """A place named in what the event acts on ("lifted a state of emergency in West Darfur")."""
    trigger = item.trigger
    doc = trigger.doc
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "prep", "advmod", "npadvmod")]
    for head in heads:
        start, end = _extent(head)
        for place in places:
            if not (start <= place.start and place.end <= end and place.country):
                continue
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE:
                return place  # "in West Darfur", not "Sudan's army"
    return None


def _place_mention(place: Place) -> Mention:
    return Mention(text=place.text, start=place.start, end=place.end, name=place.name,
                   country=place.country, sector=None, code=place.country, kind="place")


def _mentions(heads: list[Token], actors, attributions: list[Attribution], places: list[Place],
              modifier: bool = False) -> list[Mention]:
    """The actors the phrases headed by `heads` name, each resolved as well as it can be:
    the phrase; its apposition ("his envoy, Steve Witkoff"); what a number or group is of
    ("thousands of Iraqi Kurds"); a pronoun's antecedent; a nationality or owner among its
    modifiers ("Palestinian homes"); a place in it. Mentions with no country, code or sector
    are not actors."""
    mentions = []
    for head in heads:
        found = _best(head, actors, attributions, places)
        if modifier:
            found = [m for m in found if m.country or m.code]
        mentions.extend(m for m in found if m.country or m.code or m.sector)
    return _unique(mentions)


def _best(head: Token, actors, attributions: list[Attribution], places: list[Place]) -> list[Mention]:
    found = _resolve(head, actors)
    if _known(found):
        return _split_of(found, head, actors)
    tries = [lambda: [m for a in head.children if a.dep_ == "appos" for m in _resolve(a, actors)],
             lambda: [m for g in _partitive(head) for m in _best(g, actors, attributions, places)],
             lambda: _pronoun(head, actors, attributions) if head.pos_ == "PRON" else [],
             lambda: [m for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                      and c.ent_type_ not in NOT_ACTORS for m in _resolve(c, actors)],
             lambda: [m for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                      for g in p.children if g.dep_ == "pobj" for m in _resolve(g, actors)],
             lambda: _located(found, head, places),
             lambda: _places_in(head, places),
             lambda: _gazetteer(head, actors)]
    for attempt in tries:
        better = attempt()
        if _known(better):
            return better
    return found


def _gazetteer(head: Token, actors) -> list[Mention]:
    """A proper name the actor resolver does not know may be a place ("shelled Kharkiv")."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("ORG", "NORP"):
        return []
    tokens = sorted([head, *(c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN")], key=lambda t: t.i)
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return []
    span = head.doc[tokens[0].i:tokens[-1].i + 1]
    found = lookup(span.text, frozenset(actors.countries()))
    if found is None or not found.country or (head.ent_type_ == "PERSON" and found.population < 100_000):
        return []  # the small model calls some cities persons; small places named like people are not trusted
    return [Mention(text=span.text, start=span.start_char, end=span.end_char, name=found.name,
                    country=found.country, sector=None, code=found.country, kind="place")]


def _split_of(found: list[Mention], head: Token, actors) -> list[Mention]:
    """ "the foreign ministers of Brazil and Argentina" are two parties, each with the role."""
    owners = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if len(found) != 1 or not owners or not owners[0].conjuncts:
        return found
    role = found[0]
    parts = [m for g in (owners[0], *owners[0].conjuncts) for m in _resolve_one(g, actors)]
    if len(parts) < 2 or not all(m.country for m in parts):
        return found
    return [dataclasses.replace(role, text=m.text, start=m.start, end=m.end, country=m.country,
                                code=f"{m.country}{role.sector}" if role.sector else m.country, name=None)
            for m in parts]


def _resolve_one(head: Token, actors) -> list[Mention]:
    span = head.doc[head.i:head.i + 1]
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if compounds:
        span = head.doc[min(c.i for c in compounds):head.i + 1]
    return list(actors.resolve_all(span))


def _known(mentions: list[Mention]) -> bool:
    return any(m.country or m.code for m in mentions)


def _partitive(head: Token) -> list[Token]:
    """ "tens of thousands of students", "a group of diplomats": the "of" phrase names who."""
    if head.pos_ != "NUM" and head.lemma_.lower() not in PARTITIVES:
        return []
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _resolve(head: Token, actors) -> list[Mention]:
    span = noun_phrase(head)
    if len(span) > 1 and span[-1].dep_ == "case":
        span = span[:-1]  # "Trump's" -> "Trump"
    return list(actors.resolve_all(span))


def _pronoun(pronoun: Token, actors, attributions: list[Attribution]) -> list[Mention]:
    """ "we" in a quote is its speaker; "it" in "the White House confirmed that it had halted"
    is the subject of the clause that reports it."""
    word = pronoun.lower_
    if word in PRONOUNS_FIRST:
        holding = [a for a in attributions if a.source is not None
                   and any(c.start <= pronoun.idx < c.end for c in a.content)]
        if holding:
            source = min(holding, key=lambda a: sum(c.end - c.start for c in a.content)).source
            return [source]
        return []
    if word in PRONOUNS_THIRD:
        token = pronoun.head
        while token.head.i != token.i:
            if token.dep_ == "ccomp":
                subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
                if subjects and subjects[0].pos_ != "PRON":
                    return list(actors.resolve_all(noun_phrase(subjects[0])))
                break
            token = token.head
    return []


def _places_in(head: Token, places: list[Place]) -> list[Mention]:
    """Places named in the phrase ("settlements in the Gaza Strip"), relative clauses aside."""
    start, end = _extent(head)
    return [_place_mention(p) for p in places if start <= p.start and p.end <= end and p.country]


def _extent(head: Token) -> tuple[int, int]:
    skipped = {t.i for d in head.subtree if d.i != head.i and d.dep_ in ("relcl", "appos") for t in d.subtree}
    tokens = [t for t in head.subtree if t.i not in skipped]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


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


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for mention in mentions:
        key = (mention.start, mention.end)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def _attribution_holding(position: int, attributions: list[Attribution]) -> str | None:
    """The innermost attribution whose content holds the trigger."""
    holding = [a for a in attributions if any(c.start <= position < c.end for c in a.content)]
    if not holding:
        return None
    return min(holding, key=lambda a: sum(c.end - c.start for c in a.content)).id


# --- one event per happening -----------------------------------------------------------------

def _merge_repeats(events: list[Event]) -> list[Event]:
    """Within an article, the same happening reported again (same type, participants and status,
    compatible mode and date, e.g. "the call" after "a phone call") is kept once."""
    kept: list[Event] = []
    for event in events:
        key = _participants(event)
        if key is None:
            kept.append(event)
            continue
        first = next((k for k in kept if k.type == event.type and k.status == event.status
                      and _participants(k) == key and _compatible(k.mode, event.mode)
                      and _compatible(k.date.value if k.date else None, event.date.value if event.date else None)), None)
        if first is None:
            kept.append(event)
            continue
        first.confidence = round(min(1.0, first.confidence + 0.05), 2)
        first.mode = first.mode or event.mode
        first.date = first.date or event.date
        first.location = first.location or event.location
    return kept


def _participants(event: Event):
    """Who took part, by canonical name (two envoys of one government are two parties)."""
    names = [m.name or m.code for m in event.actor + event.recipient]
    if not event.actor or None in names:
        return None
    if event.type == "CONSULT":
        return frozenset(names)
    return frozenset(m.name or m.code for m in event.actor), frozenset(m.name or m.code for m in event.recipient)


def _compatible(a, b) -> bool:
    return a is None or b is None or a == b
