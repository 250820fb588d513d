"""The parts of one attribution around a cue head: cue extent, source and content.

Conventions follow PolNeAR's annotation (and PARC's before it), which dyad is measured with:

* the cue is one contiguous stretch around its head: auxiliaries, negation, adverbs and
  particles of the verb, and the preposition that introduces the content ("called for",
  "according to"), but not the subject or the content;
* the source is the speaker's phrase as written ("Kremlin aide Yury Ushakov", "he", "experts"),
  with the clause that describes the speaker ("Trump, who has been feuding with party leaders,"),
  but not one that holds the cue ("a surrogate who said" -> "a surrogate");
* the content is what is attributed: a reported clause with its complementizer ("that Moscow
  would ..."), a quotation with its marks and the punctuation inside them, without the
  sentence's final period; a quotation interrupted by its cue gives one content span a part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dyad.extract import per_doc
from dyad.extract.phrases import past_dateline
from dyad.extract.attribution_features import (
    QUOTE_MARKS, SUBJECT_DEPS, Context, extent_features, linear_model, probability,
)

EXTENT_MODEL = "attribution/extent_model"
# Above one half: a long setting after the verb ("said in response to a question from ...",
# "wrote in a letter to ...") stays out of the cue, as PolNeAR marks it more often than not
# (+0.5 exact cue F1 on a held-out fold, +0.2 on the development fifth, 0.0 on a third fold).
EXTENT_THRESHOLD = 0.6
# How far a cue word's controlling verb is looked for, and what it may be (see `controller`).
CONTROL_STEPS = 2
CONTROLLER_POS = frozenset({"VERB", "AUX", "ADJ"})
# Dependents never part of a cue: the speaker, the content, other clauses.
NOT_CUE_DEPS = frozenset({
    "nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "conj", "cc", "parataxis", "relcl",
    "appos", "mark", "advcl", "dative", "case",
})
# Clauses of a cue whose complementizer "for" may join the cue ("calling for X to resign").
FOR_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom", "whose"})
# Dependents of a cue that hold its content, most telling first.
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl", "nsubjpass", "csubjpass")
# Dependents of a nominal cue ("the claim that", "his call for") that hold its content.
NOUN_CONTENT_DEPS = ("acl", "ccomp", "relcl", "appos")
SOURCE_PREPOSITIONS = frozenset({"by", "from"})
# Clauses that take their speaker from the clause they hang on ("X defended Y, saying ...").
CONTROLLED_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "ccomp"})
EDGE_PUNCT = frozenset(",.;:-—–()[]")
APPOSITION_MARKS = frozenset({",", "—", "–"})
CLAUSE_PUNCT = frozenset({",", "—", "–", "-", ":", ";", "(", ")"})
CLAUSE_BREAKS = frozenset({",", ":", ";", "—", "–", "--"})
# Marks that set a participle off from the object before it ("issued a statement, saying").
SET_OFF = CLAUSE_BREAKS | {"(", ")"}
# Double quotation marks: a cue never grows across one into the quoted words.
QUOTATION_MARKS = frozenset({'"', "“", "”", "``", "''", "«", "»"})


@dataclass
class Frame:
    """One attribution found around a cue head; token ranges are [start, end) indices."""

    head: Token
    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: list[tuple[int, int]] = field(default_factory=list)  # character spans
    direct: bool = False
    referent: tuple[int, int] | None = None  # what the resolver is given, if not the source
    confident: bool = False  # the cue model is sure of the cue


# --- cue extent ----------------------------------------------------------------------------

def cue_extent(head: Token, decide=None, through: Token | None = None) -> tuple[int, int]:
    """The token range of the cue headed by `head`, grown one dependent at a time.

    `decide(parent, child)` says whether a dependent joins; by default the shipped extent model.
    A dependent is only considered when the words between it and the cue so far belong to it
    ("said in a statement": "a" belongs to "statement"), so the cue stays contiguous.
    `through`: the cue word whose `controller` the head is; the cue runs down to it.
    """
    if decide is None:
        model = linear_model(EXTENT_MODEL)

        def decide(parent, child):
            return probability(model, extent_features(parent, child, head)) >= EXTENT_THRESHOLD

    doc = head.doc
    lo = hi = head.i
    included = [head]
    node = through
    while node is not None and node.i != head.i:
        included.append(node)
        lo, hi = min(lo, node.i), max(hi, node.i)
        node = node.head
    decided: set[int] = set()
    grown = True
    while grown:
        grown = False
        for parent in list(included):
            for child in _dependents(parent):
                if child.i in decided or lo <= child.i <= hi or not _eligible(child):
                    continue
                gap = range(child.i + 1, lo) if child.i < lo else range(hi + 1, child.i)
                if any(not _within(doc[k], child) for k in gap):
                    continue
                if child.text in QUOTATION_MARKS or any(doc[k].text in QUOTATION_MARKS for k in gap):
                    continue  # 'continued to "play" Trump': the quoted words are the content, not the cue
                decided.add(child.i)
                if decide(parent, child):
                    included.append(child)
                    included.extend(doc[k] for k in gap)
                    lo, hi = min(lo, child.i), max(hi, child.i)
                    grown = True
    return lo, hi + 1


def controller(word: Token) -> Token:
    """The verb a cue word depends on as its object or open complement, when PolNeAR's cue runs
    from that verb: the verb whose object the noun is ("has praise for", "gave assurances",
    "has drawn criticism": in train 271 times of 392 when such a noun is in a cue), and the verb
    whose subject an open complement shares ("tried to attack", "will keep trying to read", "is
    set to release", "are likely to say": 337 of 411); the word itself otherwise. A verb with an
    object before the complement ("prompted him to say", "used the platform to discuss") lends
    it the object's subject, not its own. Whether the word is a cue at all (not in "vowed to
    support the bill", "dismissed the criticism") is the cue model's to say."""
    node = word
    issuer = _issuing_verb(word)
    if issuer is not None:
        return issuer
    if word.dep_ == "dobj" and word.pos_ == "NOUN" and word.head.pos_ == "VERB" and word.head.i < word.i:
        node = word.head
    for _ in range(CONTROL_STEPS):
        up = node.head
        if node.dep_ != "xcomp" or up.i > node.i or up.pos_ not in CONTROLLER_POS or any(
                c.dep_ in ("dobj", "dative") and c.i < node.i for c in per_doc.children(up)):
            break
        node = up
    if node.i != word.i and node.pos_ == "ADJ" and node.dep_ == "acomp" and node.head.i < node.i:
        node = node.head  # "are likely to say": the copula heads it
    if node.i != word.i and any(t.text in QUOTE_MARKS for t in word.doc[node.i:word.i]):
        return word  # 'continued to "play" Trump': a quoted word is someone's words, not the verb's cue
    return node


def _issuing_verb(word: Token) -> Token | None:
    """The verb of a participle right after the verb's object, saying what the object says:
    "issued a statement saying", "released an ad calling for", "sent an email Tuesday asking"
    (the parser hangs it on the noun or on the verb). PolNeAR's cue runs from the verb through
    the participle (in train, folds 1-4: 43 times of 67 when such a participle is in a cue); the
    cue model, learning it as the verb's cue word, tells "issued a statement saying" from "held
    up a sign saying". A participle set off by a comma or led by "while" is a clause of its own."""
    if word.tag_ != "VBG":
        return None
    if word.dep_ == "acl":
        noun, verb = word.head, word.head.head
        if noun.dep_ != "dobj":
            return None
    elif word.dep_ == "advcl" and not any(c.dep_ == "mark" for c in per_doc.children(word)):
        verb = word.head
        noun = next((c for c in per_doc.children(verb) if c.dep_ == "dobj" and c.i < word.i), None)
        if noun is None:
            return None
    else:
        return None
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or not verb.i < noun.i < word.i:
        return None
    if any(t.text in SET_OFF or t.text in QUOTE_MARKS for t in word.doc[verb.i + 1:word.i]):
        return None
    return verb


def _dependents(token: Token):
    """The token's dependents, and the infinitive marker of its open complement: PolNeAR's cue
    takes the "to" ("is expected to", "has appeared to", "demanded to know")."""
    children = per_doc.children(token)
    yield from children
    for child in children:
        if child.dep_ == "xcomp":
            yield from (g for g in per_doc.children(child) if g.dep_ == "aux" and g.lower_ == "to" and g.i < child.i)
        elif child.dep_ in FOR_CLAUSE_DEPS:
            # "called for the minister to resign": the parser makes "for" the clause's
            # complementizer; PolNeAR's cue takes it, as in "called for calm"
            yield from (g for g in per_doc.children(child) if g.dep_ == "mark" and g.lower_ == "for" and g.i < child.i)


def _eligible(child: Token) -> bool:
    if child.dep_ == "mark" and child.lower_ == "for":
        return True  # yielded by _dependents from the cue's clause only
    if _small_clause(child):
        return True
    if child.dep_ in NOT_CUE_DEPS or child.is_space:
        return False
    if child.dep_ == "punct":
        return child.text == ":"
    return True


def _small_clause(token: Token) -> bool:
    """An adjective the parser makes a clausal complement ("made it clear that", "made plain"):
    PolNeAR's cue takes it, with its "it", while the clause it introduces stays content."""
    return token.dep_ == "ccomp" and token.pos_ == "ADJ"


def _within(token: Token, ancestor: Token) -> bool:
    return ancestor.left_edge.i <= token.i <= ancestor.right_edge.i


# --- source ----------------------------------------------------------------------------------

def source_head(head: Token, cue: tuple[int, int]) -> Token | None:
    """The token heading the speaker's phrase, as written: a pronoun stays a pronoun (the actor
    resolver resolves it), a relative "who" stays "who" (see `referent`)."""
    lemma = head.lemma_.lower()
    if lemma == "accord":
        return _object_of(head, ("to",))
    if head.text == ":":
        return _colon_source(head)
    agent = _agent(head)
    if agent is not None:
        return agent
    subject = _subject(head, ("nsubj", "csubj"))
    if subject is not None:
        return subject
    if head.pos_ in ("NOUN", "PROPN"):
        return _nominal_source(head)
    for child in per_doc.children(head):
        if child.dep_ == "nsubjpass":
            return child
    token, steps = head, 0
    while token.dep_ in CONTROLLED_DEPS and token.head.i != token.i and steps < 3:
        dep, token, steps = token.dep_, token.head, steps + 1
        if dep == "xcomp":  # "leaving some to question", "permitted Judicial Watch to depose"
            for child in per_doc.children(token):
                if child.dep_ == "dobj" and child.i < head.i:
                    return child
        subject = _subject(token, ("nsubj", "nsubjpass"))
        if subject is not None:
            return subject
        if token.pos_ in ("NOUN", "PROPN"):
            return None
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return None


def _subject(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """The verb's subject. Two subjects are a misparse; one set off from the verb by a comma,
    colon or quotation mark is not the speaker: "“The more people who know him, the better,”
    Briggs said", "In Salem, New Hampshire, Trump said", "Q: Have you talked to her?"."""
    # "PARIS, Nov 3 (Reuters) - France and Germany urged": not the dateline the parser hung them on
    subjects = [s for child in per_doc.children(verb) if child.dep_ in deps for s in past_dateline(child)]
    if len(subjects) > 1:
        subjects = [child for child in subjects if not _set_off_from(child, verb)] or subjects
    return subjects[0] if subjects else None


def _set_off_from(subject: Token, head: Token) -> bool:
    """Whether a comma, colon, semicolon, dash or quotation mark stands between the subject's
    phrase and the cue word."""
    doc = subject.doc
    between = doc[subject.right_edge.i + 1:head.i] if subject.i < head.i else doc[head.i + 1:subject.left_edge.i]
    return any(t.text in CLAUSE_BREAKS or t.text in QUOTE_MARKS for t in between)


def referent(speaker: Token) -> Token:
    """What a relative pronoun stands for ("Harvey, who acknowledged" -> Harvey); else itself."""
    if speaker.lower_ in RELATIVE_PRONOUNS and speaker.head.dep_ == "relcl" and speaker.dep_ in SUBJECT_DEPS:
        return speaker.head.head
    return speaker


def _object_of(token: Token, words: tuple[str, ...]) -> Token | None:
    for child in per_doc.children(token):
        if child.dep_ in ("prep", "agent") and child.lower_ in words:
            for grandchild in per_doc.children(child):
                if grandchild.dep_ in ("pobj", "pcomp"):
                    return grandchild
    return None


def _agent(head: Token) -> Token | None:
    for child in per_doc.children(head):
        if child.dep_ == "agent":
            return _object_of(head, (child.lower_,))
    return None


def _nominal_source(noun: Token) -> Token | None:
    for child in per_doc.children(noun):
        if child.dep_ == "poss":
            return child
    found = _object_of(noun, tuple(SOURCE_PREPOSITIONS))
    if found is not None:
        return found
    for child in per_doc.children(noun):
        if child.dep_ == "compound" and (child.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or child.pos_ == "PROPN"):
            return child
    # "X issued a statement", "X made the claim": the speaker of the light verb.
    verb = noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX", "ADP"):
        if verb.pos_ == "ADP":
            verb = verb.head
        for child in per_doc.children(verb):
            if child.dep_ == "nsubj":
                return child
    return None


def _colon_source(colon: Token) -> Token | None:
    doc, i = colon.doc, colon.i
    start = i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    left = [t for t in doc[start:i] if not t.is_space and not t.is_punct]
    if not left or len(left) == 1 and len(left[0]) == 1:
        return None  # nothing, or an interview transcript's "Q:" / "A:", which names no one
    if _names_a_country(doc[left[0].i:left[-1].i + 1].text):
        return None  # "Colombia: Police station attack kills 6": a rights group's or the BBC's topic, no speaker
    inside = {t.i for t in left}
    heads = [t for t in left if t.head.i not in inside or t.head.i == t.i]
    return heads[-1] if heads else left[-1]


def _names_a_country(words: str) -> bool:
    from dyad.extract.places import lookup  # the gazetteer, loaded only when a colon asks
    found = lookup(words)
    return found is not None and found.kind == "country" and found.name.lower() == words.lower()


def nominal_before(head: Token, cue: tuple[int, int], line_start: int) -> Token | None:
    """The head of the noun phrase between the start of the line and the cue ("Ushakov claimed"
    after a headline the parser ran into this line), if that is all that stands there."""
    doc = head.doc
    left = []
    for k in range(cue[0] - 1, -1, -1):
        if doc[k].idx < line_start:
            break
        if not doc[k].is_space:
            left.insert(0, doc[k])
    if not left or left[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in (",", ";", ":") for t in left):
        return None
    return left[-1]


def source_range(token: Token, cue: tuple[int, int], clauses: bool = True) -> tuple[int, int]:
    """The speaker's phrase around its head: its subtree, with a clause after it that describes
    the speaker (PolNeAR's sources keep "a man who built his career on ...", "an official
    familiar with the talks"), but without one that holds the cue ("a surrogate who said") or
    a participle set off by a comma ("the senator, speaking on Monday,"), which PolNeAR mostly
    leaves out; `clauses=False` leaves every such clause out (the name, for the resolver)."""
    doc = token.doc
    words = per_doc.tokens(doc)  # (indexing the Doc makes a new Token each time)
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    if token.text != ":" and cue[0] <= token.i < cue[1]:
        return token.i, token.i + 1
    for child in per_doc.children(token):
        if child.i > token.i and child.dep_ in ("relcl", "acl") and child.left_edge.i > token.i:
            if clauses and _describes_speaker(child, cue):
                continue
            hi = min(hi, child.left_edge.i)
            if words[hi - 1].lower_ in RELATIVE_PRONOUNS:
                hi -= 1
    # a cue inside the subtree (a misparse) bounds the phrase
    if lo < cue[1] <= hi and token.i < cue[0]:
        hi = cue[0]
    if lo < cue[1] and cue[0] < hi and token.i >= cue[1]:
        lo = cue[1]
    # a phrase does not run across a line break (headlines, datelines)
    for k in range(token.i - 1, lo - 1, -1):
        if "\n" in words[k].text_with_ws:
            lo = k + 1
            break
    for k in range(token.i, hi - 1):
        if "\n" in words[k].text_with_ws:
            hi = k + 1
            break
    # a quotation mark opening a nickname stays ("“Jihadi John”"); one followed by a space closes
    # the quotation before the speaker ('..., " Heather Nauert, spokeswoman, said')
    while lo < hi - 1 and (words[lo].is_space or words[lo].is_punct and (
            words[lo].text not in QUOTE_MARKS or words[lo].whitespace_)):
        lo += 1
    while hi - 1 > lo and (words[hi - 1].is_space or words[hi - 1].text in ("(", "—", "-", ":", ";", ",", "“", "‘")):
        hi -= 1  # an opening quotation mark after the phrase begins the content
    return lo, _closing_mark(doc, lo, hi)


def _describes_speaker(clause: Token, cue: tuple[int, int]) -> bool:
    if clause.left_edge.i <= cue[0] <= clause.right_edge.i:
        return False
    set_off = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
    return clause.dep_ == "relcl" or not set_off


def _closing_mark(doc, lo: int, hi: int) -> int:
    """The phrase's end, past the comma or dash that closes an apposition it opened ("Bush,
    Florida's former governor, said"): PolNeAR's sources take it, as PARC's do."""
    opener = next((doc[k].text for k in range(lo + 1, hi - 1) if doc[k].text in APPOSITION_MARKS), None)
    if opener is not None and hi < len(doc) and doc[hi].text == opener:
        return hi + 1
    return hi


# --- content ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Part:
    """A stretch of the sentence that may belong to a cue's content: a dependent of a cue word
    with its subtree, or ("GOV") the clause the cue hangs on without the cue's own subtree
    ("according to X", "Russia, he said, will respond")."""

    token: Token
    kind: str
    start: int
    end: int
    hole: tuple[int, int] | None = None


def content_parts(head: Token, cue: tuple[int, int], speaker: Token | None) -> list[Part]:
    doc = head.doc
    if head.text == ":":
        found = _after_colon(head)
        return [Part(head, "COLON", found[0], found[1])] if found else []
    parts = []
    words = per_doc.tokens(doc)
    for k in range(*cue):
        for child in per_doc.children(words[k]):
            if cue[0] <= child.i < cue[1] or child.is_space or child.dep_ in ("punct", "cc"):
                continue
            if speaker is not None and child.i == speaker.i and child.dep_ not in SUBJECT_DEPS:
                continue
            if child.dep_ == "relcl" and _relative(child):
                continue  # "demands that cross its red lines" describes the demands, it is not what they say
            parts.append(Part(child, child.dep_, child.left_edge.i, child.right_edge.i + 1))
    parts += _misattached_complements(head, cue, parts)
    governor = head.head
    if head.lemma_.lower() == "accord" and _set_off(head):
        # "X, according to Y." scopes over the whole sentence, wherever the parser hung it
        while governor.head.i != governor.i:
            governor = governor.head
    if governor.i != head.i and not cue[0] <= governor.i < cue[1]:
        parts.append(Part(governor, "GOV", governor.left_edge.i, governor.right_edge.i + 1,
                          (head.left_edge.i, head.right_edge.i + 1)))
    return parts


def _relative(clause: Token) -> bool:
    """A relative clause proper: a relative pronoun stands as its subject or object."""
    return any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in per_doc.children(clause))


def _misattached_complements(head: Token, cue: tuple[int, int], parts: list[Part]) -> list[Part]:
    """A "that"-clause the parser hung on a noun after the cue ("told reporters before leaving
    for an event in Iowa that he and Putin discussed ...") is the cue's complement: a relative
    clause has a relative pronoun, not the complementizer "that" as its mark."""
    found = []
    for part in parts:
        if part.kind not in ("prep", "dobj", "npadvmod", "advmod") or part.token.i < cue[1]:
            continue
        for token in part.token.subtree:
            if token.dep_ in ("relcl", "acl") and token.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in per_doc.children(token)):
                found.append(Part(token, "ccomp", token.left_edge.i, token.right_edge.i + 1))
                break
    return found


