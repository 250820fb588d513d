#!/usr/bin/env python3
"""Learn the attribution cue lexicon from PolNeAR: lexicon/attribution/cues.tsv.

    python scripts/learn_cues.py ../shared/data/polnear/train.jsonl [--cache parsed.spacy]
    python scripts/learn_cues.py ../shared/data/polnear/train.jsonl --hold-out 2 --out /tmp/cv2

Reads PolNeAR-format JSONL ({id, text, attributions: [{source, cue, content}]}), parses it with
dyad's spaCy pipeline, maps every gold cue span to its syntactic head and counts, for each
(lemma, part of speech), how often it heads a cue and how often it occurs at all.

The shipped lexicon is learned from all of the file (the outside evaluation is a split dyad
does not have, and users want the best lexicon). For an honest figure, `--hold-out K` leaves
out the fifth with sha1(id) % 5 == K and `--out DIR` writes DIR/attribution/cues.tsv, a lexicon
folder to score with (`DYAD_LEXICON_PATH=DIR`, or `benchmarks/polnear.py --lexicon DIR --fold K`).
scripts/train_attributions.py runs this first, so one command retrains everything.

The helpers here (splitting, parsing with a cache, aligning gold spans to tokens) are shared
with scripts/train_attributions.py.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import time
from pathlib import Path

from spacy.tokens import Doc, DocBin

from dyad.nlp import pipeline

# The package's lexicon folder; --out names another folder laid out the same way (attribution/*.tsv).
LEXICON_ROOT = Path(__file__).resolve().parent.parent / "src" / "dyad" / "lexicon"
MIN_CUE_COUNT = 2  # lemmas seen heading a cue only once are left out: mostly annotation noise

HEADER = """\
# Attribution cue lemmas, learned by scripts/learn_cues.py from the PolNeAR corpus:
#   Edward Newell, Drew Margolin, Derek Ruths (2018), "An attribution relations corpus for
#   political news", LREC 2018; data at https://github.com/networkdynamics/PolNeAR .
# Source: {part} ({articles} articles), {cues} gold cues; parsed with spaCy {spacy} / {model}.
# Held out: {held_out}
# Licence: the PolNeAR repository states no licence for its annotations (its helper Python
#   package declares MIT). This file holds only aggregate counts per lemma, no text of the corpus.
# Columns: lemma (spaCy lemma, lower case) and pos (UPOS) of the cue's syntactic head;
#   cue_count: gold cues it heads; occurrences: tokens with that lemma and pos in the same articles;
#   precision: cue_count / occurrences. Rows with cue_count < {min_count} are left out.
"""


def fold(article_id: str) -> int:
    """The fifth of PolNeAR train an article falls in (0 is dyad's development fifth)."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5


def read_articles(path: str, hold_out: int | None = None) -> list[dict]:
    """Articles of the file, without the fifth `hold_out` when one is given."""
    articles = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return [a for a in articles if hold_out is None or fold(a["id"]) != hold_out]


def describe(hold_out: int | None) -> tuple[str, str]:
    """What a learned file says it was learned from, and which fifth it never saw."""
    if hold_out is None:
        return "all of the PolNeAR train split", "none"
    return f"PolNeAR train without the fifth sha1(id) % 5 == {hold_out}", str(hold_out)


def parse_articles(articles: list[dict], cache: str | None = None) -> list[Doc]:
    """Parse the articles' texts once; with `cache`, keep the parses in a DocBin file and the
    parse time in CACHE.json (benchmarks/polnear.py reads both, cutting a fold from the file)."""
    nlp = pipeline()
    if cache and Path(cache).exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(articles) and all(d.text == a["text"] for d, a in zip(docs, articles)):
            return docs
    start = time.perf_counter()
    docs = list(nlp.pipe((a["text"] for a in articles), batch_size=32))
    seconds = time.perf_counter() - start
    if cache:
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
        Path(cache + ".json").write_text(json.dumps({"parse_seconds": seconds, "chars": sum(len(d.text) for d in docs)}))
    return docs


def span_tokens(doc: Doc, spans: list) -> list:
    """The tokens touched by a gold span list."""
    tokens = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.extend(span)
    return tokens


def head_token(tokens: list):
    """The syntactic head of a group of tokens: the first whose head lies outside the group."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0] if tokens else None


def gold_cue_heads(doc: Doc, article: dict) -> dict[int, dict]:
    """Token index of each gold cue's head -> its attribution."""
    heads = {}
    for attribution in article["attributions"]:
        head = head_token(span_tokens(doc, attribution["cue"]))
        if head is not None:
            heads[head.i] = attribution
    return heads


def count(articles: list[dict], docs: list[Doc]):
    cues, occurrences = collections.Counter(), collections.Counter()
    for article, doc in zip(articles, docs):
        for i in gold_cue_heads(doc, article):
            cues[(doc[i].lemma_.lower(), doc[i].pos_)] += 1
        for token in doc:
            occurrences[(token.lemma_.lower(), token.pos_)] += 1
    return cues, occurrences


def write(cues, occurrences, path: Path, n_articles: int, hold_out: int | None) -> int:
    import spacy

    rows = [(lemma, pos, n, occurrences[(lemma, pos)]) for (lemma, pos), n in cues.items()
            if n >= MIN_CUE_COUNT and not set(lemma) & set("\t\"") and lemma.strip()]
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    path.parent.mkdir(parents=True, exist_ok=True)
    part, held_out = describe(hold_out)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER.format(part=part, held_out=held_out, articles=n_articles, cues=sum(cues.values()),
                                spacy=spacy.__version__, min_count=MIN_CUE_COUNT,
                                model="{lang}_{name} {version}".format(**pipeline().meta)))
        out.write("lemma\tpos\tcue_count\toccurrences\tprecision\n")
        for lemma, pos, n, occ in rows:
            out.write(f"{lemma}\t{pos}\t{n}\t{occ}\t{n / occ:.4f}\n")
    return len(rows)


def learn(articles: list[dict], docs: list[Doc], out: Path, hold_out: int | None) -> int:
    """Count and write OUT/attribution/cues.tsv; the number of lemmas kept."""
    cues, occurrences = count(articles, docs)
    return write(cues, occurrences, out / "attribution" / "cues.tsv", len(articles), hold_out)


def learning_part(path: str, hold_out: int | None, cache: str | None) -> tuple[list[dict], list[Doc]]:
    """The articles to learn from and their parses; the cache holds the parses of the whole file,
    so every fold is cut from one parse."""
    every = read_articles(path)
    docs = parse_articles(every, cache)
    kept = [(a, d) for a, d in zip(every, docs) if hold_out is None or fold(a["id"]) != hold_out]
    return [a for a, _ in kept], [d for _, d in kept]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", help="PolNeAR-format JSONL (the train split)")
    parser.add_argument("--cache", help="DocBin file to keep the parses of the whole file in")
    parser.add_argument("--hold-out", type=int, choices=range(5), help="leave out this fifth (sha1(id) %% 5)")
    parser.add_argument("--out", default=str(LEXICON_ROOT), help="lexicon folder to write attribution/cues.tsv in")
    args = parser.parse_args()
    articles, docs = learning_part(args.train, args.hold_out, args.cache)
    n = learn(articles, docs, Path(args.out), args.hold_out)
    print(f"{n} cue lemmas from {len(articles)} articles -> {args.out}/attribution/cues.tsv")


if __name__ == "__main__":
    main()
