"""Derived data kept between runs: indexes that take seconds to build from the packages' data.

The gazetteer index (a quarter of a million names) takes several seconds to build and half a
second to read back, which is the difference between a `dyad code` that starts at once and one
that keeps a user waiting on every call. A built object is stored under the user's cache
directory (``$DYAD_CACHE_DIR``, else ``$XDG_CACHE_HOME/dyad``, else ``~/.cache/dyad``) in a file
named by a digest of everything it was built from, so a new package version, an edited lexicon
or a user's own lexicon file gives a new file. Nothing here is needed: when the directory cannot
be written or a file cannot be read, the object is built in memory as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
CACHE_VARIABLE = "DYAD_CACHE_DIR"


def cache_dir() -> Path:
    if os.environ.get(CACHE_VARIABLE):
        return Path(os.environ[CACHE_VARIABLE])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dyad"


def derived(name: str, inputs: bytes, build: Callable[[], T]) -> T:
    """`build()`, or what it returned before for the same `inputs` (bytes that change whenever
    the result would: source code, data files, package versions)."""
    digest = hashlib.sha256(inputs + sys.version.encode()).hexdigest()[:20]
    directory = cache_dir()
    path = directory / f"{name}-{digest}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # none yet, or a truncated or foreign file: build it (again)
        pass
    built = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob(f"{name}-*.pickle"):  # one version per name, not one per edit
            stale.unlink(missing_ok=True)
        # Written under another name and moved in, so that a parallel run never reads half a file.
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{name}-", delete=False) as handle:
            try:
                pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                Path(handle.name).unlink(missing_ok=True)
                raise
        os.replace(handle.name, path)
    except OSError:
        pass
    return built
