"""Values of one parsed Doc that several extractors read, computed once per Doc.

spaCy rebuilds them on every access: `Doc.text` joins the text of every token, `Doc.ents` makes
a Span per entity, and iterating a Doc (or `doc[i]`) makes a new Token object each time. The
extractors ask for them many times per document, so they are kept in the Doc's `user_data`
under one key; `pipeline.extract` drops them when the document is coded. A Doc is never changed
after parsing, so nothing here goes stale.
"""

from __future__ import annotations

from spacy.attrs import HEAD, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

KEY = "dyad_per_doc"


def _values(doc: Doc) -> dict:
    values = doc.user_data.get(KEY)
    if values is None:
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
    values = _values(doc)
    if "tokens" not in values:
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


def children(token: Token) -> list[Token]:
    """`token.children` as a list, the whole Doc's made at once: spaCy walks the token's edges
    and makes a new Token per child on every access, and the hot loops (cue features, verb
    patterns) ask for the same token's children several times."""
    values = _values(token.doc)
    if "children" not in values:
        every = tokens(token.doc)
        lists: list[list[Token]] = [[] for _ in every]
        for i, head in enumerate(heads(token.doc)):
            if head != i:  # in text order, as spaCy gives them
                lists[head].append(every[i])
        values["children"] = lists
    return values["children"][token.i]


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
    return _values(doc).setdefault(name, {})


def entities(doc: Doc) -> tuple[Span, ...]:
    values = _values(doc)
    if "entities" not in values:
        values["entities"] = doc.ents
    return values["entities"]


def forget(doc: Doc) -> None:
    """Drop the cached values (their Tokens and Spans point back at the Doc)."""
    doc.user_data.pop(KEY, None)
