"""Article in, record out: parse each text once, run every extractor on the parse, assemble.

`code_documents` is the one pipeline; `code` and `code_many` (the Python API) and the CLI are
thin calls of it. Documents stream through `nlp.pipe` in batches; a text longer than a chunk is
parsed in pieces whose offsets are shifted back into the article, so nothing is dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import queue
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from spacy.tokens import Doc

from dyad import errors
from dyad.errors import DocumentError, InputError
from dyad.extract.actors import ActorResolver
from dyad.extract.attributions import find_attributions, without_deeds
from dyad.extract.dates import dateline_date, find_dates
from dyad.extract import per_doc
from dyad.extract.events import find_events
from dyad.extract.places import find_places
from dyad.model import Article, Attribution, Event
from dyad.nlp import BATCH_SIZE, chunk_offsets, parse
from dyad.read import Document, document_from_dict

# Coding keeps many objects alive for a while (per-document caches, records, the parser's
# batches). With Python's default threshold of 700 the collector ran some 830 times on 150 news
# articles, three of them full passes over the loaded lexicons and gazetteer, and found next to
# nothing (dyad makes few reference cycles): 0.9 s in the collector then, 0.2 s with this.
YOUNG_COLLECTION_THRESHOLD = 50_000


def code(text: str, *, published: str | dt.date | None = None, id: str = "article",
         title: str | None = None) -> dict:
    """Code one article and return its record (see README, "The record")."""
    [record] = code_many([{"id": id, "text": text, "published": published, "title": title}])
    return record


def code_many(articles: Iterable[dict], *, processes: int = 1) -> Iterator[dict]:
    """Code article dicts ({id, text, title?, url?, source?, published?}) in order.

    A bad article raises `errors.InputError` naming it; use `code_documents` to get errors
    in the stream instead.
    """
    documents = (_document(article, index) for index, article in enumerate(articles))
    for result in code_documents(documents, processes=processes):
        if isinstance(result, DocumentError):
            raise InputError(str(result))
        yield result.to_dict()


def _document(article: dict, index: int) -> Document | DocumentError:
    where = str(article.get("id") or f"article {index}")
    try:
        return document_from_dict(article, where)
    except InputError as exc:
        return DocumentError(where, str(exc))


def code_documents(items: Iterable[Document | DocumentError], *, processes: int = 1
                   ) -> Iterator[Article | DocumentError]:
    """The pipeline: Documents (and reading errors, passed through) in, Articles out, in order."""
    if processes > 1:
        from dyad.engines.local import code_in_processes

        yield from code_in_processes(items, processes)
        return
    yield from _code_serially(items)


class _Pending:
    """An article whose chunks are being parsed; complete when every chunk has been coded."""

    def __init__(self, document: Document, chunks: int):
        self.document = document
        self.remaining = chunks
        self.parts: list[tuple[int, list[Event], list[Attribution]]] = []
        self.failure: str | None = None

    def add(self, doc: Doc, start: int, end: int) -> None:
        self.remaining -= 1
        if self.failure:
            return
        per_doc.know_text(doc, self.document.text[start:end])
        try:
            events, attributions = extract(doc, _date(self.document.published))
        except Exception as exc:  # one bad document must not stop the batch
            self.failure = errors.CODING_FAILED.format(detail=f"{type(exc).__name__}: {exc}")
            return
        self.parts.append((start, events, attributions))

    def result(self) -> Article | DocumentError:
        if self.failure:
            return DocumentError(self.document.where, self.failure)
        return assemble(self.document, self.parts)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The young generation collected every YOUNG_COLLECTION_THRESHOLD new objects instead of every
    700, for as long as coding runs; the process's own setting comes back afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_COLLECTION_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _code_serially(items: Iterable[Document | DocumentError]) -> Iterator[Article | DocumentError]:
    queue: deque[_Pending | DocumentError] = deque()

    def chunks() -> Iterator[tuple[str, tuple[_Pending, int, int]]]:
        for item in items:
            if isinstance(item, DocumentError):
                queue.append(item)
                continue
            item = _with_dateline_date(item)
            pieces = chunk_offsets(item.text)
            pending = _Pending(item, len(pieces))
            queue.append(pending)
            for start, end in pieces:
                yield item.text[start:end], (pending, start, end)

    def ready() -> Iterator[Article | DocumentError]:
        while queue and (isinstance(queue[0], DocumentError) or queue[0].remaining == 0):
            head = queue.popleft()
            yield head if isinstance(head, DocumentError) else head.result()

    with _fewer_collections():
        for doc, (pending, start, end) in parsed_ahead(parse(chunks())):
            pending.add(doc, start, end)
            yield from ready()
    yield from ready()


def _with_dateline_date(document: Document) -> Document:
    """A document without a publication date takes its dateline's, when that has a year."""
    if document.published:
        return document
    day = dateline_date(document.text)
    if not day:
        return document
    return dataclasses.replace(document, published=day,
                               warnings=[*document.warnings, f"publication date {day} taken from the dateline"])


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def extract(doc: Doc, published: dt.date | None) -> tuple[list[Event], list[Attribution]]:
    """Every extractor on one parsed text; offsets relative to the Doc."""
    try:
        actors = ActorResolver(doc, published)
        attributions = find_attributions(doc, actors.resolve)
        dates = find_dates(doc, published)
        places = find_places(doc, frozenset(actors.countries()))
        events = find_events(doc, actors, attributions, dates, places)
        attributions = without_deeds(attributions, events, doc)
    finally:
        per_doc.forget(doc)
    return events, attributions


