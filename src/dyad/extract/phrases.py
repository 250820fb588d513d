"""Noun-phrase extents from the dependency parse, shared by the extractors."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyad.extract import per_doc

# Dependents that stay inside a participant's phrase ("the Russian President Vladimir Putin",
# "Russia and China", "the Ministry of Defense"); clauses, appositions and other prepositional
# phrases are left out so the phrase names the participant and nothing more.
PHRASE_DEPS = frozenset({
    "det", "amod", "compound", "poss", "case", "nmod", "nummod", "quantmod", "conj", "cc",
    "prep", "pobj", "advmod", "predet", "npadvmod",
})
PHRASE_PREPOSITIONS = frozenset({"of"})


def noun_phrase(head: Token) -> Span:
    """The phrase headed by `head`: its subtree through PHRASE_DEPS, kept contiguous. Once per
    head: actors, events and places all ask for the same phrases."""
    known = per_doc.memo(head.doc, "noun_phrases")
    if head.i not in known:
        known[head.i] = _noun_phrase(head)
    return known[head.i]


def _noun_phrase(head: Token) -> Span:
    left = right = head.i
    stack = [head]
    while stack:
        token = stack.pop()
        for child in per_doc.children(token):
            if child.dep_ not in PHRASE_DEPS:
                continue
            if child.dep_ == "prep" and (child.lower_ not in PHRASE_PREPOSITIONS or not _has_object(child)):
                # "accused the rebels of having ties ...": an "of" that introduces a clause, not a
                # noun, belongs to the verb's frame; the phrase would end on a bare "of"
                continue
            if child.dep_ == "advmod" and (child.i > token.i or child.lower_ in ("later", "earlier") or child.ent_type_ in ("DATE", "TIME")):
                continue  # (nor a time opening the sentence that the parser hung on it: "Hours later Prime Minister X")
            left, right = min(left, child.i), max(right, child.i)
            stack.append(child)
    doc = head.doc
    dateline_start, dateline_end_ = _dateline_span(doc)
    if left < head.i and dateline_start <= doc[left].idx < dateline_end_:
        # "GOMA, Congo, Nov 21 (Reuters) - M23 rebels": the parser may hang the dateline on the
        # first sentence's subject; where the story was filed is no part of who acted in it
        while left < head.i and doc[left].idx < dateline_end_:
            left += 1
    # Trim punctuation and conjunctions left dangling at either edge ("Russia and", "the US ,").
    while left < right and (doc[left].is_punct or doc[left].dep_ == "cc"):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].dep_ == "cc"):
        right -= 1
    return doc[left:right + 1]


def _has_object(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" for c in per_doc.children(preposition))


def dateline_end(doc: Doc) -> int:
    """Where the story's dateline ("KYIV, March 14 (Reuters) -") ends, in characters; 0 without one."""
    return _dateline_span(doc)[1]


def _dateline_span(doc: Doc) -> tuple[int, int]:
    """The dateline's start and end in characters, (0, 0) without one. Computed once per document."""
    known = per_doc.memo(doc, "dateline_end")
    if "span" not in known:
        from dyad.extract.places import dateline  # places builds on this module
        match = dateline(per_doc.text(doc))
        known["span"] = (match.start(), match.end()) if match else (0, 0)
    return known["span"]


def past_dateline(subject: Token) -> list[Token]:
    """The subject, or, when the parser made the dateline the subject, the words it hung the real
    one on: an apposition ("DHAKA, Aug 5 (Wire) - Prime Minister Sheikh Hasina resigned") or a
    conjunct and those coordinated with it ("TBILISI, Aug 13 (Reuters) - Russian tanks and
    armoured personnel carriers rolled") or a word of the dateline itself."""
    start, end = _dateline_span(subject.doc)
    if not start <= subject.idx < end:  # a headline's subject, before the dateline, is one
        return [subject]
    found = [c for c in per_doc.children(subject) if c.dep_ == "appos" and c.idx >= dateline_end(c.doc)]
    if not found:
        # the first: the phrase's own coordination gives the others, as without a dateline
        found = [c for c in subject.conjuncts if c.idx >= dateline_end(c.doc)][:1]
    if not found:
        # "DOHA, Nov 22 (Reuters) - Israel and Hamas agreed": hung on a word inside the dateline
        found = [t for t in subject.subtree if t.idx >= end and t.head.idx < end
                 and t.pos_ in ("PROPN", "NOUN", "PRON")][:1]
    if not found:
        # "UNITED NATIONS, Aug 14 (Wire) - U.N. Secretary-General Ban Ki-moon praised": hung as an
        # apposition on another word of the dateline (the agency's name), before the verb
        found = [t for t in subject.doc[:subject.head.i] if t.idx >= end and t.head.idx < end and t.dep_ == "appos"
                 and t.pos_ in ("PROPN", "NOUN")][:1]
    return found


def conjuncts(head: Token) -> list[Token]:
    """The head and the heads coordinated with it ("Russia and China" -> Russia, China)."""
    return [head, *head.conjuncts] if head.dep_ != "conj" else [head]


# Walking up from an event's trigger, words beyond one of these links belong to another clause
# ("said on Tuesday that Russia attacked": Tuesday dates the saying, not the attack).
CLAUSE_BOUNDARIES = frozenset({"ccomp", "parataxis", "relcl", "acl", "advcl", "csubj"})


SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def clause_path(trigger: Token) -> list[Token]:
    """The trigger and the words above it up to the head of its clause: where a date or a place
    that governs the trigger is attached. A conjoined clause with its own subject is a clause of
    its own ("protesters rallied in Tehran, and police arrested hundreds": Tehran is not where
    the arrests were)."""
    path = [trigger]
    token = trigger
    # (by index: `token.head` is a new object on every access, so `is` never saw the root)
    while (token.dep_ not in CLAUSE_BOUNDARIES and token.head.i != token.i and len(path) < 12
           and not _own_clause_conjunct(token)):
        token = token.head
        path.append(token)
    return path


def clause_verb(trigger: Token) -> tuple[Token | None, list[Token]]:
    """The first verb on the trigger's clause path and its auxiliaries, which tell its tense
    (None and [] for a deed named by a noun alone)."""
    verb = next((t for t in clause_path(trigger) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None, []
    return verb, [c for c in per_doc.children(verb) if c.dep_ in ("aux", "auxpass")]


def _own_clause_conjunct(token: Token) -> bool:
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
        child.dep_ in SUBJECTS for child in per_doc.children(token))


# Links from an event's word down into its own phrases ("agreed to a ceasefire on Tuesday",
# "stormed the Supreme Court in Brasilia", "resigned and fled on Monday").
PHRASE_LINKS = frozenset({"dobj", "prep", "pobj", "conj", "appos", "attr", "dative", "nsubjpass"})


def gapped_conjuncts(verb: Token) -> list[Token]:
    """ "Two soldiers were killed and ten others wounded on Sunday": a participle joined after a
    passive verb with no auxiliary of its own (with or without a subject) is the same clause told again with
    the auxiliary left out, so the time and place told at its end are the first verb's too."""
    if not any(c.dep_ == "auxpass" for c in per_doc.children(verb)):
        return []
    return [c for c in per_doc.children(verb) if c.dep_ == "conj" and c.tag_ == "VBN"
            and not any(a.dep_ in ("aux", "auxpass", "mark") for a in per_doc.children(c))]


def phrase_words(trigger: Token, depth: int = 4) -> list[Token]:
    """Words inside the trigger's own objects and prepositional phrases, nearest first; the
    walk enters no other clause and no verb except a conjoined one sharing the subject."""
    found, frontier = [], [trigger]
    for _ in range(depth):
        frontier = [child for token in frontier for child in per_doc.children(token)
                    if child.dep_ in PHRASE_LINKS and _same_clause(child)]
        found.extend(frontier)
    return found


def _same_clause(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return True
    return token.dep_ == "conj" and not _own_clause_conjunct(token)


def sets_the_scene(verb: Token) -> bool:
    """ "struck two venues where crowds were watching the final in Kampala on Sunday night",
    "torched a church where hundreds had taken refuge ... on Tuesday": a relative clause that says
    what was going on where the deed happened (progressive, or pluperfect) has no time of its own,
    and its place is the deed's; so has one saying what the people a deed was aimed at did as it
    hit them ("fired tear gas at youths who rioted in Gafsa late on Saturday")."""
    start = verb.left_edge.i
    if verb.dep_ != "relcl" or start == 0 or verb.doc[start - 1].text == ",":
        return False  # set off by a comma ("Mondlane, who had returned on Thursday, ..."): a fact of its own
    auxiliaries = {c.lower_ for c in per_doc.children(verb) if c.dep_ == "aux"}
    return (verb.tag_ == "VBG" and bool(auxiliaries & {"was", "were"})) or (
        verb.tag_ == "VBN" and "had" in auxiliaries) or _what_the_targets_did(verb)


# Determiners that point at something the reader already knows of ("the attack", "these talks").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


# Prepositions by which a deed names the people it is aimed at ("fired at youths", "opened fire on
# marchers"); not an object ("arrested the man who killed the mayor on Sunday": done before).
AIMED_AT = frozenset({"at", "on"})


def _what_the_targets_did(verb: Token) -> bool:
    """ "fired tear gas at hundreds of traders who blocked the highway on Tuesday": a simple past
    "who" clause on the people a verb's "at"/"on" aims at tells what they were doing when hit."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in per_doc.children(verb)) or not any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in per_doc.children(verb)):
        return False
    people = verb.head
    while people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.pos_ in ("NOUN", "NUM"):
        people = people.head.head  # "hundreds of traders"
    return people.dep_ == "pobj" and people.head.lower_ in AIMED_AT and people.head.head.pos_ == "VERB"


def based_in(token: Token) -> bool:
    """ "a London-based rights group", "a monitor based in Britain": where a body is based says
    whose the body is, not where the story it tells of happens."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "based":
        return True
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head.lower_ == "based"


def ing_form(token: Token) -> bool:
    """An "-ing" form, though the tagger may call one that opens a sentence a noun: "Meeting in
    Brussels on Monday evening, EU leaders agreed ..." (parsed as a clause all the same)."""
    return token.tag_ == "VBG" or (token.tag_ == "NN" and token.dep_ == "advcl" and token.lower_.endswith("ing"))
