"""What a reader hands on: one article's text and metadata, or the reason it could not be read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dyad import errors


@dataclass
class Document:
    id: str
    text: str
    where: str  # how a user finds it: path, "path:line" or "-"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)


# A reader refuses documents far beyond any news article; 5 MB texts are coded in chunks.
MAX_CHARS = 50_000_000
BINARY_CONTROL_SHARE = 0.05


def decode(data: bytes, where: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM allowed), else Windows-1252 with a warning; binary is refused."""
    if b"\x00" in data[:65536] or _control_share(data[:65536]) > BINARY_CONTROL_SHARE:
        raise errors.InputError(errors.BINARY)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise errors.InputError(errors.UNDECODABLE) from None
    return text, [f"not valid UTF-8 (first bad byte at {first_bad}); read as Windows-1252"]


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def check_text(text: str) -> str:
    if not text.strip():
        raise errors.InputError(errors.EMPTY)
    if len(text) > MAX_CHARS:
        raise errors.InputError(errors.TOO_LARGE.format(size=len(text), limit=MAX_CHARS))
    return text


def normalize_published(value: object, warnings: list[str]) -> str | None:
    """A publication date as "YYYY-MM-DD", from a date, an ISO 8601 date-time string, or a date
    as RSS, HTTP or a page's byline writes it ("Thu, 03 Jul 2025 09:00:00 GMT", "July 3, 2025")."""
    from dyad.extract.dates import publication_day  # the dates module reads every way of writing one

    if value in (None, ""):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    day = publication_day(str(value))
    if day is None:
        warnings.append(f"ignored publication date {value!r}: no day and year in it")
    return day
