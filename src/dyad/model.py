"""The record types of dyad's output contract (see README "The record").

Every extractor yields these; `Article.to_dict()` gives the JSON record. Offsets are Python
`str` indices `[start, end)` into the article text exactly as dyad read it, so that
`text[start:end] == span.text` for every span.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "negated", "hypothetical", "future", "denied")
MENTION_KINDS = ("person", "org", "place", "group")


@dataclass
class Span:
    text: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span of `text[start:end]`, so the text always matches the offsets."""
        return cls(text[start:end], start, end)


@dataclass
class Mention(Span):
    """An actor, recipient or speaker as written, resolved to an entity and its codes."""

    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str | None = None


@dataclass
class Place(Span):
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class DateValue(Span):
    """A temporal expression and its value: "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""

    value: str = ""


@dataclass
class Attribution:
    id: str
    source: Mention | None
    cue: list[Span]
    content: list[Span]
    direct: bool = False
    via: str | None = None


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    context: list[str]
    cameo: str | None
    quad_class: int
    score: float
    actor: list[Mention]
    recipient: list[Mention]
    trigger: Span
    sentence: Span
    date: DateValue | None = None
    location: Place | None = None
    status: str = "asserted"
    attribution: str | None = None
    confidence: float = 0.5


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON record. It carries the text that offsets point into (for HTML, the
        extracted main text), so every span can be checked against it."""
        return _plain(self)


# Values a record holds as they are: `dataclasses.asdict` deep-copies each one, which was a fifth
# of the time of turning a record into its dictionary, and these cannot change.
_IMMUTABLE = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value):
    """`dataclasses.asdict(value)`, the same dictionaries and lists, without copying immutable values."""
    kind = type(value)
    if kind in _IMMUTABLE:
        return value
    if kind is list:
        return [_plain(item) for item in value]
    if is_dataclass(value):
        names = _FIELD_NAMES.get(kind)
        if names is None:
            names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is tuple:
        return tuple(_plain(item) for item in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)
