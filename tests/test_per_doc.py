"""The per-document cache gives what spaCy gives, and the pipeline drops it after coding."""

from dyad.extract import per_doc
from dyad.extract.phrases import clause_path
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


def test_tree_values_are_spacys(nlp):
    doc = nlp(TEXT)
    assert per_doc.heads(doc) == [t.head.i for t in doc]
    assert [[c.i for c in per_doc.children(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    start = TEXT.index("Macron") - 3  # a span that cuts words is widened to them, as spaCy does
    span = per_doc.char_span(doc, start, start + 5)
    assert (span.start, span.end) == (doc.char_span(start, start + 5, alignment_mode="expand").start,
                                      doc.char_span(start, start + 5, alignment_mode="expand").end)
    assert per_doc.char_span(doc, start, start + 5) is span  # made once


def test_a_main_verbs_clause_path_is_the_verb(nlp):
    # the walk up to the clause's head stops at the root (it once repeated the root to the limit)
    doc = nlp("Russian forces shelled Kharkiv overnight.")
    verb = doc[2]
    assert clause_path(verb) == [verb]
    assert clause_path(doc[3]) == [doc[3], verb]


def test_extract_forgets_the_cache(nlp):
    doc = nlp(TEXT)
    events, _ = extract(doc, None)
    assert events
    assert per_doc.KEY not in doc.user_data


def test_proper_nouns_are_the_tokens_tagged_propn(nlp):
    doc = nlp(TEXT)
    assert [t.i for t in per_doc.proper_nouns(doc)] == [t.i for t in doc if t.pos_ == "PROPN"]


def test_extract_leaves_nothing_in_the_docs_user_data(nlp):
    doc = nlp(TEXT)
    before = dict(doc.user_data)
    extract(doc, None)
    assert doc.user_data == before


def test_sentences_are_spacys(nlp):
    doc = nlp(TEXT + " The governor said two people were wounded.\n\nNo one claimed the attack")
    for token in doc:
        sentence = per_doc.sentence(token)
        assert (sentence.start, sentence.end) == (token.sent.start, token.sent.end)
        assert per_doc.sentence(token) is sentence  # made once per sentence
    span = doc[3:9]  # a span's sentence is its first word's, as spaCy's
    assert (per_doc.sentence(span).start, per_doc.sentence(span).end) == (span.sent.start, span.sent.end)
    starts, ends = per_doc.sentence_bounds(doc)
    assert [starts[t.i] for t in doc] == [t.sent.start for t in doc]
    assert sorted(ends.items()) == [(s.start, s.end) for s in doc.sents]


def test_words_are_found_by_their_lower_case_form(nlp):
    from dyad.nlp import indices_of_words

    doc = nlp("Here the city held. There, in the City of London, the city council met here again.")
    assert indices_of_words(doc, ("here", "city")) == [t.i for t in doc if t.lower_ in ("here", "city")]
    assert indices_of_words(doc, ["there"]) == [5]
    assert indices_of_words(doc, ("kyiv",)) == []


def test_coding_leaves_the_shared_children_lists_as_spacy_gives_them(nlp, monkeypatch):
    # every extractor reads children from the one per-document list: none may change it
    doc = nlp("MOGADISHU, May 4 (Wire) - Al Shabaab fighters attacked an army base near the town of "
              "Jowhar on Sunday, killing five soldiers, and the government vowed to hunt them down, a "
              "military spokesman told reporters. Residents said the militants seized two trucks.")
    monkeypatch.setattr(per_doc, "forget", lambda doc: None)
    events, _ = extract(doc, None)
    assert events
    assert [[c.i for c in per_doc.children(t)] for t in doc] == [[c.i for c in t.children] for t in doc]


def test_values_are_made_whichever_is_asked_first_and_again_after_forgetting(nlp):
    # the look-ups try the stored value first: a Doc with some values stored and not others, and a
    # Doc whose values were dropped, must still get spaCy's answers
    doc = nlp(TEXT)
    expected = [[c.i for c in t.children] for t in doc]
    per_doc.memo(doc, "mine")["x"] = 1
    assert [t.i for t in per_doc.tokens(doc)] == [t.i for t in doc]
    assert [[c.i for c in per_doc.children(t)] for t in doc] == expected
    assert per_doc.memo(doc, "mine") == {"x": 1}
    per_doc.forget(doc)
    assert per_doc.memo(doc, "mine") == {}
    assert [[c.i for c in per_doc.children(t)] for t in reversed(doc)] == expected[::-1]
    assert per_doc.children(doc[0]) is per_doc.children(doc[0])  # made once
