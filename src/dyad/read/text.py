"""Plain-text articles (.txt, .md): the whole file is the text, the file name its id."""

from __future__ import annotations

from pathlib import Path

from dyad.read.document import Document, check_text, decode


def read_text(data: bytes, path: Path, where: str) -> Document:
    text, warnings = decode(data, where)
    return Document(id=path.stem, text=check_text(text), where=where, warnings=warnings)
