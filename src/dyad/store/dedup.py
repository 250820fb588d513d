"""Cross-article deduplication: reports of the same event become one deduplicated event.

Two reports (rows of `events`) are the same event when

* they share the dedup key: type, the set of actor codes, the set of recipient codes and status
  (an actor without a code counts by its lower-cased name);
* their days lie within `WINDOW_DAYS` of a centre day: the day most reports give (the earliest
  on a tie) takes the reports within the window around it, then the next busiest day left, and
  so on; so a run of daily events is not chained into one. An event's day is its own date when
  resolved to the day, else the publication day (see `rows.event_day`). Reports dated only to a
  month or year that is not the publication's go together when the period is the same; reports
  with no day at all stay alone;
* their places are compatible: two different cities are two events; a report that names only
  the country (or the US state) joins the largest group in that country (state); a report with no
  place joins the largest group around its centre day.

Clusters depend only on the reports sharing a key, and within a key on the run of days (days at
most the window apart) they fall in, so `refresh` recomputes just the runs that have new (not
yet deduplicated) reports, inside the ingest transaction: the result is the same as recomputing
everything, whatever the order articles arrived in. A cluster keeps the smallest
dedup id its reports already had; new clusters take fresh ids from meta.next_dedup_id.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

WINDOW_DAYS = 1

# The reports whose clusters a batch can change. Days of one key fall into runs (consecutive
# days at most the window apart); no cluster crosses a gap wider than the window, so only the
# runs holding new reports are recomputed, with the month/year periods and undated reports
# that are new.
_FETCH = """
WITH fresh AS (SELECT dedup_key, day, date_value FROM events WHERE dedup_id IS NULL),
days AS (
    SELECT DISTINCT e.dedup_key, e.day FROM events e
    WHERE e.day IS NOT NULL AND e.dedup_key IN (SELECT dedup_key FROM fresh WHERE day IS NOT NULL)
),
runs AS (
    SELECT dedup_key, day, sum(CASE WHEN prev IS NULL OR day - prev > $window THEN 1 ELSE 0 END)
               OVER (PARTITION BY dedup_key ORDER BY day) AS run
    FROM (SELECT *, lag(day) OVER (PARTITION BY dedup_key ORDER BY day) AS prev FROM days)
),
dirty_days AS (
    SELECT dedup_key, day FROM runs WHERE (dedup_key, run) IN (
        SELECT (r.dedup_key, r.run) FROM runs r JOIN fresh f ON f.dedup_key = r.dedup_key AND f.day = r.day)
)
SELECT e.article_id, e.event_id, e.dedup_key, e.dedup_id, e.type, e.mode, e.context, e.cameo,
       e.quad_class, e.score, e.status, e.actor_codes, e.actor_names, e.recipient_codes,
       e.recipient_names, e.day, e.date_value, e.date_from, e.date_to, e.place_name, e.place_country,
       e.place_admin1, e.place_lat, e.place_lon, e.place_geonameid,
       a.source_key, a.published, a.ingested_at, a.batch_id, a.url
FROM events e JOIN articles a USING (article_id)
WHERE (e.dedup_key, e.day) IN (SELECT (dedup_key, day) FROM dirty_days)
   OR (e.day IS NULL AND e.date_value IS NOT NULL AND (e.dedup_key, e.date_value) IN (
           SELECT (dedup_key, date_value) FROM fresh WHERE day IS NULL))
   OR (e.dedup_id IS NULL AND e.day IS NULL AND e.date_value IS NULL)
