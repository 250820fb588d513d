"""The `dyad` command: thin calls of the Python API, errors turned into lines and exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources

from dyad import __version__, errors
from dyad.arguments import iso_date, positive
from dyad.errors import DocumentError
from dyad.store.cli import add_commands

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
SAMPLE = "sample/wire-report.txt"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except errors.UsageError as exc:
        parser.error(str(exc))  # exits with status 2
    except errors.DyadError as exc:  # the command was right but could not run (e.g. a missing store)
        print(f"dyad: error: {exc}", file=sys.stderr, flush=True)
        return EXIT_SOME_FAILED
    except BrokenPipeError:  # `dyad code … | head` is normal use
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dyad", description="Turn news into event data.")
    parser.add_argument("--version", action="version", version=f"dyad {__version__}")
    commands = parser.add_subparsers(metavar="COMMAND")

    code = commands.add_parser("code", help="code articles into JSONL records",
                               description="Code articles (files, directories, - for standard input) "
                                           "into one JSON record per article, in input order.")
    code.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .htm .json .jsonl, a directory, or -")
    code.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                      help="publication date of documents that do not carry one")
    code.add_argument("-o", "--output", metavar="OUT.jsonl", help="write records here instead of standard output")
    code.add_argument("--processes", type=positive, default=1, metavar="N", help="worker processes (default 1)")
    code.add_argument("--table", action="store_true", help="print readable tables instead of JSONL")
    code.set_defaults(run=_run_code)

    sample = commands.add_parser("sample", help="code the bundled sample article and print its tables")
    sample.add_argument("--json", action="store_true", help="print the JSON record instead")
    sample.set_defaults(run=_run_sample)
    add_commands(commands)
    return parser




def _run_code(args: argparse.Namespace) -> int:
    from dyad.pipeline import code_documents
    from dyad.read import read_paths

    documents = _with_default_date(read_paths(args.paths), args.published)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    coded = failed = 0
    try:
        for result in code_documents(documents, processes=args.processes):
            if isinstance(result, DocumentError):
                failed += 1
                print(f"error: {result}", file=sys.stderr, flush=True)
                continue
            coded += 1
            out.write(_format(result.to_dict(), args.table) + "\n")
            out.flush()  # a later failure must not lose what is already coded
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"dyad: coded {coded} document(s), {failed} failed", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _with_default_date(documents, published: str | None):
    for document in documents:
        if published and not isinstance(document, DocumentError) and not document.published:
            document.published = published
        yield document


def _format(record: dict, table: bool) -> str:
    if table:
        from dyad.table import render

        return render(record) + "\n"
    return json.dumps(record, ensure_ascii=False)


def _run_sample(args: argparse.Namespace) -> int:
    from dyad.pipeline import code

    text = resources.files("dyad").joinpath(SAMPLE).read_text(encoding="utf-8")
    title = text.split("\n", 1)[0]
    record = code(text, published=SAMPLE_PUBLISHED, id="wire-report", title=title)
    print(_format(record, table=not args.json))
    return EXIT_OK


SAMPLE_PUBLISHED = "2025-03-14"
