"""The event store: ingest (idempotent, resumable) and cross-article deduplication.

Most store tests store hand-made records (the `Article.to_dict()` shape, with offsets that point
into their texts) through `dyad ingest --coded`, so they run without the NLP pipeline. The
records and the store built from them (`corpus`, `store_path`, `store`) are shared with
test_store_query.py and test_store_export.py; test_store_corpus.py codes real articles.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
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


def _dedup_table(db: Path, without: str = "first_seen") -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT * EXCLUDE ({without}) FROM dedup_events ORDER BY dedup_key, day, article_id"
                           ).fetchall()
    finally:
        con.close()


def _copies() -> dict[str, dict]:
    """Records that are an already stored article (reuters-1) by one key only."""
    stored, other = corpus()[0], corpus()[3]
    return {
        "same id": dict(other, id=stored["id"]),                           # other text and URL
        "same url": dict(other, id="copy-by-url", url=stored["url"]),      # other id and text
        "same text": dict(stored, id="copy-by-text", url="https://mirror.example.com/x",
                          text=stored["text"].replace(" ", "  ") + "\n"),  # spacing differs only
    }


@pytest.mark.parametrize("key", ["same id", "same url", "same text"])
def test_an_article_stored_already_by_id_url_or_text_changes_nothing(tmp_path, key):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.ingest(corpus()[:3])
    before, dedup_before = counts(db), _dedup_table(db)
    with Store(db) as store:
        report = store.ingest([_copies()[key]])
        assert (report.stored, report.skipped) == (0, 1)
        assert store.sql("SELECT url FROM articles WHERE article_id = 'reuters-1'").to_pylist() == [
            {"url": "https://www.reuters.com/world/a1"}]
    assert counts(db) == before and _dedup_table(db) == dedup_before


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


def test_an_ingest_killed_again_and_again_keeps_whole_batches_and_finishes(tmp_path):
    """kill -9 at varied moments inside a batch (reading, writing rows, deduplicating,
    committing), four times, then run to the end: every committed batch is whole, and in the
    end every article is stored once and deduplicated as if nothing had happened."""
    records = [make_record(f"art-{n:03d}", [
        fact("ASSAULT", "Russian forces", "struck", "Ukraine", (f"on July {1 + n % 28}", f"2025-07-{1 + n % 28:02d}"),
             ("Kyiv", KYIV)),
        fact("CONSULT", "Putin", "spoke with", "Trump")], url=f"https://news{n % 7}.example.com/{n}",
        quotes=[("Zelensky", f"Statement number {n}")]) for n in range(240)]
    source = write_jsonl(tmp_path / "all.jsonl", records)
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "dyad", "ingest", "--coded", str(source), "--db", str(db), "--batch", "8", "-v"]
    rng = random.Random(8)
    for _ in range(4):
        process = subprocess.Popen(command, stderr=subprocess.PIPE, env=_env())
        for _ in range(rng.randint(1, 6)):  # let a few batches commit ...
            assert process.stderr.readline().startswith(b"dyad: committed batch")
        time.sleep(rng.uniform(0, 0.06))  # ... then kill somewhere inside the next (~50 ms a batch)
        process.kill()
        process.wait()
        assert process.returncode == -signal.SIGKILL
        assert_whole_batches(db)
    assert 0 < counts(db)["articles"] < 240
    finished = subprocess.run(command, capture_output=True, text=True, env=_env())
    assert finished.returncode == 0, finished.stderr
    assert_whole_batches(db)
    once = tmp_path / "once.duckdb"
    assert main(["ingest", "--coded", str(source), "--db", str(once), "--batch", "240"]) == 0
    assert counts(db) == counts(once) and counts(db)["articles"] == 240
    assert _dedup_table(db, without="dedup_id, first_seen") == _dedup_table(once, without="dedup_id, first_seen")


def assert_whole_batches(db: Path) -> None:
    """What a batch commits is all there: its articles with all their rows, deduplicated."""
    n = counts(db)["articles"]
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("""SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT article_id) FROM articles),
                                     (SELECT coalesce(sum(articles), 0) FROM ingest_batches),
                                     (SELECT count(*) FROM events), (SELECT coalesce(sum(events), 0) FROM ingest_batches),
                                     (SELECT coalesce(sum(num_mentions), 0) FROM dedup_events)
                           """).fetchall() == [(n, n, n, 2 * n, 2 * n, 2 * n)]
        assert con.execute("""SELECT count(*) FROM articles a WHERE n_events <> (SELECT count(*) FROM events e
                              WHERE e.article_id = a.article_id) OR n_attributions <> (SELECT count(*)
                              FROM attributions q WHERE q.article_id = a.article_id)""").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM events WHERE dedup_id IS NULL").fetchall() == [(0,)]
    finally:
        con.close()


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


def test_the_first_ingested_report_is_the_events_first_report(tmp_path, monkeypatch):
    """Same day, same publication day: the report stored in the earlier batch gives the event its
    fields and SOURCEURL, even when a later one sorts first and both commit within one second."""
    import types

    from dyad.store import ingest

    one_second = dt.datetime(2025, 7, 3, 12, 0, 0, tzinfo=dt.UTC)
    clock = types.SimpleNamespace(datetime=types.SimpleNamespace(now=lambda tz=None: one_second,
                                                                 min=dt.datetime.min), UTC=dt.UTC)
    monkeypatch.setattr(ingest, "dt", clock)

    def strike(article_id, url):
        return make_record(article_id, [fact("ASSAULT", "Russian forces", "struck", "Ukraine",
                                             ("on July 1", "2025-07-01"), ("Kyiv", KYIV))], url=url)
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([strike("z-early", "https://early.example.com/1"), strike("a-late", "https://late.example.com/2")],
                     batch_size=1)
        [event] = store.events().to_pylist()
    assert (event["article_id"], event["source_url"], event["num_sources"]) == (
        "z-early", "https://early.example.com/1", 2)


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


# -- documentation --------------------------------------------------------------------------------

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
