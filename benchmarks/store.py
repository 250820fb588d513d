"""Store benchmark: ingest rate and query latency. Prints figures; never fails on time.

    python benchmarks/store.py                       # synthetic records, 1M-event query table
    python benchmarks/store.py --corpus corpus.jsonl # also code and ingest a real corpus
                                                     # (made with benchmarks/make_corpus.py)
    python benchmarks/store.py --corpus corpus.jsonl --kill   # and kill -9 an ingest of it midway

1. Ingest of coded records (the store alone: rows, batches, deduplication), then the same
   records again (everything skipped).
2. With --corpus: `dyad ingest` as a user runs it, coding included. With --kill, the same
   command is run again in a fresh store, killed with SIGKILL halfway, checked (whole batches
   only), run again to the end, and compared with the uninterrupted store table by table (run
   it from a tree nobody edits meanwhile: `git archive HEAD` and PYTHONPATH=that/src).
3. Query latency on a synthetic store of --events events (default 1,000,000), generated with
   DuckDB SQL directly: filters, stats, and the GDELT export; then the ingest rate into it.
"""

from __future__ import annotations

import argparse
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dyad.store import Store

COUNTRIES = ["RUS", "UKR", "USA", "CHN", "ISR", "IRN", "FRA", "DEU", "GBR", "TUR", "IND", "PAK",
             "SYR", "IRQ", "SDN", "ETH", "NGA", "BRA", "MEX", "JPN"]
SECTORS = [None, "GOV", "MIL", "LEG", "CVL", "REB", "OPP", "BUS"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="synthetic coded articles to ingest (2000)")
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the query table (1,000,000)")
    parser.add_argument("--corpus", help="JSONL of articles to code and ingest (benchmarks/make_corpus.py)")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--kill", action="store_true", help="with --corpus: kill -9 an ingest midway and resume it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_ingest(Path(tmp), args.articles)
        if args.corpus:
            bench_corpus(Path(tmp), args.corpus, args.processes)
            if args.kill:
                bench_kill(Path(tmp), args.corpus, args.processes)
        bench_queries(Path(tmp), args.events)


# -- ingest ---------------------------------------------------------------------------------------

def synthetic_record(n: int, rng: random.Random) -> dict:
    """A coded record with 2-8 events whose spans point into its text."""
    events = []
    text = f"Synthetic headline {n}\n\n"
    for e in range(rng.randint(2, 8)):
        a, r = rng.sample(COUNTRIES[:8], 2)
        sector = rng.choice(SECTORS)
        sentence = f"{a} forces struck {r} near the border on July {rng.randint(1, 28)}."
        start = len(text)
        text += sentence + " "
        day = sentence.split("July ")[1].rstrip(".")
        mention = {"text": a, "start": start, "end": start + 3, "name": a, "country": a, "sector": sector,
                   "code": a + (sector or ""), "kind": "group"}
        rstart = start + sentence.index(r, 4)
        events.append({
            "id": f"e{e + 1}", "type": rng.choice(TYPES[-6:]), "mode": None, "context": [], "cameo": "190",
            "quad_class": 4, "score": -9.0, "actor": [mention],
            "recipient": [{"text": r, "start": rstart, "end": rstart + 3, "name": r, "country": r,
                           "sector": None, "code": r, "kind": "group"}],
            "trigger": {"text": "struck", "start": start + sentence.index("struck"),
                        "end": start + sentence.index("struck") + 6},
            "sentence": {"text": sentence, "start": start, "end": start + len(sentence)},
            "date": {"text": f"July {day}", "start": start + sentence.index("July"),
                     "end": start + len(sentence) - 1, "value": f"2025-07-{int(day):02d}"},
            "location": None, "status": "asserted", "attribution": None, "confidence": 0.7,
        })
    return {"id": f"syn-{n}", "title": None, "url": f"https://outlet{n % 40}.example.com/{n}", "source": None,
            "published": "2025-07-29", "language": "en", "text": text, "events": events,
            "attributions": [], "warnings": []}


