"""The pipeline on long documents and through the Python API."""

import dyad
import dyad.nlp
from dyad.nlp import chunk_offsets
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
