"""Values of one parsed Doc that several extractors read, computed once per Doc.

spaCy rebuilds them on every access: `Doc.text` joins the text of every token, `Doc.ents` makes
a Span per entity, and iterating a Doc (or `doc[i]`) makes a new Token object each time. The
extractors ask for them many times per document, so they are kept in the Doc's `user_data`
under one key; `pipeline.extract` drops them when the document is coded. A Doc is never changed
after parsing, so nothing here goes stale.
"""

from __future__ import annotations

from spacy.attrs import HEAD, LOWER, POS, SENT_START
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

KEY = "dyad_per_doc"


def _values(doc: Doc) -> dict:
    try:
        return doc.user_data[KEY]
    except KeyError:
        values = doc.user_data[KEY] = {}
        return values


def text(doc: Doc) -> str:
    values = _values(doc)
    if "text" not in values:
        values["text"] = doc.text
    return values["text"]


def know_text(doc: Doc, parsed: str) -> None:
    """Keep the string the Doc was parsed from as its text (spaCy's tokens give back exactly
    their input), so that `text` need not join every token's text to rebuild it."""
    _values(doc)["text"] = parsed


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once: index this list instead of the Doc in hot loops."""
    try:  # (the look-up made once the list is: this is called some 100,000 times on 200 articles)
        return doc.user_data[KEY]["tokens"]
    except KeyError:
        values = _values(doc)
        values["tokens"] = list(doc)
        return values["tokens"]


def proper_nouns(doc: Doc) -> list[Token]:
    """The tokens tagged PROPN, in order, read from the Doc's array: several extractors look
    for names among them, and asking each Token its tag is the slow way."""
    values = _values(doc)
    if "proper_nouns" not in values:
        every = tokens(doc)
        values["proper_nouns"] = [every[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == PROPN]
    return values["proper_nouns"]


def heads(doc: Doc) -> list[int]:
    """The index of each token's head (the root's own): `token.head` makes a new Token per call."""
    values = _values(doc)
    if "heads" not in values:
        # offsets relative to the word, stored unsigned
        values["heads"] = [i + offset for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist())]
    return values["heads"]


def lower_positions(doc: Doc) -> dict[int, list[int]]:
    """Each lower-case form's hash -> the indices of its tokens, in order, read once from the
    Doc's array: dates and places each ask for a few words, which then costs a look-up rather
    than a pass over every word."""
    values = _values(doc)
    if "lower_positions" not in values:
        positions: dict[int, list[int]] = {}
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            positions.setdefault(lower, []).append(i)
        values["lower_positions"] = positions
    return values["lower_positions"]


def sentence_bounds(doc: Doc) -> tuple[list[int], dict[int, int]]:
    """Each token's sentence start, and each sentence start's end, read once from the Doc's
    array of sentence starts."""
    values = _values(doc)
    if "sentence_bounds" not in values:
        starts: list[int] = []
        ends: dict[int, int] = {}
        current = 0
        for i, flag in enumerate(doc.to_array(SENT_START).tolist()):
            if flag == 1 and i > 0:
                ends[current] = i
                current = i
            starts.append(current)
        if len(doc):
            ends[current] = len(doc)
        values["sentence_bounds"] = starts, ends
    return values["sentence_bounds"]


def sentence(word: Token | Span) -> Span:
    """`word.sent`, made once per sentence (for a Span, the sentence of its first token, as
    spaCy's): spaCy walks the words to both ends of the sentence and makes two Spans on every
    access, and events, dates and places ask for the same sentences again and again."""
    doc = word.doc
    starts, ends = sentence_bounds(doc)
    start = starts[word.i if isinstance(word, Token) else word.start]
    spans = memo(doc, "sentences")
    if start not in spans:
        spans[start] = doc[start:ends[start]]
    return spans[start]


def children(token: Token) -> list[Token]:
    """`token.children` as a list, the whole Doc's made at once: spaCy walks the token's edges
    and makes a new Token per child on every access, and the hot loops (cue features, verb
    patterns) ask for the same token's children several times."""
    try:  # (the look-up made once the lists are: this is called some 600,000 times on 200 articles)
        return token.doc.user_data[KEY]["children"][token.i]
    except KeyError:
        pass
    values = _values(token.doc)
    every = tokens(token.doc)
    lists: list[list[Token]] = [[] for _ in every]
    for i, head in enumerate(heads(token.doc)):
        if head != i:  # in text order, as spaCy gives them
            lists[head].append(every[i])
    values["children"] = lists
    return lists[token.i]


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, once per span: events look up the
    same date and place spans again and again, and spaCy walks the tokens each time."""
    spans = memo(doc, "char_spans")
    if (start, end) not in spans:
        spans[start, end] = doc.char_span(start, end, alignment_mode="expand")
    return spans[start, end]


def memo(doc: Doc, name: str) -> dict:
    """A dictionary kept with the Doc's other values under `name`, for an extractor's own
    answers that depend only on the parse (dropped with them)."""
    values = _values(doc)
    try:
        return values[name]
    except KeyError:
        values[name] = memo = {}
        return memo


def entities(doc: Doc) -> tuple[Span, ...]:
    values = _values(doc)
    if "entities" not in values:
        values["entities"] = doc.ents
    return values["entities"]


def forget(doc: Doc) -> None:
    """Drop the cached values (their Tokens and Spans point back at the Doc)."""
    doc.user_data.pop(KEY, None)
