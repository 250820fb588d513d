"""PLOVER events from the dependency parse: who did what to whom.

Triggers come from the lexicon (`events/verbs`, `events/nouns`, `events/light_verbs`); the
parse gives the participants: subjects and passive agents are actors; direct objects, datives
and the prepositions a pattern names are recipients; compound actors are split; controlled
verbs take their controller ("agreed to meet", "sent his envoy to meet"). A trigger that
governs another ("agreed to meet", "halted weapons supplies", "called on X to send arms")
gives one event, coded by `events/complements`. A statement is not an event: plain "said" is
left to the attribution extractor. Each trigger yields at most one event.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.extract.event_coding import build_event
from dyad.extract.event_lexicon import event_lexicon
from dyad.extract.event_triggers import find_triggers
from dyad.model import Attribution, DateValue, Event, Place


def find_events(doc: Doc, actors, attributions: list[Attribution], dates: list[DateValue],
                places: list[Place]) -> list[Event]:
    """Every event in `doc`; `actors` is the document's ActorResolver."""
    lex = event_lexicon()
    events = []
    for item in find_triggers(doc, lex):
        event = build_event(item, lex, actors, attributions, dates, places)
        if event is not None:
            events.append(event)
    return _merge_repeats(events)


def _merge_repeats(events: list[Event]) -> list[Event]:
    """Within an article, the same happening reported again (same type, participants and status,
    compatible mode and date, e.g. "the call" after "a phone call") is kept once."""
    kept: list[Event] = []
    for event in events:
        key = _participants(event)
        if key is None:
            kept.append(event)
            continue
        first = next((k for k in kept if k.type == event.type and k.status == event.status
                      and _participants(k) == key and _compatible(k.mode, event.mode)
                      and _compatible(k.date.value if k.date else None, event.date.value if event.date else None)), None)
        if first is None:
            kept.append(event)
            continue
        first.confidence = round(min(1.0, first.confidence + 0.05), 2)
        first.mode = first.mode or event.mode
        first.date = first.date or event.date
        first.location = first.location or event.location
    return kept


def _participants(event: Event):
    """Who took part, by canonical name (two envoys of one government are two parties)."""
    names = [m.name or m.code for m in event.actor + event.recipient]
    if not event.actor or None in names:
        return None
    if event.type == "CONSULT":
        return frozenset(names)
    return frozenset(m.name or m.code for m in event.actor), frozenset(m.name or m.code for m in event.recipient)


def _compatible(a, b) -> bool:
    return a is None or b is None or a == b
