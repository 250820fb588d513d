"""Every error dyad reports about input, in one place.

Library code raises or yields these; only the CLI turns them into lines on standard error
and an exit status.
"""

from __future__ import annotations

from dataclasses import dataclass


class DyadError(Exception):
    """Base class of dyad's own errors."""


class UsageError(DyadError):
    """The command was called wrongly (exit status 2)."""


@dataclass
class DocumentError:
    """A document that could not be read or coded: where it is, and why.

    `where` names the document as a user finds it: a path, "path:line" for JSONL, or an id.
    """

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class InputError(DyadError):
    """Raised inside a reader for one document; readers turn it into a DocumentError."""


# The reasons, worded once so tests and users see the same text.
EMPTY = "empty document"
BINARY = "binary file (not text)"
UNDECODABLE = "cannot decode the bytes as text (not UTF-8 or Windows-1252)"
TOO_LARGE = "document too large ({size:,} characters; the limit is {limit:,})"
MALFORMED_JSON = "malformed JSON ({detail})"
NOT_AN_OBJECT = "an article must be a JSON object"
MISSING_FIELD = "missing or empty {field!r}"
BAD_FIELD = "{field!r} must be a string"
UNSUPPORTED = "unsupported file type {suffix!r} (use .txt, .md, .html, .htm, .json or .jsonl)"
NOT_FOUND = "no such file or directory"
UNREADABLE = "cannot read ({detail})"
NO_MAIN_TEXT = "no main text found in the HTML page"
CODING_FAILED = "coding failed ({detail})"
