"""Read PETRARCH/TABARI actor and agent dictionaries users already own.

Put them in a folder named in DYAD_LEXICON_PATH as ``NAME.actors.txt`` / ``NAME.agents.txt``.
Supported, as the PETRARCH dictionary documentation describes them:

actors::

    VLADIMIR_PUTIN_  [RUSGOV]      ; a primary phrase with an optional default code
    +PUTIN_                        ; synonyms start with '+'
        [RUSGOV 000507-080507]     ; indented date restrictions: from-to, <before, >after
        [RUSELI <000507]

agents::

    PRESIDENT_ [~GOV]              ; '~' before the code: an agent (sector) of an actor
    POLICE {} [~COP]               ; {} no plural; {MEN} an irregular plural; else +S / Y->IES
    HUMAN_RIGHTS_GROUP [NGO~]      ; '~' after the code: same sector here
    !PERSON! = MAN, MEN, WOMAN     ; substitution sets, used as CONGRESS!PERSON!

Codes are read as CAMEO: a three-letter country (ISO alpha-3) then a sector ("RUSGOV"), or a
stateless sector alone ("IGO"). Dates are YYMMDD (years below 30 are 20xx) or YYYYMMDD.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from dyad import lexicon

CODE = re.compile(r"\[([^\]]*)\]")
RESTRICTION = re.compile(r"^(?P<code>[A-Za-z~]+)(?:\s+(?P<when>[<>]?\d{6,8}(?:\s*-\s*\d{6,8})?))?$")
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def user_dictionaries() -> list[Path]:
    """Every ``*.actors.txt`` and ``*.agents.txt`` in DYAD_LEXICON_PATH."""
    return [path for directory in lexicon.user_dirs()
            for pattern in ("*.actors.txt", "*.agents.txt") for path in sorted(directory.glob(pattern))]


def load_user_dictionaries() -> Iterator[dict]:
    """Entries from every user dictionary, actors then agents of each folder."""
    for path in user_dictionaries():
        yield from read_actors(path) if path.name.endswith(".actors.txt") else read_agents(path)


def _strip_comment(line: str) -> str:
    for mark in ("#", ";"):
        cut = line.find(mark)
        if cut >= 0:
            line = line[:cut]
    return line.rstrip()


def phrase(text: str) -> str:
    """ "VLADIMIR_PUTIN_" -> "Vladimir Putin"."""
    words = [w for w in re.split(r"[_\s]+", text.strip()) if w]
    return " ".join(w if any(c.islower() for c in w) else w.title() for w in words)


def parse_date(text: str) -> dt.date:
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def split_code(code: str) -> tuple[str | None, str | None]:
    """ "RUSGOV" -> ("RUS", "GOV"); "IGO" -> (None, "IGO"); "USA" -> ("USA", None)."""
    code = code.strip("~").upper()
    head, rest = code[:3], code[3:6] or None
    if head in _countries():
        return head, rest
    return None, head or None


def _countries() -> frozenset[str]:
    return frozenset(e["code"] for e in lexicon.load("actors/countries"))


def _restriction(text: str) -> dict | None:
    match = RESTRICTION.match(text.strip())
    if not match:
        return None
    country, sector = split_code(match["code"])
    role = {"country": country, "sector": sector, "start": None, "end": None}
    when = (match["when"] or "").replace(" ", "")
    if when.startswith("<"):
        role["end"] = parse_date(when[1:])
    elif when.startswith(">"):
        role["start"] = parse_date(when[1:])
    elif "-" in when:
        start, end = when.split("-")
        role["start"], role["end"] = parse_date(start), parse_date(end) + dt.timedelta(days=1)
    return role


def read_actors(path: Path) -> Iterator[dict]:
    """Actor records: each a primary phrase, its synonyms and its dated codes."""
    record: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("<!--"):
            continue
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if record is not None:
                record["aliases"].append(phrase(CODE.sub("", stripped[1:])))
            continue
        if stripped.startswith("["):
            if record is not None:
                for code in CODE.findall(stripped):
                    role = _restriction(code)
                    if role is not None:
                        record["roles"].append(role)
            continue
        if record is not None:
            yield _finish(record)
        codes = CODE.findall(stripped)
        name = phrase(CODE.sub("", stripped))
        country, sector = split_code(codes[0]) if codes else (None, None)
        record = {"type": "actor", "name": name, "aliases": [], "roles": [],
                  "country": country, "sector": sector}
    if record is not None:
        yield _finish(record)


def _finish(record: dict) -> dict:
    """A record with dated codes is a person; a bare country code a country; else an org."""
    roles = record["roles"]
    default = [r for r in roles if r["start"] is None and r["end"] is None]
    if default and not record["country"] and not record["sector"]:
        record["country"], record["sector"] = default[0]["country"], default[0]["sector"]
    record["roles"] = [r for r in roles if r["start"] or r["end"]]
    if record["roles"]:
        record["kind"] = "person"
    elif record["country"] and not record["sector"]:
        record["kind"] = "place"
    else:
        record["kind"] = "org"
    return record


def read_agents(path: Path) -> Iterator[dict]:
    """Agent records: the phrase with its plural forms and the sector of its code."""
    substitutions: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("<!--"):
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        sub = SUBSTITUTION.match(line)
        if sub:
            substitutions[sub[1]] = [w.strip() for w in sub[2].split(",") if w.strip()]
            continue
        codes = CODE.findall(line) or re.findall(r"\[([^\]}]*)\}", line)
        if not codes:
            continue
        body = re.sub(r"\[[^\]}]*[\]}]", "", line)
        plural_match = re.search(r"\{([^}]*)\}", body)
        base = re.sub(r"\{[^}]*\}", "", body).strip()
        words = _expand(base, substitutions)
        if plural_match is None:
            words += [_plural(w) for w in words if "!" not in base]
        elif plural_match[1].strip():
            words.append(phrase(plural_match[1]).lower())
        _, sector = split_code(codes[0].replace("~", ""))
        yield {"type": "agent", "words": sorted(set(words)), "sector": sector}


def _expand(base: str, substitutions: dict[str, list[str]]) -> list[str]:
    marker = re.search(r"![A-Z]+!", base)
    if not marker or marker[0] not in substitutions:
        return [phrase(base).lower()]
    return [w for value in substitutions[marker[0]]
            for w in _expand(base.replace(marker[0], value, 1), substitutions)]


def _plural(word: str) -> str:
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    return word + "s"
