"""The store on articles coded for real: the seed article (RFE/RL, 2025-07-03) and the first 20
PolNeAR articles, ingested as a user would with `dyad ingest`, then ingested again.

Skipped when the shared data (../shared next to the repository) is not there.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from test_store import counts as table_counts, write_jsonl  # noqa: E402

from dyad.cli import main  # noqa: E402
from dyad.store import Store  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "rferl-2025-07-putin-trump-call.txt"
POLNEAR = SHARED / "data" / "polnear" / "train.jsonl"
TABLES = ("articles", "events", "mentions", "attributions", "spans", "dedup_events", "ingest_batches")


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
    finally:
        con.close()


def polnear_articles(n: int) -> list[dict]:
    """The first n PolNeAR articles, with their publisher as source and a URL on its own host."""
    articles = []
    with POLNEAR.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            articles.append({"id": article["id"], "title": article["title"], "text": article["text"],
                             "published": article["date"], "source": article["publisher"],
                             "url": f"https://{article['publisher']}.example/{article['id']}"})
            if len(articles) == n:
                break
    return articles


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, nlp):  # nlp: the session's pipeline, loaded once
    if not SEED.exists() or not POLNEAR.exists():
        pytest.skip("the shared seed article and PolNeAR data are not here")
    folder = tmp_path_factory.mktemp("corpus")
    seed = Path(shutil.copy(SEED, folder / SEED.name))
    polnear = write_jsonl(folder / "polnear.jsonl", polnear_articles(20))
    db = folder / "events.duckdb"
    assert main(["ingest", str(seed), "--db", str(db), "--published", "2025-07-03"]) == 0
    assert main(["ingest", str(polnear), "--db", str(db)]) == 0
    return db, seed, polnear, counts(db)


def test_ingesting_the_seed_and_20_articles_again_changes_no_table(ingested, capsys):
    db, seed, polnear, first = ingested
    assert first["articles"] == 21 and all(first[t] > 0 for t in TABLES)
    assert main(["ingest", str(seed), str(polnear), "--db", str(db), "--published", "2025-07-03"]) == 0
    assert "stored 0 article(s)" in capsys.readouterr().err
    assert counts(db) == first


def test_a_copy_by_id_url_or_text_changes_no_table(ingested, tmp_path, capsys):
    db, seed, polnear, first = ingested
    stored = polnear_articles(2)
    seed_text = seed.read_text(encoding="utf-8")
    copies = [
        {"id": seed.stem, "text": stored[1]["text"], "url": "https://other.example/1"},      # same id
        {"id": "copy-by-url", "text": seed_text[:500], "url": stored[0]["url"]},               # same URL
        {"id": "copy-by-text", "text": "\n".join(seed_text.split()) + "\n", "url": None},      # same text
    ]
    assert main(["ingest", str(write_jsonl(tmp_path / "copies.jsonl", copies)), "--db", str(db)]) == 0
    assert "stored 0 article(s) with 0 event(s) in 0 batch(es); 3 already stored" in capsys.readouterr().err
    assert counts(db) == first


def test_every_report_belongs_to_one_deduplicated_event(ingested):
    db = ingested[0]
    with Store(db, read_only=True) as store:
        [row] = store.sql("""SELECT (SELECT count(*) FROM events) AS reports,
                                    (SELECT count(*) FROM events WHERE dedup_id IS NULL) AS loose,
                                    (SELECT sum(num_mentions) FROM dedup_events) AS mentions,
                                    (SELECT count(*) FROM dedup_reports) AS links,
                                    (SELECT count(*) FROM dedup_events WHERE num_articles > num_mentions
                                        OR num_sources > num_articles) AS inconsistent""").to_pylist()
    assert row["loose"] == 0 and row["inconsistent"] == 0
    assert row["reports"] == row["mentions"] == row["links"]


def test_the_seeds_july_3_call_is_found_by_its_filters(ingested, capsys):
    db, seed = ingested[0], ingested[1]
    # a call has no host: both sides are actors (PLOVER)
    assert main(["events", "--db", str(db), "--type", "CONSULT", "--actor", "RUSGOV", "--since", "2025-07-03",
                 "--until", "2025-07-03", "--article", seed.stem, "--format", "jsonl"]) == 0
    calls = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any({"RUSGOV", "USAGOV"} <= set(c["actor_codes"]) for c in calls)
    assert all(c["type"] == "CONSULT" and c["day"] == "2025-07-03" for c in calls)
    assert main(["quotes", "--db", str(db), "--speaker", "Ushakov", "--format", "jsonl"]) == 0
    assert {json.loads(line)["article_id"] for line in capsys.readouterr().out.splitlines()} == {seed.stem}


def test_exports_of_the_coded_store(ingested, tmp_path):
    pandas = pytest.importorskip("pandas")
    db = ingested[0]
    with Store(db, read_only=True) as store:
        asserted = store.events(status="asserted").num_rows
        everything = store.events().num_rows
        assert store.export("gdelt", tmp_path / "events.tsv") == asserted > 0
        assert store.export("plover", tmp_path / "events.jsonl", status="all") == everything
        store.export("parquet", tmp_path / "parquet")
    lines = (tmp_path / "events.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == asserted and {line.count("\t") for line in lines} == {60}
    assert len(duckdb.read_csv(str(tmp_path / "events.tsv"), sep="\t", header=False).fetchall()) == asserted
    assert pandas.read_csv(tmp_path / "events.tsv", sep="\t", header=None).shape == (asserted, 61)
    assert len(pandas.read_json(tmp_path / "events.jsonl", lines=True)) == everything
    stored = table_counts(db)
    for table, n in stored.items():
        assert len(pandas.read_parquet(tmp_path / "parquet" / f"{table}.parquet")) == n


def test_three_outlets_reporting_the_same_talks_make_one_event(tmp_path, nlp):
    articles = [
        {"id": "talks-1", "text": "Russia and Ukraine held talks in Istanbul on Monday.",
         "url": "https://a.example.com/1", "published": "2025-05-19"},
        {"id": "talks-2", "text": "Russia and Ukraine held talks in Istanbul on Monday, officials said.",
         "url": "https://b.example.com/2", "published": "2025-05-19"},
        {"id": "talks-3", "text": "Russia and Ukraine held talks in Istanbul on Monday, the first in three years.",
         "url": "https://www.c.example.com/3", "published": "2025-05-20"},
        {"id": "talks-elsewhere", "text": "Russia and Ukraine held talks in Riyadh on Monday.",
         "url": "https://a.example.com/4", "published": "2025-05-19"},
        {"id": "empty", "text": "   "},
    ]
    source = write_jsonl(tmp_path / "articles.jsonl", articles)
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(source), "--db", str(db)]) == 1  # the empty one fails, the others are stored
    with Store(db, read_only=True) as store:
        talks = {(r["place_name"], r["num_mentions"], r["num_sources"], r["num_articles"], r["day"].isoformat())
                 for r in store.events(type="CONSULT").to_pylist()}
        assert talks == {("Istanbul", 3, 3, 3, "2025-05-19"), ("Riyadh", 1, 1, 1, "2025-05-19")}
        assert store.events(type="CONSULT", per_article=True).num_rows == 4  # each article's report stays
