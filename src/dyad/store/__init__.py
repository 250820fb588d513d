"""The event store: a DuckDB file of articles, events, mentions, attributions and spans, with
cross-article deduplication, queries and exports (GDELT 2.0, PLOVER JSON, Parquet).

    from dyad.store import Store
    with Store("events.duckdb") as store:
        store.ingest_paths(["articles.jsonl"])
        store.events(type="ASSAULT", actor="RUS")      # pyarrow.Table

Schema (schema.sql; docs/store.md describes every column):

    articles        one row per article (article_id; text, url, source_key, published, text_hash)
    events          one row per event as one article reports it (article_id, event_id), with its
                    trigger, sentence, date and place spans inline and dedup_id
    mentions        actors and recipients of events, sources of attributions (owner, owner_id, role, seq)
    attributions    one row per attribution (direct, via)
    spans           the cue and content spans of attributions (owner_id, role, seq)
    dedup_events    one row per deduplicated event: NumMentions/NumSources/NumArticles, first report
    ingest_batches  one row per committed batch
    views           dedup_reports (every report of each deduplicated event), quotes

duckdb and pyarrow are imported only when a Store is opened, so `import dyad` stays fast.
"""

from dyad.store.api import Store, StoreError

__all__ = ["Store", "StoreError"]
