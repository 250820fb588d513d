"""Is an event asserted, negated, hypothetical, future, or reported as denied?

Only what the text asserts happened is "asserted": "has not approved any new deliveries" is
negated, "imposing sanctions would hurt talks" hypothetical, "denied that the US has stopped
sending arms" denied, "will hold a call" future.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyad import lexicon

# How far up the parse a status cue is looked for: the trigger's own clause and the clauses
# that embed it through complements (ccomp, xcomp) or as a subject (csubj).
EMBEDDING_DEPS = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "advcl", "pcomp", "acomp"})
# Nominal triggers take the status of the verb they are an argument of ("has not approved any
# deliveries") but not of a verb they only modify ("was not raised during the call").
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "conj", "appos"})


@cache
def _cues() -> dict[str, frozenset[str]]:
    return {entry["kind"]: frozenset(entry["words"]) for entry in lexicon.load("status/cues")}


def status_of(trigger: Token) -> str:
    """The status of the event triggered by `trigger` (a verb, or a noun such as "talks")."""
    verb = _clause_verb(trigger)
    cues = _cues()
    if trigger.pos_ == "NOUN" and _negated_noun(trigger, cues):
        return "negated"
    if verb is None:
        return "asserted"
    own = _own_status(verb, cues)
    if own != "asserted":
        return own
    # Walk up through the clauses that embed this one.
    clause = verb
    while clause.dep_ in EMBEDDING_DEPS and clause.head is not clause:
        parent = clause.head
        if clause.dep_ == "advcl" and _has_child(clause, "mark", cues["condition"]):
            return "hypothetical"
        if parent.lemma_ in cues["denial"] and clause.dep_ in ("ccomp", "pcomp", "xcomp"):
            return "denied"
        if parent.lemma_ in cues["failure"] and clause.dep_ == "xcomp":
            return "negated"
        if clause.dep_ == "xcomp" and parent.lemma_ in cues["irrealis"]:
            return "hypothetical"
        if clause.dep_ in ("csubj", "csubjpass"):
            parent_status = _own_status(parent, cues)
            return "hypothetical" if parent_status == "future" else parent_status
        if clause.dep_ == "ccomp" and _is_demand(parent, cues):
            return "hypothetical"
        clause = parent
    return "asserted"


def _clause_verb(trigger: Token) -> Token | None:
    """The verb whose clause decides the trigger's status."""
    token = trigger
    while token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound"):
        if token.dep_ not in ARGUMENT_DEPS or token.head is token:
            return trigger if trigger.pos_ in ("VERB", "AUX") else None
        token = token.head
    # A coordinated verb shares negation and modality with its first conjunct when it has no
    # auxiliary or subject of its own ("has not approved X nor imposed Y"), unless a contrast
    # separates them ("did not attack but negotiated").
    cues = _cues()
    while token.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in token.children):
        if any(c.dep_ == "cc" and c.lower_ in cues["contrast"] for c in token.head.children):
            break
        token = token.head
    return token


def _own_status(verb: Token, cues: dict[str, frozenset[str]]) -> str:
    children = list(verb.children)
    if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in cues["negation"]) for c in children):
        return "negated"
    if any(c.dep_ == "cc" and c.lower_ in ("nor", "neither") for c in children):
        return "negated"
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in cues["modal"] for a in auxiliaries):
        return "hypothetical"
    if any(a.lower_ in cues["future"] for a in auxiliaries):
        return "future"
    if any(a.lemma_ == "be" for a in auxiliaries) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children) and verb.dep_ == "xcomp":
        return "future"
    return "asserted"


def _negated_noun(noun: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "no talks", "without any sanctions" """
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


def _has_child(token: Token, dep: str, words: frozenset[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in token.children)


def _is_demand(verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A verb whose "that" clause is asked for, not reported ("demanding that partners end aid")."""
    return verb.lemma_ in cues["irrealis"] and verb.lemma_ not in ("agree", "expect", "hope", "decide")
