"""Ingest: articles in, rows committed in batches, each batch one transaction.

The stream is

    documents -> skip the ones already stored (same id, URL or text) -> code -> batches -> commit

Each batch is written and deduplicated (`dedup.refresh`) in one transaction, so a store killed
at any moment holds whole committed batches and nothing of the batch in flight. Articles are
checked against the store before they are coded, so running the same ingest again codes only
what is missing: it resumes where it stopped, and re-ingesting changes nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dyad.errors import DocumentError
from dyad.store import dedup
from dyad.store.rows import TABLES, record_rows, text_hash

DEFAULT_BATCH = 100
MALFORMED_RECORD = "not a dyad record ({detail})"
MALFORMED_JSON = "malformed JSON ({detail})"
NOT_AN_OBJECT = "a JSONL line must be a JSON object"
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass
class Coded:
    """A record that is already coded (from `dyad code`), and where it was read."""

    record: dict
    where: str


@dataclass
class IngestReport:
    stored: int = 0
    events: int = 0
    skipped: int = 0
    failed: int = 0
    batches: int = 0
    errors: list[DocumentError] = field(default_factory=list)


def read_records(paths: Iterable[str | Path]) -> Iterator[Coded | DocumentError]:
    """Coded records, one JSON object a line, from files, directories or "-" (standard input)."""
    for given in paths:
        if str(given) == "-":
            yield from _records(sys.stdin.buffer, "-")
            continue
        path = Path(given)
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in RECORD_SUFFIXES) \
            if path.is_dir() else [path]
        for file in files:
            try:
                with file.open("rb") as stream:
                    yield from _records(stream, str(file))
            except OSError as exc:
                yield DocumentError(str(file), f"cannot read ({exc.strerror or exc})")


def _records(stream, name: str) -> Iterator[Coded | DocumentError]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            value = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield DocumentError(where, MALFORMED_JSON.format(detail=getattr(exc, "msg", exc)))
            continue
        if not isinstance(value, dict):
            yield DocumentError(where, NOT_AN_OBJECT)
            continue
        yield Coded(value, where)


class Known:
    """Which articles the store (or this run) already has, by id, URL and text hash."""

    def __init__(self, con):
        self.con = con
        self.ids: set[str] = set()
        self.urls: set[str] = set()
        self.hashes: set[str] = set()

    def unseen(self, items: Iterable, chunk: int, report: IngestReport) -> Iterator:
        """The items not stored yet, looking them up in chunks; errors pass through."""
        iterator = iter(items)
        while batch := list(itertools.islice(iterator, chunk)):
            keyed = [(item, _keys(item)) for item in batch]
            self._look_up([keys for _, keys in keyed if keys])
            for item, keys in keyed:
                if keys is None:
                    yield item
                elif self._seen(*keys):
                    report.skipped += 1
                else:
                    self._add(*keys)
                    yield item

    def _look_up(self, keys: list[tuple]) -> None:
        if not keys:
            return
        ids = [k[0] for k in keys]
        urls = [k[1] for k in keys if k[1]]
        hashes = [k[2] for k in keys]
        for article_id, url, digest in self.con.execute(
                """SELECT article_id, url, text_hash FROM articles
                   WHERE article_id IN (SELECT unnest($1)) OR url IN (SELECT unnest($2))
                      OR text_hash IN (SELECT unnest($3))""", [ids, urls, hashes]).fetchall():
            self._add(article_id, url, digest)

    def _seen(self, article_id: str, url: str | None, digest: str) -> bool:
        return article_id in self.ids or (url is not None and url in self.urls) or digest in self.hashes

    def _add(self, article_id: str, url: str | None, digest: str) -> None:
        self.ids.add(article_id)
        self.hashes.add(digest)
        if url:
            self.urls.add(url)


def _keys(item) -> tuple[str, str | None, str] | None:
    if isinstance(item, DocumentError):
        return None
    if isinstance(item, Coded):
        record = item.record
        if not isinstance(record.get("text"), str) or record.get("id") in (None, ""):
            return None  # reported as malformed when written
        return str(record["id"]), record.get("url") or None, text_hash(record["text"])
    return str(item.id), item.url or None, text_hash(item.text)


class Writer:
    """Buffers coded records and commits them `batch_size` at a time."""

    def __init__(self, con, batch_size: int, report: IngestReport,
                 on_batch: Callable[[int, int, int], None] | None = None):
        self.con, self.batch_size, self.report, self.on_batch = con, batch_size, report, on_batch
        self.pending: list[dict[str, list[dict]]] = []

    def add(self, record: dict, where: str) -> DocumentError | None:
        try:
            rows = record_rows(record, batch_id=0, ingested_at=dt.datetime.min)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            return DocumentError(where, MALFORMED_RECORD.format(detail=f"{type(exc).__name__}: {exc}"))
        self.pending.append(rows)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return None

    def flush(self) -> None:
        if not self.pending:
            return
        import pyarrow as pa

        tables = {t: [row for rows in self.pending for row in rows[t]] for t in TABLES}
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        con = self.con
        con.begin()
        try:
            batch_id = con.execute("SELECT coalesce(max(batch_id), 0) + 1 FROM ingest_batches").fetchall()[0][0]
            for row in tables["articles"]:
                row.update(batch_id=batch_id, ingested_at=now)
            for table, rows in tables.items():
                if rows:
                    con.register("_rows", pa.Table.from_pylist(rows))
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
                    con.unregister("_rows")
            con.execute("INSERT INTO ingest_batches VALUES (?, ?, ?, ?)",
                        [batch_id, now, len(tables["articles"]), len(tables["events"])])
            dedup.refresh(con)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        self.report.batches += 1
        self.report.stored += len(tables["articles"])
        self.report.events += len(tables["events"])
        self.pending = []
        if self.on_batch:
            self.on_batch(batch_id, len(tables["articles"]), len(tables["events"]))


def run(con, items: Iterable, *, coded: bool, processes: int = 1, batch_size: int = DEFAULT_BATCH,
        published: str | None = None, on_error: Callable[[DocumentError], None] | None = None,
        on_batch: Callable[[int, int, int], None] | None = None) -> IngestReport:
    """Store `items`: Coded records when `coded`, else Documents to code; DocumentErrors are
    reported through `on_error` and counted."""
    report = IngestReport()
    writer = Writer(con, batch_size, report, on_batch)

    def fail(error: DocumentError) -> None:
        report.failed += 1
        report.errors.append(error)
        if on_error:
            on_error(error)

    fresh = Known(con).unseen(_with_default_date(items, published), batch_size, report)
    if coded:
        results = ((item.record, item.where) if isinstance(item, Coded) else item for item in fresh)
    else:
        from dyad.pipeline import code_documents

        results = ((item.to_dict(), item.id) if not isinstance(item, DocumentError) else item
                   for item in code_documents(fresh, processes=processes))
    for result in results:
        if isinstance(result, DocumentError):
            fail(result)
            continue
        error = writer.add(*result)
        if error:
            fail(error)
    writer.flush()
    return report


def _with_default_date(items: Iterable, published: str | None) -> Iterator:
    for item in items:
        if published and not isinstance(item, DocumentError):
            if isinstance(item, Coded):
                if not item.record.get("published"):
                    item.record["published"] = published
            elif not item.published:
                item.published = published
        yield item
