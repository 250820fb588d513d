"""The actor knowledge base: countries, organisations, people with dated roles and role nouns
(agents), compiled once per process from the lexicon files into a token-sequence index.

Sources: this folder's YAML files (see SOURCES.md), users' files of the same names in the
folders named by ``DYAD_LEXICON_PATH``, and users' PETRARCH/TABARI dictionaries (``petrarch``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache
from pathlib import Path

from spacy import about

from dyad import lexicon
from dyad.cache import derived

# Kinds of name an alias can be for an entity.
NAME, WEAK, ADJECTIVE, DEMONYM, CAPITAL, SEAT = "name", "weak", "adjective", "demonym", "capital", "seat"

@dataclass(frozen=True)
class Role:
    country: str | None
    sector: str | None
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    org: str | None = None  # the body the office belongs to ("NATO" for its secretary-general)

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def ended_on(self, day: dt.date) -> bool:
        """The office ended on `day` (a leader ousted on the story's own date still holds it), or
        in its month where only the month is known (an end on the 1st: SOURCES.md)."""
        return self.end is not None and (self.end == day or self.end.day == 1 and self.end < day
                                         and (self.end.year, self.end.month) == (day.year, day.month))


@dataclass(frozen=True)
class Entity:
    """A person, organisation or country of the knowledge base (or one found in a document)."""

    name: str
    kind: str  # person | org | place | group
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    stateless: bool = False  # a body with no country by nature: its code is its sector
    national: bool = False  # a country, its government, its people or capital (not an organisation)
    shared_by: frozenset = frozenset()  # countries whose own body has its one-word name ("Congress")
    function: str | None = None  # what a stateless body does ("JUD" for the ICC): coded beside its type

    def role_at(self, day: dt.date | None) -> Role:
        """The role held on `day`; outside every role the nearest one's country (sector ELI
        after an office ended, none before the first); no date: the latest role, the one still
        held or held last (a long opposition career outlasts a short spell as prime minister
        inside it: Tsvangirai, Tshisekedi), of those still held the one begun last, unless it was
        brief (`_unless_brief`); except that a
        movement which fought before it took power (the Taliban, HTS) is the rebels of its armed
        years, which most of the news of it tells of (its own words, "the Taliban government",
        still make it the government)."""
        if not self.roles:
            return Role(self.country, self.sector)
        if day is None:
            latest = max(self.roles, key=lambda r: (r.end or dt.date.max, r.start or dt.date.min))
            armed = [r for r in self.roles if r.sector == "REB"]
            if self.kind != "person" and latest.sector == "GOV" and armed:
                return max(armed, key=lambda r: r.start or dt.date.min)
            return _unless_brief(latest, self.roles) if self.kind == "person" else latest
        current = [r for r in self.roles if r.holds(day)] or [r for r in self.roles if r.ended_on(day)]
        if current:
            return max(current, key=lambda r: r.start or dt.date.min)
        past = [r for r in self.roles if r.end is not None and r.end <= day]
        if past:
            last = max(past, key=lambda r: r.end)
            return Role(last.country, after_last_role(last, self.roles, day) if self.kind == "person" else last.sector, None)
        first = min(self.roles, key=lambda r: r.start or dt.date.max)
        return Role(first.country, None if self.kind == "person" else first.sector, None)


# Offices of the state and of international bodies: who held one and no longer does is an
# ex-official (ELI, as CAMEO codes "former president X").
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "ELI"})


# How long after a candidacy or party post ended the news still tells of the person by it (the
# death or defeat itself and the days of reports after it).
PARTY_LAG = dt.timedelta(days=31)


def after_last_role(last: Role, roles: tuple[Role, ...], day: dt.date | None = None) -> str | None:
    """A person's sector after their last role: an ex-official (ELI) after an office, or when
    they held one before ("Sarath Fonseka", the army commander who ran against the president, in
    jail years later); one who never held an office the news keeps telling of by the role outside
    the state ("Velupillai Prabhakaran" the day after he was killed, "Ratko Mladic" as a fugitive
    years after the war: the rebel leader), since ELI is for former officials. A candidacy is
    brief by nature: the candidate shot at a rally is the party's the day after, one whose
    campaign ended months ago is no longer."""
    if last.sector in OFFICE_SECTORS or any(r.sector in OFFICE_SECTORS for r in roles):
        return "ELI"
    if last.sector == "PTY" and (day is None or last.end is None or day - last.end > PARTY_LAG):
        return "ELI"
    return last.sector


def _unless_brief(latest: Role, roles: tuple[Role, ...]) -> Role:
    """A last office cut short within months (John Garang's three weeks as Sudan's vice
    president, ElBaradei's month as Egypt's) is not what the news of the person tells of: the
    role held at least five times as long is. A candidacy is brief by nature and stays."""
    if latest.end is None or latest.start is None or latest.sector == "PTY" or latest.end - latest.start >= BRIEF:
        return latest
    longest = max(roles, key=_length)
    return longest if _length(longest) >= 5 * (latest.end - latest.start) else latest


def _length(role: Role) -> dt.timedelta:
    return (role.end or KB_AS_OF) - (role.start or KB_AS_OF)


# An office held less than this is a brief one; the knowledge base's roles are current as of late 2025.
BRIEF = dt.timedelta(days=365)
KB_AS_OF = dt.date(2025, 12, 1)


@dataclass(frozen=True)
class Alias:
    entity: Entity
    how: str
    tokens: tuple[str, ...]  # as written in the lexicon, for the capitalisation check


@dataclass(frozen=True)
class Agent:
    """A role or title noun: its sector, and what it says about the one who bears it."""

    sector: str | None
    kind: str | None = None
    gender: str | None = None
    title: str | None = None
    leader: bool = False
    relational: bool = False
    honorific: bool = False
    generic: bool = False  # "leaders", "officials": a modifier's sector wins ("rebel leaders")
    country: str | None = None  # a title only one country has ("secretary of state", "taoiseach")
    state: bool = False  # a state's own force or police ("the army", "security forces")
    refers_back: bool = False  # "the group": alone and definite, the body named just before
    follows: bool = False  # "supporters": of the country, and a movement's sector, of whom they follow
    pair: str | None = None  # "the two countries", "both sides": the last two named before; countries, people or any
    peer: bool = False  # "his Sudanese counterpart": holds the possessor's kind of office, elsewhere
    region: bool = False  # "West African", "Arab": of several countries ("West African leaders")
    facility: bool = False  # "government buildings", "an army base": its owner, when a modifier names one
    fired: bool = False  # "Russian missile strikes", "Hamas rockets": the side that fired, when a modifier names one
    irregular: bool = False  # "militias", "gangs": on a government's side ("pro-Jakarta militias") CAMEO's PRM
    policing: bool = False  # "officers": alone, in a story of police or a crowd and of no soldiers, police officers
    crowd: bool = False  # "protesters": a crowd the police face
    held: str | None = None  # "positions": the sector of the forces that hold it, when a nationality says only whose
    kin: bool = False  # "brother", "wife": of the country of the relative; a ruler's or official's kin are elites (ELI)


@dataclass
class KnowledgeBase:
    names: dict[tuple[str, ...], list[Alias]] = field(default_factory=dict)
    agents: dict[tuple[str, ...], Agent] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first token -> longest phrase
    countries: dict[str, Entity] = field(default_factory=dict)
    holders: dict[str, list[tuple[Entity, Role]]] = field(default_factory=dict)  # title -> roles
    leader_titles: frozenset = frozenset()
    _people: dict | None = None  # first name -> [(full name, person)], built on first use
    person_names: set = field(default_factory=set)  # canonical names of known people
    body_names: set = field(default_factory=set)  # canonical names of known organisations and groups
    called: dict[str, frozenset] = field(default_factory=dict)  # a body's name -> nouns news calls it ("alliance")

    def add_name(self, text: str, entity: Entity, how: str) -> None:
        words = _words(text)
        if not words:
            return
        joined = _join_initials(words)
        if joined != words:
            self._add_words(joined, entity, how)  # "A. K. Antony" is also written "A.K. Antony"
        if "-" in words[1:-1] and how != WEAK:
            # "al-Shabaab" is also written "Al Shabaab", "Jamaat-e-Islami" "Jamaat e Islami"
            self._add_words([w for w in words if w != "-"], entity, how)
        self._add_words(words, entity, how)

    def _add_words(self, words: list[str], entity: Entity, how: str) -> None:
        key = tuple(_norm(w) for w in words)
        bucket = self.names.setdefault(key, [])
        if any(a.entity is entity and (a.how != how or a.tokens == tuple(words)) for a in bucket):
            return  # the same name again; "Nato" beside "NATO" is kept, for its capitals
        bucket.append(Alias(entity, how, tuple(words)))
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))

    def agent(self, word: str) -> Agent | None:
        """The agent noun one word is ("police", "conservatives"), else None."""
        return self.agents.get((_norm(word),))

    def names_a_person(self, word: str) -> bool:
        """Whether the word alone names someone the knowledge base knows ("Bush", "Obama")."""
        return any(a.entity.kind == "person" for a in self.names.get((_norm(word),), ()))

    def names_a_body(self, text: str) -> bool:
        """Whether the words name an organisation or armed group the knowledge base knows ("Hamas",
        "the Red Cross"), not a state or its seat ("the Kremlin")."""
        key = tuple(_norm(w) for w in _words(text))
        return any(a.entity.kind in ("org", "group") and not a.entity.national for a in self.names.get(key, ()))

    def similar_person(self, name: str, title: str | None = None) -> Entity | None:
        """The one person whose full name is `name` spelt another way ("Laurent Gbago",
        "Abdelaziz Bouteflicka"): the same first name and a surname at most about one letter in
        seven off, holding `title` in some role when the text gives one. Foreign names reach
        the news in several transliterations; a near miss on a lone surname is not enough."""
        words = [_norm(w) for w in name.split()]
        if len(words) < 2 or len(words[-1]) < 5:
            return None
        found = {entity for key, entity in self._by_first_word().get(words[0], ())
                 if len(key) == len(words) and key[1:-1] == tuple(words[1:-1])
                 and _similar(key[-1], words[-1], SIMILAR_SURNAME)
                 and (title is None or any(r.title == title for r in entity.roles))}
        if not found and title is not None:
            # "Deputy Prime Minister Tareq Aziz": the given name spelt another way, the surname
            # and an office the person held both as written.
            found = {a.entity for a in self.names.get(tuple(words[1:]), [])
                     if a.how in (NAME, WEAK) and a.entity.kind == "person"
                     and any(r.title == title for r in a.entity.roles)
                     and _similar(_norm(a.entity.name.split()[0]), words[0], 0.8)}
        return found.pop() if len(found) == 1 else None

    def given_name(self, word: str) -> bool:
        """Whether the word opens the full name of someone the knowledge base knows ("Hussein"
        of Hussein Tantawi): as a lone word it may be anyone's."""
        return _norm(word) in self._by_first_word()

    def _by_first_word(self) -> dict:
        if self._people is None:
            self._people = {}
            for key, aliases in self.names.items():
                for alias in aliases:
                    if alias.how == NAME and alias.entity.kind == "person" and len(key) >= 2:
                        self._people.setdefault(key[0], []).append((key, alias.entity))
        return self._people

    def add_agent(self, text: str, agent: Agent) -> None:
        # As the tokenizer splits it ("vice-president" -> vice - president) and, for one word,
        # as written ("ms." stays one token in "Ms. Kovacs").
        keys = {tuple(_norm(w) for w in _words(text))}
        if " " not in text.strip():
            keys.add((_norm(text.strip()),))
        for key in keys:
            if key and key not in self.agents:
                self.agents[key] = agent
                self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))