"""
PLACE_COLUMNS = ("place_name", "place_country", "place_admin1", "place_lat", "place_lon", "place_geonameid")
COPIED = ("dedup_key", "type", "mode", "context", "cameo", "quad_class", "score", "status",
          "actor_codes", "actor_names", "recipient_codes", "recipient_names",
          "day", "date_value", "date_from", "date_to", "article_id", "event_id")


def refresh(con, window: int = WINDOW_DAYS) -> int:
    """Recompute the deduplicated events of every key with new reports. Runs inside the
    caller's transaction. Returns the number of reports (re)assigned."""
    import pyarrow as pa

    reports = con.sql(_FETCH, params={"window": window}).to_arrow_table().to_pylist()
    if not reports:
        return 0
    old_ids = sorted({r["dedup_id"] for r in reports if r["dedup_id"] is not None})
    clusters = cluster(reports, window)
    next_id = int(con.execute("SELECT value FROM meta WHERE key = 'next_dedup_id'").fetchall()[0][0])
    ids, next_id = assign_ids(clusters, next_id)
    dedup_rows = [summarize(members, dedup_id) for members, dedup_id in zip(clusters, ids)]
    links = [{"article_id": r["article_id"], "event_id": r["event_id"], "dedup_id": dedup_id}
             for members, dedup_id in zip(clusters, ids) for r in members]
    con.register("_dedup_old", pa.table({"dedup_id": pa.array(old_ids, pa.int64())}))
    con.register("_dedup_rows", pa.Table.from_pylist(dedup_rows))
    con.register("_dedup_links", pa.Table.from_pylist(links))
    try:
        con.execute("DELETE FROM dedup_events WHERE dedup_id IN (SELECT dedup_id FROM _dedup_old)")
        con.execute("INSERT INTO dedup_events BY NAME SELECT * FROM _dedup_rows")
        con.execute("""UPDATE events SET dedup_id = l.dedup_id FROM _dedup_links l
                       WHERE events.article_id = l.article_id AND events.event_id = l.event_id
                         AND events.dedup_id IS DISTINCT FROM l.dedup_id""")
        con.execute("UPDATE meta SET value = ? WHERE key = 'next_dedup_id'", [str(next_id)])
    finally:
        for name in ("_dedup_old", "_dedup_rows", "_dedup_links"):
            with contextlib.suppress(Exception):  # in an aborted transaction; the first error counts
                con.unregister(name)
    return len(links)


def cluster(reports: Iterable[dict], window: int = WINDOW_DAYS) -> list[list[dict]]:
    """Reports (dicts with the columns of `_FETCH`) grouped into events, deterministically."""
    by_key: dict[str, list[dict]] = defaultdict(list)
    for report in reports:
        by_key[report["dedup_key"]].append(report)
    clusters = []
    for key in sorted(by_key):
        for group in _day_groups(by_key[key], window):
            clusters.extend(_split_by_place(group))
    return clusters


def _order(report: dict) -> tuple:
    return (report["article_id"], report["event_id"])


def _day_groups(reports: list[dict], window: int) -> list[list[dict]]:
    """Reports grouped around centre days: the day with most reports (the earliest on a tie)
    takes every report within `window` days of it that no centre took before, and so on. A
    group so spans at most 2 * window + 1 days, however long a run of daily events is."""
    by_day: dict[dt.date, list[dict]] = defaultdict(list)
    for report in sorted((r for r in reports if r["day"]), key=_order):
        by_day[report["day"]].append(report)
    groups: list[list[dict]] = []
    for centre in sorted(by_day, key=lambda day: (-len(by_day[day]), day)):
        if centre not in by_day:
            continue  # taken by a bigger centre
        group: list[dict] = []
        for offset in range(-window, window + 1):
            group.extend(by_day.pop(centre + dt.timedelta(days=offset), []))
        groups.append(group)
    periods: dict[str, list[dict]] = defaultdict(list)
    alone = []
    for report in sorted((r for r in reports if not r["day"]), key=_order):
        if report["date_value"]:
            periods[report["date_value"]].append(report)
        else:
            alone.append([report])
    return groups + [periods[p] for p in sorted(periods)] + alone


