"""List, for every country the actor knowledge base has office holders of, the months with no
holder of each office: head of state or government, foreign minister, defence minister.

    PYTHONPATH=src python scripts/audit_office_gaps.py [FROM_YEAR [TO_YEAR]] [--country XXX ...]

One line per country and office, the count of months missing first, largest gaps first: where to
add people.tsv rows next (issue #6; session 31 filled the largest). A month counts as held when a
role of that title and country holds on its 15th.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import defaultdict

from dyad import lexicon
from dyad.lexicon.actors.knowledge import knowledge_base

HEAD = {"president", "monarch", "head of state", "king", "emir", "sultan", "leader", "supreme leader",
        "president of the presidency", "junta leader", "chairman", "federal councillor", "governor-general",
        "president of the transitional council", "coup leader", "head of the junta", "state counsellor",
        "chairman of the sovereignty council", "prime minister", "chancellor", "premier", "first minister"}
OFFICES = {"head": HEAD, "foreign": {"foreign minister", "foreign adviser"}, "defence": {"defence minister"}}


def _ranges(months: list[dt.date]) -> str:
    spans, start, prev = [], months[0], months[0]
    for month in months[1:]:
        if (month.year - prev.year) * 12 + month.month - prev.month > 1:
            spans.append((start, prev))
            start = month
        prev = month
    spans.append((start, prev))
    return ", ".join(f"{a:%Y-%m}" if a == b else f"{a:%Y-%m}..{b:%Y-%m}" for a, b in spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("years", nargs="*", type=int, help="first and last year (default 1985 2025)")
    parser.add_argument("--country", nargs="*", default=[], help="ISO alpha-3 codes to list alone")
    args = parser.parse_args()
    first, last = (args.years + [1985, 2025][len(args.years):])[:2]
    roles = defaultdict(list)
    for title, holders in knowledge_base().holders.items():
        for _person, role in holders:
            for office, titles in OFFICES.items():
                if title in titles and role.country:
                    roles[role.country, office].append(role)
    today = dt.date.today()
    months = [dt.date(y, m, 15) for y in range(first, last + 1) for m in range(1, 13) if dt.date(y, m, 15) < today]
    lines = []
    for country in lexicon.load("actors/countries"):
        code = country["code"]
        if args.country and code not in args.country or not any((code, o) in roles for o in OFFICES):
            continue
        for office in OFFICES:
            missing = [m for m in months if not any(r.holds(m) for r in roles.get((code, office), []))]
            if missing:
                lines.append((len(missing), code, country["name"], office, _ranges(missing)))
    for count, code, name, office, spans in sorted(lines, reverse=True):
        print(f"{count:4d} {code} {name[:24]:24s} {office:8s} {spans}")


if __name__ == "__main__":
    main()
