"""`Store`: the Python API over a dyad DuckDB file. The CLI commands are thin calls of it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

from dyad.errors import DocumentError, DyadError

SCHEMA_VERSION = "1"


class StoreError(DyadError):
    """The store cannot be opened or used as asked."""


class Store:
    """A dyad event store in one DuckDB file.

        store = Store("events.duckdb")
        store.ingest_paths(["articles.jsonl"], published="2025-07-03")
        table = store.events(type="ASSAULT", actor="RUS", since="2025-07-01")   # pyarrow.Table
        store.quotes(speaker="Putin"); store.stats()

    `read_only=True` opens an existing store for queries (several readers may share it).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False):
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (create it with `dyad ingest`)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():  # DuckDB: one writing process, or any number of readers
                raise StoreError(f"{self.path}: the store is in use by another process (a running "
                                 "`dyad ingest`?); wait for it to finish") from None
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        if read_only:
            self._check_schema()
        else:
            self._create_schema()

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _create_schema(self) -> None:
        schema = resources.files("dyad.store").joinpath("schema.sql").read_text(encoding="utf-8")
        self.con.execute(schema)
        self.con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('next_dedup_id', '1') "
                         "ON CONFLICT DO NOTHING", [SCHEMA_VERSION])
        self._check_schema()

    def _check_schema(self) -> None:
        try:
            version = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()[0]
        except Exception:
            version = None
        if not version or version[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: not a dyad store of schema version {SCHEMA_VERSION}")

    # -- ingest ------------------------------------------------------------------------------
    def ingest(self, articles: Iterable, *, coded: bool | None = None, published: str | None = None,
               processes: int = 1, batch_size: int | None = None,
               on_error: Callable[[DocumentError], None] | None = None,
               on_batch: Callable[[int, int, int], None] | None = None):
        """Store articles: dicts to code ({id, text, title?, url?, source?, published?}), or
        records already coded (dicts with "events", e.g. from `dyad.code`), or `Document`s.
        Articles already stored (same id, URL or text) are skipped. Returns an IngestReport."""
        from dyad.store import ingest

        items = iter(articles)
        first = next(items, None)
        if first is None:
            return ingest.IngestReport()
        if coded is None:
            coded = hasattr(first, "to_dict") or (isinstance(first, dict) and "events" in first)
        stream = _chain(first, items)
        if coded:
            stream = (a if isinstance(a, DocumentError) else _coded(a, ingest.Coded) for a in stream)
        else:
            from dyad.read import Document, document_from_dict

            stream = (a if isinstance(a, (Document, DocumentError)) else _document(a, document_from_dict)
                      for a in stream)
        return ingest.run(self.con, stream, coded=coded, processes=processes, published=published,
                          batch_size=batch_size or ingest.DEFAULT_BATCH, on_error=on_error, on_batch=on_batch)

    def ingest_paths(self, paths: Iterable[str | Path], *, coded: bool = False, published: str | None = None,
                     processes: int = 1, batch_size: int | None = None,
                     on_error: Callable[[DocumentError], None] | None = None,
                     on_batch: Callable[[int, int, int], None] | None = None):
        """Store the articles in files, directories or "-" (as `dyad code` reads them); with
        `coded`, the files hold records from `dyad code` (JSONL) instead."""
        from dyad.store import ingest

        if coded:
            items = ingest.read_records(paths)
        else:
            from dyad.read import read_paths

            items = read_paths(paths)
        return ingest.run(self.con, items, coded=coded, processes=processes, published=published,
                          batch_size=batch_size or ingest.DEFAULT_BATCH, on_error=on_error, on_batch=on_batch)

    # -- queries -----------------------------------------------------------------------------
    def events(self, **filters):
        """Deduplicated events (or, with per_article=True, every report) as a pyarrow Table.
        Filters: type, actor, recipient, country, since, until, status, article, limit."""
        from dyad.store import query

        return query.events(self.con, **filters)

    def df(self, what: str = "events", **filters):
        """`events(**filters)`, or `quotes(**filters)` when `what` is "quotes", as a pandas
        DataFrame (the Tables the other methods return convert with .to_pandas())."""
        queries = {"events": self.events, "quotes": self.quotes}
        if what not in queries:
            raise StoreError(f"Store.df: {what!r} is not one of {', '.join(queries)}")
        return queries[what](**filters).to_pandas()

    def quotes(self, speaker: str | None = None, **filters):
        """Attributions (who said what) as a pyarrow Table; `speaker` matches names in part."""
        from dyad.store import query

        return query.quotes(self.con, speaker=speaker, **filters)

    def stats(self) -> dict:
        """Counts: totals, and tables by type, by actor and by day."""
        from dyad.store import query

        return query.stats(self.con)

    def sql(self, statement: str, params=None):
        """Any SQL over the store's tables, as a pyarrow Table."""
        return self.con.sql(statement, params=params or None).to_arrow_table()

    def export(self, fmt: str, output: str | Path, **options) -> int:
        """Write the store as `gdelt` (TSV), `plover` (JSON/JSONL) or `parquet` (a directory).
        Returns the number of events (or, for parquet, tables) written."""
        from dyad.store import export

        return export.export(self.con, fmt, Path(output), **options)


def _chain(first, rest):
    yield first
    yield from rest


def _coded(record, coded_type):
    if hasattr(record, "to_dict"):  # a dyad.model.Article
        record = record.to_dict()
    return coded_type(record, str(record.get("id")))


def _document(article: dict, from_dict):
    from dyad.errors import InputError

    where = str(article.get("id") or "article")
    try:
        return from_dict(article, where)
    except InputError as exc:
        return DocumentError(where, str(exc))
