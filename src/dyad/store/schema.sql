-- dyad store schema (version 1). See docs/store.md for the meaning of every table and column.
-- Offsets (*_start, *_end, start_char, end_char) are Python str indices [start, end) into
-- articles.text, exactly as in the JSON record.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- One row per stored article. An article is stored once: a later one with the same id, the same
-- URL or the same text (text_hash) is skipped.
CREATE TABLE IF NOT EXISTS articles (
    article_id     VARCHAR PRIMARY KEY,
    title          VARCHAR,
    url            VARCHAR,
    source         VARCHAR,
    source_key     VARCHAR,     -- who published it: URL host without "www.", else lower(source)
    published      DATE,
    language       VARCHAR,
    text           VARCHAR,
    text_hash      VARCHAR,     -- sha256 of the text with runs of whitespace made one space
    lead_end       INTEGER,     -- end offset of the lead paragraph (for events.is_root)
    warnings       VARCHAR[],
    n_events       INTEGER,
    n_attributions INTEGER,
    batch_id       INTEGER,     -- ingest_batches.batch_id that committed it
    ingested_at    TIMESTAMP    -- UTC
);

-- One row per event as one article reports it (the record's Event), keyed (article_id, event_id).
CREATE TABLE IF NOT EXISTS events (
    article_id      VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,
    type            VARCHAR,
    mode            VARCHAR,
    context         VARCHAR[],
    cameo           VARCHAR,
    quad_class      TINYINT,
    score           DOUBLE,
    status          VARCHAR,
    attribution_id  VARCHAR,
    confidence      DOUBLE,
    is_root         BOOLEAN,    -- the event's sentence lies in the article's lead paragraph
    trigger_text    VARCHAR,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    sentence_text   VARCHAR,
    sentence_start  INTEGER,
    sentence_end    INTEGER,
    date_value      VARCHAR,    -- "YYYY", "YYYY-MM" or "YYYY-MM-DD" as resolved, or NULL
    date_text       VARCHAR,
    date_start      INTEGER,
    date_end        INTEGER,
    date_from       DATE,       -- first day date_value covers; publication day when undated
    date_to         DATE,       -- last day date_value covers; publication day when undated
    day             DATE,       -- the one day the event is put on (see docs), or NULL
    place_text      VARCHAR,
    place_start     INTEGER,
    place_end       INTEGER,
    place_name      VARCHAR,
    place_country   VARCHAR,    -- ISO 3166 alpha-3
    place_admin1    VARCHAR,    -- GeoNames "CC.code", e.g. "US.TX"
    place_lat       DOUBLE,
    place_lon       DOUBLE,
    place_geonameid BIGINT,
    -- derived from the mentions table, for filtering and deduplication
    actor_codes     VARCHAR[],
    actor_names     VARCHAR[],
    recipient_codes VARCHAR[],
    recipient_names VARCHAR[],
    dedup_key       VARCHAR,    -- type|actors|recipients|status: events that may be one event
    dedup_id        BIGINT      -- the deduplicated event (dedup_events) this report belongs to
);

-- Actors, recipients and speakers as written and as resolved.
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    owner      VARCHAR NOT NULL,  -- 'event' or 'attribution'
    owner_id   VARCHAR NOT NULL,  -- events.event_id or attributions.attribution_id
    role       VARCHAR NOT NULL,  -- 'actor', 'recipient' (events) or 'source' (attributions)
    seq        SMALLINT,          -- position in the record's list
    text       VARCHAR,
    start_char INTEGER,
    end_char   INTEGER,
    name       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    code       VARCHAR,
    kind       VARCHAR
);

-- Who said what: one row per Attribution; its cue and content spans are in `spans`,
-- its source in `mentions` (owner 'attribution', role 'source').
CREATE TABLE IF NOT EXISTS attributions (
    article_id     VARCHAR NOT NULL,
    attribution_id VARCHAR NOT NULL,
    direct         BOOLEAN,
    via            VARCHAR
);

-- List-valued spans: the cue and content spans of attributions.
CREATE TABLE IF NOT EXISTS spans (
    article_id VARCHAR NOT NULL,
    owner      VARCHAR NOT NULL,  -- 'attribution'
    owner_id   VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,  -- 'cue' or 'content'
    seq        SMALLINT,
    text       VARCHAR,
    start_char INTEGER,
    end_char   INTEGER
);

-- One row per deduplicated event: the reports (events rows) sharing type, actors, recipients
-- and status, dated within the window of each other, in compatible places.
CREATE TABLE IF NOT EXISTS dedup_events (
    dedup_id        BIGINT PRIMARY KEY,
    dedup_key       VARCHAR,
    type            VARCHAR,
    mode            VARCHAR,
    context         VARCHAR[],
    cameo           VARCHAR,
    quad_class      TINYINT,
    score           DOUBLE,
    status          VARCHAR,
    actor_codes     VARCHAR[],
    actor_names     VARCHAR[],
    recipient_codes VARCHAR[],
    recipient_names VARCHAR[],
    day             DATE,
    date_value      VARCHAR,
    date_from       DATE,
    date_to         DATE,
    place_name      VARCHAR,
    place_country   VARCHAR,
    place_admin1    VARCHAR,
    place_lat       DOUBLE,
    place_lon       DOUBLE,
    place_geonameid BIGINT,
    article_id      VARCHAR,    -- the first report (see docs): its article and event
    event_id        VARCHAR,
    source_url      VARCHAR,
    num_mentions    INTEGER,    -- reports (events rows), several per article possible
    num_sources     INTEGER,    -- distinct articles.source_key (an article without one counts alone)
    num_articles    INTEGER,
    first_seen      TIMESTAMP   -- when the first of its articles was ingested (UTC)
);

-- One row per committed ingest batch.
CREATE TABLE IF NOT EXISTS ingest_batches (
    batch_id     INTEGER PRIMARY KEY,
    committed_at TIMESTAMP,
    articles     INTEGER,
    events       INTEGER
);

-- Every report of every deduplicated event (like GDELT's Mentions table).
CREATE OR REPLACE VIEW dedup_reports AS
SELECT e.dedup_id, e.article_id, e.event_id, a.url, a.source_key, a.published,
       e.day, e.sentence_text, e.sentence_start, e.sentence_end, e.trigger_text, e.confidence
FROM events e JOIN articles a USING (article_id);

-- Who said what, one row per attribution, with speaker, cue and content as text.
CREATE OR REPLACE VIEW quotes AS
WITH texts AS (
    SELECT article_id, owner_id,
           string_agg(text, ' … ' ORDER BY seq) FILTER (WHERE role = 'cue') AS cue,
           string_agg(text, ' … ' ORDER BY seq) FILTER (WHERE role = 'content') AS content
    FROM spans WHERE owner = 'attribution' GROUP BY article_id, owner_id
)
SELECT q.article_id, q.attribution_id, s.name AS speaker, s.text AS speaker_text, s.code AS speaker_code,
       t.cue, t.content, q.direct, q.via, a.url, a.published
FROM attributions q
JOIN articles a USING (article_id)
LEFT JOIN texts t ON t.article_id = q.article_id AND t.owner_id = q.attribution_id
LEFT JOIN mentions s ON s.article_id = q.article_id AND s.owner = 'attribution'
                    AND s.owner_id = q.attribution_id AND s.role = 'source';