def _split_by_place(group: list[dict]) -> list[list[dict]]:
    """Cities apart; states, countries and no place join the largest compatible group."""
    groups: dict[tuple, list[dict]] = {}

    def join(report: dict, label: tuple, fits) -> None:
        compatible = [lab for lab in groups if fits(lab)]
        if compatible:
            label = max(compatible, key=lambda lab: (len(groups[lab]), _neg(lab)))
        groups.setdefault(label, []).append(report)

    for report in group:
        level = _level(report)
        if level == 3:
            groups.setdefault(_label(report), []).append(report)
    for report in group:
        level, (country, admin1) = _level(report), (report["place_country"], report["place_admin1"])
        if level == 2:
            join(report, _label(report), lambda lab: lab[0] == country and lab[1] == admin1)
    for report in group:
        country = report["place_country"]
        if _level(report) == 1:
            join(report, _label(report), lambda lab: lab[0] == country)
    for report in group:
        if _level(report) == 0:
            join(report, ("", "", ""), lambda lab: True)
    return list(groups.values())


def _level(report: dict) -> int:
    """3 city (a point in a state), 2 state or province, 1 country, 0 no place."""
    if report["place_admin1"]:
        return 3 if report["place_lat"] is not None else 2
    return 1 if report["place_country"] else 0


def _label(report: dict) -> tuple:
    level = _level(report)
    country = report["place_country"] or ""
    admin1 = report["place_admin1"] if level >= 2 else ""
    point = str(report["place_geonameid"] or report["place_name"] or "") if level == 3 else ""
    return (country, admin1, point)


def _neg(label: tuple) -> tuple:
    """Ties go to the smallest label."""
    return tuple(tuple(-ord(c) for c in part) for part in label)


def assign_ids(clusters: list[list[dict]], next_id: int) -> tuple[list[int], int]:
    """Each cluster keeps the smallest id its reports had that no bigger cluster took."""
    order = sorted(range(len(clusters)), key=lambda i: (-len(clusters[i]), min(map(_order, clusters[i]))))
    taken: set[int] = set()
    ids = [0] * len(clusters)
    for i in order:
        old = sorted({r["dedup_id"] for r in clusters[i] if r["dedup_id"] is not None} - taken)
        if old:
            ids[i] = old[0]
        else:
            ids[i], next_id = next_id, next_id + 1
        taken.add(ids[i])
    return ids, next_id


def cluster_day(members: list[dict]) -> dt.date | None:
    """The day most reports that are dated to the day give (the earliest on a tie); else the
    earliest day any report is put on."""
    explicit = [r["day"] for r in members if _dated_to_the_day(r)]
    if explicit:
        return min(set(explicit), key=lambda day: (-explicit.count(day), day))
    return min((r["day"] for r in members if r["day"]), default=None)


def representative(members: list[dict], day: dt.date | None) -> dict:
    """The first report on the cluster's day: earliest published, then first ingested. "First
    ingested" is the earlier batch, not the clock: batches committed within the same second, or
    an ingest killed and resumed, give the same answer."""
    on_day = [r for r in members if r["day"] == day and _dated_to_the_day(r)] or members
    return min(on_day, key=lambda r: (r["published"] or dt.date.max, r["batch_id"], _order(r)))


def _dated_to_the_day(report: dict) -> bool:
    return bool(report["date_value"]) and len(report["date_value"]) == 10


def summarize(members: list[dict], dedup_id: int) -> dict:
    day = cluster_day(members)
    first = representative(members, day)
    place = max(members, key=lambda r: (_level(r), r is first))
    row = {column: first[column] for column in COPIED}
    row.update({column: place[column] for column in PLACE_COLUMNS})
    row.update(
        dedup_id=dedup_id,
        day=day,
        source_url=first["url"],
        num_mentions=len(members),
        num_articles=len({r["article_id"] for r in members}),
        num_sources=len({r["source_key"] or "article:" + r["article_id"] for r in members}),
        first_seen=min(r["ingested_at"] for r in members),
    )
    return row
