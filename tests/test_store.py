"""The event store: ingest (idempotent, resumable), deduplication, queries and exports.

Most tests store hand-made records (the `Article.to_dict()` shape, with offsets that point into
their texts) through `dyad ingest --coded`, so they run without the NLP pipeline; one test codes
real text through the whole pipeline.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from dyad.cli import main  # noqa: E402
from dyad.store import Store  # noqa: E402
from dyad.store.export import GDELT_COLUMNS  # noqa: E402

KYIV = {"name": "Kyiv", "country": "UKR", "admin1": "UA.12", "lat": 50.45, "lon": 30.52, "geonameid": 703448}
LVIV = {"name": "Lviv", "country": "UKR", "admin1": "UA.15", "lat": 49.84, "lon": 24.03, "geonameid": 702550}
GENEVA = {"name": "Geneva", "country": "CHE", "admin1": "CH.GE", "lat": 46.2, "lon": 6.14, "geonameid": 2660646}
PARTIES = {
    "Russia": ("RUS", "Russia", "RUS", None), "Russian forces": ("RUSMIL", "Russia", "RUS", "MIL"),
    "Ukraine": ("UKR", "Ukraine", "UKR", None), "Putin": ("RUSGOV", "Vladimir Putin", "RUS", "GOV"),
    "Zelensky": ("UKRGOV", "Volodymyr Zelensky", "UKR", "GOV"), "Trump": ("USAGOV", "Donald Trump", "USA", "GOV"),
    "protesters": ("UKRCVL", "protesters", "UKR", "CVL"),
}


def _span(text: str, part: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"text": part, "start": start, "end": start + len(part)}


def _mention(text: str, part: str, after: int) -> dict:
    code, name, country, sector = PARTIES[part]
    return {**_span(text, part, after), "name": name, "country": country, "sector": sector, "code": code,
            "kind": "person" if sector == "GOV" and " " in name else "group"}


def make_record(article_id: str, facts: list[tuple], *, published: str | None = "2025-07-03",
                url: str | None = None, source: str | None = None, quotes: list[tuple] = ()) -> dict:
    """A record whose text is one sentence per fact:
    (type, actor, trigger, recipient or None, date text or None, date value, place text or None, place,
    status)."""
    sentences = []
    for type_, actor, trigger, recipient, date_text, _, place_text, _, _ in facts:
        words = [actor, trigger] + ([recipient] if recipient else []) + (["in", place_text] if place_text else [])
        sentences.append(" ".join(words) + (f" {date_text}" if date_text else "") + ".")
    quote_sentences = [f'"{content}," {speaker} said.' for speaker, content in quotes]
    text = f"Headline for {article_id}\n\n" + " ".join(sentences + quote_sentences) + "\n\nA closing paragraph."
    events, offset = [], 0
    for n, (fact, sentence) in enumerate(zip(facts, sentences), start=1):
        type_, actor, trigger, recipient, date_text, date_value, place_text, place, status = fact
        s = _span(text, sentence, offset)
        offset = s["end"]
        events.append({
            "id": f"e{n}", "type": type_, "mode": None, "context": [], "cameo": CAMEO[type_],
            "quad_class": QUAD[type_], "score": SCORE[type_],
            "actor": [_mention(text, actor, s["start"])],
            "recipient": [_mention(text, recipient, s["start"])] if recipient else [],
            "trigger": _span(text, trigger, s["start"]), "sentence": s,
            "date": {**_span(text, date_text, s["start"]), "value": date_value} if date_text else None,
            "location": {**_span(text, place_text, s["start"]), **place} if place_text else None,
            "status": status, "attribution": None, "confidence": 0.8,
        })
    attributions = []
    for n, (speaker, content) in enumerate(quotes, start=1):
        attributions.append({"id": f"a{n}", "source": _mention(text, speaker, offset),
                             "cue": [_span(text, "said", offset)], "content": [_span(text, content, offset)],
                             "direct": True, "via": None})
        offset = text.index("said", offset) + 4
    return {"id": article_id, "title": f"Headline for {article_id}", "url": url, "source": source,
            "published": published, "language": "en", "text": text, "events": events,
            "attributions": attributions, "warnings": []}


CAMEO = {"ASSAULT": "190", "CONSULT": "040", "PROTEST": "140", "ACCUSE": "112", "AID": "070"}
QUAD = {"ASSAULT": 4, "CONSULT": 1, "PROTEST": 3, "ACCUSE": 3, "AID": 2}
SCORE = {"ASSAULT": -9.0, "CONSULT": 1.0, "PROTEST": -6.5, "ACCUSE": -5.0, "AID": 7.0}


def fact(type_, actor, trigger, recipient=None, date=None, place=None, status="asserted"):
    """date: ("on July 1", "2025-07-01"); place: ("Kyiv", KYIV)."""
    date_text, date_value = date or (None, None)
    place_text, place_value = place or (None, None)
    return (type_, actor, trigger, recipient, date_text, date_value, place_text, place_value, status)


def corpus() -> list[dict]:
    """Nine articles from five outlets; some report the same events."""
    strike = fact("ASSAULT", "Russian forces", "struck", "Ukraine", ("on July 1", "2025-07-01"), ("Kyiv", KYIV))
    return [
        make_record("reuters-1", [strike, fact("CONSULT", "Putin", "spoke with", "Trump", ("on July 2", "2025-07-02"))],
                    url="https://www.reuters.com/world/a1", source="Reuters",
                    quotes=[("Zelensky", "We will not give up")]),
        make_record("ap-1", [fact("ASSAULT", "Russian forces", "hit", "Ukraine", ("on July 2", "2025-07-02"),
                                  ("Kyiv", KYIV))], url="https://apnews.com/article/x", source="AP"),
        make_record("bbc-1", [fact("ASSAULT", "Russian forces", "shelled", "Ukraine", ("on July 1", "2025-07-01"),
                                   ("Lviv", LVIV)),
                              fact("PROTEST", "protesters", "rallied against", "Russia", None, ("Kyiv", KYIV))],
                    url="https://www.bbc.co.uk/news/1", source="BBC", published="2025-07-02"),
        make_record("reuters-2", [fact("ASSAULT", "Russian forces", "struck", "Ukraine", ("on July 20", "2025-07-20"),
                                       ("Kyiv", KYIV))], url="https://www.reuters.com/world/a2", source="Reuters",
                    published="2025-07-21"),
        make_record("ap-2", [fact("CONSULT", "Putin", "did not speak with", "Trump", ("on July 2", "2025-07-02"),
                                  status="negated")], url="https://apnews.com/article/y", source="AP"),
        make_record("dw-1", [fact("AID", "Trump", "sent aid to", "Ukraine", ("in June", "2025-06"), ("Geneva", GENEVA))],
                    url="https://dw.com/en/z", source="DW",
                    quotes=[("Putin", "The West is to blame"), ("Trump", "We are talking")]),
        make_record("wire-1", [fact("ACCUSE", "Ukraine", "accused", "Russia")],
                    source="Wire", published=None),
        make_record("blog-1", [fact("ASSAULT", "Russian forces", "attacked", "Ukraine", None, ("Kyiv", KYIV))],
                    url="https://blog.example.org/p", published="2025-07-02"),
        make_record("empty-1", [], url="https://example.com/empty", source="Example"),
    ]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("articles", "events", "mentions", "attributions", "spans", "dedup_events")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("store")
    source = write_jsonl(tmp / "records.jsonl", corpus())
    db = tmp / "events.duckdb"
    assert main(["ingest", "--coded", str(source), "--db", str(db), "--batch", "3"]) == 0
    return db


@pytest.fixture()
def store(store_path):
    with Store(store_path, read_only=True) as s:
        yield s


# -- ingest ---------------------------------------------------------------------------------------

def test_every_record_is_stored_with_its_rows(store_path):
    c = counts(store_path)
    assert c["articles"] == 9
    assert c["events"] == 10
    assert c["attributions"] == 3
    assert c["spans"] == 6  # a cue and a content each
    assert c["mentions"] == 10 + 10 + 3  # actors, recipients, speakers


def test_offsets_in_the_store_point_into_the_stored_text(store):
    rows = store.sql("""SELECT a.text, e.trigger_text, e.trigger_start, e.trigger_end, e.place_text,
                               e.place_start, e.place_end
                        FROM events e JOIN articles a USING (article_id)""").to_pylist()
    for row in rows:
        assert row["text"][row["trigger_start"]:row["trigger_end"]] == row["trigger_text"]
        if row["place_text"]:
            assert row["text"][row["place_start"]:row["place_end"]] == row["place_text"]
    for row in store.sql("""SELECT a.text, m.text AS part, m.start_char, m.end_char FROM mentions m
                            JOIN articles a USING (article_id) UNION ALL
                            SELECT a.text, s.text, s.start_char, s.end_char FROM spans s
                            JOIN articles a USING (article_id)""").to_pylist():
        assert row["text"][row["start_char"]:row["end_char"]] == row["part"]


def test_ingesting_again_changes_nothing(store_path, tmp_path):
    db = tmp_path / "again.duckdb"
    source = write_jsonl(tmp_path / "records.jsonl", corpus())
    assert main(["ingest", "--coded", str(source), "--db", str(db)]) == 0
    before = counts(db)
    dedup_before = _dedup_table(db)
    assert main(["ingest", "--coded", str(source), "--db", str(db), "--batch", "2"]) == 0
    assert counts(db) == before == counts(store_path)
    assert _dedup_table(db) == dedup_before


def _dedup_table(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT * EXCLUDE (first_seen) FROM dedup_events ORDER BY dedup_id").fetchall()
    finally:
        con.close()


def test_same_url_or_same_text_under_another_id_is_not_stored_twice(tmp_path):
    records = corpus()[:2]
    same_url = dict(records[0], id="copy-by-url", text=records[0]["text"] + " ")
    same_text = dict(records[1], id="copy-by-text", url="https://mirror.example.com/ap",
                     text=records[1]["text"].replace(" ", "  "))
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        report = store.ingest(records + [same_url, same_text])
        assert (report.stored, report.skipped) == (2, 2)
        assert store.sql("SELECT count(*) AS n FROM articles").to_pylist() == [{"n": 2}]


def test_bad_records_are_reported_and_the_others_stored(tmp_path, capsys):
    good = corpus()[:2]
    broken = dict(corpus()[2])
    del broken["events"][0]["trigger"]
    lines = [json.dumps(good[0]), "{not json", json.dumps([1, 2]), json.dumps(broken), json.dumps(good[1])]
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", "--coded", str(source), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert f"error: {source}:2: malformed JSON" in err
    assert f"error: {source}:3: a JSONL line must be a JSON object" in err
    assert f"error: {source}:4: not a dyad record" in err
    assert counts(db)["articles"] == 2


def test_an_ingest_killed_midway_resumes_and_stores_every_article_once(tmp_path):
    records = [make_record(f"art-{n:03d}", [fact("ASSAULT", "Russian forces", "struck", "Ukraine",
                                                  ("on July 1", "2025-07-01"), ("Kyiv", KYIV))],
                           url=f"https://news{n % 7}.example.com/{n}") for n in range(300)]
    source = write_jsonl(tmp_path / "all.jsonl", records)
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "dyad", "ingest", "--coded", "-", "--db", str(db), "--batch", "20", "-v"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    # Feed 130 records: six batches commit, ten wait in memory for more input; then kill -9.
    for record in records[:130]:
        process.stdin.write((json.dumps(record) + "\n").encode())
    process.stdin.flush()
    committed = 0
    deadline = time.monotonic() + 20
    while committed < 6 and time.monotonic() < deadline:
        line = process.stderr.readline().decode()
        committed += line.startswith("dyad: committed batch")
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert committed == 6 and process.returncode == -signal.SIGKILL
    assert counts(db)["articles"] == 120
    # Run the whole ingest again: it stores the rest, each article once.
    resumed = subprocess.run(command[:5] + [str(source)] + command[6:], capture_output=True, text=True, env=_env())
    assert resumed.returncode == 0, resumed.stderr
    assert "stored 180 article(s)" in resumed.stderr and "120 already stored" in resumed.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchall() == [(300, 300)]
        assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 300
        # One event reported 300 times by seven outlets.
        assert con.execute("SELECT num_mentions, num_articles, num_sources FROM dedup_events").fetchall() == [
            (300, 300, 7)]
    finally:
        con.close()


def _env() -> dict:
    src = str(Path(__file__).resolve().parents[1] / "src")
    return {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}


# -- deduplication --------------------------------------------------------------------------------

def test_two_sources_reporting_one_event_make_one_deduplicated_event(store):
    kyiv_strikes = store.events(type="ASSAULT", country="UKR", since="2025-07-01", until="2025-07-02").to_pylist()
    by_place = {row["place_name"]: row for row in kyiv_strikes}
    assert sorted(by_place) == ["Kyiv", "Lviv"]  # another city is another event
    kyiv = by_place["Kyiv"]
    # Reuters (July 1) + AP (July 2, within a day) + the undated blog post published on July 2
    assert (kyiv["num_articles"], kyiv["num_sources"], kyiv["num_mentions"]) == (3, 3, 3)
    assert kyiv["day"].isoformat() == "2025-07-01" and kyiv["article_id"] == "reuters-1"
    reports = store.sql("SELECT article_id FROM dedup_reports WHERE dedup_id = ? ORDER BY article_id",
                        [kyiv["dedup_id"]]).column("article_id").to_pylist()
    assert reports == ["ap-1", "blog-1", "reuters-1"]


def test_the_same_event_weeks_later_or_with_another_status_is_another_event(store):
    strikes = store.events(type="ASSAULT", actor="RUSMIL").to_pylist()
    assert sorted((r["day"].isoformat(), r["place_name"], r["num_articles"]) for r in strikes) == [
        ("2025-07-01", "Kyiv", 3), ("2025-07-01", "Lviv", 1), ("2025-07-20", "Kyiv", 1)]
    calls = store.events(type="CONSULT").to_pylist()
    assert sorted(r["status"] for r in calls) == ["asserted", "negated"]


def test_per_article_reports_stay_queryable(store):
    reports = store.events(per_article=True, type="ASSAULT").to_pylist()
    assert len(reports) == 5
    assert {r["article_id"] for r in reports} == {"reuters-1", "ap-1", "bbc-1", "reuters-2", "blog-1"}
    assert all(r["dedup_id"] is not None for r in reports)


def test_deduplication_does_not_depend_on_order_or_batches(tmp_path):
    def groups(records, name, batch_size):
        with Store(tmp_path / name) as store:
            store.ingest(records, batch_size=batch_size)
            return sorted(tuple(sorted(g)) for g in store.sql(
                "SELECT list(article_id || '/' || event_id) AS g FROM events GROUP BY dedup_id").column("g").to_pylist())
    records = corpus() + [make_record(f"daily-{n}", [fact("ASSAULT", "Russian forces", "struck", "Ukraine",
                                                          (f"on July {n}", f"2025-07-{n:02d}"), ("Kyiv", KYIV))])
                          for n in range(3, 12)]
    at_once = groups(records, "once.duckdb", 100)
    assert groups(records, "forward.duckdb", 1) == at_once
    assert groups(records[::-1], "backward.duckdb", 2) == at_once
    shuffled = records[1::2] + records[::2]
    assert groups(shuffled, "shuffled.duckdb", 3) == at_once


def test_a_cluster_keeps_its_id_when_more_reports_arrive(tmp_path):
    records = corpus()
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest(records[:1])
        first = store.events(type="ASSAULT").to_pylist()[0]["dedup_id"]
        store.ingest(records[1:])
        kyiv = store.events(type="ASSAULT", since="2025-07-01", until="2025-07-01", country="UKR").to_pylist()
        assert [r["dedup_id"] for r in kyiv if r["place_name"] == "Kyiv"] == [first]


def _report(article_id, day, place=None, key="ASSAULT|RUSMIL|UKR|asserted", value="day"):
    day = dt.date.fromisoformat(day) if day else None
    place = place or {}
    return {"article_id": article_id, "event_id": "e1", "dedup_key": key, "day": day,
            "date_value": day.isoformat() if value == "day" and day else value,
            "place_country": place.get("country"), "place_admin1": place.get("admin1"),
            "place_lat": place.get("lat"), "place_geonameid": place.get("geonameid"), "place_name": place.get("name")}


def _clusters(reports) -> list[list[str]]:
    from dyad.store.dedup import cluster

    return sorted(sorted(r["article_id"] for r in c) for c in cluster(reports))


def test_a_run_of_daily_events_is_not_chained_into_one():
    reports = [_report(f"d{n}", f"2025-07-0{n}") for n in range(1, 6)]
    assert _clusters(reports) == [["d1", "d2"], ["d3", "d4"], ["d5"]]
    # the busiest day is the centre: one report a day late joins it, not the day after
    reports = [_report("a", "2025-07-01"), _report("b", "2025-07-02"), _report("c", "2025-07-02"),
               _report("d", "2025-07-03"), _report("e", "2025-07-04")]
    assert _clusters(reports) == [["a", "b", "c", "d"], ["e"]]


def test_places_split_cities_and_vaguer_places_join_the_largest_compatible_group():
    country = {"country": "UKR"}
    reports = [_report("k1", "2025-07-01", KYIV), _report("k2", "2025-07-01", KYIV),
               _report("l1", "2025-07-01", LVIV), _report("c1", "2025-07-01", country),
               _report("n1", "2025-07-01"), _report("g1", "2025-07-01", GENEVA)]
    assert _clusters(reports) == [["c1", "k1", "k2", "n1"], ["g1"], ["l1"]]


def test_reports_without_a_day_go_by_period_or_alone():
    reports = [_report("m1", None, value="2024-06"), _report("m2", None, value="2024-06"),
               _report("u1", None, value=None), _report("u2", None, value=None)]
    assert _clusters(reports) == [["m1", "m2"], ["u1"], ["u2"]]


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
    assert out.startswith("3 event(s)") and "Russia [RUSMIL]" in out and "Kyiv" in out
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


def test_a_missing_store_is_an_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["events", "--db", str(tmp_path / "none.duckdb")])
    assert exit.value.code == 2 and "no such store" in capsys.readouterr().err


# -- exports --------------------------------------------------------------------------------------

def test_gdelt_export_has_one_line_of_61_columns_per_deduplicated_event(store_path, tmp_path):
    out = tmp_path / "events.tsv"
    assert main(["export", "--db", str(store_path), "--format", "gdelt", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    with Store(store_path, read_only=True) as store:
        asserted = store.events(status="asserted").num_rows
    assert len(lines) == asserted == 7
    rows = [line.split("\t") for line in lines]
    assert {len(r) for r in rows} == {61}
    kyiv = next(dict(zip(GDELT_COLUMNS, r)) for r in rows if r[GDELT_COLUMNS.index("NumArticles")] == "3")
    assert kyiv["SQLDATE"] == "20250701" and kyiv["MonthYear"] == "202507" and kyiv["Year"] == "2025"
    assert (kyiv["Actor1Code"], kyiv["Actor1Name"], kyiv["Actor1CountryCode"], kyiv["Actor1Type1Code"]) == (
        "RUSMIL", "RUSSIA", "RUS", "MIL")
    assert (kyiv["Actor2Code"], kyiv["EventCode"], kyiv["EventRootCode"], kyiv["QuadClass"]) == (
        "UKR", "190", "19", "4")
    assert (kyiv["NumMentions"], kyiv["NumSources"], kyiv["GoldsteinScale"]) == ("3", "3", "-9.0")
    assert (kyiv["ActionGeo_Type"], kyiv["ActionGeo_CountryCode"], kyiv["ActionGeo_FeatureID"]) == (
        "4", "UP", "703448")  # FIPS 10-4 "UP" is Ukraine
    assert kyiv["ActionGeo_FullName"] == "Kyiv, Ukraine" and kyiv["ActionGeo_ADM1Code"] == "UP12"
    assert kyiv["SOURCEURL"] == "https://www.reuters.com/world/a1" and len(kyiv["DATEADDED"]) == 14
    assert kyiv["IsRootEvent"] == "1"
    # DuckDB reads it back as it is
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_csv('{out}', delim='\t', header=false)").fetchall()[0][0] == 7


def test_gdelt_export_with_header_and_status_all(store_path, tmp_path):
    out = tmp_path / "all.tsv"
    assert main(["export", "--db", str(store_path), "--format", "gdelt", "--status", "all", "--header",
                 "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(lines) == 1 + 8


def test_gdelt_export_loads_in_pandas(store_path, tmp_path):
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "events.tsv"
    assert main(["export", "--db", str(store_path), "--format", "gdelt", "-o", str(out)]) == 0
    frame = pandas.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype={"EventCode": str})
    assert frame.shape == (7, 61)


def test_plover_export_is_one_object_per_event(store_path, tmp_path):
    out = tmp_path / "events.jsonl"
    assert main(["export", "--db", str(store_path), "--format", "plover", "-o", str(out), "--type", "ASSAULT"]) == 0
    objects = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(objects) == 3
    kyiv = next(o for o in objects if o["num_articles"] == 3)
    assert kyiv["event_type"] == "ASSAULT" and kyiv["date"] == "2025-07-01"
    assert kyiv["actor"][0]["actor_code"] == "RUSMIL" and kyiv["actor"][0]["code"] == "RUS"
    assert kyiv["recipient"][0]["identifier_text"] == "Ukraine"
    assert kyiv["event_loc"]["resolved_place"] == "Kyiv" and kyiv["event_loc"]["country_code"] == "UKR"
    assert kyiv["text"].startswith("Russian forces struck Ukraine in Kyiv")
    assert kyiv["cite_info"]["url"] == "https://www.reuters.com/world/a1"
    assert sorted(r["article_id"] for r in kyiv["reports"]) == ["ap-1", "blog-1", "reuters-1"]
    array = tmp_path / "events.json"
    assert main(["export", "--db", str(store_path), "--format", "plover", "-o", str(array), "--per-article"]) == 0
    assert len(json.loads(array.read_text(encoding="utf-8"))) == 10
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_json('{out}')").fetchall()[0][0] == 3


def test_parquet_export_has_one_file_per_table_with_the_same_rows(store_path, tmp_path):
    out = tmp_path / "parquet"
    assert main(["export", "--db", str(store_path), "--format", "parquet", "-o", str(out)]) == 0
    import pyarrow.parquet as pq

    for table, n in counts(store_path).items():
        assert pq.read_table(out / f"{table}.parquet").num_rows == n


def test_ingest_codes_only_what_is_not_stored_and_reports_bad_documents(tmp_path, monkeypatch, capsys):
    """The coding path, with a stand-in pipeline that records what it is given."""
    import types

    from dyad.errors import DocumentError
    from dyad.model import Article

    coded: list[str] = []

    def code_documents(items, processes=1):
        for item in items:
            if isinstance(item, DocumentError):
                yield item
                continue
            coded.append(item.id)
            yield Article(id=item.id, text=item.text, url=item.url, published=item.published)

    monkeypatch.setitem(sys.modules, "dyad.pipeline", types.SimpleNamespace(code_documents=code_documents))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Russia and Ukraine held talks in Istanbul on Monday.", encoding="utf-8")
    (folder / "two.txt").write_text("Talks went on for a second day in Istanbul on Tuesday.", encoding="utf-8")
    (folder / "same-as-one.txt").write_text("Russia and Ukraine held  talks in Istanbul on Monday.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--published", "2025-05-19"]) == 1
    err = capsys.readouterr().err
    assert f"error: {folder / 'empty.txt'}: empty document" in err
    assert "stored 2 article(s)" in err and "1 already stored, 1 failed" in err
    assert sorted(coded) == ["one", "two"]
    assert main(["ingest", str(folder), "--db", str(db)]) == 1
    assert sorted(coded) == ["one", "two"]  # nothing coded twice
    with Store(db, read_only=True) as store:
        assert store.sql("SELECT article_id, published FROM articles ORDER BY 1").to_pylist() == [
            {"article_id": "one", "published": dt.date(2025, 5, 19)},
            {"article_id": "two", "published": dt.date(2025, 5, 19)}]


# -- the whole pipeline ---------------------------------------------------------------------------

def test_ingest_codes_text_through_the_pipeline(tmp_path):
    pytest.importorskip("dyad.pipeline", reason="the extractors are not all in this tree yet")
    articles = [
        {"id": "talks-1", "text": "Russia and Ukraine held talks in Istanbul on Monday.",
         "url": "https://a.example.com/1", "published": "2025-05-19"},
        {"id": "talks-2", "text": "Russia and Ukraine held talks in Istanbul on Monday, officials said.",
         "url": "https://b.example.com/2", "published": "2025-05-19"},
        {"id": "empty", "text": "   "},
    ]
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, articles)
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(source), "--db", str(db)]) == 1  # the empty one fails
    assert main(["ingest", str(source), "--db", str(db)]) == 1
    with Store(db, read_only=True) as store:
        assert store.sql("SELECT count(*) AS n FROM articles").to_pylist() == [{"n": 2}]
        consults = store.events(type="CONSULT").to_pylist()
        if consults:  # the extractors decide what is an event; the store keeps them together
            assert max(r["num_articles"] for r in consults) == 2


def test_every_store_command_and_option_is_documented():
    import argparse

    from dyad.cli import _parser

    docs = (Path(__file__).resolve().parents[1] / "docs" / "store.md").read_text(encoding="utf-8")
    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name in ("ingest", "events", "quotes", "stats", "export"):
        assert f"dyad {name}" in docs
        for action in commands.choices[name]._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in docs, f"dyad {name} {option} is not in docs/store.md"
