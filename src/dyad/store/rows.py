"""One coded record (`Article.to_dict()` shape) to the rows it contributes to each table.

Pure functions, no database: `record_rows(record, ...)` returns {table: [row dict]}. The
derived columns (source_key, text_hash, lead_end, is_root, date_from/date_to/day, the code and
name lists, dedup_key) are computed here, once, so that queries and deduplication never parse
text again.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from urllib.parse import urlsplit

TABLES = ("articles", "events", "mentions", "attributions", "spans")
# A line that ends like a sentence; a headline (or a dateline on its own) does not.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def record_rows(record: dict, *, batch_id: int, ingested_at: dt.datetime) -> dict[str, list[dict]]:
    """Every row one article record adds to the store. Raises KeyError/TypeError/ValueError
    on a record that does not follow the contract."""
    text = record["text"]
    if not isinstance(text, str) or not str(record["id"]).strip():
        raise ValueError("a record needs an 'id' and a 'text'")
    article_id = str(record["id"])
    published = _day(record.get("published"))
    lead_end = lead_paragraph_end(text)
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for event in record.get("events") or []:
        rows["events"].append(event_row(article_id, event, published, lead_end))
        for role in ("actor", "recipient"):
            for seq, mention in enumerate(event.get(role) or []):
                rows["mentions"].append(mention_row(article_id, "event", event["id"], role, seq, mention))
    for attribution in record.get("attributions") or []:
        rows["attributions"].append({"article_id": article_id, "attribution_id": attribution["id"],
                                     "direct": bool(attribution.get("direct")),
                                     "via": attribution.get("via")})
        if attribution.get("source"):
            rows["mentions"].append(mention_row(article_id, "attribution", attribution["id"], "source", 0,
                                                attribution["source"]))
        for role in ("cue", "content"):
            for seq, span in enumerate(attribution.get(role) or []):
                rows["spans"].append({"article_id": article_id, "owner": "attribution",
                                      "owner_id": attribution["id"], "role": role, "seq": seq,
                                      "text": span["text"], "start_char": span["start"], "end_char": span["end"]})
    rows["articles"].append({
        "article_id": article_id, "title": record.get("title"), "url": record.get("url"),
        "source": record.get("source"), "source_key": source_key(record.get("url"), record.get("source")),
        "published": published, "language": record.get("language"), "text": text,
        "text_hash": text_hash(text), "lead_end": lead_end, "warnings": list(record.get("warnings") or []),
        "n_events": len(rows["events"]), "n_attributions": len(rows["attributions"]),
        "batch_id": batch_id, "ingested_at": ingested_at,
    })
    return rows


def event_row(article_id: str, event: dict, published: dt.date | None, lead_end: int) -> dict:
    trigger, sentence = event["trigger"], event["sentence"]
    date = event.get("date") or {}
    place = event.get("location") or {}
    value = date.get("value") or None
    date_from, date_to = date_range(value) if value else (published, published)
    actors, recipients = event.get("actor") or [], event.get("recipient") or []
    status = event.get("status") or "asserted"
    return {
        "article_id": article_id, "event_id": event["id"], "type": event["type"], "mode": event.get("mode"),
        "context": list(event.get("context") or []), "cameo": event.get("cameo"),
        "quad_class": event.get("quad_class"), "score": _float(event.get("score")),
        "status": status, "attribution_id": event.get("attribution"),
        "confidence": _float(event.get("confidence")),
        "is_root": sentence["start"] < lead_end,
        "trigger_text": trigger["text"], "trigger_start": trigger["start"], "trigger_end": trigger["end"],
        "sentence_text": sentence["text"], "sentence_start": sentence["start"], "sentence_end": sentence["end"],
        "date_value": value, "date_text": date.get("text"), "date_start": date.get("start"),
        "date_end": date.get("end"), "date_from": date_from, "date_to": date_to,
        "day": event_day(value, published),
        "place_text": place.get("text"), "place_start": place.get("start"), "place_end": place.get("end"),
        "place_name": place.get("name"), "place_country": place.get("country"),
        "place_admin1": place.get("admin1"), "place_lat": _float(place.get("lat")),
        "place_lon": _float(place.get("lon")), "place_geonameid": place.get("geonameid"),
        "actor_codes": _codes(actors), "actor_names": _names(actors),
        "recipient_codes": _codes(recipients), "recipient_names": _names(recipients),
        "dedup_key": dedup_key(event["type"], actors, recipients, status),
        "dedup_id": None,
    }


def mention_row(article_id: str, owner: str, owner_id: str, role: str, seq: int, mention: dict) -> dict:
    return {"article_id": article_id, "owner": owner, "owner_id": owner_id, "role": role, "seq": seq,
            "text": mention.get("text"), "start_char": mention.get("start"), "end_char": mention.get("end"),
            "name": mention.get("name"), "country": mention.get("country"), "sector": mention.get("sector"),
            "code": mention.get("code"), "kind": mention.get("kind")}


def dedup_key(event_type: str, actors: list[dict], recipients: list[dict], status: str) -> str:
    """What two reports must share to be one event: type, the set of actor and of recipient
    identities (code, else the lower-cased name) and status."""
    def side(mentions):
        return "+".join(sorted({m.get("code") or "~" + (m.get("name") or m.get("text") or "").lower()
                                for m in mentions}))
    return f"{event_type}|{side(actors)}|{side(recipients)}|{status}"


def _codes(mentions: list[dict]) -> list[str]:
    return sorted({m["code"] for m in mentions if m.get("code")})


def _names(mentions: list[dict]) -> list[str]:
    return [m.get("name") or m.get("text") or "" for m in mentions]


def event_day(value: str | None, published: dt.date | None) -> dt.date | None:
    """The one day an event is put on: its own date when resolved to the day; else the
    publication day when the event is undated or dated to the publication's month or year
    (as GDELT does); else none."""
    if value and len(value) == 10:
        return _day(value)
    if published and (not value or published.isoformat().startswith(value)):
        return published
    return None


def date_range(value: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day "YYYY", "YYYY-MM" or "YYYY-MM-DD" covers."""
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        day = dt.date(*parts)
        return day, day
    except (ValueError, TypeError):
        return None, None


def lead_paragraph_end(text: str) -> int:
    """End offset of the lead: the first paragraph (line) that ends like a sentence, so a
    headline or a lone dateline is passed over; the whole text when none does."""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and _SENTENCE_END.search(stripped) and len(stripped) > 40:
            return offset + len(line.rstrip())
        offset += len(line)
    return len(text)


def text_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def source_key(url: str | None, source: str | None) -> str | None:
    """Who published an article: the URL's host without "www.", else the source name in lower case."""
    if url:
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            host = None
        if host:
            return host.removeprefix("www.")
    if source and source.strip():
        return " ".join(source.lower().split())
    return None


def _day(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _float(value) -> float | None:
    return None if value is None else float(value)
