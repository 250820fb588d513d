"""Queries over the store: filtered events, quotes and counts, as pyarrow Tables.

Filters (all optional, combined with AND):

    type       PLOVER event type (any case)
    actor      an actor's code or its prefix: "RUS" matches RUS, RUSGOV, RUSMIL
    recipient  the same for recipients
    country    ISO 3166 alpha-3 of the event's place
    since      YYYY-MM-DD: the event's day is on or after it (an event without a day: the
               whole period its date covers is)
    until      YYYY-MM-DD: on or before it, the same way
    status     asserted | negated | hypothetical | future | denied
    article    article id (reports of one article)
"""

from __future__ import annotations

import datetime as dt

from dyad.errors import UsageError
from dyad.model import EVENT_TYPES, STATUSES

DEDUP_COLUMNS = """dedup_id, day, type, mode, cameo, quad_class, score, status,
    actor_codes, actor_names, recipient_codes, recipient_names,
    place_name, place_country, place_admin1, place_lat, place_lon, place_geonameid,
    date_value, date_from, date_to, num_mentions, num_sources, num_articles,
    article_id, event_id, source_url, first_seen, context"""
REPORT_COLUMNS = """article_id, event_id, dedup_id, day, type, mode, cameo, quad_class, score, status,
    actor_codes, actor_names, recipient_codes, recipient_names, trigger_text, trigger_start,
    trigger_end, sentence_text, sentence_start, sentence_end, date_value, date_text, date_from,
    date_to, place_name, place_country, place_admin1, place_lat, place_lon, place_geonameid,
    attribution_id, confidence, is_root, context"""


def where(*, type=None, actor=None, recipient=None, country=None, since=None, until=None,
          status=None, article=None, alias: str = "") -> tuple[str, list]:
    """SQL conditions and parameters for the filters, on events or dedup_events columns."""
    p = f"{alias}." if alias else ""
    clauses, params = [], []
    if type:
        if type.upper() not in EVENT_TYPES:
            raise UsageError(f"unknown event type {type!r} (PLOVER types: {', '.join(EVENT_TYPES)})")
        clauses.append(f"{p}type = ?")
        params.append(type.upper())
    for column, code in (("actor_codes", actor), ("recipient_codes", recipient)):
        if code:
            clauses.append(f"list_bool_or(list_transform({p}{column}, lambda c: starts_with(c, ?)))")
            params.append(code.upper())
    if country:
        clauses.append(f"{p}place_country = ?")
        params.append(country.upper())
    if since:
        clauses.append(f"coalesce({p}day, {p}date_from) >= ?")
        params.append(_date(since, "since"))
    if until:
        clauses.append(f"coalesce({p}day, {p}date_to) <= ?")
        params.append(_date(until, "until"))
    if status:
        if status not in STATUSES:
            raise UsageError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
        clauses.append(f"{p}status = ?")
        params.append(status)
    if article:
        clauses.append(f"{p}article_id = ?" if alias != "d" else
                       f"{p}dedup_id IN (SELECT dedup_id FROM events WHERE article_id = ?)")
        params.append(article)
    return (" AND ".join(clauses) or "TRUE"), params


def events(con, *, per_article: bool = False, limit: int | None = None, **filters):
    """Deduplicated events (one row each), or with `per_article` every report."""
    if per_article:
        condition, params = where(**filters)
        sql = (f"SELECT {REPORT_COLUMNS} FROM events WHERE {condition} "
               "ORDER BY coalesce(day, date_from) NULLS LAST, article_id, trigger_start")
    else:
        condition, params = where(alias="d", **filters)
        sql = (f"SELECT {DEDUP_COLUMNS} FROM dedup_events d WHERE {condition} "
               "ORDER BY coalesce(day, date_from) NULLS LAST, dedup_id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return con.sql(sql, params=params or None).to_arrow_table()


def quotes(con, *, speaker: str | None = None, article: str | None = None, limit: int | None = None):
    clauses, params = [], []
    if speaker:
        clauses.append("(speaker ILIKE ? OR speaker_text ILIKE ? OR speaker_code = ?)")
        params += [f"%{speaker}%", f"%{speaker}%", speaker.upper()]
    if article:
        clauses.append("article_id = ?")
        params.append(article)
    sql = (f"SELECT * FROM quotes WHERE {' AND '.join(clauses) or 'TRUE'} "
           "ORDER BY published NULLS LAST, article_id, length(attribution_id), attribution_id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return con.sql(sql, params=params or None).to_arrow_table()


def stats(con, top: int = 20) -> dict:
    """{"totals": {...}, "by_type", "by_actor", "by_day", "by_status": pyarrow Tables}."""
    totals = {table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
              for table in ("articles", "events", "dedup_events", "attributions", "mentions")}
    sql = {
        "by_type": """SELECT type, count(*) AS reports, count(DISTINCT dedup_id) AS events,
                      sum(CASE WHEN status = 'asserted' THEN 1 ELSE 0 END) AS asserted
                      FROM events GROUP BY type ORDER BY reports DESC, type""",
        "by_actor": f"""SELECT code, count(*) AS reports, count(DISTINCT dedup_id) AS events
                       FROM (SELECT unnest(actor_codes) AS code, dedup_id FROM events)
                       GROUP BY code ORDER BY reports DESC, code LIMIT {int(top)}""",
        "by_day": """SELECT day, count(*) AS events, sum(num_articles) AS reporting_articles
                     FROM dedup_events GROUP BY day ORDER BY day NULLS LAST""",
        "by_status": """SELECT status, count(*) AS reports FROM events GROUP BY status ORDER BY reports DESC""",
    }
    return {"totals": totals, **{name: con.sql(q).to_arrow_table() for name, q in sql.items()}}


def _date(value, name: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"--{name}: not a date in YYYY-MM-DD form: {value!r}") from None
