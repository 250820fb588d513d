"""Event dates and places against short articles with hand-marked answers.

    python benchmarks/when_where.py [benchmarks/data/when_where.jsonl] [--show-errors]

Each gold article has a publication date (or null) and, for some events, the trigger word, the
date value the event happened on (null when the text does not date it) and the place (country,
and for a city its name and coordinates; null when the text does not place it). An event dyad
does not find counts as wrong. Prints:

* event found: gold events for which dyad codes an event with that trigger;
* date exact: gold-dated events whose dyad date value equals the gold value;
* date invented: gold-undated events to which dyad gives a date anyway;
* place country: gold-placed events whose dyad place has the gold country;
* city within 25 km: gold cities whose dyad place lies within 25 km of the gold coordinates;
* place invented: gold-unplaced events to which dyad gives a place anyway.

The gold file was written for dyad's development (wire-style sentences, 2005–2025; ww01–ww25 in
one session, ww26–ww61, ww62–ww85, ww86–ww107 (AP style) and ww108–ww113 (several paragraphs
under a dateline) in the next, ww114–ww127 (feature leads, stories of several paragraphs and
countries, dates before and after the event, future meetings, undated background) and
ww128–ww139 (looks back, anniversaries, days counted from the story's last date),
ww140–ww155, ww156–ww167 and ww178–ww186 (places: towns sharing names, variant spellings, towns with
their US state, regions and landmarks only, villages named by their country's adjective,
several countries in one story, small towns, undated background), ww168–ww177 (relative
dates in quotes, days before and after, parts of the day) and ww187–ww191 (British dates, the
story's clock, no publication date) in a third,
each batch written before the rules it then guided, from Latin America, Africa, South and East
Asia, Europe and the Middle East, ten without a publication date): it shows how the rules
behave on expressions and places seen in news; it is not a held-out test.
"""

import argparse
import json
import math
from pathlib import Path

import dyad

DEFAULT_GOLD = Path(__file__).with_name("data") / "when_where.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    articles = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = dyad.code_many({"id": a["id"], "text": a["text"], "published": a["published"]} for a in articles)
    tallies = {name: [0, 0] for name in ("event found", "date exact", "date invented", "place country",
                                         "city within 25 km", "place invented")}
    errors = []
    for article, record in zip(articles, records):
        for gold in article["events"]:
            found = _event(record, gold["trigger"])
            where = f"{article['id']} {gold['trigger']!r}"

            def count(name: str, hit: bool, message: str, bad: bool = False) -> None:
                _count(tallies[name], hit, errors, where, message, bad)

            count("event found", found is not None, "no event with this trigger")
            count_when_where(gold, found, count)
    for name, (hits, total) in tallies.items():
        rate = hits / total if total else float("nan")
        print(f"{name:18} {rate:5.2f}  ({hits}/{total})")
    if args.show_errors:
        print(*errors, sep="\n")


def count_when_where(gold: dict, event: dict | None, count) -> None:
    """Judge the date and place of dyad's `event` (None when not found) against a gold event;
    `count(name, hit, message, bad=False)` records each judgement."""
    date = (event or {}).get("date") and event["date"]["value"]
    place = (event or {}).get("location")
    if gold["date"] is not None:
        count("date exact", date == gold["date"], f"date {date} != {gold['date']}")
    else:
        count("date invented", date is not None, f"invented date {date}", bad=True)
    if "place" not in gold:
        return
    if gold["place"] is None:
        count("place invented", place is not None, f"invented place {place and place['name']}", bad=True)
        return
    country = place and place["country"]
    count("place country", country == gold["place"]["country"],
          f"place {place and place['name']} ({country}) != {gold['place']}")
    if gold["place"].get("lat") is not None:
        near = bool(place and place["lat"] is not None and _km(place, gold["place"]) <= 25)
        count("city within 25 km", near,
              f"city {place and place['name']} not within 25 km of {gold['place'].get('name')}")


def _event(record: dict, trigger: str) -> dict | None:
    return next((e for e in record["events"] if e["trigger"]["text"].lower() == trigger.lower()), None)


def _count(tally: list[int], hit: bool, errors: list[str], where: str, message: str, bad: bool = False) -> None:
    tally[0] += hit
    tally[1] += 1
    if hit == bad:
        errors.append(f"{where}: {message}")


def _km(a: dict, b: dict) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


if __name__ == "__main__":
    main()
