"""Querying the store: `dyad events`, `dyad quotes`, `dyad stats` and the Python API.

The store is built from the hand-made records of test_store.py (`corpus`): eight deduplicated
events reported by nine articles from five outlets. Its deduplicated events, named here by
their first report (article/event):

    reuters-1/e1  ASSAULT RUSMIL -> UKR, Kyiv, 2025-07-01 (also reported by ap-1 and blog-1)
    bbc-1/e1      ASSAULT RUSMIL -> UKR, Lviv, 2025-07-01
    bbc-1/e2      PROTEST UKRCVL -> RUS, Kyiv, 2025-07-02
    reuters-1/e2  CONSULT RUSGOV -> USAGOV, 2025-07-02
    ap-2/e1       CONSULT RUSGOV -> USAGOV, 2025-07-02, negated
    reuters-2/e1  ASSAULT RUSMIL -> UKR, Kyiv, 2025-07-20
    dw-1/e1       AID USAGOV -> UKR, Geneva, June 2025
    wire-1/e1     ACCUSE UKR -> RUS, no date (no publication date either)
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from test_store import store, store_path  # noqa: E402,F401  (shared fixtures)

from dyad.cli import main  # noqa: E402
from dyad.store import StoreError  # noqa: E402

# -- queries --------------------------------------------------------------------------------------

@pytest.mark.parametrize("filters, expected", [
    ({"type": "consult"}, {"reuters-1/e2", "ap-2/e1"}),
    ({"actor": "RUS"}, {"reuters-1/e1", "ap-1/e1", "bbc-1/e1", "reuters-2/e1", "blog-1/e1",
                        "reuters-1/e2", "ap-2/e1"}),
    ({"actor": "RUSGOV"}, {"reuters-1/e2", "ap-2/e1"}),
    ({"recipient": "RUS"}, {"bbc-1/e2", "wire-1/e1"}),
    ({"country": "CHE"}, {"dw-1/e1"}),
    ({"since": "2025-07-02", "until": "2025-07-02"}, {"ap-1/e1", "bbc-1/e2", "reuters-1/e2", "ap-2/e1",
                                                      "blog-1/e1"}),
    ({"since": "2025-07-03"}, {"reuters-2/e1"}),
    ({"until": "2025-06-30"}, {"dw-1/e1"}),  # dated "in June": the whole month is before July
    ({"since": "2025-06-15", "until": "2025-06-30"}, set()),  # ... but not within the second half
    ({"status": "negated"}, {"ap-2/e1"}),
    ({"type": "ASSAULT", "actor": "RUSMIL", "recipient": "UKR", "country": "UKR", "until": "2025-07-01"},
     {"reuters-1/e1", "bbc-1/e1"}),
])
def test_query_filters_return_what_they_claim(store, filters, expected):
    reports = store.events(per_article=True, **filters).to_pylist()
    assert {f"{r['article_id']}/{r['event_id']}" for r in reports} == expected
    # the deduplicated view obeys the same filters
    for row in store.events(**filters).to_pylist():
        if "type" in filters:
            assert row["type"] == filters["type"].upper()
        if "status" in filters:
            assert row["status"] == filters["status"]
        if "country" in filters:
            assert row["place_country"] == filters["country"]
        if "actor" in filters:
            assert any(code.startswith(filters["actor"]) for code in row["actor_codes"])


def test_an_undated_event_with_no_publication_date_is_outside_every_date_range(store):
    assert "wire-1" not in {r["article_id"] for r in store.events(per_article=True, since="1900-01-01").to_pylist()}
    assert "wire-1" in {r["article_id"] for r in store.events(per_article=True, type="ACCUSE").to_pylist()}


def test_quotes_by_speaker(store):
    rows = store.quotes(speaker="putin").to_pylist()
    assert [(r["speaker"], r["cue"], r["content"]) for r in rows] == [
        ("Vladimir Putin", "said", "The West is to blame")]
    assert store.quotes().num_rows == 3


def test_stats_count_by_type_actor_and_day(store):
    stats = store.stats()
    assert stats["totals"]["articles"] == 9 and stats["totals"]["events"] == 10
    by_type = {r["type"]: (r["reports"], r["events"]) for r in stats["by_type"].to_pylist()}
    assert by_type["ASSAULT"] == (5, 3)
    assert stats["by_actor"].to_pylist()[0] == {"code": "RUSMIL", "reports": 5, "events": 3}


def test_query_commands_print_tables_jsonl_and_csv(store_path, capsys):
    assert main(["events", "--db", str(store_path), "--type", "ASSAULT"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 event(s)") and "RUSMIL Russia" in out and "Kyiv" in out
    assert main(["events", "--db", str(store_path), "--per-article", "--format", "jsonl", "--actor", "USA"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["article_id"] for r in rows} == {"dw-1"}
    assert main(["events", "--db", str(store_path), "--format", "csv", "--status", "negated"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [(r["type"], r["actor_codes"]) for r in rows] == [("CONSULT", "RUSGOV")]
    assert main(["quotes", "--db", str(store_path), "--speaker", "Zelensky"]) == 0
    assert "We will not give up" in capsys.readouterr().out
    assert main(["stats", "--db", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert "9 articles" in out and "ASSAULT" in out and "RUSMIL" in out


def test_a_store_that_an_ingest_holds_is_named_as_busy(store_path, tmp_path):
    import shutil
    import subprocess
    import sys

    import duckdb

    busy = Path(shutil.copy(store_path, tmp_path / "busy.duckdb"))
    writer = duckdb.connect(str(busy))  # as a running ingest holds it
    try:
        result = subprocess.run([sys.executable, "-m", "dyad", "events", "--db", str(busy)],
                                capture_output=True, text=True)
    finally:
        writer.close()
    assert result.returncode == 1 and "in use by another process" in result.stderr
    assert "usage:" not in result.stderr  # a busy store is not a mistake in the command
    assert main(["events", "--db", str(busy), "--limit", "1"]) == 0  # free again


def test_a_missing_store_is_one_error_line_and_status_1(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dyad: error: ") and "no such store" in err and "usage:" not in err




# -- the commands ---------------------------------------------------------------------------------

ALL = {"reuters-1/e1", "bbc-1/e1", "bbc-1/e2", "reuters-1/e2", "ap-2/e1", "reuters-2/e1", "dw-1/e1", "wire-1/e1"}


@pytest.mark.parametrize("options, expected", [
    ([], ALL),
    (["--type", "assault"], {"reuters-1/e1", "bbc-1/e1", "reuters-2/e1"}),
    (["--type", "PROTEST"], {"bbc-1/e2"}),
    (["--actor", "RUS"], {"reuters-1/e1", "bbc-1/e1", "reuters-2/e1", "reuters-1/e2", "ap-2/e1"}),
    (["--actor", "rusgov"], {"reuters-1/e2", "ap-2/e1"}),
    (["--actor", "USAGOV"], {"dw-1/e1"}),
    (["--actor", "CHN"], set()),
    (["--recipient", "RUS"], {"bbc-1/e2", "wire-1/e1"}),
    (["--recipient", "USA"], {"reuters-1/e2", "ap-2/e1"}),
    (["--country", "UKR"], {"reuters-1/e1", "bbc-1/e1", "bbc-1/e2", "reuters-2/e1"}),
    (["--country", "che"], {"dw-1/e1"}),
    (["--country", "USA"], set()),
    # a deduplicated event is on its day: the Kyiv strike of July 1 (reported July 2 by AP too)
    (["--since", "2025-07-02"], {"bbc-1/e2", "reuters-1/e2", "ap-2/e1", "reuters-2/e1"}),
    (["--until", "2025-07-01"], {"reuters-1/e1", "bbc-1/e1", "dw-1/e1"}),
    (["--since", "2025-07-01", "--until", "2025-07-01"], {"reuters-1/e1", "bbc-1/e1"}),
    (["--since", "2025-06-01", "--until", "2025-06-30"], {"dw-1/e1"}),  # "in June"
    (["--since", "2025-07-21"], set()),
    (["--status", "negated"], {"ap-2/e1"}),
    (["--status", "asserted"], ALL - {"ap-2/e1"}),
    (["--status", "future"], set()),
    (["--article", "ap-1"], {"reuters-1/e1"}),  # AP's report is part of the Kyiv strike
    (["--type", "CONSULT", "--status", "asserted"], {"reuters-1/e2"}),
    (["--type", "ASSAULT", "--country", "UKR", "--since", "2025-07-10"], {"reuters-2/e1"}),
])
def test_every_events_filter_returns_what_it_claims_in_every_format(store_path, capsys, options, expected):
    def run(fmt: str) -> str:
        assert main(["events", "--db", str(store_path), *options, "--format", fmt]) == 0
        return capsys.readouterr().out

    rows = [json.loads(line) for line in run("jsonl").splitlines()]
    assert {f"{r['article_id']}/{r['event_id']}" for r in rows} == expected
    ids = [r["dedup_id"] for r in rows]
    table = run("csv").splitlines()
    assert [int(r["dedup_id"]) for r in csv.DictReader(table)] == ids
    assert table[0].startswith("dedup_id,day,type,")
    lines = run("table").splitlines()
    assert lines[0] == f"{len(ids)} event(s)" and lines[1].split()[:3] == ["id", "day", "type"]
    assert [int(line.split()[0]) for line in lines[3:]] == ids


def test_tables_show_codes_names_places_and_counts(store_path, capsys):
    assert main(["events", "--db", str(store_path), "--type", "ASSAULT"]) == 0
    lines = capsys.readouterr().out.splitlines()
    kyiv = next(line for line in lines if "Kyiv" in line and "2025-07-01" in line)
    assert "RUSMIL Russia" in kyiv and "UKR Ukraine" in kyiv and kyiv.split()[-3:] == ["3", "3", "3"]
    # undated-to-the-day events sort by the period they cover: June before July
    assert main(["events", "--db", str(store_path)]) == 0
    days = [line.split()[1] for line in capsys.readouterr().out.splitlines()[3:]]
    assert days[0] == "2025-06" and days[1] == "2025-07-01"
    assert main(["quotes", "--db", str(store_path), "--speaker", "Putin"]) == 0
    assert "RUSGOV Vladimir Putin" in capsys.readouterr().out


def test_per_article_lists_every_report(store_path, capsys):
    assert main(["events", "--db", str(store_path), "--per-article", "--type", "ASSAULT", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["article_id"] for r in rows) == ["ap-1", "bbc-1", "blog-1", "reuters-1", "reuters-2"]
    assert len({r["dedup_id"] for r in rows}) == 3 and rows[0]["trigger_text"]


@pytest.mark.parametrize("speaker, expected", [
    ("putin", [("Vladimir Putin", "The West is to blame")]),
    ("Vladimir", [("Vladimir Putin", "The West is to blame")]),
    ("usagov", [("Donald Trump", "We are talking")]),
    ("Zelensky", [("Volodymyr Zelensky", "We will not give up")]),
    ("Lavrov", []),
])
def test_quotes_by_speaker_name_or_code(store_path, capsys, speaker, expected):
    assert main(["quotes", "--db", str(store_path), "--speaker", speaker, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["speaker"], r["content"]) for r in rows] == expected
    assert main(["quotes", "--db", str(store_path), "--speaker", speaker]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{len(expected)} quote(s)")
    assert all(content in out for _, content in expected)


def test_stats_as_json(store_path, capsys):
    assert main(["stats", "--db", str(store_path), "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["totals"] == {"articles": 9, "events": 10, "dedup_events": 8, "attributions": 3, "mentions": 23}
    assert {r["type"]: r["events"] for r in stats["by_type"]} == {
        "ASSAULT": 3, "CONSULT": 2, "PROTEST": 1, "AID": 1, "ACCUSE": 1}
    assert {r["day"]: r["events"] for r in stats["by_day"]}["2025-07-02"] == 3


def test_python_api_gives_arrow_tables_and_dataframes(store):
    pytest.importorskip("pandas")
    table = store.events(type="ASSAULT")
    assert table.num_rows == 3 and "num_sources" in table.column_names
    frame = store.df(type="ASSAULT", country="UKR")
    assert list(frame.sort_values("num_articles")["num_articles"]) == [1, 1, 3]
    quotes = store.df("quotes", speaker="Trump")
    assert list(quotes["content"]) == ["We are talking"]
    kyiv = frame[frame["num_articles"] == 3].iloc[0]
    reports = store.sql("SELECT article_id FROM dedup_reports WHERE dedup_id = ? ORDER BY 1", [int(kyiv["dedup_id"])])
    assert reports.column("article_id").to_pylist() == ["ap-1", "blog-1", "reuters-1"]
    with pytest.raises(StoreError):
        store.df("mentions")