SIMILAR_SURNAME = 0.85


def _similar(a: str, b: str, threshold: float) -> bool:
    """SequenceMatcher's ratio of `a` and `b` is at least `threshold`. The two quick ratios are
    upper bounds of it that cost next to nothing and rule out most pairs: same answer, faster."""
    matcher = SequenceMatcher(None, a, b)
    return (matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold
            and matcher.ratio() >= threshold)


# Letters that carry no accent to drop but that English news writes as plain Latin ones
# ("Wałęsa" is written "Walesa", "Kılıçdaroğlu" "Kilicdaroglu", "Støre" "Store").
PLAIN_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ð": "d", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
                               "þ": "th", "ħ": "h"})


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    """Lower case, curly apostrophes and the okina straightened, accents dropped: "Élysée" =
    "elysee", "Mataʻafa" = "Mata'afa"."""
    word = word.replace("’", "'").replace("‘", "'").replace("ʻ", "'").replace("ʼ", "'").lower()
    if word.isascii():
        return word
    word = word.translate(PLAIN_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _join_initials(words: list[str]) -> list[str]:
    """Initials written apart as one token: ["A.", "K.", "Antony"] -> ["A.K.", "Antony"]."""
    out: list[str] = []
    for word in words:
        if len(word) == 2 and word[0].isupper() and word[1] == "." and out and out[-1][-2:-1].isupper() \
                and out[-1].endswith(".") and len(out[-1]) % 2 == 0 and all(c == "." for c in out[-1][1::2]):
            out[-1] += word
        else:
            out.append(word)
    return out


@cache
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _words(text: str) -> list[str]:
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return [t.text for t in _tokenizer()(text) if not t.is_space]


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _roles(entry: dict) -> tuple[Role, ...]:
    """Dated roles: a YAML entry's `roles` list, or a table row's own country, sector, title,
    start and end columns as its one role."""
    rows = entry.get("roles") or ([entry] if any(entry.get(k) for k in ("title", "start", "end")) else ())
    return tuple(
        Role(r.get("country"), r.get("sector"), (r.get("title") or None) and str(r["title"]).lower(),
             _date(r.get("start")), _date(r.get("end")), r.get("org"))
        for r in rows
    )


def _list(value) -> list[str]:
    """A YAML list, or a table cell of values separated by ';' ("Putin; Vladimir V. Putin")."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v) for v in value]


ACTOR_LEXICONS = ("actors/people", "actors/organizations", "actors/countries", "actors/agents")


@cache
def knowledge_base() -> KnowledgeBase:
    """Every actor lexicon (shipped, users' YAML/TSV, users' PETRARCH dictionaries), compiled
    once per version of those files and of this code and kept between runs (`dyad.cache`).
    Clear with `clear_caches()` after changing DYAD_LEXICON_PATH within a process."""
    return derived("knowledge", _knowledge_inputs(), _compile_knowledge)


def _knowledge_inputs() -> bytes:
    """What the compiled knowledge depends on: the lexicon files, the compiling code and the
    tokenizer that splits names into words."""
    from dyad.lexicon.actors import petrarch

    sources = [Path(__file__), Path(petrarch.__file__)]
    sources += [path for key in ACTOR_LEXICONS for path in lexicon.files(key)]
    sources += petrarch.user_dictionaries()
    return b"\0".join([about.__version__.encode()] + [bytes(str(p), "utf-8") + p.read_bytes() for p in sources])


def _compile_knowledge() -> KnowledgeBase:
    from dyad.lexicon.actors import petrarch

    kb = KnowledgeBase()
    for entry in _people(lexicon.load("actors/people")):
        _add_person(kb, entry)
    for entry in lexicon.load("actors/organizations"):
        _add_org(kb, entry)
    for entry in lexicon.load("actors/countries"):
        _add_country(kb, entry)
    for entry in lexicon.load("actors/agents"):
        agent = Agent(entry.get("sector"), entry.get("kind"), entry.get("gender"), entry.get("title"),
                      bool(entry.get("leader")), bool(entry.get("relational")), bool(entry.get("honorific")),
                      bool(entry.get("generic")), entry.get("country"), bool(entry.get("state")),
                      bool(entry.get("refers_back")), bool(entry.get("follows")), entry.get("pair"),
                      bool(entry.get("peer")), bool(entry.get("region")), bool(entry.get("facility")),
                      bool(entry.get("fired")), bool(entry.get("irregular")), bool(entry.get("policing")),
                      bool(entry.get("crowd")), entry.get("held"), bool(entry.get("kin")))
        for word in _list(entry.get("words")):
            kb.add_agent(str(word), agent)
    for entry in petrarch.load_user_dictionaries():
        if entry["type"] == "agent":
            for word in entry["words"]:
                kb.add_agent(word, Agent(entry["sector"]))
        else:
            _add_person(kb, entry) if entry["kind"] == "person" else _add_org(kb, entry)
    kb.leader_titles = frozenset(a.title for a in kb.agents.values() if a.leader and a.title)
    return kb


def _people(entries) -> list[dict]:
    """YAML people as they are; the rows of a table that share a name, one dated role each, as
    one person (people.tsv lists a prime minister who became president on two rows)."""
    people, by_name = [], {}
    for entry in entries:
        if "roles" in entry or not any(entry.get(k) for k in ("title", "start", "end")):
            people.append(entry)
            continue
        person = by_name.get(entry["name"])
        if person is None:
            person = by_name[entry["name"]] = {"name": entry["name"], "gender": entry.get("gender"),
                                                "aliases": [], "roles": []}
            people.append(person)
        person["aliases"] += _list(entry.get("aliases"))
        person["gender"] = person["gender"] or entry.get("gender")
        person["surname"] = person.get("surname") or entry.get("surname")
        person["roles"].append(entry)
    return people


def _add_person(kb: KnowledgeBase, entry: dict) -> None:
    roles = _roles(entry)
    person = Entity(str(entry["name"]), "person", gender=entry.get("gender"), roles=roles,
                    country=entry.get("country"), sector=entry.get("sector"),
                    stateless=bool(roles) and all(r.country is None for r in roles))
    kb.add_name(person.name, person, NAME)
    kb.person_names.add(person.name)
    for alias in _list(entry.get("aliases")):
        kb.add_name(alias, person, NAME)
    surname = _surname_alias(entry, person.name)
    if surname:
        kb.add_name(surname, person, WEAK)
    for role in roles:
        if role.title:
            kb.holders.setdefault(role.title, []).append((person, role))


NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "v", "vi"})
NAME_PARTICLES = frozenset({"bin", "ibn", "al", "bint"})
ROYAL_TITLES = frozenset({"king", "queen", "emperor", "sultan", "emir", "prince", "princess", "pope"})


def _surname_alias(entry: dict, name: str) -> str | None:
    """The name a later mention uses alone: the entry's own `surname` where it gives one ("-" for
    none: a last word that is another listed person's surname, a place or an English word, as
    Raymond Barre's beside Siad Barre's; such a person is still found by the full name, and a lone
    "Barre" after it is him), else the last word of the name."""
    given = entry.get("surname")
    if given:
        return None if str(given).strip() == "-" else str(given)
    return _surname(name)


def _surname(name: str) -> str | None:
    """The family name a later mention may use alone ("Merkel"); none where the last word is
    not one ("Jr.", "II", "bin Salman", "Kim Jong Un", "King Salman")."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in ROYAL_TITLES:
        return None
    if words[-1].lower() in NAME_SUFFIXES or len(words[-1]) <= 2:
        return None
    if any(w.lower() in NAME_PARTICLES for w in words):
        return None
    return words[-1]