def bench_ingest(tmp: Path, n: int) -> None:
    rng = random.Random(7)
    records = [synthetic_record(i, rng) for i in range(n)]
    events = sum(len(r["events"]) for r in records)
    with Store(tmp / "warm-up.duckdb") as store:  # duckdb imports pandas (~0.7 s) on its first Arrow scan
        store.ingest(records[:1])
    with Store(tmp / "ingest.duckdb") as store:
        start = time.perf_counter()
        report = store.ingest(records, batch_size=100)
        took = time.perf_counter() - start
        dedup = store.sql("SELECT count(*) AS n FROM dedup_events").column("n")[0].as_py()
        print(f"ingest (coded records, batches of 100): {report.stored} articles, {events} events in {took:.2f} s"
              f" = {report.stored / took:,.0f} articles/s, {events / took:,.0f} events/s; {dedup} deduplicated events")
        start = time.perf_counter()
        again = store.ingest(records, batch_size=100)
        took = time.perf_counter() - start
        print(f"re-ingest of the same records: {again.skipped} skipped, {again.stored} stored in {took:.2f} s"
              f" = {again.skipped / took:,.0f} articles/s")


def bench_corpus(tmp: Path, corpus: str, processes: int) -> None:
    with Store(tmp / "corpus.duckdb") as store:
        start = time.perf_counter()
        report = store.ingest_paths([corpus], processes=processes)
        took = time.perf_counter() - start
        print(f"dyad ingest {corpus} (coding included, {processes} process(es)): {report.stored} articles, "
              f"{report.events} events in {took:.1f} s = {report.stored / took:.1f} articles/s, "
              f"{report.events / took:.1f} events/s; {report.failed} failed")


# -- kill -9 and resume ---------------------------------------------------------------------------

TABLES = ("articles", "events", "mentions", "attributions", "spans", "dedup_events")


