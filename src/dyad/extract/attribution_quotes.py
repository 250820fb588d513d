"""Quotations in a text: where each one opens and closes, found once per document.

News marks quotations with curly (“ ”), straight (") or doubled-apostrophe ('' as in the New
York Times archive) double quotes, and, inside those or in headlines, with single curly quotes
(‘ ’). A quotation never runs past its paragraph unless the paragraph ends without closing it:
then, following the news convention for multi-paragraph quotes, it ends with the paragraph, and
the next paragraph's opening mark starts a new quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

OPENING = frozenset("“„«")
CLOSING = frozenset("”»")
# Marks that open or close depending on what came before in the paragraph.
TOGGLES = frozenset({'"', "''", "``"})
_MARK = re.compile(r"''|``|[\"“”„«»]|‘|’")


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph's last character)
    closed: bool


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Every top-level quotation of `text`, in order, as character spans including its marks."""
    quotes: list[Quote] = []
    for para in re.finditer(r"[^\n]+", text):
        quotes.extend(_paragraph_quotes(text, para.start(), para.end()))
    return quotes


def _paragraph_quotes(text: str, start: int, end: int) -> list[Quote]:
    found, opened, single = [], None, None
    for mark in _MARK.finditer(text, start, end):
        m, s, e = mark.group(), mark.start(), mark.end()
        before = text[s - 1] if s > start else " "
        after = text[e] if e < end else " "
        if m == "‘":
            if opened is None and single is None and not _is_word(before):
                single = s
            continue
        if m == "’":
            # An apostrophe ("don’t", "Russia’s") unless it can close an open single quotation.
            if single is not None and not _is_word(after):
                if opened is None:
                    found.append(Quote(single, e, True))
                single = None
            continue
        if opened is None:
            if m in CLOSING:
                continue  # a stray closing mark (a quotation opened in an earlier paragraph)
            if m in TOGGLES and _is_word(before) and not _is_word(after):
                continue  # a closing-looking straight mark with nothing open: inch marks, typos
            opened = s
            single = None
        elif m in OPENING and m != "«":
            opened = s  # a new opening mark restarts an unclosed quotation
        else:
            found.append(Quote(opened, e, True))
            opened = None
    if opened is not None:
        stop = end
        while stop > opened and text[stop - 1].isspace():
            stop -= 1
        found.append(Quote(opened, stop, False))
    return found


class QuoteIndex:
    """Quotations of a Doc with fast lookups by character offset and token."""

    def __init__(self, doc: Doc, text: str | None = None):
        self.doc = doc
        self.quotes = find_quotes(doc.text if text is None else text)
        self._starts = [q.start for q in self.quotes]

    def at(self, offset: int) -> Quote | None:
        """The quotation whose span holds the character `offset`, marks included."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self.quotes[k].end:
            return self.quotes[k]
        return None

    def inside(self, offset: int) -> Quote | None:
        """The quotation whose text (marks excluded) holds `offset`."""
        q = self.at(offset)
        if q is not None and q.start < offset:
            return q
        return None

    def starting_after(self, offset: int, limit: int) -> Quote | None:
        """The first quotation opening in [offset, limit)."""
        k = bisect_right(self._starts, offset - 1)
        if k < len(self.quotes) and self.quotes[k].start < limit:
            return self.quotes[k]
        return None

    def ending_before(self, offset: int, limit: int) -> Quote | None:
        """The last quotation closing in (limit, offset]."""
        k = bisect_right(self._starts, offset) - 1
        while k >= 0:
            q = self.quotes[k]
            if q.end <= offset:
                return q if q.end > limit else None
            k -= 1
        return None
