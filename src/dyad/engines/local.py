"""Several processes on one machine: batches of documents coded in worker processes, in order.

Each worker loads the spaCy pipeline and the lexicons once. Results come back in input order,
and only a few batches are in flight at once (Pool.imap would read the whole input ahead), so
memory stays bounded on long inputs.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator

from dyad.errors import DocumentError
from dyad.model import Article
from dyad.read import Document

DOCUMENTS_PER_TASK = 16


def code_in_processes(items: Iterable[Document | DocumentError], processes: int
                      ) -> Iterator[Article | DocumentError]:
    batches = _batched(items, DOCUMENTS_PER_TASK)
    context = multiprocessing.get_context("spawn" if _threads_started() else "fork")
    in_flight: deque = deque()
    with context.Pool(processes) as pool:
        for batch in batches:
            in_flight.append(pool.apply_async(_code_batch, (batch,)))
            if len(in_flight) >= 2 * processes:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def _code_batch(batch: list[Document | DocumentError]) -> list[Article | DocumentError]:
    from dyad.pipeline import code_documents

    return list(code_documents(batch, processes=1))


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _threads_started() -> bool:
    import threading

    return threading.active_count() > 1
