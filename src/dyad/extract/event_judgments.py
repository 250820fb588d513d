"""Verdicts a speaker passes on another's deed, proposal or claim, as the speaker's verbal act.

"The rebels said the government's offer was unacceptable" is a REJECT by the rebels of the
government, not an offer; "Iraq said the US strikes were an act of aggression" an ACCUSE of the
US; "Syria called the Israeli proposal a trick" and "India described Pakistan's test as a
provocation" are accusations too. The verdict word is the trigger, the verb of saying or judging
carries the speaker (the actor) and the status, and what is judged (the theme) names the
recipient through its author. The words are data (`lexicon/events/judgments.yaml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dyad import lexicon
from dyad.extract import per_doc
from dyad.extract.event_lexicon import Pattern
from dyad.extract.event_syntax import SUBJECT_DEPS

# Where a verdict stands: the complement of a copula ("was unacceptable", "was a provocation"), a
# judging verb's predicate ("called it a trick"), the object of its "as" ("described it as a provocation").
VERDICT_DEPS = frozenset({"acomp", "attr", "oprd", "pobj", "pcomp", "dobj", "advcl", "ccomp", "appos", "npadvmod"})
COPULAS = frozenset({"be", "remain"})


@dataclass(frozen=True)
class Judgment:
    pattern: Pattern
    clause: Token  # the verb of saying or judging: its subject is the judge
    theme: Token | None  # what is judged


@cache
def _words() -> dict[str, object]:
    entries = lexicon.load("events/judgments")
    verbs = {kind: frozenset(w for e in entries if e["kind"] == kind for w in e["words"])
             for kind in ("speaking", "judging", "restating_noun", "deed_noun")}
    verdicts = {kind: {str(w): (e["type"], e["cameo"]) for e in entries if e["kind"] == kind for w in e["words"]}
                for kind in ("verdict", "negated_verdict", "blame", "deed_verdict")}
    return {**verbs, **verdicts}


def verdict_words() -> frozenset[str]:
    """The words of a verdict on a deed ("absurd", "a provocation", "an act of aggression")."""
    return frozenset(_words()["verdict"]) | frozenset(_words()["deed_verdict"])


def restating_nouns() -> frozenset[str]:
    """ "move", "decision", "step": nouns that name a deed told before ("a move Tbilisi denounced")."""
    return _words()["restating_noun"]


def judgment_of(token: Token, event_nouns) -> Judgment | None:
    """The judgment `token` states, if it is a verdict word in a verdict's place; `event_nouns`
    are the nouns that name events (a judged event needs no named author to be judged)."""
    words = _words()
    frame = _frame(token, words)
    if frame is None:
        return None
    clause, theme, negated = frame
    verdict = _verdict(token, words["negated_verdict" if negated else "verdict"])
    if verdict is None and not negated and token.lemma_.lower() in words["blame"] and _for_a_deed(token, event_nouns):
        verdict = words["blame"][token.lemma_.lower()]
    # "called the diversion a hijacking": whoever did it is accused, named or not
    crime = _verdict(token, words["deed_verdict"]) if verdict is None and is_predicate(token, clause) else None
    named_a_crime = crime is not None
    verdict = verdict or crime
    if verdict is None:
        return None
    type_, cameo = verdict
    judged_event = named_a_crime or (theme is not None and theme.lemma_.lower() in event_nouns and type_ != "SUPPORT")
    pattern = Pattern(type=type_, mode=None, cameo=cameo, recipient=(),
                      requires=None if judged_event else "recipient", lemma=token.lemma_.lower())
    return Judgment(pattern, clause, theme)


def _frame(token: Token, words) -> tuple[Token, Token | None, bool] | None:
    """(verb of the judge, theme, whether the verdict is negated) when `token` is placed as a verdict."""
    dep, head = token.dep_, token.head
    if dep in ("acomp", "attr") and head.lemma_.lower() in COPULAS:
        # "said the offer was unacceptable"; "the offer was unacceptable, the rebels said"
        speaker_verb = head.head if head.dep_ == "ccomp" and head.head.lemma_.lower() in words["speaking"] else next(
            (c for c in per_doc.children(head) if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in words["speaking"]
             and c.i > token.i), None)
        if speaker_verb is None:
            return None
        theme = next((c for c in per_doc.children(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
        return speaker_verb, theme, any(c.dep_ == "neg" for c in per_doc.children(head))
    if dep == "ccomp" and token.pos_ == "ADJ" and head.lemma_.lower() in words["judging"]:
        # "declared Iraq's freeze of cooperation unacceptable": the parser reads a small clause
        theme = next((c for c in per_doc.children(token) if c.dep_ == "nsubj"), None)
        return (head, theme, False) if theme is not None else None
    shifted = False  # the judged object after the verdict ("described as a provocation the test", nlp.shifted_objects)
    if dep in ("pobj", "pcomp") and head.lower_ == "as":
        shifted = any(c.dep_ == "dobj" and c.i > token.i for c in per_doc.children(head.head))
        head = head.head  # "described the test as a provocation"
    elif dep == "advcl" and any(c.lower_ == "as" for c in per_doc.children(token)):
        pass  # "described the charges as baseless"
    elif dep == "dobj" and head.dep_ == "oprd" and head.pos_ == "VERB":
        # "called the slaying an attack on democracy": the parser took the judged noun for a verb
        # whose object is the verdict
        return (head.head, head, False) if head.head.lemma_.lower() in words["judging"] else None
    elif _hung_on_judged(token):
        # "called the king's move a serious setback", "called the capture an act of war": the parser hung
        # the verdict on the judged noun
        return (head.head, head, False) if head.head.lemma_.lower() in words["judging"] and head.head.pos_ in ("VERB", "AUX") else None
    elif dep not in ("oprd", "dobj"):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in words["judging"]:
        return None
    themes = [c for c in per_doc.children(head) if c.dep_ in ("dobj", "nsubjpass") and c.i != token.i and (c.i < token.i or shifted)]
    if not themes or (dep == "dobj" and themes[0].i > token.i):
        return None  # "branded the Dalai Lama a splittist": the first object is judged by the second
    return head, themes[0], False  # "did not call it a provocation": the judging verb's status says so


def _hung_on_judged(token: Token) -> bool:
    """ "called the capture an act of war": a noun the parser hung on the judging verb's object, after
    it (not "called the envoy, a veteran diplomat, to the palace": an apposition after a comma)."""
    head = token.head
    return (token.dep_ in ("dobj", "appos", "npadvmod") and head.dep_ in ("dobj", "oprd") and head.pos_ in ("NOUN", "PROPN")
            and head.i < token.i and token.doc[token.left_edge.i - 1].lower_ != ",")


def is_predicate(token: Token, verb: Token) -> bool:
    """Whether `token` is what a judging verb predicates of its object ("called the talks a [success]",
    "described the test as a [provocation]"), not a copula's complement in a clause the verb reports."""
    return verb.lemma_.lower() in _words()["judging"] and token.dep_ not in ("acomp", "attr") and (
        token.head.i == verb.i or (token.head.lower_ == "as" and token.head.head.i == verb.i)
        or (token.head.dep_ == "oprd" and token.head.head.i == verb.i)
        or (_hung_on_judged(token) and token.head.head.i == verb.i))


