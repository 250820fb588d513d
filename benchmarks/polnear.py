"""Attribution quality on PolNeAR, scored by the corpus's own scorer, with timing.

    python benchmarks/polnear.py ../shared/data/polnear/train.jsonl --fold 0 --lexicon /tmp/cv0 [--cache train.spacy]

Parses the articles with dyad's pipeline (`dyad.nlp.parse`), runs the attribution extractor on
each parse (or, with --pipeline, codes them with `dyad.code_many`), writes the predictions in
the scorer's format and prints `score_attributions.py`'s figures (lenient and exact P/R/F1 for
cue, source, content and whole attributions) and the extractor's time against the parse's.

PolNeAR marks no attribution inside another's content: a report of a statement is one
attribution whose content holds the statement. dyad also gives the inner statement, nested
(`via` names the outer one); the conversion leaves nested attributions out, as the corpus's
convention asks (--keep-nested scores them too).

Splits: --fold K scores one fifth of train (sha1(id) % 5 == K; --dev-only is fifth 0, dyad's
development fifth), --non-dev the other four. The shipped models are learned from all of train,
so a figure on any fifth of train is a training-set figure; an honest one scores models
retrained without that fifth, from their own lexicon folder:

    python scripts/train_attributions.py ../shared/data/polnear/train.jsonl --cache /tmp/train.spacy \
        --hold-out 2 --out /tmp/cv2
    python benchmarks/polnear.py ../shared/data/polnear/train.jsonl --fold 2 --lexicon /tmp/cv2

(--lexicon DIR is DYAD_LEXICON_PATH=DIR: its learned files replace the shipped ones.) The first
line of the output says which fifth the models in use never saw.
Prints figures; never fails on quality or time.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

from dyad import lexicon
from dyad.extract.attributions import CUE_MODEL, find_attributions
from dyad.model import Mention
from dyad.nlp import parse, pipeline


def fold(article_id: str) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5


def held_out() -> str:
    """Which fifth the cue model in use never saw, as its header says ("none": learned from all)."""
    path = lexicon.files(CUE_MODEL)[-1]
    for line in path.open(encoding="utf-8"):
        if line.startswith("# Held out:"):
            return f"{line.split(':', 1)[1].strip()} ({path})"
        if not line.startswith("#"):
            break
    return f"unknown ({path})"


def stand_in(span) -> Mention:
    """The speaker as written, unresolved (the scorer reads offsets only)."""
    return Mention(span.text, span.start_char, span.end_char)


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_attributions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(articles: list[dict], cache: str | None) -> tuple[list, float | None]:
    """The Docs of the articles and their parse time (None when unknown).

    The cache may hold more than the articles scored: train_attributions.py keeps the parse of
    the whole of train in one file, and every fold is cut from it (its parse time scaled by the
    share of characters). A cache that lacks some article is parsed again and, when it held only
    the articles asked for, rewritten; a bigger one is never overwritten by a fold."""
    nlp = pipeline()
    meta = Path(cache + ".json") if cache else None
    if cache and Path(cache).exists():
        stored = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        by_text = {d.text: d for d in stored}
        if all(a["text"] in by_text for a in articles):
            info = json.loads(meta.read_text()) if meta.exists() else {}
            chars = sum(len(a["text"]) for a in articles)
            total = info.get("chars") or sum(len(d.text) for d in stored)
            seconds = info.get("parse_seconds")
            return [by_text[a["text"]] for a in articles], seconds * chars / total if seconds else None
        if len(stored) > len(articles):
            cache = None
    start = time.perf_counter()
    docs = [doc for doc, _ in parse((a["text"], None) for a in articles)]
    seconds = time.perf_counter() - start
    if cache:
        store = DocBin(store_user_data=False)
        for doc in docs:
            store.add(doc)
        store.to_disk(cache)
        meta.write_text(json.dumps({"parse_seconds": seconds, "chars": sum(len(d.text) for d in docs)}))
    return docs, seconds


def to_prediction(article_id: str, attributions, keep_nested: bool) -> dict:
    def spans(items):
        return [[s.start, s.end] for s in items]

    return {"id": article_id, "attributions": [
        {"source": [[a.source.start, a.source.end]] if a.source else [], "cue": spans(a.cue),
         "content": spans(a.content)}
        for a in attributions if keep_nested or a.via is None]}


def extract(docs, keep_nested: bool, articles) -> tuple[list[dict], float]:
    predictions, start = [], time.perf_counter()
    for article, doc in zip(articles, docs):
        predictions.append(to_prediction(article["id"], find_attributions(doc, stand_in), keep_nested))
    return predictions, time.perf_counter() - start


def with_pipeline(articles, keep_nested: bool) -> tuple[list[dict], float]:
    import dyad

    start = time.perf_counter()
    predictions = []
    for record in dyad.code_many({"id": a["id"], "text": a["text"]} for a in articles):
        attributions = [
            {"source": [[x["source"]["start"], x["source"]["end"]]] if x["source"] else [],
             "cue": [[c["start"], c["end"]] for c in x["cue"]],
             "content": [[c["start"], c["end"]] for c in x["content"]]}
            for x in record["attributions"] if keep_nested or x["via"] is None]
        predictions.append({"id": record["id"], "attributions": attributions})
    return predictions, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", help="PolNeAR-format JSONL with text and gold attributions")
    split = parser.add_mutually_exclusive_group()
    split.add_argument("--dev-only", action="store_true", help="only fifth 0 (was dyad's development fifth; the shipped models learned from it)")
    split.add_argument("--non-dev", action="store_true", help="only fifths 1 to 4")
    split.add_argument("--fold", type=int, choices=range(5), help="only articles with sha1(id) %% 5 == FOLD")
    parser.add_argument("--cache", help="DocBin file for the parses (and CACHE.json for the parse time)")
    parser.add_argument("--lexicon", help="lexicon folder with retrained attribution/*.tsv (replaces the shipped ones)")
    parser.add_argument("--pipeline", action="store_true", help="code with dyad.code_many (whole pipeline)")
    parser.add_argument("--keep-nested", action="store_true", help="also score nested attributions")
    parser.add_argument("--scorer", help="score_attributions.py (default: next to GOLD)")
    parser.add_argument("--pred-out", help="write the predictions (JSONL) here")
    parser.add_argument("--full", action="store_true", help="print the scorer's whole JSON")
    args = parser.parse_args()
    if args.lexicon:  # before any model is loaded (they are read once per process)
        os.environ[lexicon.USER_PATH_VARIABLE] = os.pathsep.join(
            p for p in (os.environ.get(lexicon.USER_PATH_VARIABLE), args.lexicon) if p)
    print(f"models: held out fifth {held_out()}")

    articles = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    if args.dev_only:
        articles = [a for a in articles if fold(a["id"]) == 0]
    elif args.non_dev:
        articles = [a for a in articles if fold(a["id"]) != 0]
    elif args.fold is not None:
        articles = [a for a in articles if fold(a["id"]) == args.fold]
    scorer = load_scorer(Path(args.scorer) if args.scorer else Path(args.gold).parent / "score_attributions.py")
    pipeline()
    find_attributions(pipeline()("Warm-up, he said."), stand_in)  # load the models outside the timing

    if args.pipeline:
        predictions, seconds = with_pipeline(articles, args.keep_nested)
        parse_seconds = None
    else:
        docs, parse_seconds = parsed(articles, args.cache)
        predictions, seconds = extract(docs, args.keep_nested, articles)
    if args.pred_out:
        with open(args.pred_out, "w", encoding="utf-8") as out:
            for prediction in predictions:
                out.write(json.dumps(prediction) + "\n")

    gold = {a["id"]: a for a in articles}
    scores = scorer.score(gold, [a["id"] for a in articles], {p["id"]: p for p in predictions})
    report(scores, articles, predictions, seconds, parse_seconds, args)


def report(scores: dict, articles, predictions, seconds: float, parse_seconds: float | None, args) -> None:
    if args.full:
        print(json.dumps(scores, indent=2, sort_keys=True))
    n_pred = sum(len(p["attributions"]) for p in predictions)
    n_gold = sum(len(a["attributions"]) for a in articles)
    print(f"articles: {len(articles)}, gold attributions: {n_gold}, predicted: {n_pred}")
    print(f"{'':14}{'lenient P':>10}{'R':>8}{'F1':>8}   {'exact P':>8}{'R':>8}{'F1':>8}")
    for role in ("attribution", "cue", "source", "content"):
        le, ex = scores["lenient"][role], scores["exact"][role]
        print(f"{role:14}{le['precision']:10.3f}{le['recall']:8.3f}{le['f1']:8.3f}   "
              f"{ex['precision']:8.3f}{ex['recall']:8.3f}{ex['f1']:8.3f}")
    words = sum(len(a["text"].split()) for a in articles)
    line = f"extraction: {seconds:.2f} s ({words / seconds:,.0f} words/s)"
    if parse_seconds:
        line += f"; parse: {parse_seconds:.2f} s; extraction / parse = {seconds / parse_seconds:.1%}"
    print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
