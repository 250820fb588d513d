"""What the attribution classifiers look at: cue candidates and their features.

Shared by the extractor (`dyad.extract.attributions`) and by the script that learns the
weights (`scripts/train_attributions.py`), so both see exactly the same features.

A cue candidate is a token whose lemma and part of speech head a cue in the learned lexicon
(`attribution/cues`), or a verb of saying (`attribution/saying_verbs`). Its features are
strings ("L=say", "C=ccomp", "QBEFORE"); a linear model (`attribution/cue_model`) weighs them.
The extent of a cue ("has also called for", "according to", "said in a statement") is decided
token by token by a second linear model over (included token, dependent) pairs
(`attribution/extent_model`).
"""

from __future__ import annotations

import csv
import math
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate, repeat

from spacy.attrs import IDX, LEMMA, ORTH, SENT_START
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from dyad import lexicon
from dyad.extract.attribution_quotes import QuoteIndex
from dyad.extract import per_doc

QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "«", "»", "‘", "’"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Dependents whose word matters, not just their label.
WORD_DEPS = frozenset({"prep", "aux", "auxpass", "neg", "mark", "prt", "agent", "advmod", "punct", "det"})
# Candidates whose lemma heads a cue less often than this (in PolNeAR) are not weighed at all.
MIN_PRECISION = 0.02
_PRECISION_BINS = (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.85)


def learned_rows(key: str) -> list[dict]:
    """The rows of a table learned from PolNeAR (the cue lexicon, the three models). Unlike the
    other lexicons, a copy in a folder of DYAD_LEXICON_PATH replaces the shipped one whole: a
    model retrained elsewhere (say without the fold being scored) is a whole, and mixing its
    weights with the shipped ones would score with neither."""
    path = lexicon.files(key)[-1]
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


@cache
def cue_lexicon() -> dict[tuple[str, str], float]:
    """(lemma, UPOS) -> how often that word heads a cue in PolNeAR (precision)."""
    return {(row["lemma"], row["pos"]): float(row["precision"]) for row in learned_rows("attribution/cues")}


@cache
def non_sources() -> frozenset[str]:
    """Lemmas of subjects that depict rather than say ("An image shows ...")."""
    return frozenset(row["lemma"] for row in lexicon.load("attribution/non_sources"))


@cache
def _formulas() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word -> the set phrases (`attribution/formulas`) that hold it ("said" -> "that said", ...)."""
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for row in lexicon.load("attribution/formulas"):
        words = tuple(row["formula"].lower().split())
        for w in set(words):
            by_word.setdefault(w, []).append(words)
    return {w: tuple(phrases) for w, phrases in by_word.items()}


# what may stand before and after a set phrase that stands apart ("But, that said, ...")
_FORMULA_BEFORE = frozenset({",", "(", "—", "–", "-", "--", ";", ":", "and", "but"}) | QUOTE_MARKS
_FORMULA_AFTER = frozenset({",", ".", ";", ":", ")", "—", "–", "-", "--", "!", "?"})


def in_formula(token: Token, ctx: Context) -> bool:
    """Whether the word is part of a set phrase that reports nothing, standing apart ("That said,
    the deal holds", "Having said that, ...", "All told, 40 died"), not a report ("a sign that
    said ...", "all told reporters that ...")."""
    phrases = _formulas().get(token.lower_)
    if not phrases:
        return False
    doc = token.doc
    sent_start, sent_end = ctx.sentence(token)
    for words in phrases:
        for k, w in enumerate(words):
            if w != token.lower_:
                continue
            start, end = token.i - k, token.i - k + len(words)
            if start < sent_start or end > sent_end or [t.lower_ for t in doc[start:end]] != list(words):
                continue
            before = doc[start - 1].lower_ if start > sent_start else None
            after = doc[end].text if end < sent_end else None
            if (before is None or before in _FORMULA_BEFORE) and (after is None or after in _FORMULA_AFTER):
                return True
    return False


@cache
def _naming_verbs() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon.load("attribution/naming_verbs"))


