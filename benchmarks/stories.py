"""Whole wire stories against every event a careful PLOVER coder marks in them.

    python benchmarks/stories.py [benchmarks/data/stories_blind1.jsonl] [--show-errors]

The other sets hold single sentences or two-paragraph snippets; users run dyad on whole stories
(a lead, quotes, reactions, a background paragraph, epithets such as "the kingdom" several
sentences after the name). Each gold story marks every event with its trigger (located by a
`context` that occurs once in the text), PLOVER type, actor and recipient (code and sector),
status, date and place. A dyad event matches a gold event when their triggers overlap. Prints:

* event found: gold events with a dyad event at the trigger (any status);
* event precision: dyad's coded events (asserted or future, as PLOVER codes) at a gold trigger;
* type, status: gold events whose dyad event has the gold type, the gold status;
* triple precision, recall: (type, actor country, recipient country) triples as
  `plover_gsr.py` counts them, over coded events, a dyad triple right only at its gold trigger;
* actors both: gold actor and recipient mentions with a code whose dyad event has, in the same
  role, a mention of that country (or stateless body) and sector;
* date exact, date invented, place country, city within 25 km, place invented: as
  `when_where.py` counts them (an event dyad does not find counts wrong).
"""

import argparse
import json
import re
import sys
from pathlib import Path

import dyad
from plover_gsr import CODED, dyad_party, gold_party, triples
from when_where import count_when_where

DEFAULT_GOLD = Path(__file__).with_name("data") / "stories_blind1.jsonl"
SECTOR_ALIASES = {"JRN": "MED", "CIV": "CVL", "MOS": "REL"}
STATELESS = {"IGO", "NGO", "IMG"}


def trigger_span(story: dict, gold: dict) -> tuple[int, int]:
    text, context = story["text"], gold["context"]
    at = text.find(context)
    if at < 0 or text.find(context, at + 1) >= 0:
        sys.exit(f"{story['id']}: context {context!r} must occur exactly once in the text")
    word = re.search(rf"\b{re.escape(gold['trigger'])}\b", context, re.I)
    if word is None:
        sys.exit(f"{story['id']}: trigger {gold['trigger']!r} is not in its context {context!r}")
    return at + word.start(), at + word.end()


def sector_right(gold: dict, mention: dict) -> bool:
    want, got = gold.get("sector"), mention.get("sector")
    if want is None:  # a country or a body named as such
        return got in (None, "GOV") or gold.get("code") in STATELESS
    want = SECTOR_ALIASES.get(want[:3], want[:3])
    if gold.get("code") in STATELESS and got in STATELESS:
        return want in (got, "GOV")
    return got == want


def mention_right(gold: dict, mentions: list[dict]) -> bool:
    party = gold_party(gold)
    return any(dyad_party(m) == party and sector_right(gold, m) for m in mentions)


def event_triples(event: dict) -> set[tuple]:
    return triples(event["type"], [dyad_party(a) for a in event["actor"]], [dyad_party(r) for r in event["recipient"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    stories = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = dyad.code_many({"id": s["id"], "text": s["text"], "published": s["published"]} for s in stories)
    tally = {name: [0, 0] for name in ("event found", "event precision", "type", "status", "triple precision",
                                       "triple recall", "actors both", "date exact", "date invented",
                                       "place country", "city within 25 km", "place invented")}
    errors = []

    def count(name: str, hit: bool, where: str, message: str, bad: bool = False) -> None:
        tally[name][0] += hit
        tally[name][1] += 1
        if hit == bad:
            errors.append(f"{where}: {message}")

    for story, record in zip(stories, records):
        coded = [e for e in record["events"] if e["status"] in CODED]
        matched_ids = set()
        for gold in story["events"]:
            start, end = trigger_span(story, gold)
            here = [e for e in record["events"] if e["trigger"]["start"] < end and start < e["trigger"]["end"]]
            matched_ids.update(e["id"] for e in here)
            event = next((e for e in here if e["type"] == gold["event"]), here[0] if here else None)
            where = f"{story['id']} {gold['trigger']!r}@{start}"
            count("event found", event is not None, where, "no event at this trigger")
            count("type", bool(event) and event["type"] == gold["event"], where,
                  f"type {event and event['type']} != {gold['event']}")
            count("status", bool(event) and event["status"] == gold["status"], where,
                  f"status {event and event['status']} != {gold['status']}")

            gold_triples = triples(gold["event"], [gold_party(a) for a in gold["actor"]],
                                   [gold_party(r) for r in gold["recipient"]]) if gold["status"] in CODED else set()
            dyad_triples = set().union(*(event_triples(e) for e in here if e["status"] in CODED))
            tally["triple precision"][0] += len(gold_triples & dyad_triples)
            tally["triple recall"][0] += len(gold_triples & dyad_triples)
            tally["triple recall"][1] += len(gold_triples)
            for missing in sorted(gold_triples - dyad_triples, key=str):
                errors.append(f"{where}: missed triple {missing} (dyad: {sorted(dyad_triples, key=str)})")

            for role in ("actor", "recipient"):
                for mention in gold[role]:
                    if mention.get("code"):
                        count("actors both", bool(event) and mention_right(mention, event[role]), where,
                              f"{role} {mention['text']!r} {mention['code']} {mention.get('sector')} != "
                              f"{[(m['text'], m.get('country'), m.get('sector')) for m in event[role]] if event else None}")

            count_when_where(gold, event, lambda name, hit, message, bad=False: count(name, hit, where, message, bad))
        for event in coded:
            hit = event["id"] in matched_ids
            count("event precision", hit, story["id"], f"extra {event['type']} at {event['trigger']['text']!r}"
                  f"@{event['trigger']['start']} in {event['sentence']['text'][:90]!r}")
            tally["triple precision"][1] += len(event_triples(event))

    for name, (hits, total) in tally.items():
        rate = hits / total if total else float("nan")
        print(f"{name:18} {rate:5.2f}  ({hits}/{total})")
    (right, coded_n), gold_n = tally["triple precision"], tally["triple recall"][1]
    print(f"{'triple F1':18} {2 * right / (coded_n + gold_n) if coded_n + gold_n else float('nan'):5.2f}")
    if args.show_errors:
        print(*errors, sep="\n")


if __name__ == "__main__":
    main()
