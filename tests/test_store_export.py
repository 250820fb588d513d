"""Exports: the GDELT 2.0 event table, PLOVER JSON and Parquet, loaded back as users load them.

The store is built from the hand-made records of test_store.py (see test_store_query.py for its
eight deduplicated events, seven of them asserted).
"""

from __future__ import annotations

import json

import pytest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

from test_store import KYIV, counts, fact, make_record, store_path  # noqa: E402,F401  (shared fixtures)

from dyad.cli import main  # noqa: E402
from dyad.store import Store  # noqa: E402
from dyad.store.export import GDELT_COLUMNS  # noqa: E402

# The GDELT 2.0 Event table's columns as the codebook lists them (GDELT-Event_Codebook-V2.0).
CODEBOOK = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code
Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources
NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code
Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()


def test_gdelt_columns_are_the_codebooks_61_in_its_order():
    assert list(GDELT_COLUMNS) == CODEBOOK and len(CODEBOOK) == 61


def gdelt_rows(path) -> list[dict]:
    return [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in path.read_text(encoding="utf-8").splitlines()]


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
    assert kyiv["FractionDate"] == "2025.4959"  # (6 months * 30 + 1 day) / 365


def test_gdelt_export_with_header_and_status_all(store_path, tmp_path):
    out = tmp_path / "all.tsv"
    assert main(["export", "--db", str(store_path), "--format", "gdelt", "--status", "all", "--header",
                 "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(lines) == 1 + 8


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


def test_gdelt_export_loads_in_duckdb_and_pandas_as_it_is(store_path, tmp_path):
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "events.tsv"
    assert main(["export", "--db", str(store_path), "--format", "gdelt", "-o", str(out)]) == 0
    rows = duckdb.read_csv(str(out), sep="\t", header=False).fetchall()
    assert len(rows) == 7 and {len(r) for r in rows} == {61}
    frame = pandas.read_csv(out, sep="\t", header=None)
    assert frame.shape == (7, 61)
    assert sorted(frame[0]) == sorted(r[0] for r in rows)  # GLOBALEVENTID


def test_gdelt_places_at_city_and_country_level(store_path, tmp_path):
    out = tmp_path / "events.tsv"
    assert main(["export", "--db", str(store_path), "--format", "gdelt", "-o", str(out)]) == 0
    by_code = {r["EventCode"]: r for r in gdelt_rows(out)}
    aid = by_code["070"]  # dated "in June", in Geneva
    assert (aid["SQLDATE"], aid["ActionGeo_Type"], aid["ActionGeo_FullName"], aid["ActionGeo_CountryCode"]) == (
        "20250601", "4", "Geneva, Switzerland", "SZ")
    accuse = by_code["112"]  # no place, no date, no publication date
    assert (accuse["ActionGeo_Type"], accuse["ActionGeo_FullName"], accuse["SQLDATE"]) == ("0", "", "")
    assert accuse["SOURCEURL"] == "wire-1"  # no URL: the article id


def test_gdelt_fields_never_hold_tabs_line_breaks_or_quotes(tmp_path):
    pandas = pytest.importorskip("pandas")
    record = make_record("q-1", [fact("ASSAULT", "Russian forces", "struck", "Ukraine", ("on July 1", "2025-07-01"),
                                      ("Kyiv", KYIV))], url='https://example.com/a?q="x"\tb')
    record["events"][0]["actor"][0]["name"] = '"Volunteer"\tcorps\nunit'
    db, out = tmp_path / "s.duckdb", tmp_path / "events.tsv"
    with Store(db) as store:
        store.ingest([record])
        store.export("gdelt", out)
    [row] = gdelt_rows(out)
    assert row["Actor1Name"] == "VOLUNTEER CORPS UNIT"
    assert row["SOURCEURL"] == "https://example.com/a?q=%22x%22 b"
    assert len(duckdb.read_csv(str(out), sep="\t", header=False).fetchall()) == 1
    assert pandas.read_csv(out, sep="\t", header=None).shape == (1, 61)


def test_a_large_gdelt_export_loads_without_type_hints(tmp_path):
    """CSV readers guess column types from the first rows (DuckDB: 20,480): a column that turns
    from numbers to text further down would fail to load. 21,000 city-level events, then
    country-level ones."""
    db, out = tmp_path / "big.duckdb", tmp_path / "events.tsv"
    with Store(db) as store:
        store.con.execute("""
            INSERT INTO dedup_events BY NAME
            SELECT i AS dedup_id, 'ASSAULT' AS type, '190' AS cameo, 4 AS quad_class, -9.0 AS score,
                   'asserted' AS status, DATE '2025-07-01' AS day, 'UKR' AS place_country,
                   CASE WHEN i <= 21000 THEN 'Kyiv' END AS place_name,
                   CASE WHEN i <= 21000 THEN 'UA.12' END AS place_admin1,
                   CASE WHEN i <= 21000 THEN 50.45 END AS place_lat, CASE WHEN i <= 21000 THEN 30.52 END AS place_lon,
                   CASE WHEN i <= 21000 THEN 703448 END AS place_geonameid,
                   'https://example.com/' || i AS source_url, 1 AS num_mentions, 1 AS num_sources,
                   1 AS num_articles, TIMESTAMP '2025-07-01 12:00:00' AS first_seen
            FROM range(1, 25001) t(i)""")
        assert store.export("gdelt", out) == 25000
    rows = duckdb.read_csv(str(out), sep="\t", header=False).fetchall()
    assert len(rows) == 25000
    feature = GDELT_COLUMNS.index("ActionGeo_FeatureID")
    assert (rows[0][feature], rows[-1][feature]) == (703448, None)  # a city's GeoNames id; blank for a country


def test_parquet_export_loads_in_duckdb_and_pandas(store_path, tmp_path):
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "parquet"
    assert main(["export", "--db", str(store_path), "--format", "parquet", "-o", str(out)]) == 0
    assert duckdb.sql(f"SELECT count(*) FROM '{out / 'dedup_events.parquet'}'").fetchall() == [(8,)]
    assert len(pandas.read_parquet(out / "events.parquet")) == 10


def test_parquet_takes_no_filters(store_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["export", "--db", str(store_path), "--format", "parquet", "-o", str(tmp_path / "p"), "--type", "AID"])
    assert exit.value.code == 2 and "parquet writes whole tables" in capsys.readouterr().err