def names_a_thing(token: Token) -> bool:
    """A participle of naming right after the noun it names, with the name and no speaker: "a
    group called Citizens for Trump", "officials, called superdelegates, ..." (not "a tax he
    called unfair", "a policy called racist by critics", "Trump called him a liar")."""
    if token.tag_ != "VBN" or token.dep_ != "acl" or token.lemma_.lower() not in _naming_verbs():
        return False
    noun = token.head
    if noun.pos_ not in ("NOUN", "PROPN") or not 0 < token.i - noun.i <= 2:
        return False  # right after its noun, or after the comma that sets it off
    if noun.ent_type_ == "PERSON":
        return False  # "Donald Trump named Sen. Ted Cruz ...": a person names, parsed as named
    children = per_doc.children(token)
    return any(c.dep_ == "oprd" for c in children) and not any(
        c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in children)


@cache
def linear_model(key: str) -> tuple[float, dict[str, float]]:
    """A linear model shipped as a TSV lexicon: (bias, feature -> weight)."""
    weights = {row["feature"]: float(row["weight"]) for row in learned_rows(key)}
    return weights.pop("<bias>", 0.0), weights


def probability(model: tuple[float, dict[str, float]], features: list[str]) -> float:
    bias, weights = model
    # map over the features, not a generator: scoring is a tenth of extraction time; same sum
    z = bias + sum(map(weights.get, set(features), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Context:
    """What every candidate of one Doc shares: the Doc, its text (spaCy rebuilds `Doc.text` on
    every access), its quotations, and sentence and line boundaries (`Token.sent` walks the Doc
    on every call), all computed once."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = per_doc.text(doc)
        self.quotes = QuoteIndex(doc, self.text)
        starts = doc.to_array([SENT_START])
        self._sent_starts = [0] + [i for i, flag in enumerate(starts.tolist()) if flag == 1 and i > 0]
        self._idx = doc.to_array([IDX]).tolist()
        # quotation-mark words before each index: "is there one in this part" without a Token per word
        marks = {hash_string(mark) for mark in QUOTE_MARKS}
        self._marks_before = list(accumulate((int(orth in marks) for orth in doc.to_array(ORTH).tolist()), initial=0))

    @classmethod
    def of(cls, doc: Doc) -> "Context":
        return cls(doc)

    def has_quote_mark(self, start: int, end: int) -> bool:
        """Whether a word of the token range [start, end) is a quotation mark."""
        return self._marks_before[end] > self._marks_before[start]

    def sentence(self, token: Token) -> tuple[int, int]:
        """Token range [start, end) of the token's sentence."""
        k = bisect_right(self._sent_starts, token.i)
        end = self._sent_starts[k] if k < len(self._sent_starts) else len(self.doc)
        return self._sent_starts[k - 1], end

    def sentence_chars(self, token: Token) -> tuple[int, int]:
        """Character offsets of the token's sentence."""
        start, end = self.sentence(token)
        last = self.doc[end - 1]
        return self._idx[start], last.idx + len(last)

    def line_start(self, token: Token) -> int:
        """Index of the first token of the token's line."""
        return bisect_left(self._idx, self.text.rfind("\n", 0, token.idx) + 1)

    def paragraph_chars(self, token: Token) -> tuple[int, int]:
        """Character offsets of the token's paragraph (line): the parser may run a sentence
        across a line break (a headline without a period), a report never does."""
        start = self.text.rfind("\n", 0, token.idx) + 1
        end = self.text.find("\n", token.idx)
        return start, len(self.text) if end < 0 else end

    def in_quote(self, token: Token) -> bool:
        return self.quotes.inside(token.idx) is not None and token.text not in QUOTE_MARKS


@cache
def _candidate_keys() -> frozenset[tuple[int, int]]:
    """(lemma hash, POS id) of the lexicon's cue words precise enough to be worth weighing, and
    of the verbs of saying; the lemma also capitalised and upper-cased, as spaCy lemmatises
    proper nouns and headlines."""
    words = {(lemma, pos) for (lemma, pos), precision in cue_lexicon().items() if precision >= MIN_PRECISION}
    # a verb of saying PolNeAR seldom shows ("scoffed", "retorted") is weighed like the others
    words |= {(row["lemma"], "VERB") for row in lexicon.load("attribution/saying_verbs")}
    keys = set()
    for lemma, pos in words:
        if pos in POS_IDS:
            for form in {lemma, lemma.capitalize(), lemma.upper()}:
                keys.add((hash_string(form), POS_IDS[pos]))
    return frozenset(keys)


def candidates(doc: Doc) -> list[Token]:
    """Words that may head a cue: lemma and part of speech in the lexicon with a precision of at
    least MIN_PRECISION (below it no word was ever accepted by the model on PolNeAR), and verbs
    of saying (`attribution/saying_verbs`, from WordNet)."""
    keys, lemmas = _candidate_keys(), _candidate_lemmas()
    # by lemma first, from a flat array (a row list per word would be a tracked object each)
    hits = [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lemma in lemmas]
    if not hits:
        return []
    tokens = per_doc.tokens(doc)
    return [tokens[i] for i in hits if (tokens[i].lemma, tokens[i].pos) in keys]


@cache
def _candidate_lemmas() -> frozenset[int]:
    return frozenset(lemma for lemma, _ in _candidate_keys())


def word(token: Token) -> str:
    """The token's lower-cased text as a feature value: quotation marks and white space are
    folded to placeholders so that features stay one TSV field."""
    if token.text in QUOTE_MARKS:
        return "<q>"
    if token.is_space:
        return "<sp>"
    return token.lower_.replace("\t", " ")


def lemma_of(token: Token) -> str:
    if token.text in QUOTE_MARKS or token.is_space:
        return word(token)
    return token.lemma_.lower().replace("\t", " ")


def _bin(p: float) -> str:
    for b in _PRECISION_BINS:
        if p < b:
            return str(b)
    return "hi"


def _child_label(child: Token) -> str:
    dep = child.dep_
    if dep in WORD_DEPS:
        return f"{dep}:{word(child)}"
    return dep


def _subject_type(subject: Token) -> str:
    if subject.pos_ == "PRON":
        return "PRON:" + word(subject)
    return subject.ent_type_ or subject.pos_


def cue_features(token: Token, ctx: Context) -> list[str]:
    lemma, dep = lemma_of(token), token.dep_
    doc = token.doc
    precision = cue_lexicon().get((lemma, token.pos_), 0.0)
    prev = word(doc[token.i - 1]) if token.i > 0 else "<s>"
    nxt = word(doc[token.i + 1]) if token.i + 1 < len(doc) else "</s>"
    f = [
        "L=" + lemma, "P=" + token.pos_, "T=" + token.tag_, "D=" + dep, "LD=" + lemma + "|" + dep,
        "LT=" + lemma + "|" + token.tag_, "PREC=" + _bin(precision), "PRECD=" + _bin(precision) + "|" + dep,
        "p=" + prev, "n=" + nxt, "Lp=" + lemma + "|" + prev, "Ln=" + lemma + "|" + nxt,
    ]
    has_subject = False
    for child in per_doc.children(token):
        label = _child_label(child)
        if child.dep_ == "punct" and child.text not in QUOTE_MARKS and child.text not in (":", ","):
            continue
        if child.dep_ in SUBJECT_DEPS:
            has_subject = True
            kind = _subject_type(child)
            f += ["SUBJ=" + kind, "LSUBJ=" + lemma + "|" + kind, "SUBJL=" + lemma_of(child)]
        elif child.dep_ in ("ccomp", "xcomp"):
            f += _clause_features(child, lemma)
        elif child.dep_ in ("dobj", "attr", "pobj", "acomp", "oprd", "npadvmod"):
            f += ["OBJ=" + child.dep_ + "|" + lemma_of(child), "LOBJ=" + lemma + "|" + child.dep_ + "|" + lemma_of(child)]
            if child.dep_ in ("acomp", "attr"):
                f += _predicate_features(child)
        f += ["C=" + label, "LC=" + lemma + "|" + label]
    if not has_subject:
        f += ["NOSUBJ", "LNOSUBJ=" + lemma]
    head = token.head
    if head.i != token.i:
        hl = lemma_of(head)
        f += ["H=" + hl, "HD=" + dep + "|" + head.pos_, "LH=" + lemma + "|" + hl,
              "HPREC=" + _bin(cue_lexicon().get((hl, head.pos_), 0.0)) + "|" + dep]
        if head.i < token.i:
            f.append("HLEFT|" + dep)
    else:
        f.append("ROOT")
    f += _quote_features(token, ctx, lemma)
    f += _context_features(token, lemma, ctx)
    if token.text == ":":
        f += _colon_features(token, ctx)
    return f


def _predicate_features(predicate: Token) -> list[str]:
    """"is eager to", "are wary of", "was confident that": a predicate adjective or noun with a
    complement of its own states a stance, which PolNeAR marks as a cue headed by "be"."""
    comps = sorted({(c.dep_ + ":" + c.lower_ if c.dep_ == "prep" else c.dep_)
                    for c in per_doc.children(predicate) if c.dep_ in ("xcomp", "ccomp", "prep", "advcl")})
    kind = "+".join(comps) or "-"
    return ["PRED=" + predicate.dep_ + "|" + kind, "PREDW=" + lemma_of(predicate) + "|" + kind]


def _context_features(token: Token, lemma: str, ctx: Context) -> list[str]:
    """Where the word stands: governed by or governing a likely cue, in a headline."""
    f = []
    lex = cue_lexicon()
    words, heads = per_doc.tokens(token.doc), per_doc.heads(token.doc)
    node, path = token, ""
    for _ in range(3):
        # (the root is its own head: the walk stays on it, "ROOT>ROOT>", as the model was trained)
        path += node.dep_ + ">"
        node = words[heads[node.i]]
        if lex.get((node.lemma_.lower(), node.pos_), 0.0) >= 0.5:
            f += ["UNDER=" + path, "LUNDER=" + lemma + "|" + path]
            break
    line = ctx.line_start(token)
    start, end = ctx.sentence(token)
    if line == 0:
        f.append("FIRSTLINE")
    if start == line and "\n" in token.doc[end - 1].text_with_ws and end - start < 20:
        f.append("SHORTPARA")
    if token.is_title and token.i > start:
        f.append("TITLECASE")
    return f


def _clause_features(clause: Token, lemma: str) -> list[str]:
    f = []
    for child in per_doc.children(clause):
        if child.dep_ == "mark":
            f += ["CMARK=" + word(child), "LCMARK=" + lemma + "|" + word(child)]
        elif child.dep_ in SUBJECT_DEPS:
            f += ["CSUBJ=" + clause.dep_ + "|" + _subject_type(child), "LCSUBJ=" + lemma + "|" + clause.dep_]
        elif child.dep_ in ("aux", "auxpass") and child.lower_ in ("to",):
            f.append("LCTO=" + lemma)
    f.append("CL=" + clause.dep_ + "|" + clause.pos_ + "|" + lemma)
    return f


def _quote_features(token: Token, ctx: Context, lemma: str) -> list[str]:
    f = []
    if ctx.in_quote(token):
        f += ["INQ", "LINQ=" + lemma]
    sent_start = ctx.sentence_chars(token)[0]
    before = ctx.quotes.ending_before(token.idx, max(sent_start - 1, token.idx - 40))
    if before is not None and before.end > sent_start - 2:
        f += ["QBEFORE", "LQBEFORE=" + lemma]
    after = ctx.quotes.starting_after(token.idx + len(token), token.idx + len(token) + 30)
    if after is not None:
        f += ["QAFTER", "LQAFTER=" + lemma]
    return f


def _colon_features(token: Token, ctx: Context) -> list[str]:
    start = ctx.line_start(token)
    left = token.doc[start:token.i]
    f = ["COLON_LEFT=" + str(min(len(left), 6))]
    if start == 0:
        f.append("COLON_FIRSTLINE")
    if left and all(t.pos_ in ("PROPN", "NOUN", "PUNCT", "ADJ", "DET", "PART") for t in left):
        f.append("COLON_NOMINAL")
    if left and left[-1].ent_type_:
        f.append("COLON_ENT=" + left[-1].ent_type_)
    if "\n" in ctx.text[token.idx + 1:token.idx + 3]:
        f.append("COLON_EOL")
    return f


def extent_features(parent: Token, child: Token, head: Token) -> list[str]:
    """Features of `child` joining the cue whose head is `head`, through `parent` (in the cue)."""
    side = "<" if child.i < parent.i else ">"
    lemma = lemma_of(head)
    label = _child_label(child)
    depth = "0" if parent.i == head.i else "1"
    adjacent = "adj" if abs(child.i - parent.i) == 1 else "far"
    gap = abs(child.i - parent.i)
    f = [
        "d=" + child.dep_ + side, "w=" + label + side, "dl=" + child.dep_ + side + "|" + lemma,
        "wl=" + label + side + "|" + lemma, "pd=" + parent.dep_ + ">" + child.dep_ + side,
        "depth=" + depth + "|" + child.dep_ + side, "adj=" + adjacent + "|" + child.dep_ + side,
        "gap=" + str(min(gap, 4)) + "|" + child.dep_ + side, "cpos=" + child.pos_ + "|" + child.dep_ + side,
        "pw=" + word(parent) + "|" + label + side, "hpos=" + head.pos_ + "|" + child.dep_ + side,
    ]
    if child.dep_ in ("prep", "agent"):
        objects = [g for g in per_doc.children(child) if g.dep_ in ("pobj", "pcomp")]
        if objects:
            o = objects[0]
            f += ["pobj=" + (o.ent_type_ or o.pos_) + "|" + label, "pobjw=" + lemma_of(o) + "|" + label]
        else:
            f.append("nopobj|" + label)
    if child.dep_ in ("dobj", "npadvmod", "acomp", "xcomp", "attr", "pobj", "ccomp"):
        f.append("cw=" + lemma_of(child) + "|" + child.dep_)
        f.append("cwl=" + lemma_of(child) + "|" + lemma)
    return f


def content_features(part, head: Token, cue: tuple[int, int], parts: list, ctx: Context) -> list[str]:
    """Features of one candidate part (see `attribution_spans.Part`) of a cue's content."""
    doc = head.doc
    token, kind = part.token, part.kind
    lemma = lemma_of(head)
    if kind == "GOV":
        side = "<" if token.i < head.i else ">"
        k = "GOV:" + head.dep_ + side
        f = ["k=" + k, "kl=" + k + "|" + lemma, "kp=" + k + "|" + token.pos_, "kh=" + k + "|" + lemma_of(token)]
        # "As the minister noted, the budget is balanced": a comment clause marked by "as" reports
        # the clause it hangs on; "..., because X said so" does not
        f += ["kmark=" + k + "|" + word(c) for c in per_doc.children(head) if c.dep_ == "mark"]
    elif kind == "COLON":
        return ["k=COLON"]
    else:
        side = "<" if token.i < cue[0] else ">"
        label = _child_label(token) if token.dep_ not in ("advmod", "det") else token.dep_
        k = label + side
        parent = token.head
        f = ["k=" + k, "kd=" + kind + side, "kl=" + k + "|" + lemma, "kdl=" + kind + side + "|" + lemma,
             "kp=" + kind + side + "|" + token.pos_, "kt=" + kind + side + "|" + (token.ent_type_ or "-")]
        if parent.i != head.i:
            f += ["par=" + _child_label(parent) + "|" + kind, "parl=" + _child_label(parent) + "|" + kind + "|" + lemma]
        if kind in ("npadvmod", "dobj", "pobj", "attr", "oprd", "acomp", "xcomp", "advmod", "dative", "nsubj", "nsubjpass"):
            f += ["kw=" + kind + side + "|" + lemma_of(token), "kwl=" + kind + side + "|" + lemma_of(token) + "|" + lemma]
        if any(c.dep_ in SUBJECT_DEPS for c in per_doc.children(token)):
            f.append("ownsubj|" + k)
        rights = [p for p in parts if p.kind != "GOV" and p.token.i > cue[1] - 1]
        if side == ">":
            order = sum(1 for p in rights if p.token.i < token.i)
            f += ["ord=" + str(min(order, 3)) + "|" + kind, "ordl=" + str(min(order, 3)) + "|" + kind + "|" + lemma]
            if part.start == cue[1]:
                f.append("adj|" + kind)
            before = doc[part.start - 1] if part.start > 0 else None
            if before is not None and before.text in (",", ";", "—", "–", "-", "("):
                f += ["comma|" + kind, "commal|" + kind + "|" + lemma]
            if any(p.kind == "ccomp" and p.token.i < token.i for p in rights):
                f.append("afterccomp|" + kind)
        kinds = {p.kind for p in parts}
        f.append("has_ccomp=" + str("ccomp" in kinds) + "|" + k)
    f.append("hdep=" + head.dep_ + "|" + k)
    f.append("hpos=" + head.pos_ + "|" + k)
    if ctx.has_quote_mark(part.start, part.end):
        f.append("quote|" + k)
    size = part.end - part.start
    f.append("size=" + ("1" if size == 1 else "2-4" if size < 5 else "5+") + "|" + k)
    return f