def bench_kill(tmp: Path, corpus: str, processes: int, batch: int = 20) -> None:
    """`dyad ingest` killed with SIGKILL at a random moment after half its batches, then run again,
    and compared with the same command run once without interruption."""
    def command(db: Path) -> list[str]:
        return [sys.executable, "-m", "dyad", "ingest", corpus, "--db", str(db), "--batch", str(batch),
                "--processes", str(processes)]

    uninterrupted, db = tmp / "uninterrupted.duckdb", tmp / "killed.duckdb"
    subprocess.run(command(uninterrupted), capture_output=True, check=False)
    expected = table_counts(uninterrupted)
    half = max(1, expected["articles"] // batch // 2)
    process = subprocess.Popen(command(db) + ["-v"], stderr=subprocess.PIPE, text=True)
    start = time.perf_counter()
    committed = 0
    while committed < half and (line := process.stderr.readline()):
        committed += line.startswith("dyad: committed batch")
    time.sleep(random.Random().uniform(0, (time.perf_counter() - start) / max(committed, 1)))
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed = table_counts(db)
    whole = batches_whole(db)
    print(f"\nkill -9 at a random moment after {committed} committed batch(es) of {batch} articles: "
          f"{killed['articles']} articles / {killed['events']} events stored; committed batches whole: {whole}")
    start = time.perf_counter()
    resumed = subprocess.run(command(db), capture_output=True, text=True)
    took = time.perf_counter() - start
    summary = resumed.stderr.strip().splitlines()[-1] if resumed.stderr.strip() else ""
    print(f"run again: exit {resumed.returncode} in {took:.1f} s; {summary}")
    final = table_counts(db)
    once = "stored once" if single_copies(db) else "DUPLICATES"
    same = "identical" if final == expected and dedup_rows(db) == dedup_rows(uninterrupted) else "DIFFERENT"
    print(f"after resuming: {final['articles']} articles ({once}); every table and the deduplicated events "
          f"{same} to the uninterrupted ingest: " + ", ".join(f"{t} {final[t]}/{expected[t]}" for t in TABLES))


def table_counts(path: Path) -> dict[str, int]:
    with Store(path, read_only=True) as store:
        return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def batches_whole(path: Path) -> bool:
    with Store(path, read_only=True) as store:
        return store.con.execute("""
            SELECT (SELECT count(*) FROM articles) = (SELECT coalesce(sum(articles), 0) FROM ingest_batches)
               AND (SELECT count(*) FROM events) = (SELECT coalesce(sum(events), 0) FROM ingest_batches)
               AND (SELECT count(*) FROM events WHERE dedup_id IS NULL) = 0
               AND (SELECT count(*) FROM articles a WHERE n_events <>
                       (SELECT count(*) FROM events e WHERE e.article_id = a.article_id)) = 0""").fetchall()[0][0]


def single_copies(path: Path) -> bool:
    with Store(path, read_only=True) as store:
        return store.con.execute("SELECT count(*) = count(DISTINCT article_id) FROM articles").fetchall()[0][0]


def dedup_rows(path: Path) -> list[tuple]:
    """The deduplicated events, without what depends on when and in what batches they were stored."""
    with Store(path, read_only=True) as store:
        return store.con.execute("""SELECT * EXCLUDE (dedup_id, first_seen) FROM dedup_events
                                    ORDER BY dedup_key, day, article_id, event_id""").fetchall()


# -- queries --------------------------------------------------------------------------------------

def make_table(store: Store, events: int) -> None:
    """`events` events in `events / 10` articles, ~3 reports per deduplicated event, in SQL."""
    con = store.con
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    con.execute(f"""
    CREATE TEMP TABLE g AS
    SELECT i, i // 10 AS art, i // 3 AS dedup,
           {types}[1 + (hash(i // 3) % 16)::INT] AS type,
           {countries}[1 + (hash(i // 3 + 1) % 20)::INT] AS actor_country,
           {countries}[1 + (hash(i // 3 + 2) % 20)::INT] AS recipient_country,
           ['GOV', 'MIL', 'CVL', ''][1 + (hash(i // 3 + 3) % 4)::INT] AS sector,
           DATE '2023-01-01' + ((i // 3) % 1000)::INT AS day,
           {countries}[1 + (hash(i // 3 + 4) % 20)::INT] AS place_country
    FROM range({events}) t(i)""")
    con.execute("""
    INSERT INTO articles
    SELECT 'a' || art, NULL, 'https://outlet' || (art % 500) || '.example.com/' || art, NULL,
           'outlet' || (art % 500) || '.example.com', min(day), 'en', 'synthetic text', md5(art::VARCHAR),
           100, [], count(*), 0, 1, TIMESTAMP '2025-07-01 00:00:00'
    FROM g GROUP BY art""")
    con.execute("""
    INSERT INTO events BY NAME
    SELECT 'a' || art AS article_id, 'e' || (i % 10 + 1) AS event_id, type, NULL AS mode, [] AS context,
           '190' AS cameo, 4 AS quad_class, -9.0 AS score, 'asserted' AS status, i % 10 = 0 AS is_root,
           'struck' AS trigger_text, 10 AS trigger_start, 16 AS trigger_end, 'synthetic' AS sentence_text,
           0 AS sentence_start, 60 AS sentence_end, day::VARCHAR AS date_value, day AS date_from, day AS date_to,
           day, place_country, 'Somewhere' AS place_name,
           [actor_country || sector] AS actor_codes, [actor_country] AS actor_names,
           [recipient_country] AS recipient_codes, [recipient_country] AS recipient_names,
           type || '|' || actor_country || sector || '|' || recipient_country || '|asserted' AS dedup_key,
           dedup AS dedup_id
    FROM g""")
    con.execute("""
    INSERT INTO mentions
    SELECT 'a' || art, 'event', 'e' || (i % 10 + 1), 'actor', 0, actor_country, 0, 3, actor_country,
           actor_country, nullif(sector, ''), actor_country || sector, 'group' FROM g
    UNION ALL
    SELECT 'a' || art, 'event', 'e' || (i % 10 + 1), 'recipient', 0, recipient_country, 20, 23,
           recipient_country, recipient_country, NULL, recipient_country, 'group' FROM g""")
    con.execute("""
    INSERT INTO dedup_events BY NAME
    SELECT dedup AS dedup_id, any_value(type) AS type, '190' AS cameo, 4 AS quad_class, -9.0 AS score,
           'asserted' AS status, [any_value(actor_country || sector)] AS actor_codes,
           [any_value(recipient_country)] AS recipient_codes, any_value(day) AS day,
           any_value(day) AS date_from, any_value(day) AS date_to, any_value(place_country) AS place_country,
           'a' || min(art) AS article_id, 'e' || (min(i) % 10 + 1) AS event_id, count(*) AS num_mentions,
           count(DISTINCT art) AS num_articles, count(DISTINCT art % 500) AS num_sources,
           TIMESTAMP '2025-07-01 00:00:00' AS first_seen
    FROM g GROUP BY dedup""")
    con.execute("DROP TABLE g")
    con.execute("UPDATE meta SET value = (SELECT max(dedup_id) + 1 FROM dedup_events)::VARCHAR "
                "WHERE key = 'next_dedup_id'")
    con.execute("CHECKPOINT")


def timed(run, repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bench_queries(tmp: Path, events: int) -> None:
    path = tmp / "million.duckdb"
    with Store(path) as store:
        start = time.perf_counter()
        make_table(store, events)
        print(f"\nsynthetic store: {events:,} events generated with SQL in {time.perf_counter() - start:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
    with Store(path, read_only=True) as store:
        dedup = store.sql("SELECT count(*) AS n FROM dedup_events").column("n")[0].as_py()
        print(f"query latency (median of 5) over {events:,} reports / {dedup:,} deduplicated events:")
        cases = [
            ("events(type=ASSAULT)", lambda: store.events(type="ASSAULT")),
            ("events(actor=RUS)", lambda: store.events(actor="RUS")),
            ("events(actor=RUS, recipient=UKR, since=2024-01-01, until=2024-03-31)",
             lambda: store.events(actor="RUS", recipient="UKR", since="2024-01-01", until="2024-03-31")),
            ("events(country=UKR, limit=100)", lambda: store.events(country="UKR", limit=100)),
            ("events(per_article, type=PROTEST, country=FRA)",
             lambda: store.events(per_article=True, type="PROTEST", country="FRA")),
            ("stats()", lambda: store.stats()),
        ]
        for name, run in cases:
            took, result = timed(run)
            rows = result.num_rows if hasattr(result, "num_rows") else "-"
            print(f"  {name:<75} {took * 1000:8.1f} ms  {rows} rows")
        out = tmp / "gdelt.tsv"
        took, count = timed(lambda: store.export("gdelt", out), repeat=1)
        print(f"  {'export gdelt (all deduplicated events)':<75} {took * 1000:8.1f} ms  {count} rows "
              f"({out.stat().st_size / 1e6:.0f} MB)")
        took, count = timed(lambda: store.export("parquet", tmp / "parquet"), repeat=1)
        print(f"  {'export parquet (every table)':<75} {took * 1000:8.1f} ms  {count} tables")
    bench_ingest_into(path, events)


def bench_ingest_into(path: Path, events: int, articles: int = 1000) -> None:
    """Ingest cost once the store is big: every batch deduplicates against what is stored."""
    rng = random.Random(11)
    for batch_size, first in ((100, 10_000_000), (1000, 20_000_000)):
        records = [synthetic_record(first + i, rng) for i in range(articles)]
        n_events = sum(len(r["events"]) for r in records)
        with Store(path) as store:
            start = time.perf_counter()
            report = store.ingest(records, batch_size=batch_size)
            took = time.perf_counter() - start
        print(f"ingest into the {events:,}-event store (coded records, batches of {batch_size}): {report.stored} "
              f"articles, {n_events} events in {took:.2f} s = {report.stored / took:,.0f} articles/s, "
              f"{n_events / took:,.0f} events/s")


if __name__ == "__main__":
    main()
