"""The event lexicon (`lexicon/events/*`), compiled once: verb and noun patterns, light verbs,
complement rules ("agreed to meet" is one AGREE), PLOVER types and the CAMEO table."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache


from dyad import lexicon
from dyad.extract.status import cue_words


KEEP = object()  # a rule's mode "=": keep the governed event's mode


@dataclass(frozen=True)
class Pattern:
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...] = ()
    constraint: frozenset[str] = frozenset()  # object (verbs) or modifier (nouns) lemmas; empty: any
    subject: frozenset[str] = frozenset()
    cargo: frozenset[str] = frozenset()  # what the subject must carry ("a plane carrying medical supplies landed")
    exclude: frozenset[str] = frozenset()
    exclude_direct: frozenset[str] = frozenset()  # direct objects that rule it out ("threatening output")
    not_to: frozenset[str] = frozenset()  # purposes that rule the pattern out ("took to the streets to celebrate")
    purpose: frozenset[str] = frozenset()  # purposes one of which the pattern needs ("gathered to demand his release")
    recipient: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    particle: str | None = None
    symmetric: bool = False
    inverse: bool = False
    requires: str | None = None
    by_state: tuple | None = None  # (type, mode, cameo)
    by_civilians: tuple | None = None  # (type, mode, cameo) when every actor is of civil life ("nurses launched a strike")
    by_organizations: tuple | None = None  # (type, mode, cameo) when every actor is a company or charity ("Shell pulled out")
    joint: tuple | None = None
    untargeted: tuple | None = None  # (type, mode, cameo) when no recipient is named ("fired a missile into the sea")
    modal: frozenset[str] = frozenset()  # the pattern needs a "that" clause with one of these
    infinitive: bool = False  # the pattern needs an object and its infinitive ("told Hungary to scrap the law")
    clause: frozenset[str] = frozenset()  # kinds of complement the pattern needs: "to", "that", "for", "condition"
    not_by: frozenset[str] = frozenset()  # kinds of doer (person, place ...) for whom it is no event unless aimed at someone
    not_at: frozenset[str] = frozenset()  # kinds of recipient (person ...) for whom it is no event ("voted for Sanders")
    intransitive: bool = False  # no event with a direct object or clause ("demonstrates the peril")
    adjective: bool = False  # matched as a predicative adjective too ("was critical of"), not only as a verb
    negated: tuple | None = None  # (type, mode, cameo) when the text negates it ("did not accept")
    unnamed: bool | str = False  # an event even with no doer named ("a car bombing killed 12"); "subject": only
    # as its clause's subject ("fighting resumed", "clashes erupted"), not in "fled the fighting"
    lemma: str = ""
    trigger: str | None = None  # "object": the noun the pattern names is the trigger ("imposed a curfew")


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
    complement_lemmas: frozenset[str] = frozenset()  # the governed event's verb lemmas ("forgive" a debt)
    undated_object: bool = False  # only the governor's object, naming no day of its own ("claimed the attack")
    refrained: bool = False  # only a negated infinitive: what the governor promises not to do ("pledged not to attack")
    complement_noun: bool = False  # only a governed event a noun names ("met the demands", not "met to demand")


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
    described_nouns: frozenset[str] = frozenset()  # "riot police": the event noun only describes them
    denial_verbs: frozenset[str] = frozenset()  # "denied that it was arming them": a report, not a withholding
    known_verbs: frozenset[str] = frozenset()
    natural_causes: frozenset[str] = frozenset()  # "killed by floods": forces of nature do no deed
    culprits: frozenset[str] = frozenset()  # "warned that those behind the bombing would pay": the deed's unknown doers
    telling_verbs: frozenset[str] = frozenset()  # "told Trump that ...": whose object is the one told
    penalty_verbs: frozenset[str] = frozenset()  # "leave or face military action": what befalls who refuses


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
    cues = cue_words()
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
        topic_nouns=cues.get("topic", frozenset()),
        described_nouns=cues.get("described_by_event", frozenset()),
        denial_verbs=cues.get("denial", frozenset()),
        natural_causes=cues.get("natural_cause", frozenset()),
        culprits=cues.get("culprit", frozenset()),
        telling_verbs=cues.get("telling", frozenset()),
        penalty_verbs=cues.get("penalty", frozenset()),
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
        cargo=frozenset(entry.get("cargo") or ()),
        exclude=frozenset(str(x) for x in entry.get("exclude") or ()),
        exclude_direct=frozenset(str(x) for x in entry.get("exclude_direct") or ()),
        not_to=frozenset(entry.get("not_to") or ()),
        purpose=frozenset(entry.get("purpose") or ()),
        recipient=tuple(entry.get("recipient") or ("dobj",) if constraint_key == "object" else entry.get("recipient") or ()),
        actor=tuple(entry.get("actor") or ()),
        particle=particle, symmetric=bool(entry.get("symmetric")), inverse=bool(entry.get("inverse")),
        requires=entry.get("requires"), by_state=recode(entry.get("by_state")), joint=recode(entry.get("joint")),
        by_civilians=recode(entry.get("by_civilians")), by_organizations=recode(entry.get("by_organizations")),
        untargeted=recode(entry.get("untargeted")),
        modal=frozenset(entry.get("modal") or ()), negated=recode(entry.get("negated")), lemma=lemma,
        infinitive=bool(entry.get("infinitive")), clause=frozenset(entry.get("clause") or ()),
        adjective=bool(entry.get("adjective")), intransitive=bool(entry.get("intransitive")), not_by=frozenset(entry.get("not_by") or ()),
        not_at=frozenset(entry.get("not_at") or ()),
        unnamed=entry.get("unnamed") if entry.get("unnamed") == "subject" else bool(entry.get("unnamed")),
        trigger=entry.get("trigger"),
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
        complement_lemmas=frozenset(entry.get("complement_lemma") or ()),
        undated_object=bool(entry.get("undated_object")),
        refrained=bool(entry.get("refrained")),
        complement_noun=bool(entry.get("complement_noun")),
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


@cache
def light_verb_lemmas() -> frozenset[str]:
    return frozenset(event_lexicon().light_verbs)


def rule_matches(rule: Rule, pattern: Pattern) -> bool:
    if rule.complements and pattern.type not in rule.complements:
        return False
    if rule.modes and pattern.mode not in rule.modes:
        return False
    if rule.cameos and not (pattern.cameo and pattern.cameo.startswith(rule.cameos)):
        return False
    if rule.complement_lemmas and pattern.lemma not in rule.complement_lemmas:
        return False
    return True


def pick_cameo(options: tuple[str, ...], governor: str | None) -> str | None:
    if not options:
        return None
    if governor:
        for code in options:
            if code[:2] == governor[:2]:
                return code
    return options[0]


def recode(event_type: str, mode: str | None, cameo: str | None, governor: str, lemma: str = "") -> tuple | None:
    """The (type, mode, cameo) a pseudo-governor such as "future" gives an event, or None (`lemma`, the
    event's word, for the rules that name the governed event's lemmas)."""
    lex = event_lexicon()
    pattern = Pattern(type=event_type, mode=mode, cameo=cameo, lemma=lemma)
    for rule in lex.rules:
        if governor in rule.governors and rule_matches(rule, pattern):
            type_ = event_type if rule.type in (None, "=") else rule.type  # "=": the event stands as told
            new_mode = mode if rule.mode is KEEP else rule.mode
            return type_, new_mode, pick_cameo(rule.cameo, None) or cameo
    return None
