"""JSON Lines (one article per line) and JSON (one article object, or a list of them).

`id` and `text` are required; `title`, `url`, `source` and `published` are optional; other keys
are ignored. JSONL is streamed line by line, so a file of any length is never loaded whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dyad import errors
from dyad.errors import DocumentError, InputError
from dyad.read.document import Document, check_text, normalize_published

OPTIONAL_FIELDS = ("title", "url", "source")


def read_jsonl(stream: Iterable[bytes], name: str) -> Iterator[Document | DocumentError]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8-sig").rstrip("\r\n")  # the line break is not part of the JSON
        except UnicodeDecodeError:
            yield DocumentError(where, errors.UNDECODABLE)
            continue
        yield from _read_line(line, where)


def read_json(data: bytes, name: str) -> Iterator[Document | DocumentError]:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield DocumentError(name, errors.MALFORMED_JSON.format(detail=exc))
        return
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        yield _from_object(item, f"{name}[{index}]" if isinstance(value, list) else name)


def _read_line(line: str, where: str) -> Iterable[Document | DocumentError]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        # exc.msg alone drops the position ("Unterminated string starting at"); the line is in `where`
        detail = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
        return [DocumentError(where, errors.MALFORMED_JSON.format(detail=detail))]
    return [_from_object(value, where)]


def _from_object(value: object, where: str) -> Document | DocumentError:
    if not isinstance(value, dict):
        return DocumentError(where, errors.NOT_AN_OBJECT)
    try:
        return document_from_dict(value, where)
    except InputError as exc:
        return DocumentError(where, str(exc))


def document_from_dict(value: dict, where: str) -> Document:
    """An article dict (as in JSONL, or given to `dyad.code_many`) to a Document."""
    for required in ("id", "text"):
        field = value.get(required)
        if field is None or (isinstance(field, str) and not field.strip()):
            raise InputError(errors.MISSING_FIELD.format(field=required))
    if not isinstance(value["text"], str):
        raise InputError(errors.BAD_FIELD.format(field="text"))
    warnings: list[str] = []
    optional = {}
    for key in OPTIONAL_FIELDS:
        field = value.get(key)
        if field is not None and not isinstance(field, str):
            warnings.append(f"ignored {key!r}: not a string")
            field = None
        optional[key] = field
    return Document(
        id=str(value["id"]),
        text=check_text(value["text"]),
        where=where,
        published=normalize_published(value.get("published"), warnings),
        warnings=warnings,
        **optional,
    )
