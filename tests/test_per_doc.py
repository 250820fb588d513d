"""The per-document cache gives what spaCy gives, and the pipeline drops it after coding."""

from dyad.extract import per_doc
from dyad.pipeline import extract

TEXT = ("KYIV, March 14 (Wire) - Ukrainian President Volodymyr Zelenskyy spoke with French President "
        "Emmanuel Macron on Thursday, his office said.\n\nRussian forces shelled Kharkiv overnight.")


def test_cached_values_are_spacys(nlp):
    doc = nlp(TEXT)
    assert per_doc.text(doc) == doc.text
    assert [t.i for t in per_doc.tokens(doc)] == [t.i for t in doc]
    assert [(e.start, e.end, e.label_) for e in per_doc.entities(doc)] == \
        [(e.start, e.end, e.label_) for e in doc.ents]
    assert per_doc.tokens(doc) is per_doc.tokens(doc)  # made once


def test_extract_forgets_the_cache(nlp):
    doc = nlp(TEXT)
    events, _ = extract(doc, None)
    assert events
    assert per_doc.KEY not in doc.user_data
