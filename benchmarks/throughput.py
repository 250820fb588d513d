"""Throughput of dyad end to end against the bare spaCy parse of the same texts, in one run.

    python benchmarks/throughput.py corpus.jsonl [--processes N] [--repeat R]

Prints words/s and articles/s for both, their ratio, and peak memory. Never fails on time.
The baseline is the model as spaCy ships it (`spacy.load` of the English model, `nlp.pipe` in
batches of dyad's size) in a process of its own, so that its copy of the model does not count in
dyad's peak memory; not dyad's pipeline: dyad's own components (paragraph breaks, parse repairs,
title-case reparses) are part of dyad's cost, and their share shows in the parse through dyad's
pipeline, printed too. The runs alternate so that both sides see warm caches for the model;
dyad's own lexicons are loaded (and timed) separately so that start-up is not counted as throughput.
"""

import argparse
import json
import multiprocessing
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import spacy

import dyad
from dyad.nlp import BATCH_SIZE, MODEL, parse, pipeline


_plain = None


def _load_plain() -> None:
    global _plain
    _plain = spacy.load(MODEL)


def _plain_parse_seconds(texts: list[str]) -> float:
    t = time.perf_counter()
    for _doc in _plain.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="JSONL with id, text and optional published")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="alternate parse/dyad runs, report the best")
    args = parser.parse_args()
    articles = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    words = sum(len(a["text"].split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words:,} words (white-space tokens)")

    texts = [a["text"] for a in articles]
    baseline = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_load_plain)
    baseline.submit(_plain_parse_seconds, texts[:1]).result()
    t = time.perf_counter()
    pipeline()
    print(f"load spaCy model: {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    list(dyad.code_many(articles[:1]))  # loads every lexicon and gazetteer once
    print(f"load dyad lexicons and gazetteer (first article): {time.perf_counter() - t:.2f} s")

    parse_times, own_parse_times, dyad_times = [], [], []
    for _ in range(args.repeat):
        parse_times.append(baseline.submit(_plain_parse_seconds, texts).result())
        t = time.perf_counter()
        for _doc, _ in parse((a["text"], None) for a in articles):
            pass
        own_parse_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        events = attributions = 0
        for record in dyad.code_many(articles, processes=args.processes):
            events += len(record["events"])
            attributions += len(record["attributions"])
        dyad_times.append(time.perf_counter() - t)
    bare, own, full = min(parse_times), min(own_parse_times), min(dyad_times)
    print(f"bare spaCy parse : {words / bare:9,.0f} words/s  {len(articles) / bare:7.2f} articles/s  ({bare:.2f} s)")
    print(f"dyad's parse only: {words / own:9,.0f} words/s  {len(articles) / own:7.2f} articles/s  ({own:.2f} s, "
          "with dyad's pipeline components)")
    print(f"dyad end to end  : {words / full:9,.0f} words/s  {len(articles) / full:7.2f} articles/s  ({full:.2f} s, "
          f"processes={args.processes})")
    print(f"ratio dyad/parse : {bare / full:.3f}")
    print(f"output           : {events} events, {attributions} attributions")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    baseline.shutdown()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory      : {peak:.0f} MB (dyad, this process), {children:.0f} MB (largest child: the "
          "baseline's parser, or one of dyad's workers with --processes)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