def predicated(verb: Token) -> Token | None:
    """The predicate a judging verb puts on its object ("called the strike a [response]",
    "called the report [credible]"): the verb judges, it does not call a strike or phone anyone."""
    if verb.lemma_.lower() not in _words()["judging"]:
        return None
    return next((c for c in per_doc.children(verb) if c.dep_ == "oprd"
                 and any(o.dep_ == "dobj" and o.i < c.i for o in per_doc.children(verb))), None)


def _verdict(token: Token, verdicts: dict) -> tuple[str, str] | None:
    """The verdict the word, a modifier of it, or what it is "an act of" passes."""
    return next((verdicts[w] for w in _verdict_words(token) if w in verdicts), None)


def _verdict_words(token: Token) -> list[str]:
    """The word, its modifiers and what it is "an act of" ("an act of piracy")."""
    candidates = [token.lemma_.lower(), token.lower_]
    candidates += [c.lemma_.lower() for c in per_doc.children(token) if c.dep_ in ("amod", "advmod", "compound")]
    candidates += [g.lemma_.lower() for p in per_doc.children(token) if p.dep_ == "prep" and p.lower_ == "of"
                   for g in per_doc.children(p) if g.dep_ == "pobj"]
    return candidates


def _for_a_deed(token: Token, event_nouns) -> bool:
    """ "responsible for the bombing", "guilty of killing", a bare "were responsible": blame names a deed
    or what was told before it (not "is responsible for security")."""
    objects = [g for p in per_doc.children(token) if p.dep_ == "prep" and p.lower_ in ("for", "of") for g in per_doc.children(p)]
    deeds = _words()["deed_noun"]  # what harm blame names that is no event of its own ("the deaths of 57 people")
    return not objects or any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and (g.lemma_.lower() in event_nouns
                                                                          or g.lemma_.lower() in deeds))
                              for g in objects)


def verdict_tokens(token: Token) -> list[Token]:
    """The tokens a verdict spans: the word and what it is "an act of" (whose own event it absorbs)."""
    return [token, *(g for p in per_doc.children(token) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in per_doc.children(p) if g.dep_ == "pobj")]


def restated_deed(verb: Token) -> Token | None:
    """The verb of a clause that a noun after it names again for a relative clause to judge
    ("X banned imports, a move Y denounced as coercion", "closed the crossing, a step the UN
    condemned"): the relative clause is about that deed, so its author is the recipient. The
    parser hangs the noun on the verb (even as a second object) or as an apposition of its object."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in restating_nouns() or not any(
            c.dep_ in SUBJECT_DEPS for c in per_doc.children(verb)):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") and c.tag_ not in ("WDT", "WP") for c in per_doc.children(verb)):
        return None  # the relative clause has an object of its own, or is passive
    if noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None  # set off by a comma after the clause it names
    if noun.dep_ in ("npadvmod", "appos", "dobj") and noun.head.pos_ in ("VERB", "AUX") and noun.i > noun.head.i:
        return noun.head
    holder = noun.head
    if noun.dep_ == "appos" and holder.dep_ in ("dobj", "nsubjpass") and holder.head.pos_ in ("VERB", "AUX"):
        return holder.head  # "banned imports of wine, a move ...": the parser took the imports for the move
    return None