def _set_off(head: Token) -> bool:
    """A phrase at the edge of its sentence, set off by a comma: "..., according to Y." or
    "According to Y, ..."."""
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi] if hi < len(doc) else None
    if before is not None and before.text == "," and (after is None or after.is_sent_end or after.is_punct and after.text in ".!?" or after.is_space):
        return True
    return (before is None or before.is_sent_end or before.is_space or head.is_sent_start or doc[lo].is_sent_start) \
        and after is not None and after.text == ","


def content_tokens(parts: list[Part], holes: list[tuple[int, int]]) -> list[int]:
    """Token indices covered by the chosen parts, minus the holes (cue, source, cue clause)."""
    holes = holes + [p.hole for p in parts if p.hole]
    covered = set()
    for part in parts:
        covered.update(range(part.start, part.end))
    return sorted(k for k in covered if not any(a <= k < b for a, b in holes))


def _after_colon(colon: Token) -> tuple[int, int, None] | None:
    doc = colon.doc
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    if end == colon.i + 1:
        return None
    return colon.i + 1, end, None


def char_spans(ctx: Context, tokens: list[int]) -> list[tuple[int, int]]:
    """Character spans of the tokens, runs split where a word is missing (punctuation and
    white space between two runs are bridged), each trimmed of edge punctuation and white
    space and snapped to the quotation marks around it."""
    doc = ctx.doc
    pieces: list[list[int]] = []
    for k in tokens:
        if pieces and (k == pieces[-1][-1] + 1 or all(
                doc[j].is_punct or doc[j].is_space for j in range(pieces[-1][-1] + 1, k))):
            pieces[-1].append(k)
        else:
            pieces.append([k])
    spans = []
    for piece in pieces:
        s, e = doc[piece[0]].idx, doc[piece[-1]].idx + len(doc[piece[-1]])
        span = snap(ctx, s, e)
        if span is not None:
            spans.append(span)
    return spans


