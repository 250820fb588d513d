"""Checks shared by the tests."""

import dyad

# Statuses of what happened and of what is planned (a planned meeting is an AGREE in PLOVER).
CODED = ("asserted", "future")


def coded_events(text: str, published: str) -> list[dict]:
    """The events dyad codes in `text` as happened or planned."""
    return [e for e in dyad.code(text, published=published)["events"] if e["status"] in CODED]


def types_by_trigger(text: str, published: str) -> dict[str, tuple]:
    """Trigger word -> (type, CAMEO code) of the events coded as happened or planned."""
    return {e["trigger"]["text"]: (e["type"], e["cameo"]) for e in coded_events(text, published)}


def events_by_trigger(text: str, published: str) -> dict[str, dict]:
    """Trigger word -> event, for every event dyad codes in `text` (whatever its status)."""
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=published)["events"]}


def all_events(text: str, published: str | None) -> list[dict]:
    """Every event dyad codes in `text`, whatever its status."""
    return dyad.code(text, published=published)["events"]


def event_of(text: str, trigger: str, published: str | None) -> dict | None:
    """The first event with this trigger word, or None."""
    return next((e for e in all_events(text, published) if e["trigger"]["text"] == trigger), None)


def countries(mentions: list[dict]) -> list[str | None]:
    """The countries of a list of mentions."""
    return [m.get("country") for m in mentions]


def date_value(event: dict) -> str | None:
    """An event's date value, None when undated."""
    return (event.get("date") or {}).get("value")


def parties(text: str, published: str | None = None) -> list[tuple]:
    """(trigger word, actors, recipients) of every event, each mention as (text, country, sector)."""
    return [(e["trigger"]["text"], [(m["text"], m["country"], m["sector"]) for m in e["actor"]],
             [(m["text"], m["country"], m["sector"]) for m in e["recipient"]])
            for e in dyad.code(text, published=published)["events"]]


def parties_of(text: str, trigger: str, published: str | None = None) -> tuple:
    """The parties (as `parties` gives them) of the first event with this trigger word."""
    return next(e for e in parties(text, published) if e[0] == trigger)


def has_party(mentions: list[tuple], name: str, country: str | None, sector: str | None) -> bool:
    """Whether a mention (as `parties` gives them) holding `name` has this country and sector."""
    return any(name in m[0] and m[1] == country and m[2] == sector for m in mentions)


def place_name(text: str, trigger: str, published: str) -> str | None:
    """The place name of the first event with this trigger word (None when unplaced)."""
    record = dyad.code(text, published=published)
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return (event["location"] or {}).get("name")


def codes(mentions: list[dict]) -> list[str]:
    """The codes ("USAGOV") of a list of mentions."""
    return [m["code"] for m in mentions]


def coded_triples(text: str, published: str) -> set[tuple]:
    """(type, actor, recipient) of every coded event, each party as its country or else its code."""
    def party(mention: dict) -> str | None:
        return mention["country"] or mention["code"]

    none = [{"country": None, "code": None}]
    return {(e["type"], party(a), party(r)) for e in coded_events(text, published)
            for a in e["actor"] or none for r in e["recipient"] or none}


def spans_off_the_text(record: dict, text: str) -> list[str]:
    """Every span in the record whose offsets do not give back its text."""
    bad = []

    def walk(value, where):
        if isinstance(value, dict):
            if {"text", "start", "end"} <= value.keys() and isinstance(value["start"], int):
                if text[value["start"]:value["end"]] != value["text"]:
                    bad.append(f"{where}: {value['text']!r}")
            for key, child in value.items():
                walk(child, f"{where}.{key}")
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, f"{where}[{index}]")

    walk({k: v for k, v in record.items() if k != "text"}, "record")
    return bad
