"""The pipeline on long documents and through the Python API."""

import sys
import threading

import pytest

import dyad
import dyad.nlp
from dyad.nlp import batches, chunk_offsets
from dyad.pipeline import parsed_ahead
from helpers import spans_off_the_text

PARAGRAPHS = [
    "Turkish troops shelled Kurdish positions near Kobani on Monday, the Syrian Observatory said.",
    "Egypt hosted talks between Israeli and Palestinian officials in Cairo on Tuesday.",
    "The European Union imposed new sanctions on Belarus on Wednesday, diplomats said.",
    "Japan pledged $50 million in humanitarian aid to Sudan, the foreign ministry said.",
]


def test_chunks_cover_the_text_and_cut_at_paragraphs():
    text = "\n\n".join(PARAGRAPHS * 50)
    pieces = chunk_offsets(text, limit=1000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(end - start <= 1000 for start, end in pieces)
    assert all(text[end - 2:end] == "\n\n" for _, end in pieces[:-1])


DONORS = ["Japan", "Germany", "Canada", "Norway", "Sweden", "France", "Italy", "Spain", "Poland",
          "Brazil", "India", "Australia", "Denmark", "Finland", "Ireland", "Austria", "Belgium",
          "Portugal", "Greece", "Mexico", "Chile", "Qatar", "Kuwait", "Turkey"]


def test_a_long_document_is_coded_in_chunks_without_losing_events(monkeypatch):
    monkeypatch.setattr(dyad.nlp, "CHUNK_CHARS", 1000)
    paragraphs = [f"{donor} pledged ${10 + i} million in humanitarian aid to Sudan, the foreign ministry said. "
                  f"{PARAGRAPHS[i % 3]}" for i, donor in enumerate(DONORS)]
    text = "\n\n".join(paragraphs)  # about 4,100 characters: five chunks
    assert len(chunk_offsets(text, limit=1000)) >= 4
    record = dyad.code(text, published="2025-03-20", id="long")
    assert spans_off_the_text(record, text) == []
    events = record["events"]
    assert len({e["id"] for e in events}) == len(events)
    assert len({a["id"] for a in record["attributions"]}) == len(record["attributions"])
    # Every pledge, in every chunk, is coded at its own characters with its own donor.
    pledges = [e for e in events if e["type"] == "AGREE" and e["trigger"]["text"] == "pledged"]
    starts = [i for i in range(len(text)) if text.startswith("pledged", i)]
    assert [e["trigger"]["start"] for e in pledges] == starts
    assert [e["actor"][0]["text"] for e in pledges] == DONORS


def test_code_many_keeps_input_order_and_ids():
    articles = [{"id": f"p{i}", "text": p, "published": "2025-03-20"} for i, p in enumerate(PARAGRAPHS)]
    records = list(dyad.code_many(articles))
    assert [r["id"] for r in records] == ["p0", "p1", "p2", "p3"]
    assert all(r["published"] == "2025-03-20" for r in records)


def test_a_blank_line_ends_a_sentence_but_a_wrapped_line_does_not(nlp):
    doc = nlp("Kremlin Says Talks Stalled\n\nRussian troops advanced\nnear Pokrovsk on Monday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Kremlin Says Talks Stalled", "Russian troops advanced\nnear Pokrovsk on Monday."]


def test_parse_batches_hold_few_long_chunks_but_many_short_articles():
    # the 40 chunks of a 4 MB court transcript must not all go to the parser at once,
    # while a day's short wire stories still travel 32 to a batch
    chunks = [("x" * 100_000, n) for n in range(40)]
    assert [len(b) for b in batches(chunks, 32, 300_000)] == [3] * 13 + [1]
    stories = [("Rebels shelled the port city overnight, residents said.", n) for n in range(70)]
    assert [len(b) for b in batches(stories, 32, 300_000)] == [32, 32, 6]
    single = [("y" * 500_000, 0), ("z" * 10, 1)]
    assert [len(b) for b in batches(single, 32, 300_000)] == [1, 1]


def test_parse_reads_its_texts_only_as_batches_need_them():
    pulled = []

    def texts():
        for n in range(100):
            pulled.append(n)
            yield f"Talks resumed in Doha on day {n}.", n

    first = next(batches(texts(), 32, 300_000))
    assert len(first) == 32 and len(pulled) == 33  # the 33rd opened the second batch


def test_parsing_ahead_keeps_every_item_in_order():
    assert list(parsed_ahead(iter(range(500)), limit=8)) == list(range(500))


def test_a_parser_failure_reaches_the_caller_after_what_was_parsed_before_it():
    def parsed():
        yield "first"
        yield "second"
        raise MemoryError("parser ran out of memory")

    received = []
    with pytest.raises(MemoryError, match="out of memory"):
        for item in parsed_ahead(parsed(), limit=4):
            received.append(item)
    assert received == ["first", "second"]


def test_leaving_early_stops_the_parser_thread_without_reading_the_rest():
    pulled = []

    def parsed():
        for n in range(10_000):
            pulled.append(n)
            yield n

    stream = parsed_ahead(parsed(), limit=4)
    assert [next(stream) for _ in range(3)] == [0, 1, 2]
    stream.close()
    assert len(pulled) < 20
    assert not any(t.name == "dyad-parser" for t in threading.enumerate())


def test_the_thread_switch_interval_is_short_while_parsing_ahead_and_given_back_after():
    before = sys.getswitchinterval()
    stream = parsed_ahead(iter(range(100)), limit=4)
    assert next(stream) == 0
    assert sys.getswitchinterval() <= 0.0005  # the parser thread gets the GIL back sooner
    assert list(stream) == list(range(1, 100))
    assert sys.getswitchinterval() == before
    stream = parsed_ahead(iter(range(100)), limit=4)
    next(stream)
    stream.close()  # a caller that leaves early gives it back too
    assert sys.getswitchinterval() == before
