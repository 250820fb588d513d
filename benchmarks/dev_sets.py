"""Every development set at once, one line each, for comparing two trees before a change lands.

    python benchmarks/dev_sets.py > before.txt      # on main
    python benchmarks/dev_sets.py > after.txt       # on the change; then: diff before.txt after.txt

Runs `plover_gsr.py` and `actors.py` on the PLOVER gold's development half, dyad's wire set and
every blind PLOVER set; `actors.py` on dyad's marked actor sets; `when_where.py` on every dates
and places set in `benchmarks/data/`; `stories.py` on every whole-story set. Each line gives the
headline figures only:

    PLOVER sets:  type accuracy, triple F1 (right/coded/gold), actors both right
    actor sets:   both right
    when/where:   found, date exact, date invented, place country, city within 25 km, place invented
    stories:      found, event precision, type, status, triple precision, triple recall, actors both,
                  then the six when/where figures but found

Never the held-out sets (`--half test`, `benchmarks/data/holdout/`): those are for final figures.
Each benchmark runs as its own process, `--jobs` at a time (default 2).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
GSR = HERE.parent.parent / "shared" / "data" / "plover" / "gsr_part.jsonl"
FIGURE = re.compile(r"\(([0-9]+/[0-9]+)\)")


def run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True, text=True)
    return done.stdout


def plover_line(path: Path, half: str) -> str:
    events = run("plover_gsr.py", str(path), "--half", half)
    actors = run("actors.py", str(path), "--half", half)
    accuracy = re.search(r"type accuracy: ([0-9.]+ \([0-9/]+\))", events)
    triples = re.search(r"F1 ([0-9.]+) +\(([0-9]+) right, ([0-9]+) coded, ([0-9]+) gold\)", events)
    both = re.search(r"^ *both +([0-9.]+ \([0-9/]+\))", actors, re.M)
    return (f"{path.stem}:{half}  type {accuracy.group(1) if accuracy else '-'}  "
            f"F1 {'{} {}/{}/{}'.format(*triples.groups()) if triples else '-'}  "
            f"actors {both.group(1) if both else '-'}")


def actor_line(path: Path) -> str:
    both = re.search(r"^ *both +([0-9.]+ \([0-9/]+\))", run("actors.py", str(path)), re.M)
    return f"{path.stem}  actors {both.group(1) if both else '-'}"


def when_where_line(path: Path) -> str:
    out = run("when_where.py", str(path))
    figures = [FIGURE.search(line).group(1) for line in out.splitlines() if FIGURE.search(line)]
    return f"{path.stem}  " + " ".join(figures)


def stories_line(path: Path) -> str:
    out = run("stories.py", str(path))
    figures = [FIGURE.search(line).group(1) for line in out.splitlines() if FIGURE.search(line)]
    return f"{path.stem}  " + " ".join(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2, help="benchmarks run at once")
    args = parser.parse_args()
    tasks = [(plover_line, GSR, "dev")] if GSR.exists() else []
    tasks += [(plover_line, path, "all") for path in [DATA / "wire_sentences.jsonl", *sorted(DATA.glob("plover_blind*.jsonl"))]]
    tasks += [(actor_line, path) for path in [DATA / "actor_sentences.jsonl", *sorted(DATA.glob("actor_blind*.jsonl"))]]
    tasks += [(when_where_line, path) for path in sorted(DATA.glob("when_where*.jsonl"))]
    tasks += [(stories_line, path) for path in sorted(DATA.glob("stories*.jsonl"))]
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for line in pool.map(lambda task: task[0](*task[1:]), tasks):  # in order, as each is ready
            print(line, flush=True)


if __name__ == "__main__":
    main()