def assemble(document: Document, parts: list[tuple[int, list[Event], list[Attribution]]]) -> Article:
    """One Article from its coded chunks: offsets shifted into the article, ids made unique."""
    events: list[Event] = []
    attributions: list[Attribution] = []
    for offset, chunk_events, chunk_attributions in sorted(parts, key=lambda part: part[0]):
        renamed = {a.id: f"a{len(attributions) + i + 1}" for i, a in enumerate(chunk_attributions)}
        for attribution in chunk_attributions:
            attributions.append(dataclasses.replace(
                _shift(attribution, offset), id=renamed[attribution.id], via=renamed.get(attribution.via)))
        for event in chunk_events:
            events.append(dataclasses.replace(
                _shift(event, offset), id=f"e{len(events) + 1}", attribution=renamed.get(event.attribution)))
    return Article(
        id=document.id, text=document.text, title=document.title, url=document.url,
        source=document.source, published=document.published, events=events,
        attributions=attributions, warnings=list(document.warnings),
    )


def _shift(record, offset: int):
    """A copy of a record with every span's offsets moved by `offset`."""
    if offset == 0:
        return record
    if isinstance(record, list):
        return [_shift(item, offset) for item in record]
    if not dataclasses.is_dataclass(record):
        return record
    changes = {f.name: _shift(getattr(record, f.name), offset) for f in dataclasses.fields(record)
               if f.name not in ("start", "end")}
    if hasattr(record, "start"):
        changes.update(start=record.start + offset, end=record.end + offset)
    return dataclasses.replace(record, **changes)


# How many parsed chunks may wait for coding: two batches, so the parser is never idle for want
# of room and a stalled consumer holds at most that many Docs.
PARSED_AHEAD = 2 * BATCH_SIZE
_DONE = object()
# How often (seconds) Python may hand the GIL from one thread to the other while the parser runs
# ahead: the default 5 ms lets the coding thread hold it long after the parser's next step could
# start; at 0.5 ms more of the two overlap (200 news articles end to end: 31.9 -> 29.0 s median).
SWITCH_INTERVAL = 0.0005


def parsed_ahead(parsed: Iterator, limit: int = PARSED_AHEAD) -> Iterator:
    """The items of `parsed`, produced by a thread of their own while the caller works on the
    ones before. spaCy's parser and the model's matrix products run without holding the GIL,
    so part of the next batch's parse overlaps this one's coding (coding is pure Python and
    holds the GIL: on 150 news articles end to end was about 5% faster). Items come in order;
    an exception in the producer is raised here; leaving early stops the producer."""
    handoff: queue.Queue = queue.Queue(maxsize=limit)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in parsed:
                while True:
                    if stop.is_set():
                        return  # the consumer has left
                    try:
                        handoff.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        pass
            handoff.put(_DONE)
        except BaseException as exc:  # handed to the consumer, which raises it
            handoff.put(exc)

    producer = threading.Thread(target=produce, name="dyad-parser", daemon=True)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, SWITCH_INTERVAL))  # the process's setting, given back below
    producer.start()
    try:
        while True:
            item = handoff.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while producer.is_alive():
            try:
                handoff.get(timeout=0.1)
            except queue.Empty:
                pass
        producer.join()
        sys.setswitchinterval(interval)