def _add_org(kb: KnowledgeBase, entry: dict) -> None:
    org = Entity(str(entry["name"]), entry.get("kind") or "org", entry.get("country"), entry.get("sector"),
                 roles=_roles(entry), stateless=not entry.get("country"),
                 shared_by=frozenset(_list(entry.get("shared_by"))), function=entry.get("function"))
    for alias in [org.name, *_list(entry.get("aliases"))]:
        kb.add_name(alias, org, NAME)
    kb.body_names.add(org.name)
    if entry.get("called"):
        kb.called[org.name] = frozenset(_list(entry["called"]))


def _add_country(kb: KnowledgeBase, entry: dict) -> None:
    code = entry["code"]
    name = str(entry["name"])
    country = Entity(name, "place", code, national=True)
    kb.countries[code] = country
    government = Entity(name, "org", code, "GOV", national=True)
    people = Entity(name, "group", code, "CVL", national=True)
    capital = Entity(name, "place", code, "GOV", national=True)
    for field_name, entity, how in (("name", country, NAME), ("iso_name", country, NAME),
                                    ("official", country, NAME), ("aliases", country, NAME),
                                    ("demonyms", people, DEMONYM), ("capitals", capital, CAPITAL),
                                    ("seats", government, SEAT), ("adjectives", country, ADJECTIVE)):
        for value in _list(entry.get(field_name)):
            kb.add_name(value, entity, how)
    for value in _list(entry.get("breakaway")):
        # "Abkhazia", "Transnistria": a breakaway region named as a side is coded by the state it
        # belongs to, with PLOVER's sector for partially recognised entities (PRE)
        kb.add_name(value, Entity(str(value), "place", code, "PRE", national=True), NAME)
    # the people of a country are also called by its adjective in -an or -i with an s ("Ecuadoreans",
    # "Kosovans", "Darfuris"), spellings a demonym list leaves out
    for adjective in _list(entry.get("adjectives")):
        plural = f"{adjective}s"
        if adjective.endswith(("an", "i")) and tuple(_norm(w) for w in _words(plural)) not in kb.names:
            kb.add_name(plural, people, DEMONYM)


def kb_sizes() -> dict[str, int]:
    """How much the compiled knowledge holds (for reports and SOURCES.md)."""
    kb = knowledge_base()
    aliases = [a for bucket in kb.names.values() for a in bucket]
    entities = {a.entity for a in aliases}
    people = {e for e in entities if e.kind == "person"}
    hows = {how: sum(a.how == how for a in aliases) for how in (ADJECTIVE, DEMONYM, CAPITAL, SEAT)}
    return {
        "countries": len(kb.countries),
        "country_adjectives": hows[ADJECTIVE],
        "country_demonyms": hows[DEMONYM],
        "metonyms": hows[CAPITAL] + hows[SEAT],  # capitals and seats of government
        "organizations": len({e for e in entities if e.kind in ("org", "group") and not e.national}),
        "people": len(people),
        "dated_roles": sum(len(p.roles) for p in people),
        "role_noun_phrases": len(kb.agents),
        "role_noun_entries": len(lexicon.load("actors/agents")),
        "names": len(kb.names),
    }


def clear_caches() -> None:
    """Forget the compiled knowledge (after DYAD_LEXICON_PATH or a lexicon file changed)."""
    lexicon.load.cache_clear()
    knowledge_base.cache_clear()
