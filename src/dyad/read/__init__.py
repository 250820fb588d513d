"""Readers: paths (files, directories, "-" for standard input) to a stream of Documents.

Each document that cannot be read becomes a DocumentError in its place in the stream, so that
the rest of the batch goes on and the caller reports it.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyad import errors
from dyad.errors import DocumentError, InputError
from dyad.read.document import Document
from dyad.read.html import read_html
from dyad.read.jsonl import document_from_dict, read_json, read_jsonl
from dyad.read.text import read_text

__all__ = ["Document", "DocumentError", "document_from_dict", "read_paths"]

FILE_READERS = {".txt": read_text, ".md": read_text, ".html": read_html, ".htm": read_html}
STREAM_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = set(FILE_READERS) | STREAM_SUFFIXES | {".json"}
STDIN = "-"


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | DocumentError]:
    """Every document under `paths`, in the order given (directories sorted, recursively)."""
    for given in paths:
        if str(given) == STDIN:
            yield from _read_stdin()
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)):
                yield from _read_file(child, strict_suffix=True)
        elif path.exists():
            yield from _read_file(path, strict_suffix=False)
        else:
            yield DocumentError(str(path), errors.NOT_FOUND)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, strict_suffix: bool) -> Iterator[Document | DocumentError]:
    """One file. In a directory, unknown suffixes are reported; a file named on the command
    line with an unknown suffix is read as plain text (binary is still refused)."""
    where, suffix = str(path), path.suffix.lower()
    if strict_suffix and suffix not in SUPPORTED:
        yield DocumentError(where, errors.UNSUPPORTED.format(suffix=suffix or path.name))
        return
    try:
        if suffix in STREAM_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, where)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(where, errors.UNREADABLE.format(detail=exc.strerror or exc))
        return
    if suffix == ".json":
        yield from read_json(data, where)
        return
    reader = FILE_READERS.get(suffix, read_text)
    try:
        yield reader(data, path, where)
    except InputError as exc:
        yield DocumentError(where, str(exc))


def _read_stdin() -> Iterator[Document | DocumentError]:
    """Standard input: JSONL when its first non-blank line starts with "{", otherwise one text."""
    stream = sys.stdin.buffer
    blank = []
    for line in stream:
        if line.strip():
            if line.lstrip().startswith(b"{"):
                yield from read_jsonl(itertools.chain(blank, [line], stream), STDIN)
                return
            data = b"".join(blank) + line + stream.read()
            break
        blank.append(line)
    else:
        data = b"".join(blank)
    try:
        yield read_text(data, Path("stdin"), STDIN)
    except InputError as exc:
        yield DocumentError(STDIN, str(exc))