def snap(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    text = ctx.text
    while s < e and (text[s].isspace() or text[s] in EDGE_PUNCT):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in EDGE_PUNCT):
        e -= 1
    if e <= s:
        return None
    quote = ctx.quotes.at(s)
    if quote is not None and s > quote.start and _only_marks(text[quote.start:s]):
        s = quote.start
    quote = ctx.quotes.at(e - 1)
    if quote is not None and s <= quote.start and e < quote.end and _only_tail(text[e:quote.end]):
        e = quote.end
    if not any(ch.isalnum() for ch in text[s:e]):
        return None
    return s, e


def _only_marks(between: str) -> bool:
    return all(ch.isspace() or ch in "\"“„«‘'`(" for ch in between)


def _only_tail(between: str) -> bool:
    return all(ch.isspace() or ch in "\"”»’'.,!?;:…—-)" for ch in between)


# --- quotations next to the cue ------------------------------------------------------------

def quoted_content(ctx: Context, head: Token, cue: tuple[int, int], source: tuple[int, int] | None,
                   spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The quotations a cue introduces or follows ("“We will,” he said, “respond.”",
    "He said: “...”"), when they, rather than the parse, hold its content; else None."""
    doc, text = ctx.doc, ctx.text
    lo = min(cue[0], source[0]) if source else cue[0]
    hi = max(cue[1], source[1]) if source else cue[1]
    left = ctx.quotes.ending_before(doc[lo].idx, doc[lo].idx - 4)
    if left is not None and not _opens_clause(ctx, left, head, text[left.end:doc[lo].idx]):
        left = None
    after = doc[hi - 1].idx + len(doc[hi - 1])
    right = ctx.quotes.starting_after(after, after + 8)
    if right is None or not _continues(text[after:right.start], left is not None, doc[cue[1] - 1].text == ":"):
        right = _after_setting(ctx, head, hi)
    if right is not None and any(s[0] < right.start and s[1] > right.end for s in spans):
        return None  # a paraphrase with a quoted part: "said that “Russia will ...” in Ukraine"
    if left is not None and right is None and spans and not any(_overlaps(s, (left.start, left.end)) for s in spans):
        return None  # the parse found content elsewhere ("“...” He said the deal ...")
    found = [(q.start, q.end) for q in (left, right) if q is not None]
    return found or None


def _opens_clause(ctx: Context, quote, head: Token, between: str) -> bool:
    if any(not (ch.isspace() or ch in ",—–-") for ch in between) or "\n" in between:
        return False
    inner = ctx.text[quote.start:quote.end].rstrip("\"”»’' ")
    return bool(inner) and (inner[-1] in ",!?—–-…" or ctx.sentence_chars(head)[0] < quote.end - 1)


def _continues(between: str, after_left: bool, cue_colon: bool = False) -> bool:
    marks = [ch for ch in between if not ch.isspace()]
    if "\n" in between:
        return marks == [":"] or cue_colon and not marks  # "He said:\n\n“...”"
    return all(ch in ",:" for ch in marks) and (bool(marks) or not after_left)


def _after_setting(ctx: Context, head: Token, hi: int):
    """A quotation after the cue's addressee or setting, set off by a comma or colon:
    "telling reporters, “...”", "said last week in Tel Aviv, “...”"."""
    doc = head.doc
    words = per_doc.tokens(doc)
    first, last = head.left_edge.i, head.right_edge.i
    k = hi
    while k < len(words) and words[k].text not in QUOTE_MARKS and k - hi < 12 and (
            words[k].text in (",", ":") or first <= k <= last
            and words[k].dep_ not in ("nsubj", "ccomp", "mark")):
        k += 1
    if k == hi or k >= len(doc) or doc[k].text not in QUOTE_MARKS or doc[k - 1].text not in (",", ":"):
        return None
    if any(_has_ancestor_between(doc[j], head) for j in range(hi, k) if doc[j].text not in (",", ":")):
        return None
    quote = ctx.quotes.at(doc[k].idx)
    return quote if quote is not None and quote.start == doc[k].idx else None


def _has_ancestor_between(token: Token, head: Token) -> bool:
    """Whether the token hangs on the cue through a clause of its own (a verb in between)."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            return True
        node = node.head
    return node.i != head.i


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def whole_quotations(ctx: Context, head: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content that lies inside one quotation is the whole quotation: the parser splits a
    quotation of several sentences, the speaker said all of it. Not for a cue inside the
    quotation ("“... we will defend ourselves.”"): that is a report within the quotation."""
    out = []
    for s, e in spans:
        quote = ctx.quotes.at(s)
        if quote is not None and e <= quote.end and not quote.start <= head.idx < quote.end:
            s, e = quote.start, quote.end
        if not out or out[-1] != (s, e):
            out.append((s, e))
    return out


def is_direct(ctx: Context, spans: list[tuple[int, int]]) -> bool:
    """Content made only of quotations."""
    if not spans:
        return False
    for s, e in spans:
        quote = ctx.quotes.at(s)
        if quote is None or quote.start != s or quote.end < e - 1:
            return False
    return True
