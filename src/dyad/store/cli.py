"""The store's commands: ingest, events, quotes, stats, export. Thin calls of `dyad.store.Store`.

Nothing here imports duckdb until a command runs, so `import dyad` and `dyad --help` stay fast.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import shutil
import sys

from dyad.arguments import iso_date, positive
from dyad.model import EVENT_TYPES, STATUSES

EXIT_OK, EXIT_SOME_FAILED = 0, 1
TABLE_FORMATS = ("table", "jsonl", "csv")


def add_commands(commands) -> None:
    """Register the store's subcommands on the `dyad` parser's subparsers."""
    ingest = commands.add_parser(
        "ingest", help="code articles and store them in a DuckDB event store",
        description="Code articles and store articles, events, mentions, attributions and spans in a "
                    "DuckDB file, in batches (one transaction each). Articles already stored (same id, "
                    "URL or text) are skipped, so running it again resumes an interrupted ingest and "
                    "re-ingesting changes nothing. Deduplicated events are updated with every batch.")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="as for `dyad code`: files, directories, or - for standard input")
    _db(ingest)
    ingest.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                        help="publication date of documents that do not carry one")
    ingest.add_argument("--processes", type=positive, default=1, metavar="N", help="worker processes (default 1)")
    ingest.add_argument("--batch", type=positive, default=100, metavar="N",
                        help="articles per committed batch (default 100)")
    ingest.add_argument("--coded", action="store_true",
                        help="PATHs hold records from `dyad code` (JSONL): store them without coding again")
    ingest.add_argument("-v", "--verbose", action="store_true", help="print a line for every committed batch")
    ingest.set_defaults(run=_run_ingest)

    events = commands.add_parser(
        "events", help="list stored events",
        description="List deduplicated events (one row per event, with the number of reporting mentions, "
                    "sources and articles), or with --per-article every article's own report.")
    _db(events)
    _filters(events)
    events.add_argument("--per-article", action="store_true", help="every article's report, not deduplicated")
    _output(events)
    events.set_defaults(run=_run_events)

    quotes = commands.add_parser("quotes", help="list stored attributions (who said what)",
                                 description="List attributions: speaker, cue and content.")
    _db(quotes)
    quotes.add_argument("--speaker", metavar="NAME", help="speakers whose name contains NAME (any case), or a code")
    quotes.add_argument("--article", metavar="ID", help="only this article's attributions")
    _output(quotes)
    quotes.set_defaults(run=_run_quotes)

    stats = commands.add_parser("stats", help="counts of stored articles and events by type, actor and day")
    _db(stats)
    stats.add_argument("--format", choices=("table", "json"), default="table")
    stats.set_defaults(run=_run_stats)

    export = commands.add_parser(
        "export", help="export deduplicated events as GDELT TSV, PLOVER JSON or Parquet",
        description="gdelt: the 61-column GDELT 2.0 event table, tab-separated, no header (as GDELT "
                    "publishes it; --header adds one), asserted events only unless --status says otherwise. "
                    "plover: one JSON object per event (JSON Lines; a JSON array when OUT ends in .json). "
                    "parquet: a directory OUT with one file per table.")
    _db(export)
    export.add_argument("--format", required=True, choices=("gdelt", "plover", "parquet"))
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    export.add_argument("--header", action="store_true", help="gdelt: write the column names first")
    export.add_argument("--per-article", action="store_true", help="plover: one object per article's report")
    _filters(export, export=True)
    export.set_defaults(run=_run_export)


def _db(parser) -> None:
    default = os.environ.get("DYAD_DB")
    parser.add_argument("--db", required=default is None, default=default, metavar="FILE",
                        help="the DuckDB store file" + (" (default $DYAD_DB)" if default else ""))


def _filters(parser, export: bool = False) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--type", type=str.upper, choices=EVENT_TYPES, metavar="TYPE", help="PLOVER event type")
    group.add_argument("--actor", metavar="CODE", help="actor code or prefix (RUS matches RUSGOV)")
    group.add_argument("--recipient", metavar="CODE", help="recipient code or prefix")
    group.add_argument("--country", metavar="ISO3", help="country of the event's place (ISO 3166 alpha-3)")
    group.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="on or after this day")
    group.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="on or before this day")
    group.add_argument("--status", choices=STATUSES + (("all",) if export else ()),
                       help="asserted, negated, hypothetical, future or denied"
                            + ("; all (gdelt's default is asserted)" if export else ""))
    group.add_argument("--article", metavar="ID", help="events reported by this article")


def _output(parser) -> None:
    parser.add_argument("--format", choices=TABLE_FORMATS, default="table", help="table (default), jsonl or csv")
    parser.add_argument("--limit", type=positive, metavar="N", help="at most N rows")




def _open(args, read_only: bool):
    from dyad.store.api import Store

    return Store(args.db, read_only=read_only)


def _filter_values(args) -> dict:
    return {name: getattr(args, name) for name in
            ("type", "actor", "recipient", "country", "since", "until", "status", "article")}


# -- commands -------------------------------------------------------------------------------------

def _run_ingest(args) -> int:
    def on_error(error):
        print(f"error: {error}", file=sys.stderr, flush=True)

    def on_batch(batch_id, articles, events):
        if args.verbose:
            print(f"dyad: committed batch {batch_id}: {articles} article(s), {events} event(s)",
                  file=sys.stderr, flush=True)

    with _open(args, read_only=False) as store:
        report = store.ingest_paths(args.paths, coded=args.coded, published=args.published,
                                    processes=args.processes, batch_size=args.batch,
                                    on_error=on_error, on_batch=on_batch)
        dedup = store.con.execute("SELECT count(*) FROM dedup_events").fetchall()[0][0]
    print(f"dyad: stored {report.stored} article(s) with {report.events} event(s) in {report.batches} batch(es); "
          f"{report.skipped} already stored, {report.failed} failed; {dedup} deduplicated event(s) in {args.db}",
          file=sys.stderr)
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _run_events(args) -> int:
    with _open(args, read_only=True) as store:
        table = store.events(per_article=args.per_article, limit=args.limit, **_filter_values(args))
    if args.format == "table":
        if args.per_article:
            columns = ["day", "type", "cameo", "actor", "recipient", "trigger", "place", "status", "article", "id"]
            rows = [[r["day"] or r["date_value"], r["type"], r["cameo"], _who(r["actor_names"], r["actor_codes"]),
                     _who(r["recipient_names"], r["recipient_codes"]), r["trigger_text"],
                     r["place_name"], r["status"], r["article_id"], r["event_id"]] for r in table.to_pylist()]
        else:
            columns = ["id", "day", "type", "cameo", "actor", "recipient", "place", "status",
                       "mentions", "sources", "articles"]
            rows = [[r["dedup_id"], r["day"] or r["date_value"], r["type"], r["cameo"], _who(r["actor_names"], r["actor_codes"]),
                     _who(r["recipient_names"], r["recipient_codes"]), r["place_name"], r["status"],
                     r["num_mentions"], r["num_sources"], r["num_articles"]] for r in table.to_pylist()]
        _print_table(f"{table.num_rows} event(s)" + (" (reports per article)" if args.per_article else ""),
                     columns, rows)
    else:
        _print_rows(table, args.format)
    return EXIT_OK


def _run_quotes(args) -> int:
    with _open(args, read_only=True) as store:
        table = store.quotes(speaker=args.speaker, article=args.article, limit=args.limit)
    if args.format == "table":
        rows = [[r["article_id"], r["attribution_id"],
                 _who([r["speaker"] or r["speaker_text"]], [r["speaker_code"]] if r["speaker_code"] else []),
                 r["cue"], r["content"], "yes" if r["direct"] else ""] for r in table.to_pylist()]
        _print_table(f"{table.num_rows} quote(s)", ["article", "id", "speaker", "cue", "content", "direct"], rows)
    else:
        _print_rows(table, args.format)
    return EXIT_OK


def _run_stats(args) -> int:
    with _open(args, read_only=True) as store:
        stats = store.stats()
    if args.format == "json":
        out = {"totals": stats["totals"], **{k: v.to_pylist() for k, v in stats.items() if k != "totals"}}
        print(json.dumps(out, default=str, ensure_ascii=False, indent=1))
        return EXIT_OK
    labels = {"articles": "articles", "events": "event reports", "dedup_events": "deduplicated events",
              "attributions": "attributions", "mentions": "mentions"}
    print(", ".join(f"{count} {labels[name]}" for name, count in stats["totals"].items()))
    for name, caption in (("by_type", "By type"), ("by_status", "By status"),
                          ("by_actor", "By actor code (top 20)"), ("by_day", "Deduplicated events by day")):
        table = stats[name]
        rows = [[("(no day)" if v is None and k == "day" else v) for k, v in r.items()] for r in table.to_pylist()]
        print()
        _print_table(caption, table.column_names, rows)
    return EXIT_OK


def _run_export(args) -> int:
    filters = _filter_values(args)
    with _open(args, read_only=True) as store:
        count = store.export(args.format, args.output, header=args.header, per_article=args.per_article, **filters)
    what = "table(s)" if args.format == "parquet" else "event(s)"
    print(f"dyad: exported {count} {what} to {args.output}", file=sys.stderr)
    return EXIT_OK


# -- output ---------------------------------------------------------------------------------------

def _who(names, codes) -> str:
    """Codes first ("RUSGOV Vladimir Putin"): what users filter on survives a narrow column."""
    names = "; ".join(n for n in (names or []) if n)
    return " ".join(part for part in ("+".join(codes or []), names) if part)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def _print_table(caption: str, header: list[str], rows: list[list]) -> None:
    width = shutil.get_terminal_size((120, 40)).columns
    rows = [[_cell(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    while sum(widths) + 2 * len(widths) > width and max(widths) > 10:
        widths[widths.index(max(widths))] -= 1
    fmt = "  ".join(f"{{:{w}.{w}}}" for w in widths)
    lines = [caption, fmt.format(*header), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*(c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(row, widths))) for row in rows]
    print("\n".join(line.rstrip() for line in lines))


def _print_rows(table, fmt: str) -> None:
    rows = table.to_pylist()
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, default=_json_default, ensure_ascii=False) + "\n")
        return
    writer = csv.writer(sys.stdout)
    writer.writerow(table.column_names)
    for row in rows:
        writer.writerow([";".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v)
                         for v in row.values()])


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")

