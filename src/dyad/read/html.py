"""HTML pages: the main text, title and publication date, extracted with trafilatura."""

from __future__ import annotations

import json
from pathlib import Path

import trafilatura

from dyad import errors
from dyad.read.document import Document, check_text, decode, normalize_published


def read_html(data: bytes, path: Path, where: str) -> Document:
    html, warnings = decode(data, where)
    extracted = trafilatura.extract(
        html, output_format="json", with_metadata=True, include_comments=False, favor_precision=True
    )
    if not extracted:
        raise errors.InputError(errors.NO_MAIN_TEXT)
    page = json.loads(extracted)
    text = page.get("text") or ""  # keeps paragraph breaks, unlike raw_text
    return Document(
        id=path.stem,
        text=check_text(text),
        where=where,
        title=page.get("title"),
        url=page.get("source"),
        source=page.get("source-hostname") or page.get("hostname"),
        published=normalize_published(page.get("date"), warnings),
        warnings=warnings,
    )
