"""dyad's knowledge as data: one loader for every lexicon file.

Each lexicon is a YAML file (a list of entries) or a TSV or CSV file (a header line, then rows) under
this package, named by a key such as ``"events/verbs"``. Users add knowledge without touching the
package: every directory in the environment variable ``DYAD_LEXICON_PATH`` (separated by ``:``)
is searched for a file of the same key, and its entries are appended after the shipped ones.
"""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).parent
# libyaml's loader when PyYAML was built with it: the knowledge base loads several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
USER_PATH_VARIABLE = "DYAD_LEXICON_PATH"
TABLE_DELIMITERS = {".tsv": "\t", ".csv": ","}


def user_dirs() -> list[Path]:
    value = os.environ.get(USER_PATH_VARIABLE, "")
    return [Path(p) for p in value.split(os.pathsep) if p]


def _read(path: Path) -> list[dict]:
    if path.suffix in TABLE_DELIMITERS:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader((line for line in handle if not line.startswith("#")),
                                  delimiter=TABLE_DELIMITERS[path.suffix])
            return [{k: (v if v != "" else None) for k, v in row.items()} for row in rows]
    entries = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
    if not isinstance(entries, list):
        raise ValueError(f"{path}: a lexicon file must hold a list of entries")
    return entries


def files(key: str) -> list[Path]:
    """The shipped file for `key` first, then users' files of the same key."""
    found = []
    for directory in [PACKAGE_DIR, *user_dirs()]:
        for suffix in (".yaml", ".yml", *TABLE_DELIMITERS):
            path = directory / f"{key}{suffix}"
            if path.is_file():
                found.append(path)
    return found


@cache
def load(key: str) -> tuple[dict, ...]:
    """All entries of lexicon `key`, shipped and user-supplied, read once per process."""
    paths = files(key)
    if not paths:
        raise FileNotFoundError(f"no lexicon file for {key!r} under {PACKAGE_DIR} or {USER_PATH_VARIABLE}")
    return tuple(entry for path in paths for entry in _read(path))
