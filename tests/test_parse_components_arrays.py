"""dyad's own parse steps read the Doc's arrays instead of asking every word; they must still break,
reparse and repair exactly where the word-by-word reading did."""

from dyad.nlp import _verbless_sentences

STORY = ("\n\nGhana And Togo Sign Border Accord\n\n"
         "ACCRA, June 2 (Wire) - Ghana and Togo signed an accord on their border on Monday.\n"
         "The talks lasted\ntwo days.\n\n\n"
         "Farmers Block Highway Near Kumasi\n\n"
         "The ministry accused the union of blocking roads, a charge the union rejects.\n\n")


def test_blank_lines_end_sentences_wherever_they_fall(nlp):
    doc = nlp(STORY)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Ghana And Togo Sign Border Accord"
    assert "Farmers Block Highway Near Kumasi" in sentences
    assert "The talks lasted\ntwo days." in sentences  # a wrapped line stays one sentence
    starts = [t.i for t in doc if t.is_sent_start]
    # every word after a blank line starts a sentence, as the word-by-word loop set them
    after_blank = [t.i for t in doc[1:] if doc[t.i - 1].is_space and doc[t.i - 1].text.count("\n") >= 2
                   and not t.is_space]
    assert set(after_blank) <= set(starts) and len(after_blank) == 4


def test_every_title_case_headline_is_reparsed_not_only_the_first(nlp):
    doc = nlp(STORY)
    roots = {s.root.text: s.root.pos_ for s in doc.sents if s.text.strip()}
    assert roots["Sign"] == "VERB" and roots["Block"] == "VERB"


def test_the_charge_answer_is_still_repaired_after_the_headlines(nlp):
    doc = nlp(STORY)
    rejects = next(t for t in doc if t.text == "rejects")
    assert (rejects.dep_, rejects.head.text, rejects.pos_) == ("relcl", "charge", "VERB")


def test_verbless_sentences_are_those_of_doc_sents(nlp):
    for text in (STORY, "Rebels Seize Airport", "", "   ", "Talks resumed. No Deal Yet\n\nMore Talks Planned"):
        doc = nlp(text)
        expected = [(s.start, s.end) for s in doc.sents if not any(t.pos_ in ("VERB", "AUX") for t in s)] \
            if len(doc) else []
        assert _verbless_sentences(doc) == expected
