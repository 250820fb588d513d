"""Who: actor phrases resolved to a canonical name, a country, a sector and a code.

The knowledge is data (``lexicon/actors/``, compiled by ``lexicon.actors.knowledge``):
countries with their names, adjectives, demonyms, capitals and seats of government;
organisations and armed groups; people with dated roles; title and role nouns with their sector
(agents). Each document is scanned once (``ActorResolver.__init__``, ``actor_index``): every
knowledge-base name, every role noun and every named entity spaCy finds becomes a referent
at its offsets, and pronouns, surnames and definite titles ("the Russian leader") are linked to
their antecedents (``coref``). ``resolve`` then reads a phrase's structure (its head, modifiers,
possessor, apposition and the place it is in: ``actor_places``) against that index;
``actor_coordination`` splits "Russia and China" into its actors.

Codes: country + sector ("RUSGOV"); the country alone when the sector is unknown ("RUS"); the
sector alone for a body that has no country ("IGO" for NATO or the UN, "NGO", "REB" for
al-Qaeda); null when the country is unknown ("a senior official": sector GOV, code null).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from dyad.extract.actor_coordination import SIDE_SECTORS, elided_country, split_coordination
from dyad.extract.actor_index import Found, scan, sentence_index, title_case_line, token_texts  # noqa: F401
from dyad.extract.actor_places import (
    LOCATIVE_PREPS, PLACE_NOUNS, POSTINGS, TOWN_NOUNS, armed_force_modifier, destination, located, neighbour, locative, name_country,
    introducing_noun, mistagged_region, mistagged_town, named_by_place_noun, participle_place, place_country,
    region_country, title_place_country, scene_country, venue,
)
from dyad.extract import per_doc
from dyad.extract.actor_era import Era, role_in_era, story_era
from dyad.extract.phrases import based_in, dateline_end, noun_phrase
from dyad.extract.places import stop_name

from dyad.lexicon.actors.knowledge import (  # noqa: F401 (re-exported for coref and tests)
    ADJECTIVE, CAPITAL, DEMONYM, NAME, SEAT, WEAK, Agent, Entity, Role, _norm, clear_caches, kb_sizes, knowledge_base,
)
from dyad.model import Mention

PRONOUNS = {
    # word: (gender, plural); gender None means either
    "he": ("male", False), "him": ("male", False), "his": ("male", False), "himself": ("male", False),
    "she": ("female", False), "her": ("female", False), "hers": ("female", False), "herself": ("female", False),
    "they": (None, True), "them": (None, True), "their": (None, True), "theirs": (None, True),
    "themselves": (None, True),
    "it": ("neuter", False), "its": ("neuter", False), "itself": ("neuter", False),
}


FIRST_PERSON = {"i": False, "me": False, "my": False, "myself": False,
                "we": True, "us": True, "our": True, "ours": True, "ourselves": True}


# A name the tagger does not call a place is taken for a town only if it is one this large.
TOWN_POPULATION = 100_000


# Sectors of bodies that have no country: their code is the sector alone.
STATELESS_SECTORS = frozenset({"IGO", "NGO"})


# Role nouns of people who fight ("troops", "rebels"): what they are wins over their body's sector.
ARMED_SECTORS = frozenset({"MIL", "REB"})


# What the people of an international body do that CAMEO codes beside the body ("judges at the
# International Criminal Court": IGO JUD); its officials and envoys are the body's (IGO).
BODY_FUNCTIONS = frozenset({"JUD", "COP"})


# Offices that belong to a state: a titled person's country may come from their sentence.
NATIONAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


# Sectors of people and bodies that act at home: one without a country word ("the rebels",
# "the opposition", "residents", "Interior Minister X") belongs to the country of its context.
# Not stateless bodies or people of unknown sector ("experts"); unidentified gunmen (UAF) are
# coded, as CAMEO does, by the country where they strike, and refugees or displaced people whose
# phrase names no nationality ("a camp for displaced people in Tigray") by where they are.
DOMESTIC_SECTORS = NATIONAL_SECTORS | frozenset({"REB", "OPP", "CVL", "PTY", "EDU", "MED", "BUS", "LAB",
                                                 "REL", "AGR", "HLH", "CRM", "ELI", "UAF", "REF", "PRM"})


# Private people and bodies, whose nationality armed men or police acting on them (FORCE_SECTORS)
# do not share by default ("Militants seized two French aid workers"; not "the cardinal urged
# Filipinos to join the protest", words to his own people).
PRIVATE_SECTORS = frozenset({"CVL", "NGO", "BUS", "MED", "EDU", "REL", "HLH", "AGR", "LAB", "REF"})
FORCE_SECTORS = frozenset({"COP", "MIL", "REB", "UAF", "CRM", "PRM"})


# Sectors of people who are where their deed or fate happens (victims, residents, refugees, rebels,
# police, students): in a sentence that names several countries, the scene's country is theirs.
# Not soldiers, who fight abroad.
SCENE_SECTORS = frozenset({"CVL", "COP", "REB", "UAF", "OPP", "AGR", "LAB", "REL", "HLH", "REF", "PRM", "EDU"})


NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Labels the small model gives a lone surname (it tags many a foreign one an organisation).
SURNAME_LABELS = frozenset({"PERSON", "ORG", ""})


# Words that never start an actor name on their own even when capitalised (headline case).
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "any", "many",
                         "several", "two", "three", "both", "all", "other", "another", "each"})


@dataclass
class Info:
    """What a phrase resolves to, before offsets make it a Mention."""

    name: str | None
    country: str | None
    sector: str | None
    kind: str | None
    gender: str | None = None
    stateless: bool = False
    title: str | None = None
    org: str | None = None
    body: str | None = None  # IGO/NGO when a stateless body's people have a sector of their own

    @property
    def code(self) -> str | None:
        if self.country:
            return self.country + (self.sector or "")
        if self.body:
            return self.body + (self.sector if self.sector != self.body else "")  # "NATO troops": IGOMIL
        return self.sector if self.stateless else None


class ActorResolver:
    """Resolves the actor phrases of one parsed document. Build once per Doc."""

    def __init__(self, doc: Doc, published: dt.date | None):
        from dyad.extract import coref

        self.doc = doc
        self.text = per_doc.text(doc)
        self.published = published
        self.kb = knowledge_base()
        self.texts, self.norms = token_texts(doc)
        self.found = scan(doc, self.kb, self.texts, self.norms)
        self.at_token: dict[int, Found] = {}
        for item in self.found:
            for i in range(item.start, item.end):
                self.at_token[i] = item
        self.found_starts = [f.start for f in self.found]  # in text order
        self.mentioned = {a.entity for f in self.found for a in f.aliases if a.how != WEAK}
        self.doc_countries = {f.aliases[0].entity.country for f in self.found
                              if len({a.entity for a in f.aliases}) == 1 and f.aliases[0].how != WEAK}
        # Token.sent walks the whole document on every call, and Doc.sents makes a Token per
        # word: index sentences once from the array of sentence starts.
        self.sent_start, self.sent_end = sentence_index(doc)
        self._headlines: dict[int, bool] = {}
        self._countries: frozenset[str] | None = None
        self._sentence_codes: dict[int, frozenset[str]] = {}
        self._peer_codes: dict[int, frozenset[str]] = {}
        self._found_places: list[tuple[int, Token, str]] | None = None
        self._object_names: list[Span] | None = None
        self._article_country: str | None = None
        self._police_story: bool | None = None
        self._named_countries: frozenset[str] | None = None  # countries named other than by a capital
        self._surname_places: dict[int, bool] = {}  # found item start -> a surname standing for a place
        self._chosen: dict[int, Entity | None] = {}  # id of a found item -> `_choose`'s answer
        self._era: Era | None | bool = False  # not read yet
        self.chains = coref.Chains(self)

    # -- public interface

    def resolve(self, span: Span) -> Mention | None:
        """The actor `span` names, or None when it names no actor ("the proposal", "it").
        A coordination ("he and Putin") is one group Mention; `resolve_all` splits it."""
        pair = self._pair(span)
        if pair:
            return self._mention(span, _combine(pair))
        parts = split_coordination(span, self)
        if len(parts) > 1:
            infos = [i for i in (self.info(p, head_agent=h) for p, h in parts) if i is not None]
            info = _combine(infos) if len(infos) > 1 else (infos[0] if infos else None)
        else:
            info = self.info(span)
        return self._mention(span, info) if info is not None else None

    def resolve_all(self, span: Span) -> list[Mention]:
        """One Mention per coordinated actor ("Russia and China"), non-actors dropped; "the two
        countries" one per country it refers to, each over the same words."""
        pair = self._pair(span)
        if pair:
            return [self._mention(span, info) for info in pair]
        parts = [(part, info) for part, head in split_coordination(span, self)
                 if (info := self.info(part, head_agent=head)) is not None]
        countries = {info.country for _, info in parts if info.country}
        if len(parts) > 1 and len(countries) == 1:
            # "Ukrainian and rebel forces", "government and opposition negotiators": the other side
            # named with one country's is of that country
            (country,) = countries
            for _, info in parts:
                if info.country is None and not info.stateless and info.body is None and info.sector in SIDE_SECTORS:
                    info.country = country
        return [self._mention(part, info) for part, info in parts]

    def roles_on_their_day(self, events: list) -> None:
        """A person named with an office they had left by the day of publication is an
        ex-official (ELI), except in an event the text dates to while they held it ("In April,
        President X abrogated the constitution", in a story of November, after he retired; "the
        army ousted Morsi in July 2013"): a coder codes the role of the event's day."""
        if self.published is None:
            return
        people: dict[str, Entity] | None = None
        for event in events:
            day = _event_day(event.date.value if event.date else None, self.published)
            if day is None:
                continue
            for side in ("actor", "recipient"):
                mentions = getattr(event, side)
                if not any(m.kind == "person" and m.sector == "ELI" for m in mentions):
                    continue
                if people is None:
                    people = {a.entity.name: a.entity for item in self.found for a in item.aliases
                              if a.entity.kind == "person"}
                setattr(event, side, [_in_office_on(m, people.get(m.name), day) for m in mentions])

    def _mention(self, span: Span, info: Info) -> Mention:
        start, end = span.start_char, span.end_char
        return Mention(text=self.text[start:end], start=start, end=end, name=info.name,
                       country=info.country, sector=info.sector, code=info.code, kind=info.kind)

    def _pair(self, span: Span) -> list[Info] | None:
        """The two actors "the two countries", "both sides" or "the two leaders" refers to."""
        item = self.at_token.get(span.root.i)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in per_doc.children(span.root)):
            return None  # "the neighbours of Iraq", "both sides of the border"
        if item is not None and item.agent is not None and item.agent.pair and span.start <= item.start < span.end:
            return self.chains.pair_before(self.doc[item.start], item.agent.pair)
        # words between ("the two warring sides", "both rival factions"): read from the parse
        root = span.root
        count = next((c for c in per_doc.children(root) if c.lower_ in ("two", "both") and span.start <= c.i < root.i), None)
        if count is None or count.lower_ == "two" and not any(
                c.lower_ in ("the", "these", "those") or c.dep_ == "poss" for c in per_doc.children(root) if c.i < count.i):
            return None
        agent = self.kb.agents.get(("both", self.norms[root.i]))
        return self.chains.pair_before(count, agent.pair) if agent is not None and agent.pair else None

    def countries(self) -> set[str]:
        """ISO alpha-3 codes of the countries the document mentions (names, adjectives,
        capitals, seats, organisations' and people's countries). Computed once: extractors
        ask for it per phrase."""
        if self._countries is None:
            codes = set()
            for item in self.found:
                entity = self._choose(item)
                # the agency credited after the dateline says who reported, not where: "WASHINGTON
                # (Reuters)" is no story of Britain (Washington, Tyne and Wear)
                if entity is None or credit(self.doc, item):
                    continue
                country = entity.role_at(self.published).country
                if country:
                    codes.add(country)
            self._countries = frozenset(codes)
        return set(self._countries)

    def found_between(self, start: int, end: int) -> list[Found]:
        """The names and role words found starting in tokens [start, end)."""
        return self.found[bisect_left(self.found_starts, start):bisect_left(self.found_starts, end)]

    def sentence_country(self, token: Token, besides: Span | None = None) -> str | None:
        """The country a sentence is about when it names exactly one (`besides` a phrase's own
        names: the "Albanians" of "ethnic Albanians")."""
        start = self.sent_start[token.i]
        end = self.sent_end[start]
        codes = set()
        for item in self.found:
            if besides is not None and besides.start <= item.start < besides.end:
                continue
            if start <= item.start < end and item.aliases:
                entity = self._choose(item)
                role = entity.role_at(self.published) if entity is not None and entity.kind != "person" else None
                if role is not None and role.country and role.sector != "MED":  # "told Reuters": no story of Britain
                    codes.add(role.country)
        return codes.pop() if len(codes) == 1 else None

    def context_country(self, token: Token, besides: Span | None = None, scene: bool = False,
                        official: bool = False, opposed: bool = False, foreigners: bool = False) -> str | None:
        """The country of an actor whose phrase names none ("the rebels", "the opposition",
        "Interior Minister X"), as coders read it: the one country its sentence names; in a
        sentence that names none, the country the article is mostly about. A sentence that
        names two countries leaves it unknown ("Russian forces shelled Kharkiv, the governor said"),
        unless the actor's own clause names one of them ("X told the Senate in Abuja that
        Nigeria would not recognise the coup in Niger": Nigeria's). `official`: a state's official
        or officer, who meets foreign ones: not of the country of those he meets. `opposed`: one
        side of a deed, not of the state on its other side ("Party chief X accused Kenya").
        `foreigners`: armed men or police, not of the nationality of the private people they act on
        (`held_foreigners`): those words do not count, though a place may still name their country
        ("Gunmen shot dead a Mexican journalist outside his office in Culiacan": Mexico's gunmen)."""
        peers = self.counterpart_countries(token) | (self.met_countries(token) if official else frozenset())
        peers |= self.opposite_countries(token) if opposed else frozenset()
        held = self.held_foreigners(token) if foreigners else []
        skip = frozenset(item.start for item in held)
        codes = self._named_in_sentence(token, skip) - peers
        if besides is not None:
            own = {c for item in self.found if besides.start <= item.start < besides.end
                   and (c := self._names_country(item, people=False))}
            codes = codes - own
            return next(iter(codes)) if len(codes) == 1 else None  # the article counts the group's own name
        if len(codes) > 1:
            codes = self._named_in_clause(token, scene, skip) - peers
            return next(iter(codes)) if len(codes) == 1 else None
        if codes:
            return next(iter(codes))
        article = self.article_country()
        return article if article not in peers | self._states_of(held) else None

    def counterpart_countries(self, token: Token) -> frozenset[str]:
        """The countries `token`'s sentence names as a counterpart's ("held talks with his Afghan
        counterpart", "met Iran's counterpart"): the other party is of another country, so such
        a country says nothing of whose anyone else in the sentence is. Once per sentence."""
        start = self.sent_start[token.i]
        if start not in self._peer_codes:
            end = self.sent_end[start]
            codes = set()
            for item in self.found_between(start, end):
                if item.agent is None or not item.agent.peer:
                    continue
                peer = self.doc[item.end - 1]
                # its nationality, its country as possessor, its name ("his counterpart, Sergei Lavrov")
                words = [c for c in per_doc.children(peer) if c.dep_ in MODIFIER_DEPS or c.dep_ in ("poss", "appos")]
                # "his counterpart from Japan", however the parser hangs "from" ("met ... from Japan")
                holders = (peer, peer.head) if peer.dep_ == "dobj" else (peer,)
                words += [o for h in holders for p in per_doc.children(h) if p.dep_ == "prep"
                          and (p.lower_ == "from" or p.lower_ == "of" and h is peer)
                          for o in per_doc.children(p) if o.dep_ == "pobj"]
                for word in words:
                    named = self.at_token.get(word.i)
                    entity = self._choose(named) if named is not None else None
                    if entity is not None and (country := entity.role_at(self.published).country):
                        codes.add(country)
            self._peer_codes[start] = frozenset(codes)
        return self._peer_codes[start]

    def met_countries(self, token: Token) -> frozenset[str]:
        """The countries named in the phrases of the parties `token` meets ("The general met
        Chinese officials", "held talks with the Russian envoy", "received the French foreign
        minister"): theirs, which say nothing of his."""
        codes = set()
        for party in _met_parties(token):
            phrase = noun_phrase(party)
            for item in self.found_between(phrase.start, phrase.end):
                entity = self._choose(item)
                if entity is not None and not partisan(self.doc, item) and (country := entity.role_at(self.published).country):
                    codes.add(country)
        return frozenset(codes)

    def held_foreigners(self, token: Token) -> list[Found]:
        """The nationality names of the private people (or their property) the doer at `token` holds
        or acts on ("Police charged a 28-year-old Australian man", "Militants seized three
        Britons", "two French aid workers were abducted by gunmen", "Pirates hijacked a Greek
        tanker"): a victim's nationality is news because it is not the doer's. Not a state's
        officials or forces ("Militants killed ten Pakistani soldiers": as often their own)."""
        items = []
        for party in _opposite_parties(token) + _passive_patients(token):
            if party.lower_ in OBJECT_PRONOUNS and (antecedent := self.chains.antecedent(party)) is not None:
                party = antecedent  # "six British staff were held before police freed them": the staff
            item = self.at_token.get(party.i)
            if item is not None and item.aliases:
                if all(a.how == DEMONYM for a in item.aliases):
                    items.append(item)  # "three Britons", "a Norwegian"
                continue
            if item is not None and (item.agent is None or item.agent.sector not in PRIVATE_SECTORS) \
                    or item is None and party.pos_ != "NOUN":
                continue
            # a nationality, not a place ("the Tunis bureau of Al Jazeera": where, not whose)
            items += [self.at_token[word.i] for word in per_doc.children(party)
                      if word.dep_ in MODIFIER_DEPS and word.i in self.at_token
                      and all(a.how in (ADJECTIVE, DEMONYM) for a in self.at_token[word.i].aliases)]
        return [item for item in items if (entity := self._choose(item)) is not None and entity.national]

    def opposite_countries(self, token: Token) -> frozenset[str]:
        """The states on the other side of the deed `token` is a party to: the country, or the
        government a nationality or possessor qualifies, that its verb is aimed at ("accused
        Kenya", "criticised the Austrian government", "protested to Moscow"). Whoever faces a
        state is seldom of it; facing its opposition or its police ("arrested Kenyan opposition
        leaders") he as often is."""
        items = []
        for party in _opposite_parties(token):
            item = self.at_token.get(party.i)
            if item is not None and item.agent is not None and item.agent.sector == "GOV":
                items += [self.at_token[c.i] for c in per_doc.children(party)
                          if c.dep_ in (*MODIFIER_DEPS, "poss") and c.i in self.at_token]
            elif item is not None and all(a.how != DEMONYM for a in item.aliases):
                items.append(item)  # the state itself, not its people ("urged Filipinos to join the protest")
        return self._states_of(items)

    def _states_of(self, items: list[Found]) -> frozenset[str]:
        """The countries of the states (national entities) the found names stand for."""
        return frozenset(country for named in items if (entity := self._choose(named)) is not None and entity.national
                         and (country := entity.role_at(self.published).country))

    def _named_in_clause(self, token: Token, scene: bool = False, skip: frozenset[int] = frozenset()) -> set[str]:
        """The countries of `_named_in_sentence` named in the clause `token` belongs to (not
        in a clause it reports or a clause hung on it), besides the names starting at `skip`. `scene`: people who are where the deed
        happens; when they are acted on, a target names where they are ("Israeli air strikes on
        Gaza killed 30 people") and the nationality of the deed does not."""
        victim = scene and token.dep_ != "nsubj"  # acted on, not acting
        codes = self._named_in(_clause_of(token), token, victim, skip)
        verb = self.doc[_clause_of(token)]
        if not codes and victim and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
            # "A missile hit a mall in the Ukrainian city of Kremenchuk, killing 16 civilians":
            # a deed's toll happens where the deed does, which its own clause names
            codes = self._named_in(_clause_of(verb.head), token, victim, skip)
        return codes

    def _named_in(self, clause: int, token: Token, victim: bool, skip: frozenset[int] = frozenset()) -> set[str]:
        """`_named_in_clause` for the clause headed by the token at `clause`."""
        start = self.sent_start[token.i]
        end = self.sent_end[start]
        codes, doers = set(), set()
        for item in self.found_between(start, end):
            head = self.doc[item.end - 1]
            if item.start in skip or _clause_of(head) != clause or venue(head) or _aimed_or_left(head, victim):
                continue
            if victim and head.dep_ == "amod" and head.head.i not in self.at_token:
                continue  # "Israeli air strikes": the doer's nationality
            if item.aliases:
                code = self._names_country(item, people=False)
            elif item.agent is not None and item.agent.kind == "place" and not destination(head):
                code = region_country(self, noun_phrase(head), head)
            else:
                code = None
            if code and victim and self._doer_state(item, head, clause):
                doers.add(code)  # "an air strike by the Saudi-led coalition": the doer's state
            elif code:
                codes.add(code)
        first, last = self.doc[start].idx, self.doc[end - 1].idx
        codes.update(country for at, head, country in self._places()
                     if first <= at <= last and _clause_of(head) == clause and not destination(head) and not venue(head)
                     and not _aimed_or_left(head, victim))
        # a state acting on people where the clause names no other place acts on its own ("Egypt
        # jailed 20 activists")
        return codes or doers

    def _doer_state(self, item: Found, head: Token, clause: int) -> bool:
        """A state (country, nationality, army or government) named in the phrase of whoever does the
        deed of the clause headed at `clause`: its subject or a passive's agent ("an air strike by
        the Saudi-led coalition hit ...", "shot by a Turkish soldier"); not through a place or
        target ("air strikes on Gaza", "a bomb in Kabul")."""
        entity = self._choose(item)
        if entity is None or not entity.national and entity.role_at(self.published).sector not in NATIONAL_SECTORS:
            return False  # a state, or its army or government ("the Saudi-led coalition"), not a movement
        token = head
        for _ in range(30):
            if token.head.i == token.i:
                return False
            if token.dep_ == "pobj" and token.head.lower_ not in DOER_PREPS:
                return False
            if token.dep_ in ("nsubj", "agent") and token.head.i == clause \
                    or token.dep_ == "agent" and token.head.dep_ == "acl":
                return True  # also a participle's ("civilians wounded by Russian shelling")
            token = token.head
        return False

    def article_country(self) -> str | None:
        """The country the article names at least twice as often as any other (people by their
        office's country; not what `_names_country` leaves out), or more often than any other when
        it is also the story's anchor (`_anchor_country`): a whole story names its neighbours,
        allies and foes too ("TAIPEI (AP) - China fired missiles ...": Taiwan 12 times, China 7)."""
        if self._article_country is None:
            counts = Counter(code for item in self.found if (code := self._names_country(item, people=True)))
            if not counts:
                # no country, capital or leader named: the towns the gazetteer finds say where the
                # story is ("outside the governor's office in Sidi Bouzid ... clashed with police")
                counts = Counter(country for _, head, country in self._places()
                                 if not destination(head) and not venue(head) and not _names_accord(head))
            top = counts.most_common(2)
            ahead = top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]
                             or top[0][1] > top[1][1] and top[0][0] == self._anchor_country())
            self._article_country = top[0][0] if ahead else ""
        return self._article_country or None

    def _anchor_country(self) -> str | None:
        """Where the story stands: the country of its dateline ("LIMA, April 22 (AP) -"), else the
        first country its lead sentence names ("Solomon Islands Prime Minister X refused ...")."""
        end = dateline_end(self.doc)
        if end:
            codes = {code for item in self.found if self.doc[item.start].idx < end
                     and (code := self._names_country(item, people=True))}
            return next(iter(codes)) if len(codes) == 1 else None
        if not len(self.doc):
            return None
        lead_end = self.sent_end[self.sent_start[0]]
        for item in sorted(self.found, key=lambda found: found.start):
            if item.start >= lead_end:
                break
            if code := self._names_country(item, people=True):
                return code
        return None

    def police_story(self) -> bool:
        """Whether the article tells of police or of a crowd they face, and of no soldiers: its
        "officers" are police officers."""
        if self._police_story is None:
            police = soldiers = False
            for item in self.found:
                agent = item.agent
                if agent is not None and not item.aliases:
                    police = police or agent.sector == "COP" or agent.crowd
                    soldiers = soldiers or agent.sector == "MIL" and not agent.policing
                elif (entity := self._choose(item)) is not None and not entity.national:
                    sector = entity.role_at(self.published).sector
                    police, soldiers = police or sector == "COP", soldiers or sector == "MIL"
            self._police_story = police and not soldiers
        return self._police_story

    def story_country(self, token: Token) -> str | None:
        """The country "the country" or "the city" stands for: the last one its sentence names
        before it ("Zimbabwe's President Robert Mugabe threatened to seize the land of the
        country's white farmers"), else the one the article is about."""
        start = self.sent_start[token.i]
        for item in reversed(self.found_between(start, token.i)):
            code = self._names_country(item, people=True)
            if code:
                return code
        return self.article_country()

    def country_itself(self, token: Token, besides: frozenset[int]) -> str | None:
        """The country "the country" stands for as an actor when others act on it ("after talks
        with Iran, Russia and China urged the country to ..."): the one country its sentence names
        before it, counting a destination ("arrived in Taiwan"), besides those named at the tokens
        `besides` (those who act on it, which must name one); else unknown (with none of them,
        the subject's own country is as likely: "the president vowed to rebuild the country")."""
        start = self.sent_start[token.i]
        codes, others = set(), set()
        for item in self.found_between(start, token.i):
            code = self._names_country(item, people=True)
            if code is None and destination(self.doc[item.end - 1]) and (entity := self._choose(item)) is not None \
                    and entity.national:
                code = entity.role_at(self.published).country
            if code:
                (others if item.end - 1 in besides else codes).add(code)
        codes -= others
        return next(iter(codes)) if len(codes) == 1 and others else None

    def _named_in_sentence(self, token: Token, skip: frozenset[int] = frozenset()) -> frozenset[str]:
        """The countries a sentence names (`_names_country`) and the places the gazetteer finds
        in it, but not a destination ("arrived in Goma") nor the names starting at `skip`. Once
        per sentence (without `skip`)."""
        start = self.sent_start[token.i]
        if start in self._sentence_codes and not skip:
            return self._sentence_codes[start]
        end = self.sent_end[start]
        items = [item for item in self.found_between(start, end) if item.start not in skip]
        # (character offset, country) of what the sentence names
        named = [(self.doc[item.start].idx, code) for item in items
                 if (code := self._names_country(item, people=False)) and not venue(self.doc[item.end - 1])]
        for item in items:
            if not item.aliases and item.agent is not None and item.agent.kind == "place":
                head = self.doc[item.end - 1]  # "in Helmand province": the region's country
                if not destination(head) and not venue(head) and (code := region_country(self, noun_phrase(head), head)):
                    named.append((head.idx, code))
        first, last = self.doc[start].idx, self.doc[end - 1].idx
        named += [(at, country) for at, head, country in self._places()
                  if first <= at <= last and not destination(head) and not venue(head) and not _names_accord(head)]
        # the dateline's town is where the reporter is: it says the sentence's country only when the
        # sentence names no other ("NAIROBI (AP) - Militants ambushed the Somali minister's convoy":
        # Somalia's militants, not Kenya's)
        story_start = dateline_end(self.doc)
        codes = {code for at, code in named if at >= story_start} or {code for _, code in named}
        codes.update(self._towns_called_names(self.doc[start:end]))
        if skip:
            return frozenset(codes)
        self._sentence_codes[start] = frozenset(codes)
        return self._sentence_codes[start]

    def _names_country(self, item: Found, people: bool) -> str | None:
        """The country a knowledge-base name says the story is about; not "pro-Russian", a
        destination ("visited Iraq"), a neighbour ("near the Brazilian border", "its border
        with Bulgaria"), a force's nationality ("American troops killed ten
        militants": forces fight abroad), nor, within a sentence, a person or a company (a visitor,
        a caller or a mine's owner is abroad as often as at home) or "Congress" (whose country is the
        question)."""
        if not item.aliases or partisan(self.doc, item) or credit(self.doc, item) or self._ethnic_second(item):
            return None
        if item.start > 0 and self.doc[item.start - 1].lower_ == "ethnic" \
                and all(a.how in (ADJECTIVE, DEMONYM) for a in item.aliases):
            return None  # "shops owned by ethnic Chinese across Jakarta": a people at home elsewhere, no story of China
        if leading(self.doc, item):
            return None  # "after the Soviet-led invasion, the Communist leadership ...": Prague's, not Moscow's
        head = self.doc[item.end - 1]
        if _language(head, item):
            return None  # "gunmen, some of them speaking Spanish"
        if destination(head) or neighbour(head) or based_in(head) or venue(head):
            return None  # a venue hosts the parties that meet there ("will meet next week in Spain")
        if accord_town(head, item):
            return None
        entity = self._choose(item)
        if entity is None or (entity.shared_by or entity.kind == "person") and not people:
            return None
        if armed_force_modifier(head, self) and (entity.national or entity.role_at(self.published).sector != "REB"):
            return None  # a state's force fights abroad; "Taliban fighters" fight at home
        if _posting_nationality(head):
            return None  # "the French ambassador", "the U.S. embassy": a posting is abroad
        if head.dep_ in MODIFIER_DEPS and head.head.lower_ in context_nouns("emblem"):
            return None  # "protesters burned an Israeli flag": whose flag, not whose protesters
        if head.dep_ in MODIFIER_DEPS and head.head.lower_ in context_nouns("custom") \
                and all(a.how in (ADJECTIVE, DEMONYM) for a in item.aliases):
            return None  # "an Afghan way of asking forgiveness": a custom, no one's country in the story
        if _other_side(head):
            return None  # "amid rising tensions with India": the other side, not the story's country
        if _former_office(head):
            return None  # "an OAS mission led by former Bolivian President X": a former leader travels as envoy
        if entity.shared_by & self.doc_countries:
            return None  # "Congress" in a story that names Peru is no evidence of the US
        role = entity.role_at(self.published)
        if role.sector == "BUS" and not people:
            return None  # "workers at BHP Billiton's mine in Chile": a company works abroad as often as at home
        if role.sector == "MED":
            return None  # "a witness told Reuters", "told AFP": a news agency reports from everywhere
        return role.country

    def _ethnic_second(self, item: Found) -> bool:
        """ "Serb" in "Bosnian Serb leader", "Kurdish" in "Iraqi Kurdish forces": a people
        named within another country (the first adjective's)."""
        if item.start == 0 or any(a.how not in (ADJECTIVE, DEMONYM) for a in item.aliases):
            return False
        before = self.at_token.get(item.start - 1)
        return before is not None and any(a.how in (ADJECTIVE, DEMONYM) for a in before.aliases)

    def _towns_called_names(self, sentence: Span) -> set[str]:
        """Countries of well-known towns the tagger calls people or bodies where an object stands
        ("shelled Kharkiv"): enough to make the sentence's country uncertain."""
        from dyad.extract import places

        if self._object_names is None:  # Span.ents rebuilds the document's entities on every call
            self._object_names = [ent for ent in per_doc.entities(self.doc) if ent.label_ in ("PERSON", "ORG", "NORP", "FAC")
                                  and ent.root.dep_ in ("pobj", "dobj")]
        codes = set()
        for ent in self._object_names:
            if sentence.start <= ent.start < sentence.end \
                    and not any(i in self.at_token for i in range(ent.start, ent.end)):
                town = places.lookup(ent.text)
                if town is not None and town.primary and town.population >= TOWN_POPULATION:
                    codes.add(town.country)
        return codes

    def _places(self) -> list[tuple[int, Token, str]]:
        """(character offset, head, country) of the places the tagger names, or a place's
        position holds, that the gazetteer knows: in a country the text names, a region or a
        large town, or any town in a text that names no country (a village of another country
        than those named that shares a small town's name is no evidence: "the village of Moura"
        in a story about Mali is not Portugal's Moura). One lookup per name: the places extractor's fuller search
        would cost a second pass over the document."""
        if self._found_places is None:
            from dyad.extract import places

            countries = frozenset(self.countries())
            # (a name, not "metro" tagged a facility)
            names = [ent for ent in per_doc.entities(self.doc) if ent.label_ in ("GPE", "LOC", "FAC") and ent.text[:1].isupper()]
            tagged = {ent.root.i for ent in names}
            names += [_name_run(t) for t in per_doc.proper_nouns(self.doc) if t.i not in tagged and _place_object(t)]
            self._found_places = []
            towns = {_name_run(t).text for t in per_doc.proper_nouns(self.doc) if t.dep_ == "pobj" and t.head.lower_ == "of"
                     and t.head.head.lower_ in TOWN_NOUNS and t.pos_ == "PROPN"}
            for name in names:
                if _facility_name(name.root):
                    continue  # "the Santa Cruz cemetery in Dili": the cemetery's name; Dili says where
                if based_in(name.root):
                    continue  # "a New York-based watchdog": where the watchdog is, not its story
                known = self.at_token.get(name.start)
                if known is not None and self._choose(known) is not None:
                    continue  # a knowledge-base name counts by itself, or not at all
                place = places.lookup(name.text, countries)
                if place is not None and countries and place.country not in countries and name.text in towns \
                        and _large(place):
                    continue  # "the northern town of Palma" in a story about Mozambique: not Spain's city
                if place is not None and (place.country in countries or _large(place) or not countries):
                    self._found_places.append((name.start_char, name.root, place.country))
        return self._found_places

    # -- resolution

    @property
    def era(self) -> Era | None:
        """The era an undated story's text places it in (`actor_era`); None for a dated one."""
        if self._era is False:
            self._era = story_era(self) if self.published is None else None
        return self._era

    def role_of(self, entity: Entity) -> Role:
        """The role the entity held on the publication date, or in an undated story's era."""
        era = self.era
        if era is not None and entity.kind == "person":
            return role_in_era(entity, era)
        return entity.role_at(self.published)

    def entity_info(self, entity: Entity) -> Info:
        role = self.role_of(entity)
        stateless = entity.stateless or (role.country is None and role.sector in STATELESS_SECTORS)
        return _officer_function(Info(entity.name, role.country, role.sector, entity.kind, entity.gender,
                                      stateless=stateless, title=role.title, org=role.org))

    def _choose(self, item: Found) -> Entity | None:
        """The entity an ambiguous name stands for: one named in full in the document, else
        one in office on the publication date, else the first listed."""
        # Asked about each name some four times (coreference, countries, modifiers, places), and
        # the answer depends only on the document: decided once. Items are the resolver's own
        # (`self.found`), alive as long as it is, so their ids stay theirs.
        key = id(item)
        if key not in self._chosen:
            self._chosen[key] = self._decide(item)
        return self._chosen[key]

    def _decide(self, item: Found) -> Entity | None:
        if not item.aliases:
            return None
        if self._other_given_name(item) or self._surname_as_place(item) or self._namesake_named_before(item) \
                or self._longer_name_elsewhere(item):
            return None
        if _inside_other_name(self, item):
            return None  # "the Nigeria Labour Congress" is no legislature, "Apple Daily" no Apple
        if _country_inside_place_name(self, item):
            return None  # "New Jersey Gov. Chris Christie" is no Jersey official
        if item.end - item.start == 1 and all(a.how == WEAK and a.entity not in self.mentioned for a in item.aliases):
            earlier = self._named_in_full_before(item)
            if earlier is not None:
                return earlier
        if len(item.aliases) == 1:
            alias = item.aliases[0]
            if alias.how == WEAK and alias.entity not in self.mentioned and (
                    not self._in_office(alias.entity) or not self._country_named(alias.entity)) \
                    and not self._undated_surname(item):
                return None
            if alias.how == CAPITAL and (self._namesake_town(item, alias.entity) or self._capital_ends_name(item)):
                return None
            return alias.entity
        strong = [a for a in item.aliases if a.how != WEAK] or item.aliases
        if item.end - item.start == 1 and any(a.how != WEAK and a.entity.kind == "org" for a in strong):
            # "Meta said" after "Albanian President Ilir Meta": the surname of a person the story
            # named in full, over a body of that name it never named otherwise
            earlier = self._named_in_full_before(item)
            bodies = {a.entity for a in strong}
            if earlier is not None and not any(a.entity in bodies and a.how != WEAK
                                               for f in self.found if f is not item for a in f.aliases):
                return earlier
        if len({a.entity for a in strong}) > 1:
            # "RSF" in an article about Sudan is the Rapid Support Forces.
            local = [a for a in strong if a.entity.country in self.doc_countries
                     or any(r.country in self.doc_countries for r in a.entity.roles)]
            strong = local or strong
        named = [a for a in strong if a.entity in self.mentioned]
        pool = named or strong
        current = [a for a in pool if self._in_office(a.entity) and (a.how != WEAK or named or self._country_named(a.entity))]
        if any(a.how == WEAK for a in pool) and not named and not current:
            return None
        return (current or pool)[0].entity

    def _namesake_town(self, item: Found, capital: Entity) -> bool:
        """ "Tripoli" in a story that names Lebanon and not Libya: the gazetteer's town of that
        name in a country the text names, not the capital of one it does not."""
        from dyad.extract import places

        name = self.text[self.doc[item.start].idx:self.doc[item.end - 1].idx + len(self.doc[item.end - 1])]
        if self._named_countries is None:
            self._named_countries = frozenset(
                f.aliases[0].entity.country for f in self.found
                if f.aliases and len({a.entity.country for a in f.aliases}) == 1 and f.aliases[0].how != CAPITAL)
        others = self._named_countries
        if capital.country in others:
            return False
        towns = places.gazetteer().get(places.normalize(name)) or ()
        # a town's own name, not an old or other name the gazetteer also lists ("Islamabad" for
        # India's Anantnag: "India accused Islamabad" is Pakistan's government)
        return any(t.country in others and t.primary for t in towns)

    def _undated_surname(self, item: Found) -> bool:
        """ "Sogavare refused the request": in a text with no date, whose office holders may be
        of any year, a lone surname the tagger calls no place or date, of one person the
        knowledge base knows and no one's given name, is that person (dated, only an office
        holder of the day in a story naming his country is); not after a courtesy title."""
        if self.published is None and item.end - item.start == 1 \
                and self.doc[item.start].ent_type_ in SURNAME_LABELS and self.doc[item.start].pos_ == "PROPN" \
                and not self.kb.given_name(self.texts[item.start]):
            title = self.at_token.get(item.start - 1)
            # "Ms. Kovacs": papers give anyone a courtesy title, and an office holder his office
            return title is None or title.agent is None or not title.agent.honorific or title.agent.sector is not None
        return False

    def _named_in_full_before(self, item: Found) -> Entity | None:
        """ "Kim" after "North Korean leader Kim Jong Un": a lone name word that is the surname
        of someone the story never names is the person named earlier with that word in full
        (Korean and Chinese names put the family name first), the latest such."""
        word = self.norms[item.start]
        for other in reversed(self.found[:bisect_left(self.found_starts, item.start)]):
            if other.end - other.start > 1 and word in self.norms[other.start:other.end]:
                people = {a.entity for a in other.aliases if a.how != WEAK and a.entity.kind == "person"}
                if len(people) == 1:
                    return people.pop()
        return None

    def _namesake_named_before(self, item: Found) -> bool:
        """ "Stephanopoulos asked" after "ABC's George Stephanopoulos": a lone surname is the
        person the story last named in full with it, so when that one had another given name
        ("Paul Mbeki"), it is not the knowledge base's namesake (Greece's Konstantinos)."""
        if item.end - item.start != 1:
            return False
        word = self.norms[item.start]
        for other in reversed(self.found[:bisect_left(self.found_starts, item.start)]):
            if self.norms[other.end - 1] != word:
                continue
            if other.end - other.start > 1:
                return False  # the knowledge base's person, named in full
            token = self.doc[other.start]
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "I":
                return self._other_given_name(other)
        return False

    def _capital_ends_name(self, item: Found) -> bool:
        """ "Mocimboa da Praia", "Nova Lima": a capital's name that is the last word of a longer
        place name the gazetteer knows is that place, not the capital (Praia of Cabo Verde)."""
        from dyad.extract import places

        run = _name_run(self.doc[item.end - 1])
        if run.start >= item.start or any(i in self.at_token for i in range(run.start, item.start)):
            return False
        return places.lookup(run.text) is not None

    def _surname_as_place(self, item: Found) -> bool:
        """ "Riots broke out in Lagos": a surname alone where a place stands (after "in", "near",
        "outside"; after "at" only when the tagger calls it a place), of no one the text names in
        full, is the place the gazetteer knows by that name, not an office holder of the day
        (Chile's President Lagos). A title still names the person ("met President Lagos")."""
        if item.start in self._surname_places:
            return self._surname_places[item.start]
        from dyad.extract import places

        place = False
        token = self.doc[item.start]
        if item.end - item.start == 1 and all(a.how == WEAK and a.entity.kind == "person"
                                               and a.entity not in self.mentioned for a in item.aliases):
            while token.dep_ == "conj" and token.head.i < token.i:
                token = token.head  # "in Lagos and Abuja"
            if _place_object(token) and locative(token) \
                    and (token.head.lower_ != "at" or self.doc[item.start].ent_type_ in ("GPE", "LOC")):
                towns = places.gazetteer().get(places.normalize(self.texts[item.start])) or ()
                place = any(t.primary for t in towns)
        self._surname_places[item.start] = place
        return place

    def _other_given_name(self, item: Found) -> bool:
        """ "Paul Mbeki" is not Thabo Mbeki: a surname the tagger reads as the end of a longer
        personal name whose given name the knowledge base does not know for that person."""
        start = item.start
        if item.end - start != 1 or start == 0 or any(a.entity.kind != "person" for a in item.aliases):
            return False
        if _hyphened_to_name(self.doc[start]):
            return True  # "Omar Abdel-Rahman" is no Rahman the knowledge base knows
        before, token = self.doc[start - 1], self.doc[start]
        if not (token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and before.pos_ == "PROPN"
                and len(before.text) > 2 and before.text[:1].isupper() and start - 1 not in self.at_token):
            return False
        first = start - 1
        while first > 0 and self.doc[first].ent_iob_ == "I":
            first -= 1
        given = self.doc[first].lower_  # "Barack Hussein Obama": a middle name, the same man
        return not any(a.entity.name.split()[0].lower() == given for a in item.aliases)

    def _longer_name_elsewhere(self, item: Found) -> bool:
        """ "Jose Ruben Zamora" in a story of Guatemala is not El Salvador's Ruben Zamora: a full
        name the tagger reads as the end of a longer one, of a person whose countries the story
        never names ("Mohammed Hosni Mubarak" in a story of Egypt is Mubarak)."""
        start = item.start
        if item.end - start < 2 or start == 0 or any(a.entity.kind != "person" for a in item.aliases):
            return False
        before, token = self.doc[start - 1], self.doc[start]
        if not (token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and before.pos_ == "PROPN"
                and len(before.text) > 2 and before.text[:1].isupper() and start - 1 not in self.at_token):
            return False
        return not any(self._country_named(a.entity) for a in item.aliases)

    def _country_named(self, entity: Entity) -> bool:
        """The story names a country the person held office in: a bare surname of someone it
        never names in full is that person only then ("Hussein" in 2008 is not Sudan's defence
        minister in a story that never names Sudan; the famous have their surname as a name)."""
        countries = {r.country for r in entity.roles} | {entity.country}
        return bool(countries & self.doc_countries - {None})  # an international official has none

    def namesakes(self, item: Found) -> Info | None:
        """ "Bush" in 2016, of several people the knowledge base has by that surname, none named
        in full and none in office: the one country they all share, and the sector their roles
        on the date share, with no name (which of them is not said)."""
        if item.end - item.start != 1 or not item.aliases \
                or any(a.how != WEAK or a.entity.kind != "person" or a.entity in self.mentioned for a in item.aliases):
            return None
        people = {a.entity for a in item.aliases}
        if len(people) < 2 or self.doc[item.start].ent_type_ != "PERSON" \
                or self._other_given_name(item) or self._surname_as_place(item):  # "traveled to Burns": a town
            return None
        roles = [self.role_of(p) for p in people]
        countries = {r.country for r in roles}
        sectors = {r.sector for r in roles}
        if len(countries) != 1 or None in countries:
            return None
        return Info(self.texts[item.start], countries.pop(), sectors.pop() if len(sectors) == 1 else None, "person")

    def _in_office(self, entity: Entity) -> bool:
        if entity.kind != "person":
            return True
        if self.published is None:
            era = self.era
            if era is not None:
                return any(era.holds(r) and r.sector for r in entity.roles)
            return any(r.end is None for r in entity.roles)
        return any(r.holds(self.published) and r.sector for r in entity.roles)

    def info(self, span: Span, head_agent: Token | None = None) -> Info | None:
        """What `span` stands for. `head_agent`: a role noun shared by a coordinated modifier
        ("Russian and Ukrainian officials": "Russian" resolves with "officials")."""
        tokens = [t for t in span if not t.is_punct]
        if not tokens:
            return None
        if len(tokens) == 1 and is_pronoun(tokens[0]):
            return self.chains.pronoun(tokens[0])
        if head_agent is not None:
            shared = self.at_token.get(head_agent.i)
            if shared is not None and shared.agent is not None:
                mods = _modifiers(self, span, head_agent, None)
                info = _agent_phrase(self, span, head_agent, shared.agent, mods)
                if info is not None:
                    info.name = _bare(span) if head_agent.i < span.end else f"{_bare(span)} {head_agent.text}"
                return info
        return resolve_phrase(self, span, self._head(span))

    def _head(self, span: Span) -> Token:
        """The phrase's head: its root, but not a country's name the parser cut from the title
        after it ("Solomon Islands Prime Minister X" parsed with "Islands" as the verb's second
        object), which is the title's country (`_country_left_before`), not the actor."""
        root = span.root
        rest = [t for t in span[root.i + 1 - span.start:] if t.head.i == root.head.i and t.i != root.i]
        if rest and _country_ending_at(self, root) and _titled_after(self, root):
            return rest[-1]
        return root


def _posting_nationality(head: Token) -> bool:
    """The name says whose a posting abroad is: "the French ambassador", "the U.S. embassy", and
    each name of a list of them ("US, British and French ambassadors", however the commas parse)."""
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head.dep_ in ("amod", "compound", "nmod", "poss") and head.head.lower_ in POSTINGS:
        return True
    return any(c.lower_ in POSTINGS for c in head.conjuncts if c.i > head.i) and head.pos_ != "NOUN"


@cache
def context_nouns(kind: str) -> frozenset[str]:
    """Nouns after which a country's name gives the story no country (actors/context_nouns.yaml):
    "emblem" ("an Israeli flag"), "custom" ("an Afghan way of asking forgiveness"), "relation"
    ("tensions with India")."""
    from dyad import lexicon

    return frozenset(w for entry in lexicon.load("actors/context_nouns") if entry["kind"] == kind
                     for w in entry["words"])


def _other_side(head: Token) -> bool:
    """The name is the "with" of a relation noun, or a conjunct of it: the other side."""
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lower_ in context_nouns("relation")


# Verbs and nouns of a meeting: its parties are its subject, object and "with" ("met with").
MEETING_VERBS = frozenset({"meet", "host", "receive", "welcome", "greet"})
MEETING_NOUNS = frozenset({"talks", "meeting", "meetings", "conversation", "audience"})


def _met_parties(token: Token) -> list[Token]:
    """The heads of the other parties of the meeting `token` is a party to ("The general met
    Chinese officials": officials; "held talks with the Russian envoy": envoy); [] when it is in none."""
    while token.dep_ == "conj" and token.head.i < token.i or token.dep_ == "compound":
        token = token.head  # "X and Y met Z", "the army chief"
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "with":
        meeting = head.head  # "met with X", "talks with X"
    elif token.dep_ in ("nsubj", "dobj", "nsubjpass"):
        meeting = head
    else:
        return []
    if meeting.pos_ in ("VERB", "AUX") and meeting.lemma_.lower() not in MEETING_VERBS:
        # "held talks with X": the talks are the meeting, their verb's subject a party
        talks = [c for c in per_doc.children(meeting) if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS]
        if not talks:
            return []
        sides = [c for c in per_doc.children(meeting) if c.dep_ == "nsubj"] + [o for t in talks for o in _with_parties(t)]
    elif meeting.lower_ in MEETING_NOUNS:
        sides = [c for c in per_doc.children(meeting.head) if c.dep_ == "nsubj"] if meeting.dep_ == "dobj" else []
        sides += _with_parties(meeting)
    elif meeting.pos_ in ("VERB", "AUX"):
        sides = [c for c in per_doc.children(meeting) if c.dep_ in ("nsubj", "dobj", "nsubjpass")] + _with_parties(meeting)
    else:
        return []
    sides += [c for side in sides for c in side.conjuncts]
    return [side for side in sides if side.i != token.i and token not in side.subtree and side not in token.subtree]


# Prepositions whose object is the other side of a deed ("protested to Moscow", "fired at Israel").
OPPOSITE_PREPS = frozenset({"against", "at", "on", "to", "toward", "towards"})


# Pronouns that stand for the people a deed is done to ("police freed them").
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})


def _opposite_parties(token: Token) -> list[Token]:
    """The heads of what the clause `token` is the subject of is aimed at: its objects and
    targets, with their conjuncts. (Not an object's subject: a state acts on its own officials
    and troops as often as on others: "Kenya deployed troops", "Kenya sacked the army chief".)"""
    while token.dep_ == "conj" and token.head.i < token.i or token.dep_ in ("compound", "appos", "amod", "nmod"):
        token = token.head  # "X and Y accused Z", "the party chief, X", "the ruling party"
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    sides = [c for c in per_doc.children(verb) if c.dep_ in ("dobj", "dative")]
    sides += [o for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ in OPPOSITE_PREPS
              for o in per_doc.children(p) if o.dep_ == "pobj"]
    return sides + [c for side in sides for c in side.conjuncts]


def _passive_patients(token: Token) -> list[Token]:
    """The subjects of the passive clause `token` is the doer of ("three Britons were seized by
    militants": Britons), with their conjuncts."""
    while token.dep_ == "conj" and token.head.i < token.i or token.dep_ in ("compound", "appos", "amod", "nmod"):
        token = token.head
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return []
    sides = [c for c in per_doc.children(token.head.head) if c.dep_ == "nsubjpass"]
    return sides + [c for side in sides for c in side.conjuncts]


def _with_parties(token: Token) -> list[Token]:
    """The objects of the "with" hung on `token` ("met with X", "talks with X")."""
    return [o for p in per_doc.children(token) if p.dep_ == "prep" and p.lower_ == "with" for o in per_doc.children(p) if o.dep_ == "pobj"]


# Words whose object, or whose "in" phrase, is a language ("speaking Spanish", "a statement in Arabic").
LANGUAGE_USE = frozenset({"speak", "understand", "learn", "teach", "translate", "say", "write", "shout", "chant",
                          "broadcast", "publish", "post", "tweet", "sing", "statement", "message", "video",
                          "speech", "interview", "banner", "sign", "leaflet", "recording"})


def _language(head: Token, item: Found) -> bool:
    """A nationality adjective used as the name of a language, not of a country."""
    if head.dep_ not in ("dobj", "pobj") or head.pos_ not in ("PROPN", "NOUN", "ADJ") \
            or not all(a.how in (ADJECTIVE, DEMONYM) for a in item.aliases):
        return False
    if head.dep_ == "dobj":
        user = head.head
    elif head.head.lower_ == "in":
        user = head.head.head
    else:
        return False
    return user.lemma_.lower() in LANGUAGE_USE


# Dependencies that open a clause of its own: a report, a condition, a description.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "acl", "xcomp"})


# Prepositions whose object is a target ("fired rockets at southern Israel"), or a destination
# or a place left ("fled to Dubai", "driven out of the town"), not where a doer belongs.
TARGET_PREPS = frozenset({"at", "against", "toward", "towards", "into", "onto", "on", "over"})
LEFT_PREPS = frozenset({"from", "to"})


def _aimed_or_left(token: Token, victim: bool = False) -> bool:
    """The place is a target or a place left; for a victim (`victim`) only a place left: a
    target is where he is ("air strikes on Gaza killed 30 people")."""
    prep = token.head
    if token.dep_ != "pobj":
        return False
    left = prep.lower_ in LEFT_PREPS or prep.lower_ == "of" and prep.i > 0 and token.doc[prep.i - 1].lower_ == "out"
    return left or not victim and prep.lower_ in TARGET_PREPS


# Nouns a town names an accord or a meeting after ("the Lusaka peace accord", "the Minsk
# agreements", "the Doha talks"): the town says nothing of whose the parties are.
ACCORD_NOUNS = frozenset({"accord", "accords", "agreement", "agreements", "process", "protocol", "declaration",
                          "treaty", "format", "talks", "summit", "conference"})


def _names_accord(token: Token) -> bool:
    return token.dep_ in ("compound", "amod", "nmod") and token.head.lower_ in ACCORD_NOUNS


def accord_town(head: Token, item: Found) -> bool:
    """A capital or seat naming an accord or a meeting ("the EU's Lisbon Treaty", "the Minsk
    agreements"): no party to it, and no sign of the story's country."""
    return _names_accord(head) and all(a.how in (CAPITAL, SEAT) for a in item.aliases)


def _clause_of(token: Token) -> int:
    """The index of the verb heading the clause a token belongs to."""
    for _ in range(30):
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
            return token.i
        token = token.head
    return token.i


def _place_object(token: Token) -> bool:
    """A proper name where a place stands, whatever the tagger calls it ("in Culiacan", "the
    town of Maungdaw", "the Kharkiv city council")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    if token.dep_ == "compound" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in TOWN_NOUNS | {"city"}:
        return True
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in LOCATIVE_PREPS or prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS


def _facility_name(root: Token) -> bool:
    """A place name that names a facility placed by a place after it ("the Santa Cruz cemetery in
    Dili", "the Evin prison in Tehran"): the facility's name, not where it is."""
    head = root.head
    return root.dep_ == "compound" and head.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "near", "outside") for c in per_doc.children(head))


def _name_run(token: Token) -> Span:
    """The proper name a token ends ("North Waziristan")."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head == token:
        start -= 1
    return token.doc[start:token.i + 1]


def _large(place) -> bool:
    return place is not None and (place.kind != "city" or place.population >= TOWN_POPULATION)


def is_pronoun(token: Token) -> bool:
    """A personal pronoun ("us", not "US"; "I", not a Roman numeral in a name)."""
    lower = token.lower_
    if lower not in PRONOUNS and lower not in FIRST_PERSON:
        return False
    if token.text.isupper() and len(token.text) > 1 and lower == "us":
        return False
    return token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$")


# --- phrase analysis ---------------------------------------------------------------------------


def resolve_phrase(resolver: ActorResolver, span: Span, root: Token) -> Info | None:
    """Read a phrase: its head names the actor, its modifiers give country and sector."""
    if root.i in resolver.chains.aged:
        return resolver.chains.aged[root.i]  # "the 68-year-old said": the person named before
    item = resolver.at_token.get(root.i)
    if root.pos_ == "ADJ" and root.dep_ == "amod" and item is not None and not item.aliases \
            and root.head.i not in resolver.at_token:
        return None  # "military action", "police brutality": a kind of act, no actor
    counted = _counted_of(root)
    if counted is not None:
        return resolve_phrase(resolver, span, counted)  # "dozens of civilians": the civilians
    halved = elided_country(resolver, root) if len(span) == 1 else None
    if halved is not None:
        info = resolver.entity_info(halved)  # "North" of "North and South Korea"
        office = _office_of(resolver, span.doc[root.i + 3])
        if office is not None:
            info.sector = office.sector  # "the foreign ministers of North and South Korea": each one's minister
        return info
    town = _place_named(root)
    if town is not None:
        info = resolve_phrase(resolver, span, town)  # "the besieged town of Daraya": the town
        if info is not None and info.kind == "place" and info.sector is None and root.lower_ in PEOPLED_PLACE_NOUNS:
            # a village the gazetteer lacks is where its phrase or story says ("the village of
            # Dalori on the outskirts of Maiduguri")
            info.country = info.country or located(resolver, root) or resolver.context_country(root)
            if info.country:
                info.sector = "CVL"  # "shelled the city of Kharkiv": a town called so is its people, no government
        return info
    force = _force_of_craft(resolver, span, root) if item is None else None
    if force is not None:
        return force  # "an Indian Air Force plane", "a US Navy destroyer": the force whose craft it is
    item = resolver.at_token.get(root.i)
    if item is not None and _seat_named_as_place(item, root):
        item = None  # "the Lima district of Miraflores": a district, not Venezuela's palace
    entity = resolver._choose(item) if item else None
    modifiers = _modifiers(resolver, span, root, item)
    named_country = modifiers.country or modifiers.possessor
    if entity is not None and named_country and len({a.entity for a in item.aliases}) > 1:
        # "Saudi Arabia's King Abdullah": of two people of that name, the one of that country
        entity = next((a.entity for a in item.aliases if any(r.country == named_country for r in a.entity.roles)),
                      entity)
    if entity is None and item is not None and item.aliases and modifiers.agent is not None:
        entity = _titled(item, modifiers.agent, resolver.published)
    if entity is None and item is not None and not item.aliases and item.agent is None:
        item = None
    following = item is not None and item.agent is not None and item.agent.follows
    if entity is None and not following:  # "Trump supporters" are not Trump
        # A name elsewhere in the phrase stands for it ("Russian President Vladimir Putin",
        # parsed with the title as head).
        person = _person_in(resolver, span, root)
        if person is not None:
            entity = person
            if modifiers.agent is None and item is not None and item.agent is not None:
                modifiers.agent = item.agent  # "opposition leader Hakainde Hichilema": the title is his
                modifiers.gender = modifiers.gender or item.agent.gender
    if entity is not None and entity.shared_by and item is not None and item.end - item.start == 1:
        # "Fujimori dissolved Congress", "the Senate in Abuja", "Chile's Congress": Peru's Congress.
        here = modifiers.country or modifiers.possessor or located(resolver, root) or resolver.context_country(root) \
            or _sharer_named(resolver, root, entity)
        if here in entity.shared_by:
            return Info(_bare(span), here, entity.sector, entity.kind)
    elif entity is not None and entity.shared_by and item is not None and item.aliases:
        # "Turkey's National Security Council": a longer shared name is another country's only when
        # the phrase says so ("the U.S. Senate" in a story from Mexico stays America's), or, when
        # the name holds no country's word, its sentence names that country and not the default
        # owner ("Italy's Five Star Movement and the Democratic Party agreed")
        here = modifiers.country or modifiers.possessor \
            or (_sharer_named(resolver, root, entity) or _party_at_home(resolver, entity)
                if not _country_word_in(resolver, item) else None)
        if here in entity.shared_by:
            called = entity.sector == "PTY" and _called_opposition(resolver, span, modifiers)
            return Info(_bare(span), here, "OPP" if called else entity.sector, entity.kind)
    if entity is not None:
        alias_how = _how(item, entity) if item else NAME
        info = _entity_phrase(resolver, entity, alias_how, modifiers, span)
        if entity.kind == "person" and item is not None and item.agent is not None \
                and (office := _office_in_apposition(root, item, modifiers)) and not _former(span):
            # "Sudan's army chief, General Abdel Fattah al-Burhan": of the offices he holds,
            # the one the text says he acts in
            info.sector = office
        return info
    if item is not None and item.agent is not None and item.agent.kind == "org" and modifiers.body is not None \
            and (item.agent.generic and item.agent.sector is None
                 or item.agent.sector == resolver.entity_info(modifiers.body).sector):
        # "the Taliban religious faction", "bin Laden's al-Qaeda terror network": the body named
        # (not "the Hamas-run health ministry", a body of another kind); "the URNG guerrilla
        # alliance": the movement while it fought
        info = resolver.entity_info(modifiers.body)
        here = _shared_body_country(resolver, span, root, modifiers)
        if here is not None:
            # "a Brazilian Senate committee": Brazil's Senate, not the US one
            info = Info(_bare(span), here, info.sector, info.kind)
        if modifiers.agent is not None and modifiers.agent.sector == "REB" and info.sector != "REB":
            _as_armed(info, modifiers.body)
        if info.sector in ("PTY", "OPP") and _called_ruling(span, root):
            info.sector = "GOV"  # "the ruling ZANU-PF party": the party in power, the government
        return info
    if item is not None and item.agent is not None and item.agent.kind == "org" and item.agent.sector == "OPP" \
            and modifiers.body is not None and resolver.entity_info(modifiers.body).sector == "PTY":
        info = resolver.entity_info(modifiers.body)  # "the opposition Orange Democratic Movement"
        info.sector = "OPP"
        return info
    if item is not None and item.agent is not None:
        named = _named_in_apposition(resolver, span, root, item.agent, modifiers)
        if named is not None:
            return named
        info = _agent_phrase(resolver, span, root, item.agent, modifiers)
        if item.agent.facility and (info is None or info.sector is None or item.agent.sector is not None
                                    and not (modifiers.country or modifiers.possessor)):
            return None  # "the buildings", "Israeli jails", "cities across the country": a place, not whose it is
        if item.agent.fired and not (modifiers.country or modifiers.possessor or modifiers.org or modifiers.agent):
            return None  # "as shells crashed into the port": who fired them is not said
        return info
    chained = resolver.chains.named(root)
    if chained is not None:
        return chained
    if item is not None and modifiers.agent is None:
        shared = resolver.namesakes(item)
        if shared is not None:
            return shared
    return _unknown_name(resolver, span, root, modifiers)


def _place_noun_country(resolver: ActorResolver, root: Token) -> str | None:
    """The country of the place noun that introduces a name ("the Lima district of X", "the
    Peruvian town of X", "the village of X in Peru"): its modifiers' place, else where it is."""
    noun = introducing_noun(root, PLACE_NOUNS)
    if noun is None:
        return None
    for child in per_doc.children(noun):
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < noun.i \
                and (code := place_country(resolver, child)):
            return code
    return located(resolver, noun)


# Nouns that name a place whose people a deed on it strikes ("shelled the enclave of X").
PEOPLED_PLACE_NOUNS = TOWN_NOUNS | {"city", "island", "enclave"}


def _town_named(root: Token) -> bool:
    """A name a town noun introduces ("bombed the Kurdish town of X", "shelled the island of
    X"): the town and its people (CVL), as the town noun's own phrase is, not its government."""
    return introducing_noun(root, PEOPLED_PLACE_NOUNS) is not None


def _seat_named_as_place(item: Found, token: Token) -> bool:
    """A seat of government's name that a place noun gives as a place's ("the upscale Lima
    district of Miraflores", "the Miraflores district"): a town or district of that name."""
    return bool(item.aliases) and all(a.how == SEAT for a in item.aliases) and (
        named_by_place_noun(token) or token.dep_ == "compound" and token.head.lower_ in PLACE_NOUNS)


def _force_of_craft(resolver: ActorResolver, span: Span, root: Token) -> Info | None:
    """A common noun the lexicon lacks ("plane", "ship", "convoy") named by the armed force it
    belongs to ("an Indian Air Force plane", "a US Navy destroyer"): that force (MIL); a craft
    named by no force ("a passenger plane") is no actor."""
    if root.pos_ != "NOUN":
        return None
    for child in per_doc.children(root):
        if child.dep_ in ("compound", "nmod") and span.start <= child.i and child.i in resolver.at_token:
            info = resolve_phrase(resolver, span.doc[span.start:child.i + 1], child)
            if info is not None and info.sector == "MIL" and info.kind in ("org", "group"):
                return info
    return None


def _inside_other_name(resolver: ActorResolver, item: Found) -> bool:
    """A one-word name of a body that is only part of a longer name the tagger marks as one,
    beside a capitalised word the knowledge base does not know or knows as no country
    ("Nigeria Labour Congress", "the Apple Daily newspaper"; not "US Congress")."""
    if item.end - item.start != 1 or not item.aliases \
            or any(a.entity.national or a.entity.kind == "person" for a in item.aliases):
        return False
    doc = resolver.doc
    token = doc[item.start]
    if _country_opens_name(resolver, token):
        # "LAGOS - The Nigeria Labour Congress threatened": the tagger marked "Congress" alone,
        # or the whole as a date after the dateline's
        return True
    if token.ent_type_ not in ("ORG", "FAC"):
        return False
    end = item.end
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end > item.end and doc[item.end].lower_ == "of" and _name_word_sector(doc[item.start:end].text)[0]:
        return True  # "the Congress of South African Trade Unions": a union, named on past "of"
    if _named_after_of(resolver, item.start):
        return True  # "Argentina's General Confederation of Labour": the body's cause, not Britain's party
    neighbours = []
    if token.ent_iob_ == "I" and item.start > 0:
        neighbours.append(doc[item.start - 1])
    if item.end < len(doc) and doc[item.end].ent_iob_ == "I" and all(a.entity.sector == "BUS" for a in item.aliases):
        neighbours.append(doc[item.end])  # a brand begins other names ("Apple Daily"); "Hamas Political Bureau" is Hamas's
    for other in neighbours:
        if other.pos_ != "PROPN" or not other.text[:1].isupper() or other.i == item.end and other.lower_ in _legal_forms():
            continue  # "Chevron Corp" is Chevron
        known = resolver.at_token.get(other.i)
        if known is None or not any(a.entity.national for a in known.aliases):
            return True
    return False


def _country_opens_name(resolver: ActorResolver, token: Token) -> bool:
    """The proper name `token` ends opens with a country's name and has a word of its own
    between ("Nigeria Labour Congress", "Ghana Trades Union Congress"; not "US Congress")."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and start - 1 < doc[start - 1].head.i <= token.i:
        start -= 1  # "Ghana Trades Union Congress": "Trades" hangs on "Union", "Union" on "Congress"
    first = resolver.at_token.get(start)
    return first is not None and first.end < token.i and any(a.entity.national for a in first.aliases)


def _named_after_of(resolver: ActorResolver, start: int) -> bool:
    """The word at `start` ends a body's name after its "of" (and a nationality), inside the name
    the tagger marks ("the General Confederation of Labour", "Albania's Party of Labour", "the
    Ministry of Labour"): the body's field, not a body of that name. Not after a person's title ("the
    Secretary-General of NATO": NATO's own)."""
    doc = resolver.doc
    of = start - 1
    while of > 0 and (nationality := resolver.at_token.get(of)) is not None and nationality.aliases \
            and all(a.how == ADJECTIVE and a.entity.national for a in nationality.aliases):
        of = nationality.start - 1  # "the General Confederation of Italian Labour"
    if of < 1 or doc[start].ent_iob_ != "I" or doc[of].lower_ != "of" or doc[of].ent_iob_ != "I":
        return False
    before = doc[of - 1]
    if not before.text[:1].isupper() or before.pos_ not in ("PROPN", "NOUN"):
        return False
    named = resolver.at_token.get(before.i)
    return named is None or not named.aliases and named.agent is not None and named.agent.kind == "org"


def _country_inside_place_name(resolver: ActorResolver, item: Found) -> bool:
    """ "New Jersey", "New Mexico", "Jersey City": a country's name that, with the capitalised
    name word before or after it, is a province or city the gazetteer knows in another country
    names that place, not the country ("South Lebanon" is still Lebanon's south, not a village in
    Ohio)."""
    from dyad.extract import places

    countries = {a.entity.country for a in item.aliases if a.entity.kind == "place" and a.entity.country}
    if not countries:
        return False
    doc = resolver.doc
    for start, end in ((item.start - 1, item.end), (item.start, item.end + 1)):
        if start < 0 or end > len(doc):
            continue
        other = doc[start] if start < item.start else doc[end - 1]
        if other.pos_ != "PROPN" or not other.text[:1].isupper() or other.lower_ in places.COMPASS:
            continue
        found = places.lookup(doc[start:end].text)
        if found is not None and found.country not in countries and (
                found.kind == "admin1" or (found.kind == "city" and found.population >= places.CITY_POPULATION)):
            return True
    return False


def _shared_body_country(resolver: ActorResolver, span: Span, root: Token, modifiers: Modifiers) -> str | None:
    """The country of a body named by its bare shared one-word name ("Senate", "Congress") in
    the phrase of a part of it ("a Brazilian Senate committee", "a Senate panel in Chile"): as
    the bare name alone is read, the country the phrase or its sentence gives, when that
    country's own legislature has the name; "the U.S. Senate committee" stays America's."""
    body = modifiers.body
    if body is None or not body.shared_by:
        return None
    bare = [item for token in per_doc.tokens(span.doc)[span.start:span.end]
            if (item := resolver.at_token.get(token.i)) is not None and item.start == token.i and item.aliases
            and resolver._choose(item) is body]
    if len(bare) != 1 or bare[0].end - bare[0].start != 1:
        return None
    # the phrase's nationality, unless it is the body's own (the modifiers count the body's country too)
    said = modifiers.country if modifiers.country != body.country else None
    here = modifiers.possessor or said or located(resolver, root) or resolver.context_country(root) \
        or _sharer_named(resolver, root, body)
    return here if here in body.shared_by else None


def _sharer_named(resolver: ActorResolver, root: Token, entity: Entity) -> str | None:
    """In a sentence that names several countries ("told the Senate in Abuja that Nigeria would
    not recognise the coup in Niger"), the one of them whose own legislature has the shared name,
    when the name's default owner is not named there."""
    named = resolver._named_in_sentence(root)
    if not named:
        # a sentence that names no country but a known leader of one ("President Lula appealed to
        # the President of the Senate"): the leader's country's Senate
        start = resolver.sent_start[root.i]
        named = frozenset(c for item in resolver.found_between(start, resolver.sent_end[start]) if item.aliases
                          and (person := resolver._choose(item)) is not None and person.kind == "person"
                          and (c := person.role_at(resolver.published).country))
    sharers = named & entity.shared_by
    return next(iter(sharers)) if len(sharers) == 1 and entity.country not in named else None


def _party_at_home(resolver: ActorResolver, entity: Entity) -> str | None:
    """The country a story is about, for a party name other countries' parties share ("the ruling
    Republican Party" in a story from Yerevan is Armenia's): a party runs at home, so a story of a
    country whose own party has the name means that party (a legislature, "Congress", is read
    from its sentence only: a story of Peru tells of the US Congress too)."""
    here = resolver.article_country() if entity.sector == "PTY" else None
    return here if here in entity.shared_by else None


def _country_word_in(resolver: ActorResolver, item: Found) -> bool:
    """A word of the name names a country ("U.S." of "the U.S. Senate")."""
    return any(a.entity.national for i in range(item.start, item.end)
               for a in resolver.kb.names.get((resolver.norms[i],), ()))


@dataclass
class Modifiers:
    country: str | None = None
    sector: str | None = None  # an organisation's sector ("Hamas official")
    org: Entity | None = None
    possessor: str | None = None  # country of a possessor ("Russia's troops")
    owner: Info | None = None  # a person or body as possessor ("his supporters", "Hamas's allies")
    agent: Agent | None = None  # a title before the name ("Senator Jeanne Shaheen")
    gender: str | None = None
    body: Entity | None = None  # an organisation named in the phrase ("the Taliban faction")
    named_sector: str | None = None  # a body the KB lacks, by its name's last words ("Nigeria Labour Congress")


def _modifiers(resolver: ActorResolver, span: Span, root: Token, head: Found | None) -> Modifiers:
    mods = Modifiers()
    seen = set()
    for token in per_doc.tokens(span.doc)[span.start:span.end]:
        item = resolver.at_token.get(token.i)
        if item is None or item is head or id(item) in seen or _seat_named_as_place(item, span.doc[item.end - 1]):
            continue
        seen.add(id(item))
        if partisan(span.doc, item):
            continue  # "pro-Russian separatists" are not Russia's
        if _aimed_at(span.doc[item.end - 1], root):
            continue  # "the U.N. envoy for Western Sahara" is not of Western Sahara
        if _doer_of_deed_to(span.doc[item.end - 1], root):
            continue  # "people displaced by Boko Haram", "hostages held by Hamas" are not theirs
        if accord_town(span.doc[item.end - 1], item):
            continue  # a town names the accord, not its parties
        possessive = _possessive(span.doc, item)
        entity = resolver._choose(item)
        if entity is not None and entity.kind == "person":
            # "the Trump administration", "Putin's government": the person's country.
            country = entity.role_at(resolver.published).country
            if possessive:
                mods.possessor = mods.possessor or country
                mods.owner = mods.owner or resolver.entity_info(entity)
            else:
                mods.country = mods.country or country
                if head is not None and head.agent is not None and head.agent.follows and item.end <= root.i:
                    mods.owner = mods.owner or resolver.entity_info(entity)  # "Trump supporters": whom they follow
        elif entity is not None:
            country = entity.role_at(resolver.published).country
            if entity.shared_by and not _country_word_in(resolver, item):
                # "Democratic Party leader X" in a story from Belgrade: Serbia's party
                country = _sharer_named(resolver, root, entity) or _party_at_home(resolver, entity) or country
            if possessive:
                mods.possessor = mods.possessor or country
                if not entity.national:
                    mods.owner = mods.owner or resolver.entity_info(entity)
                continue
            if not entity.national and leading(span.doc, item) and head is not None and head.agent is not None \
                    and head.agent.sector not in ARMED_SECTORS | {None, "UAF", "PRM", "CRM"}:
                # "the Hezbollah-led opposition": the body a movement leads is still what its noun
                # says (OPP), of the movement's country; "Hamas-led fighters" stay the movement's
                mods.country = mods.country or country
                continue
            if not entity.national and entity.kind in ("org", "group"):
                mods.body = mods.body or entity
            # a party's following by its dated roles ("MDC supporters": the opposition's, as the party is)
            followed = head is not None and head.agent is not None and head.agent.follows \
                and entity.role_at(resolver.published).sector in ("OPP", "PTY")
            if not entity.national and (entity.kind in ("org", "group") and entity.sector
                                        and entity.sector != "GOV" or entity.stateless or followed
                                        or any(r.sector == "REB" for r in entity.roles)):
                mods.org = mods.org or entity
                mods.sector = mods.sector or entity.role_at(resolver.published).sector
            mods.country = country if _citizenry_after_origin(resolver, span.doc[item.start]) or _state_named_after(
                span.doc[item.end - 1], root) else mods.country or country
        elif item.agent is not None and item.agent.kind == "org" and (named := _named_body_sector(span.doc, item)):
            mods.named_sector = mods.named_sector or named  # "Nigeria Labour Congress president X": no legislature
        elif item.agent is not None and not inside_name(span.doc, item) and not _the_place_itself(span.doc[item.start]) \
                and not _opens_body_name(resolver, item, root) \
                and not (named_by_place_noun(root) and span.doc[item.end - 1].lower_ in PLACE_NOUNS) \
                and not _describes_side(resolver, span, root, item):
            # ("the town of Cizre": the place noun is the place, no title of it)
            if mods.agent is None or _trade_after_stance(mods.agent, item.agent):
                mods.agent = item.agent
            mods.gender = mods.gender or item.agent.gender
    if mods.country is None and mods.possessor is None:
        mods.country = _country_left_before(resolver, span)  # "Cook Islands Prime Minister Henry Puna"
    for token in per_doc.children(root):
        if token.dep_ == "poss" and _the_place_itself(token) and mods.possessor is None and span.start <= token.i:
            mods.possessor = resolver.story_country(token)  # "the country's remaining white farmers"
        # "his special envoy": the envoy of the man "his" stands for; "his Israeli and Palestinian
        # counterparts": each conjunct's, though the split phrase begins after "his".
        if token.dep_ == "poss" and is_pronoun(token) and mods.possessor is None and (
                span.start <= token.i or all(span.doc[k].dep_ in COORDINATED_MODIFIER_DEPS
                                             for k in range(token.i + 1, span.start))):
            owner = resolver.chains.pronoun(token)
            if owner is not None:
                mods.possessor = owner.country
                mods.owner = owner
    return mods


def _state_named_after(token: Token, root: Token) -> bool:
    """ "the breakaway Yugoslav republics of Croatia and Slovenia": the state named after "of" is the
    one meant, not the federation it broke away from."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == root.i \
        and root.lemma_.lower() in STATE_EPITHETS


def _former_office(nationality: Token) -> bool:
    """ "former Bolivian President Jorge Quiroga": a nationality in the title of an office once held."""
    root = nationality
    while root.dep_ in ("amod", "compound") and root.head.i != root.i:
        root = root.head
    return root.i != nationality.i and any(
        t.lower_ in ("former", "ex", "ex-") for t in root.doc[root.left_edge.i:nationality.i])


def _country_ending_at(resolver: ActorResolver, token: Token) -> str | None:
    """The country whose name ends at `token`, else None."""
    item = resolver.at_token.get(token.i)
    if item is None or item.end != token.i + 1 or not item.aliases:
        return None
    entity = resolver._choose(item)
    return entity.country if entity is not None and entity.national and entity.kind == "place" else None


def _titled_after(resolver: ActorResolver, token: Token) -> bool:
    """A title follows `token` directly ("Prime Minister" after "Solomon Islands")."""
    item = resolver.at_token.get(token.i + 1) if token.i + 1 < len(token.doc) else None
    return item is not None and item.start == token.i + 1 and item.agent is not None and item.agent.title is not None


def _country_left_before(resolver: ActorResolver, span: Span) -> str | None:
    """The country named just before a title that begins the phrase, which the parser hung
    elsewhere ("Solomon Islands Prime Minister X", "Islands" taken for the verb's modifier or
    second object beside the titled name): a country's name written against its office's title
    is the office's country."""
    if span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if before.head.i != span.root.head.i or before.head.i == before.i or not _titled_after(resolver, before):
        return None
    return _country_ending_at(resolver, before)


def _trade_after_stance(first: Agent, later: Agent) -> bool:
    """ "dissident journalist X", "opposition blogger X": the stance describes the trade, which
    says what he is (CAMEO codes a journalist MED whatever his politics)."""
    return first.sector == "OPP" and later.sector == "MED" and not later.generic


def _describes_side(resolver: ActorResolver, span: Span, root: Token, item: Found) -> bool:
    """A religious word describing another modifier that names a side ("Islamist" of "the leader
    of the Islamist opposition", "Islamist opposition leader X"): the side is what they are, not
    their faith. Not one describing the phrase's own head ("Islamist leaders" stay REL)."""
    head = span.doc[item.end - 1].head
    other = resolver.at_token.get(head.i) if span.start <= head.i < span.end else None
    return other is not None and other is not item and not other.start <= root.i < other.end \
        and other.agent is not None and not other.aliases \
        and other.agent.sector in SIDE_SECTORS and item.agent.sector == "REL"


# What stands between a shared possessor and a conjunct of a split phrase ("his Israeli and ...").
COORDINATED_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "cc", "conj", "punct"})


@cache
def _citizenries() -> frozenset[str]:
    from dyad import lexicon

    return frozenset(str(w).lower() for entry in lexicon.load("actors/citizenries") for w in entry["words"])


def _citizenry_after_origin(resolver: ActorResolver, token: Token) -> bool:
    """A nationality named with the people of origin before it ("Greek Cypriots", "Mexican
    Americans"): the citizens of the second country, not of the first (actors/citizenries)."""
    if token.lower_ not in _citizenries() or token.i == 0:
        return False
    before = resolver.at_token.get(token.i - 1)
    return before is not None and any(a.how == ADJECTIVE for a in before.aliases)


# Nouns by which a story names the place it is about ("the country's army", "the city's government").
SELF_PLACES = frozenset({"country", "nation", "city", "island", "kingdom", "republic"})


def _the_place_itself(token: Token) -> bool:
    """ "the country's", "the city's": the place the story is about, as a possessor."""
    return token.lower_ in SELF_PLACES and token.dep_ == "poss" and any(c.lower_ == "the" for c in per_doc.children(token))


# Prepositions whose object is what an actor deals with, not what it belongs to ("an envoy for
# Western Sahara", "the ambassador to Iraq", "sanctions on Iran").
AIMED_PREPS = frozenset({"for", "to", "on", "about", "against", "with", "over", "toward", "towards", "into"})


def _aimed_at(token: Token, root: Token) -> bool:
    """The name is the object of such a preposition hung on the phrase's head."""
    aimed = False
    while token.i != root.i and token.head.i != token.i:
        aimed = aimed or token.dep_ == "pobj" and token.head.lower_ in AIMED_PREPS
        token = token.head
    # only on the way up to the head: a modifier shared from outside the phrase ("met with US,
    # British, and French ambassadors", "US" parsed as the object of "with") is not aimed at
    return aimed and token.i == root.i


# Participles whose doer says whose the phrase's people are ("rebels led by X", "a hospital run
# by MSF", "troops sent by Chad"); the doer of any other ("displaced by", "held by", "wounded
# by") did something to them and is another side.
AFFILIATING_PARTICIPLES = frozenset({"lead", "command", "head", "run", "organise", "organize", "found", "own",
                                     "operate", "send", "dispatch", "deploy", "employ", "hire", "staff", "man"})


def _doer_of_deed_to(token: Token, root: Token) -> bool:
    """The name is the doer ("by" object) of a participle hung on the phrase's head that tells
    what was done to its people ("people displaced by Boko Haram", "civilians wounded by Russian
    shelling"), on the way up to the head."""
    while token.i != root.i and token.head.i != token.i:
        by = token.head
        if token.dep_ == "pobj" and by.lower_ == "by" and by.dep_ == "agent" and by.head.tag_ == "VBN" \
                and by.head.lemma_.lower() not in AFFILIATING_PARTICIPLES:
            verb = by.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            return verb.dep_ == "acl" and verb.head.i == root.i
        token = token.head
    return False


def partisan(doc: Doc, item: Found) -> bool:
    """A name that says whom an actor is for or against, not whose it is ("pro-Russian",
    "anti-American", "Saudi-backed", "Iranian-allied")."""
    before = item.start >= 2 and doc[item.start - 1].text == "-" and doc[item.start - 2].lower_ in ("pro", "anti")
    after = item.end + 1 < len(doc) and doc[item.end].text == "-" and doc[item.end + 1].lower_ in BACKING_WORDS
    return before or after


# Participles after a hyphen that make the name before them a leader or broker ("Soviet-led").
LEADING_WORDS = frozenset({"led", "brokered", "mediated"})


def leading(doc: Doc, item: Found) -> bool:
    """A name that says who led or brokered a deed or body ("the Soviet-led invasion", "a
    U.S.-brokered truce"): its own country's, which says nothing of whose the others in the
    story are (the body it leads is still its own: "the Saudi-led coalition")."""
    return item.end + 1 < len(doc) and doc[item.end].text == "-" and doc[item.end + 1].lower_ in LEADING_WORDS


# "Saudi-backed", "Iran-allied", "the U.N.-recognised government": the country or body is a
# patron or a judge, not the actor's own; "Russian-controlled
# Crimea", "Israeli-occupied Golan": an occupier, not the country where the story is.
BACKING_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "financed", "allied", "aligned",
                           "armed", "trained", "installed", "friendly", "controlled", "occupied", "annexed",
                           "recognised", "recognized", "designated", "listed", "sanctioned"})


def credit(doc: Doc, item: Found) -> bool:
    """A news agency credited in brackets after a dateline ("BOGOTA, Colombia (AP) -")."""
    return 0 < item.start and item.end < len(doc) and doc[item.start - 1].text == "(" and doc[item.end].text == ")"


def inside_name(doc: Doc, item: Found) -> bool:
    """A title word within a personal name ("Ahmad Shah Masood"), not before it ("President
    Putin"), nor after a nationality the tagger ran into the name ("Bangladeshi Defence Minister X")."""
    token = doc[item.start]
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and doc[item.start - 1].pos_ == "PROPN" \
        and not _nationality_ends_at(doc, item.start)


def _opens_body_name(resolver: ActorResolver, item: Found, root: Token) -> bool:
    """A rank or title word that opens a body's name the knowledge base lacks ("the General
    Confederation of Labour", "the General Federation of Trade Unions"): the name's own word, no
    general's. A body's name, unlike a titled person's, goes on past "of" to what it is about
    (not "King Abdullah of Jordan", a person's name and his country)."""
    doc = resolver.doc
    if item.aliases or item.end > root.i or root.i in resolver.at_token or root.ent_type_ not in ("ORG", "FAC"):
        return False
    if doc[item.start].ent_type_ != root.ent_type_ or any(doc[k].ent_iob_ != "I" for k in range(item.end, root.i + 1)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.ent_iob_ == "I" for c in per_doc.children(root)) \
        or _name_word_sector(doc[item.start:root.i + 1].text)[0] is not None


def _nationality_ends_at(doc: Doc, end: int) -> bool:
    """The words before token `end` are a country's name or adjective ("Bangladeshi", "South African")."""
    names = knowledge_base().names
    return any(a.entity.national for k in range(1, min(3, end) + 1)
               for a in names.get(tuple(_norm(t.text) for t in doc[end - k:end]), ()))


def _named_body_sector(doc: Doc, item: Found) -> str | None:
    """The sector of a body the knowledge base lacks whose capitalised name ends in a body
    noun ("Nigeria Labour Congress", "Kenya National Union of Teachers"), by its last words."""
    token = doc[item.end - 1]
    if not token.text[:1].isupper():
        return None
    start = item.start
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return _name_word_sector(doc[start:item.end].text)[0] if start < item.start else None


def _possessive(doc: Doc, item: Found) -> bool:
    """The name is a possessor ("Russia's troops"; not "Sudan's army" in "Sudan's army chief",
    a name that holds a possessive)."""
    return doc[item.end - 1].dep_ == "poss" or (item.end < len(doc) and doc[item.end].tag_ == "POS")


def _how(item: Found, entity: Entity) -> str:
    return next((a.how for a in item.aliases if a.entity is entity), NAME)


def _person_in(resolver: ActorResolver, span: Span, root: Token) -> Entity | None:
    """A person named in the phrase next to a title head ("President Putin" as parsed), not
    the owner of an institution ("the Trump administration")."""
    head = resolver.at_token.get(root.i)
    if head is not None and head.agent is not None and head.agent.kind in ("org", "group"):
        return None
    for token in span:
        if token.i == root.i or token.dep_ not in ("compound", "appos", "npadvmod", "nmod") \
                or not _attached_to(token, root):
            continue
        item = resolver.at_token.get(token.i)
        entity = resolver._choose(item) if item else None
        if entity is None and item is not None and head is not None and head.agent is not None:
            entity = _titled(item, head.agent, resolver.published)
        if entity is not None and entity.kind == "person":
            return entity
    return None


def _office_in_apposition(root: Token, item: Found, mods: Modifiers) -> str | None:
    """The sector of a national office (not a rank) whose holder's name follows it in
    apposition ("the army chief, General X"), also a generic noun of a state's body ("Sudan's
    army chief, X", read as the army's chief); None otherwise."""
    agent = item.agent
    sector = agent.sector if not agent.generic else mods.sector if mods.org is not None else None
    if mods.owner is not None and mods.owner.sector == "REB":
        return None  # "the FARC's military commander, X": an armed movement's office, no state's
    if sector in NATIONAL_SECTORS and not agent.relational and root.i == item.end - 1 \
            and any(c.dep_ == "appos" and c.i > root.i and c.pos_ == "PROPN" for c in per_doc.children(root)):
        return sector
    return None


# Articles that join a family name with a hyphen and leave it that name ("al-Bashir" is Bashir).
NAME_ARTICLES = frozenset({"al", "el", "ul", "ur", "ud", "ad", "ash", "as", "az", "an", "ar"})


def _hyphened_to_name(token: Token) -> bool:
    """The name word ends a hyphened compound name ("Abdel-Rahman", "Ould-Abdallah"), not after
    an article ("al-Bashir")."""
    if token.i < 2:
        return False
    hyphen, before = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_ \
        and before.is_alpha and before.lower_ not in NAME_ARTICLES


def _attached_to(token: Token, root: Token) -> bool:
    """The token modifies `root` through names and titles only ("President" and "Vladimir" of
    "President Vladimir Putin"), not inside a phrase hung on it ("supporters of President X")."""
    while token.i != root.i:
        if token.dep_ not in ("compound", "appos", "npadvmod", "nmod", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _titled(item: Found, agent: Agent, day: dt.date | None) -> Entity | None:
    """A surname the title confirms: "President Bush" is a Bush who was president, even in
    an article that does not name him in full or is not dated."""
    if not agent.title:
        return None
    people = [a.entity for a in item.aliases if a.entity.kind == "person"
              and any(r.title == agent.title for r in a.entity.roles)]
    # The one holding that office on the publication date, else the latest to hold it.
    return max(people, key=lambda e: (any(r.title == agent.title and day is not None and r.holds(day)
                                          for r in e.roles),
                                      max(r.start or dt.date.min for r in e.roles)), default=None)


def _entity_phrase(resolver: ActorResolver, entity: Entity, how: str, mods: Modifiers, span: Span) -> Info:
    info = _body_function(resolver.entity_info(entity), entity)
    said = mods.possessor or mods.country
    if how == NAME and entity.kind == "org" and info.sector == "PTY" and info.country and said and said != info.country:
        # "Albania's Democratic Party": many countries have a party of that name; the one of
        # the country the phrase names, not the one the knowledge base lists.
        info.country = said
    if how == NAME and entity.kind in ("org", "group") and not entity.national and info.country \
            and (adjective := _nationality_before(resolver, span, entity)) and adjective != info.country:
        # "the Swedish Nobel Committee", "the Pakistani Taliban": the nationality the text gives the
        # name says whose body it is, over the namesake the knowledge base lists
        info.country = adjective
    if how == DEMONYM and (mods.country or _ethnic(span)):
        # "Bosnian Serbs", "Iraqi Kurds": the adjective's country; "ethnic Albanians": the
        # country they are in ("in Serbia", or the one country their sentence names), as CAMEO's
        # coders code a minority by where it lives.
        country = mods.country or located(resolver, span.root) or _minority_home(resolver, span.root, span)
        if _citizenry_after_origin(resolver, span.root):
            country = entity.country  # "Greek Cypriots" are Cyprus's
        return Info(_bare(span), country, "CVL", "group")
    if how == DEMONYM and (span.root.dep_ in MODIFIER_DEPS or _subject(span.root) and not _counted(span)
                           and not _voting(span.root)):
        # "a Senegalese plan": the adjective; "Palestinians blamed Israel", "the Israelis
        # rejected": the nation as a side (CAMEO codes a bare demonym by its country alone);
        # as the object of an act ("admittance to Ghanaians") they are people (CVL).
        return Info(entity.name, entity.country, None, "group")
    if how == DEMONYM:
        return Info(_bare(span), entity.country, "CVL", "group")  # "40 Palestinians": people
    fellow = _fellow_agent(resolver, span) if how in (NAME, ADJECTIVE) and entity.national else None
    if fellow is not None:
        # "a Turkish military incursion", "a South Korean court ruling", "the U.S. military aid
        # flight": the country's body the next modifier names does what the noun says
        info = _agent_phrase(resolver, span, fellow, resolver.at_token[fellow.i].agent,
                             Modifiers(country=entity.country))
        if info is not None and info.sector:
            info.name = _bare(span) if fellow.i < span.end else f"{_bare(span)} {fellow.text}"
            return info
    if how == ADJECTIVE:
        stranded = _stranded_noun(resolver, span.root)
        if stranded is not None:
            # "accused Azerbaijani forces of ...", parsed as two objects: the adjective's noun.
            info = _agent_phrase(resolver, span, stranded, resolver.at_token[stranded.i].agent,
                                 Modifiers(country=entity.country))
            if info is not None:
                info.name = f"{span.root.text} {stranded.text}"
                return info
        if _one_of_a_people(span.root):
            # "seized two Britons and an American": one person of that nationality, a civilian
            # as the plural demonym's people are.
            return Info(_bare(span), entity.country, "CVL", "person")
        # "Russian" alone, as a split conjunct without its noun: the country.
        return Info(entity.name, entity.country, None, "group")
    shared = _possessed_by_next(resolver, span.root) if how == NAME and entity.national else None
    if shared is not None:
        # "Saudi Arabia's and Iran's foreign ministers met": the parser gives the noun to the
        # last possessor only; the first one's is the same office, its country's
        item = resolver.at_token[shared.i]
        info = _agent_phrase(resolver, span, shared, item.agent, Modifiers(country=entity.country))
        if info is not None:
            info.name = f"{_bare(span)} {resolver.doc[item.start:item.end].text}"
            return info
    office = _office_of(resolver, span.root) if how == NAME and entity.national and entity.kind == "place" else None
    if office is not None:
        # "the foreign ministers of India and China met": each country stands for its holder
        # of the office, as "India's foreign minister" would
        return Info(entity.name, entity.country, office.sector, "place")
    if how == CAPITAL and locative(span.root) and not destination(span.root):
        # "a curfew in Algiers": the city and its people, not the government it is the seat of
        # (but "arrived in New Delhi": a visitor's host is the government there).
        return Info(_bare(span), entity.country, "CVL", "place")
    if entity.kind == "person" and info.sector is None:
        # Before any dated role, the phrase's own title and nationality say what they are now
        # (after the last one they are ELI, whatever "former president" says).
        if mods.agent and mods.agent.sector:
            info.sector = mods.agent.sector
        if mods.country:
            info.country = mods.country
    if entity.kind == "person" and resolver.published is None and entity.roles and not entity.stateless \
            and (mods.agent is None or mods.agent.honorific):
        # "the opposition leader, Morgan Tsvangirai": the apposition's role is the title the text
        # gives (an international official's "X, the U.N. envoy" says no more than his roles do)
        role_noun = _apposed_role(resolver, span.root)
        if role_noun is not None and not _former(noun_phrase(role_noun)):
            mods.agent = resolver.at_token[role_noun.i].agent
    if entity.kind == "person" and resolver.published is None and entity.roles and mods.agent \
            and mods.agent.sector and not mods.agent.relational:
        # Undated: the title the text gives says which role is meant ("candidate Ouattara",
        # "General Michel Aoun"), not the latest one the knowledge base knows.
        named = [r for r in entity.roles if r.title == mods.agent.title]
        if mods.org is not None and mods.agent.generic:
            # "ANC leader Nelson Mandela": the role he held in the body the text names
            named = [r for r in named or entity.roles if _role_in(resolver, r, mods.org)] or named
        if not named and mods.agent.generic and mods.agent.title:
            # "Kosovo Albanian leader Ibrahim Rugova", "democracy leader Aung San Suu Kyi": of
            # his roles, one the text's word names a kind of ("ethnic Albanian leader",
            # "opposition leader"), not the presidency he held later
            named = [r for r in entity.roles if r.title and r.title.endswith(f" {mods.agent.title}")]
        if not named and mods.agent.title is None:
            # a title noun that is no office of its own ("chief executive" is BUS) names the
            # person's role when the role's title is spelled out: "Chief Executive Carrie Lam"
            words = f" {' '.join(t.lower_ for t in span)} "
            named = [r for r in entity.roles if r.title and f" {r.title} " in words]
        if named:
            role = max(named, key=lambda r: r.start or dt.date.min)
            info.country, info.sector, info.title, info.org = role.country, role.sector, role.title, role.org
        elif mods.agent.generic and mods.org is not None:
            info.sector = mods.sector  # "Houthi spokesman X": the body's, not a state's spokesman
        elif not mods.agent.generic and mods.agent.sector == "MIL" and mods.org is not None \
                and (mods.sector == "REB" or any(r.sector == "REB" for r in mods.org.roles)):
            info.sector = "REB"  # "Hamas military chief X": the movement's commander, a rebel
        elif not mods.agent.generic and _rank_ruling(resolver, span.root, mods, mods.agent.sector):
            # "Pakistan's military ruler, General X": the office he rules by, not his rank
            ruled = [r for r in entity.roles if r.sector == "GOV"]
            if ruled:
                role = max(ruled, key=lambda r: r.start or dt.date.min)
                info.country, info.sector, info.title, info.org = role.country, role.sector, role.title, role.org
            else:
                info.sector = "GOV"
        elif not mods.agent.generic:
            info.sector = mods.agent.sector
    if entity.kind in ("org", "group") and info.sector == "PTY" and _called_opposition(resolver, span, mods):
        info.sector = "OPP"  # "Kenya's opposition Orange Democratic Movement", "the main opposition party, the BNP"
    if entity.kind in ("org", "group") and info.sector in ("PTY", "OPP") and _in_legislature(span):
        info.sector = "LEG"  # "Senate Republicans", "House Democrats": the party's legislators
    if entity.kind in ("org", "group") and info.sector in ("PTY", "OPP") and _called_ruling(span):
        # "the ruling Awami League", "Georgia's governing Georgian Dream": the party the text says
        # is in power that day, whatever its latest role, is the government (CAMEO's GOV covers
        # governing parties)
        info.sector = "GOV"
    if entity.kind in ("org", "group") and info.sector == "REB" and _called_ruling(span):
        governed = [r for r in entity.roles if r.sector == "GOV"]
        if governed:
            info.sector, info.country = "GOV", governed[-1].country  # "the ruling Taliban"
    if entity.kind in ("org", "group") and not entity.national and info.sector != "REB" \
            and _called_rebel(resolver, span, mods):
        _as_armed(info, entity)  # "the rebel Sudan People's Liberation Movement": the movement while it fought
    if entity.kind == "person" and info.sector == "ELI" and resolver.published and mods.agent and mods.agent.title \
            and not _former(span):
        # "President Idriss Deby had died": a story of the days the office ended still gives it.
        ended = [r for r in entity.roles if r.title == mods.agent.title and r.end is not None
                 and dt.timedelta(0) <= resolver.published - r.end <= TITLE_LAG]
        if ended:
            role = max(ended, key=lambda r: r.end)
            info.country, info.sector, info.title, info.org = role.country, role.sector, role.title, role.org
    if entity.kind == "person" and info.sector == "ELI" and resolver.published and mods.agent and mods.agent.sector \
            and mods.agent.sector not in NATIONAL_SECTORS | {"ELI"} and not mods.agent.relational and not _former(span):
        # "Opposition leader Carlos Mesa", a former president: what the text says he is now, not
        # an ex-official (an office's title, "President Carter", may be a courtesy: not this)
        info.sector = mods.agent.sector
    if entity.kind == "person" and info.gender is None:
        info.gender = mods.gender
    if entity.kind == "person" and info.country is None and mods.org is not None and mods.org.stateless:
        info.body = mods.sector  # "U.N. envoy Thorvald Stoltenberg": the body he speaks for
    if entity.kind == "person" and (_former(span) or _former_apposed(resolver, span.root) and not _own_office_title(mods, entity)
                                    or _former_in_list(span.root)) \
            and not _in_other_office(entity, resolver.published, mods):
        info.sector = "ELI"  # "former president Carlos Menem": an ex-official, as CAMEO codes one
    return info


def _event_day(value: str | None, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an event's date ("2009-04": April 2009), when it ends before
    the day of publication."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    # a month: the office held as it began ("ousted Morsi in July 2013"); a year: all through it
    last = dt.date(parts[0], 12, 31) if len(parts) == 1 else first
    return (first, last) if last < published else None


def _in_office_on(mention: Mention, entity: Entity | None, days: tuple[dt.date, dt.date]) -> Mention:
    """The mention of an ex-official coded with the office held through `days`, if any."""
    if entity is None or mention.kind != "person" or mention.sector != "ELI":
        return mention
    first, last = days
    held = [r for r in entity.roles if r.sector and r.sector != "ELI" and (r.holds(first) or r.ended_on(first))
            and (r.holds(last) or r.ended_on(last))]
    if not held:
        return mention
    role = max(held, key=lambda r: r.start or dt.date.min)
    return dataclasses.replace(mention, country=role.country, sector=role.sector,
                               code=(role.country or "") + role.sector)


def _nationality_before(resolver: ActorResolver, span: Span, entity: Entity) -> str | None:
    """The country of a nationality adjective right before the body's name in the phrase ("Swedish"
    in "the Swedish Nobel Committee"); None without one (a possessor, "Iran's Hezbollah", names a
    patron as often as an owner, and a hyphened "Iranian-backed" one a patron)."""
    for item in resolver.found_between(span.start, span.end):
        if not any(a.entity is entity for a in item.aliases) or item.start == 0:
            continue
        before = resolver.at_token.get(item.start - 1)
        if before is None or before.end != item.start or partisan(span.doc, before) \
                or before.start < span.start or span.doc[before.start].dep_ in ("poss", "case"):
            return None
        states = {a.entity.country for a in before.aliases if a.how == ADJECTIVE and a.entity.national}
        return states.pop() if len(states) == 1 else None
    return None


def _role_in(resolver: ActorResolver, role: Role, org: Entity) -> bool:
    """The role is an office of the body (its `org` is one of the body's names)."""
    return role.org is not None and any(
        a.entity is org for a in resolver.kb.names.get(tuple(_norm(w) for w in role.org.split()), ()))


def _body_function(info: Info, entity: Entity) -> Info:
    """A stateless court, parliament or peacekeeping force named as itself: its type and what it
    does, as CAMEO codes it ("the International Criminal Court": IGO JUD, "UN peacekeepers": IGO MIL)."""
    if entity.function and info.country is None and info.sector in STATELESS_SECTORS:
        info.sector, info.body = entity.function, info.sector
    return info


def _officer_function(info: Info) -> Info:
    """An international body's officer whose title is a function CAMEO codes beside the body, as
    it codes the body ("the ICC's prosecutor, Fatou Bensouda": IGO JUD, as the court is); its
    envoys and secretaries-general stay the body's (IGO)."""
    if info.kind == "person" and info.stateless and info.country is None and info.body is None \
            and info.sector in STATELESS_SECTORS and info.title:
        agent = knowledge_base().agents.get(tuple(_norm(w) for w in info.title.split()))
        if agent is not None and agent.sector in BODY_FUNCTIONS:
            info.sector, info.body = agent.sector, info.sector
    return info


def _office_of(resolver: ActorResolver, root: Token) -> Agent | None:
    """The state office whose holders a country names after "of" ("the presidents of Armenia
    and Azerbaijan", "the king of Jordan"); not a relation ("allies of Russia") nor the people
    ("the citizens of Iraq")."""
    token = root
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    item = resolver.at_token.get(token.head.head.i)
    agent = item.agent if item is not None and not item.aliases else None
    if agent is None or agent.sector not in NATIONAL_SECTORS \
            or agent.relational or agent.follows or agent.peer or agent.pair or agent.region:
        return None
    return agent


def _called_opposition(resolver: ActorResolver, span: Span, mods: Modifiers) -> bool:
    """A party the text calls the opposition, before its name or in apposition to it."""
    if mods.agent is not None and mods.agent.sector == "OPP":
        return True
    described = appositive(resolver, span.root)
    return described is not None and described.sector == "OPP"


def _called_rebel(resolver: ActorResolver, span: Span, mods: Modifiers) -> bool:
    """A body the text calls rebels, before its name ("the rebel SPLM") or in apposition to it
    ("the main Hutu rebel group, the CNDD-FDD"; not "the former rebel group"), or by a role noun
    its name swallowed ("the M-19 guerrillas", a name of its own in the knowledge base)."""
    if mods.agent is not None and mods.agent.sector == "REB":
        return True
    head = resolver.kb.agents.get((resolver.norms[span.root.i],))
    if head is not None and head.sector == "REB" and span.root.i in resolver.at_token and not _former(span):
        return True
    described = appositive(resolver, span.root)
    return described is not None and described.sector == "REB" and not _former_apposed(resolver, span.root)


def _as_armed(info: Info, entity: Entity) -> None:
    """A movement named as the rebels it was (REB), of the country it fought in."""
    armed = [r for r in entity.roles if r.sector == "REB"]
    info.sector = "REB"
    info.country = max(armed, key=lambda r: r.start or dt.date.min).country if armed else info.country


def _called_ruling(span: Span, root: Token | None = None) -> bool:
    """A party the text calls the one in power ("the ruling Awami League", "the governing NLD",
    "the ruling ZANU-PF party"); not a possessor's ("the ruling party's critics")."""
    root = span.root if root is None else root
    return any(t.lower_ in RULING_WORDS and t.i < root.i and _modifies(t, root) for t in span)


def _modifies(token: Token, root: Token) -> bool:
    """The token is part of the root's own modifiers, not inside a possessor's phrase."""
    while token.i != root.i:
        if token.dep_ == "poss" or token.head.i == token.i:
            return False
        token = token.head
    return True


RULING_WORDS = frozenset({"ruling", "governing"})


# Words before a party's name that make its people a legislature's members ("Senate Republicans").
LEGISLATURE_WORDS = frozenset({"house", "senate", "congressional", "parliamentary", "congress", "parliament"})


def _in_legislature(span: Span) -> bool:
    """A party's people named by the chamber they sit in ("Senate Republicans", "eight House
    Democrats", "Republicans in Congress")."""
    return any(t.lower_ in LEGISLATURE_WORDS and (t.dep_ in MODIFIER_DEPS and t.head.i > t.i
                                                   or t.dep_ == "pobj" and t.head.lower_ == "in") for t in span)


def _in_other_office(entity: Entity, day: dt.date | None, mods: Modifiers) -> bool:
    """ "former prime minister Khaleda Zia" in a story of her years leading the opposition: a
    role held on the day, other than the one the text calls former, is what she is then; so is
    one whose end only the month is known of, in that month ("Boris Nemtsov, a former deputy
    prime minister" the day after he was shot, in the month the opposition role ends: SOURCES.md),
    but not one that ended on a known day ("former prime minister Benazir Bhutto" on the day
    she was killed)."""
    said = mods.agent.title if mods.agent else None
    return day is not None and any((r.holds(day) or r.end is not None and r.end.day == 1 and r.ended_on(day))
                                   and r.sector and r.title != said for r in entity.roles)


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


# How long after an office ended the news still gives its title without "former" (the death,
# ouster or handover itself, and the days of reports after it).
TITLE_LAG = dt.timedelta(days=31)


# Nouns that count what follows "of" ("dozens of civilians", "thousands of protesters").
QUANTITY_NOUNS = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions", "dozen", "hundred",
                            "thousand", "number", "handful", "couple", "group", "crowd", "band", "busload",
                            "convoy", "contingent", "column", "squad", "detachment"})


def _stranded_noun(resolver: ActorResolver, adjective: Token) -> Token | None:
    """The role noun right after a country adjective that the parser made its sibling rather
    than its head ("Azerbaijani" and "forces" both objects of "accused")."""
    doc = adjective.doc
    if adjective.i + 1 >= len(doc):
        return None
    noun = doc[adjective.i + 1]
    item = resolver.at_token.get(noun.i)
    if item is None or item.agent is None or item.start != noun.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun if noun.head == adjective.head and noun.dep_ == adjective.dep_ else None


def _fellow_agent(resolver: ActorResolver, span: Span) -> Token | None:
    """The role word right after a country that modifies the same noun, itself no role: "Turkish"
    and "military" of "incursion", "U.S." and "military" of "aid flight", "South Korean" and
    "court" of "ruling"."""
    root, doc = span.root, span.doc
    if root.dep_ not in MODIFIER_DEPS or root.i + 1 >= len(doc):
        return None
    word, head = doc[root.i + 1], root.head
    item = resolver.at_token.get(word.i)
    if item is None or item.agent is None or item.aliases or item.start != word.i or item.end != word.i + 1 \
            or item.agent.kind == "place" or word.dep_ not in MODIFIER_DEPS:
        return None
    ruled = resolver.at_token.get(head.i)
    if ruled is not None and (ruled.agent is not None or ruled.aliases):
        return None  # "Turkish military officials": the role noun's own phrase says it
    return word if word.head.i == head.i or word.head.i == head.i - 1 and doc[head.i - 1].head.i == head.i else None


def _possessed_by_next(resolver: ActorResolver, owner: Token) -> Token | None:
    """The role noun a possessor with no noun of its own shares with the next possessor it is
    joined to ("Saudi Arabia's and Iran's foreign ministers", parsed with the ministers as a
    conjunct of the first country)."""
    if not any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'") for c in per_doc.children(owner)):
        return None
    for noun in owner.conjuncts:
        item = resolver.at_token.get(noun.i)
        if noun.i > owner.i and item is not None and item.agent is not None and not item.aliases \
                and any(c.dep_ == "poss" for c in per_doc.children(noun)):
            return noun
    return None


def _counted_of(root: Token) -> Token | None:
    """What a count or a number is of ("dozens of civilians", "two of Nigeria's opposition
    parties", "one of the world's press freedom groups")."""
    if root.lower_ not in QUANTITY_NOUNS and not (root.pos_ == "NUM" and root.like_num):
        return None
    for prep in per_doc.children(root):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in per_doc.children(prep) if o.dep_ == "pobj"), None)
    return None


def _place_named(root: Token) -> Token | None:
    """The proper name a place noun head introduces ("the Syrian town of Daraya", "the city of
    Homs"): the phrase stands for that place."""
    if root.lower_ not in PLACE_NOUNS:
        return None
    for prep in per_doc.children(root):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            name = next((o for o in per_doc.children(prep) if o.dep_ == "pobj"), None)
            return name if name is not None and name.pos_ == "PROPN" else None
    return None


# Words that make a demonym a set of people rather than the nation ("100 Palestinians",
# "young Algerians", "some Israelis").
COUNTING_DEPS = frozenset({"nummod", "quantmod", "amod", "compound", "nmod"})


# A nation that votes is its people, not its government ("Britons voted to leave the EU",
# "Colombians rejected the deal in a referendum").
VOTE_VERBS = frozenset({"vote", "elect", "re-elect", "reelect"})
BALLOT_NOUNS = frozenset({"referendum", "election", "elections", "poll", "polls", "ballot", "vote", "plebiscite"})


def _voting(token: Token) -> bool:
    while token.dep_ == "conj":
        token = token.head
    verb = token.head
    # The ballot may hang from the object or a noun of it ("rejected the plan in a referendum",
    # "rejected the accord with the rebels in a referendum"), not from a clause of its own.
    heads = [verb] + [t for o in per_doc.children(verb) if o.dep_ == "dobj" for t in o.subtree
                      if not any(a.dep_ in CLAUSE_DEPS for a in t.ancestors if a.i != verb.i and o in a.subtree)]
    return verb.lemma_ in VOTE_VERBS or any(
        p.dep_ == "prep" and p.lower_ in ("in", "at") and any(o.lower_ in BALLOT_NOUNS for o in per_doc.children(p))
        for head in heads for p in per_doc.children(head))


def _subject(token: Token) -> bool:
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _counted(span: Span) -> bool:
    root = span.root
    return any(c.dep_ in COUNTING_DEPS or c.dep_ == "det" and c.lower_ != "the" for c in per_doc.children(root)
               if span.start <= c.i < root.i) or any(t.like_num for t in span) \
        or _counted_of(root) is not None  # "thousands of Afghans"


# Participles after a noun of people that make them displaced persons (REF).
DISPLACED_VERBS = frozenset({"displace", "uproot"})


def _displaced(root: Token) -> bool:
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in DISPLACED_VERBS for c in per_doc.children(root))


def _one_of_a_people(root: Token) -> bool:
    """A nationality adjective used as a noun for one person: "an American", "a Norwegian"
    (the indefinite article says so; "Russian" alone, a split conjunct, has none)."""
    return root.dep_ not in MODIFIER_DEPS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in per_doc.children(root) if c.i < root.i)


# Words that say an office is over: "former president", "ex-minister", "ousted president".
FORMER_WORDS = frozenset({"former", "ex", "ex-", "ousted", "deposed", "toppled", "overthrown", "onetime",
                          "one-time", "erstwhile", "sacked", "dismissed"})


# Offices a ruler driven abroad has lost: "the exiled president", "the exiled king" (an "exiled
# opposition leader" still leads the opposition).
EXILED_OFFICES = frozenset({"president", "king", "queen", "emperor", "emir", "shah", "monarch", "ruler", "dictator",
                            "prime", "premier"})


def _former(span: Span) -> bool:
    """ "former president", "ex-minister", "the ousted president": the office is over (also
    when the parser left "ex-" of "the country's ex-president" out of the phrase)."""
    if any(t.lower_ in FORMER_WORDS for t in span):
        return True
    if any(t.lower_ == "exiled" and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in EXILED_OFFICES for t in span):
        return True
    doc, start = span.doc, span.start
    if _ousted_before(doc, start):
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "ex" \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


# Past participles that, right before a title, say its holder lost the office.
OUSTED_WORDS = frozenset({"ousted", "deposed", "toppled", "overthrown", "sacked"})
# What comes before such a participle used as an adjective: a verb that takes the person as its
# object ("indicted ousted President X"), a preposition or conjunction, a determiner or possessive,
# punctuation (not a noun or pronoun that could be the ouster, nor "had" of "had ousted").
BEFORE_OUSTED_ADJECTIVE = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN", "CC", "DT", "PRP$", "POS",
                                     ",", ":", "``", "''", "-LRB-"})


def _ousted_before(doc: Doc, start: int) -> bool:
    """ "prosecutors indicted ousted President X", "warned that ousted Prime Minister X would be
    arrested": the parser makes "ousted" a verb and leaves it out of the name's phrase; with no
    one before it who could have done the ousting (a noun or pronoun: "the army ousted President
    X", "they had ousted President X" tell of the ouster itself, when X still held the office),
    it says the office is over."""
    if start < 1 or doc[start - 1].lower_ not in OUSTED_WORDS or not doc[start].is_title:
        return False
    if start < 2 or doc[start - 1].is_sent_start:
        return True
    before = doc[start - 2]
    return before.tag_ in BEFORE_OUSTED_ADJECTIVE and before.lemma_ not in ("have", "be")


def _former_in_list(head: Token) -> bool:
    """ "pardoned former presidents Chun Doo-hwan and Roh Tae-woo": a later name of a list after
    a plural title held in the past shares the title's "former" with the first."""
    if head.dep_ != "conj":
        return False
    while head.dep_ == "conj":
        head = head.head
    titles = [c for c in per_doc.children(head) if c.dep_ == "compound" and c.i < head.i and c.tag_ == "NNS"]
    if head.dep_ == "appos" and head.head.tag_ == "NNS" and head.head.i < head.i:
        titles.append(head.head)  # "former ministers Ali Mansour and Karim Nasser"
    return any(_former(noun_phrase(title)) for title in titles)


def _apposed_role(resolver: ActorResolver, head: Token) -> Token | None:
    """The role noun a name stands in apposition with: after it ("X, a former minister") or
    before it ("Ethiopia's former prime minister, X"); also the role whose place phrase the
    parser hung the name on ("the presidential spokesman in Niamey, X")."""
    around = [c for c in per_doc.children(head) if c.dep_ == "appos" and c.i > head.i]
    if head.dep_ == "appos" and head.head.i < head.i:
        # of a coordination the parser gave the apposition, the conjunct next to it ("the
        # government and the main rebel group, the CNDD-FDD": the group)
        before = max((c for c in head.head.conjuncts if head.head.i < c.i < head.i), key=lambda c: c.i,
                     default=head.head)
        around.append(before)
        if before.dep_ == "pobj" and before.head.lower_ in LOCATIVE_PREPS and before.head.head.i < before.i:
            around.append(before.head.head)
    if head.dep_ == "conj" and head.pos_ == "PROPN":
        # "two American journalists, Laura Ling and Euna Lee", "U.S. senators Dan Kowalski and
        # Mark Redfern": every name of the list is one of the plural role's people
        first = head.head
        roles = [first.head] if first.dep_ == "appos" and first.head.i < first.i else \
            [c for c in per_doc.children(first) if c.dep_ == "compound" and c.i < first.i]
        around += [r for r in roles if r.tag_ in ("NNS", "NNPS")]
    for child in around:
        item = resolver.at_token.get(child.i)
        if item is not None and item.agent is not None and (not item.agent.relational or item.agent.kin) \
                and not item.agent.honorific:
            return child
    return None


def _own_office_title(mods: Modifiers, entity: Entity) -> bool:
    """ "President Jimmy Carter, a former governor of Georgia": the name's own title, one of the
    person's offices, not the apposition's past one, says what the person is (a rank outlasts
    the office: "the former military leader, Lieutenant General Raoul Cedras", is an ex-official)."""
    return mods.agent is not None and mods.agent.title is not None \
        and any(r.title == mods.agent.title for r in entity.roles)


def _former_apposed(resolver: ActorResolver, head: Token) -> bool:
    """ "Ethiopia's former prime minister, Hailemariam Desalegn": the apposition says the
    office is over."""
    role = _apposed_role(resolver, head)
    return role is not None and _former(noun_phrase(role))


def _combine(infos: list[Info]) -> Info:
    """Several actors as one group: what they share ("Russia and China": no country)."""
    names = [i.name for i in infos if i.name]
    countries = {i.country for i in infos}
    sectors = {i.sector for i in infos}
    stateless = all(i.stateless for i in infos) and len(sectors) == 1
    return Info(" and ".join(names) or None, countries.pop() if len(countries) == 1 else None,
                sectors.pop() if len(sectors) == 1 else None, "group", stateless=stateless)


def _named_in_apposition(resolver: ActorResolver, span: Span, root: Token, agent: Agent,
                         mods: Modifiers) -> Info | None:
    """ "his special envoy, Steve Witkoff": the role noun's own name follows it; the person it
    names is the actor (the role fills in what the knowledge base does not say)."""
    if agent.kind in ("org", "group") or root.tag_ in ("NNS", "NNPS"):
        return None
    for child in per_doc.children(root):
        if child.dep_ != "appos" or child.i < root.i or child.pos_ != "PROPN":
            continue
        from dyad.extract.phrases import noun_phrase

        info = resolve_phrase(resolver, noun_phrase(child), child)
        if info is None or info.kind != "person":
            return None
        said = not agent.generic or any(m is not None and m.sector in NATIONAL_SECTORS
                                        for m in (mods.agent, mods.org))  # "army chief", "Sudan's army chief"
        if info.sector is None or info.country is None or said:
            role = _agent_phrase(resolver, span, root, agent, mods, lookup=False)
            if role is not None:
                info.sector, info.country = info.sector or role.sector, info.country or role.country
                if role.body and info.country is None:
                    info.stateless, info.body = True, role.body  # "the ICC's prosecutor, X": the court's, IGO JUD
                if said and role.sector in NATIONAL_SECTORS and role.country in (None, info.country):
                    # "Sudan's army chief, General Abdel Fattah al-Burhan": what the text says he
                    # acts as, of the offices he holds
                    info.sector = role.sector
        return info
    return None


def appositive(resolver: ActorResolver, head: Token) -> Info | None:
    """What an apposition says of a name: "Mikhail Alexseev, a political science professor"
    (EDU), "Olena Kovalenko, a Ukrainian lawmaker" (UKR LEG), "a government spokeswoman" (female)."""
    # The apposition after the name, or the role noun the name is in apposition to ("the
    # opposition newspaper La Prensa", "the spokesman, John Reyes").
    child = _apposed_role(resolver, head)
    if child is None:
        return None
    item = resolver.at_token[child.i]
    phrase = noun_phrase(child)
    if phrase.start <= head.i < phrase.end and child.i < head.i:
        phrase = head.doc[phrase.start:max(child.i + 1, head.left_edge.i)]  # the role without the name
    return _agent_phrase(resolver, phrase, child, item.agent, _modifiers(resolver, phrase, child, item),
                         lookup=False)


def _apposed_country(resolver: ActorResolver, head: Token) -> str | None:
    """The country an apposition's own words name ("a Baghdad-based company", "a Kenyan
    charity"), not one its context would give."""
    child = _apposed_role(resolver, head)
    if child is None:
        return None
    phrase = noun_phrase(child)
    if phrase.start <= head.i < phrase.end:
        return None  # the role before the name ("the newspaper La Prensa"): the name's own phrase
    mods = _modifiers(resolver, phrase, child, resolver.at_token[child.i])
    return mods.country or mods.possessor


def _minority_home(resolver: ActorResolver, root: Token, span: Span) -> str | None:
    """The country an ethnic minority's people are in ("ethnic Albanians" killed "in the village
    of Racak in southern Kosovo"): where the deed they take part in happens; else the one country
    their sentence names besides their own people's (`context_country`)."""
    return scene_country(resolver, root) or resolver.context_country(root, besides=span)


def _shared_nationality(resolver: ActorResolver, root: Token) -> str | None:
    """The country of the nationality adjective on the noun a bare role noun is joined to ("45
    Russian diplomats and embassy staff", "British sailors and marines"): the adjective qualifies
    both. Not a conjunct with an adjective or a name of its own ("and Ukrainian police", "Somali
    refugees and local residents")."""
    head = root.head
    if root.dep_ != "conj" or head.pos_ != "NOUN" or any(
            c.dep_ in ("amod", "nmod", "poss") or c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ or (
                (item := resolver.at_token.get(c.i)) is not None and item.aliases)) for c in per_doc.children(root)):
        return None
    for child in per_doc.children(head):
        item = resolver.at_token.get(child.i)
        if child.dep_ in ("amod", "compound", "nmod") and child.i < head.i and item is not None and item.aliases \
                and all(a.how in (ADJECTIVE, DEMONYM) and a.entity.national for a in item.aliases):
            countries = {a.entity.country for a in item.aliases}
            return next(iter(countries)) if len(countries) == 1 else None
    return None


def _ethnic(span: Span) -> bool:
    return any(t.lower_ == "ethnic" for t in span)


def _minority_named(resolver: ActorResolver, span: Span, root: Token) -> bool:
    """The phrase names a people within another country before its head ("Bosnian Serb",
    "Croatian Serb"); not a nationality of origin ("Greek Cypriot": Cyprus's citizens)."""
    return any(item.aliases and item.start > span.start and resolver._ethnic_second(item)
               and not _citizenry_after_origin(resolver, resolver.doc[item.start])
               for t in span if t.i < root.i and (item := resolver.at_token.get(t.i)) is not None)


def _state_epithet(resolver: ActorResolver, span: Span, root: Token, mods: Modifiers) -> bool:
    """"the kingdom", "the Islamic Republic", "the Gulf state", "the Pacific island nation": a
    noun of STATE_EPITHETS after "the", with no country, owner or body of its own, and no word
    before it naming a sector ("the rebel state" is no state named before)."""
    if root.lower_ not in STATE_EPITHETS or span[0].lower_ != "the" or mods.country or mods.possessor or mods.org:
        return False
    before = [c for c in per_doc.children(root) if c.dep_ in ("amod", "compound") and c.i < root.i]
    if root.lower_ in MODIFIED_EPITHETS and not before:
        return False
    agents = [item.agent for c in before if (item := resolver.at_token.get(c.i)) is not None and item.agent is not None]
    return all(a.region or a.facility or not a.sector for a in agents)


def _agent_phrase(resolver: ActorResolver, span: Span, root: Token, agent: Agent, mods: Modifiers,
                  lookup: bool = True) -> Info | None:
    if agent.honorific:
        return None
    if agent.kind == "place" or agent.kind == "org" and root.lower_ == "state" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in resolver.at_token
            and not (span[0].lower_ == "the" and stop_name(c.text)) for c in per_doc.children(root)):
        # "Helmand province", "Kaduna State" (not "the state", the government, nor "the Gulf
        # state", one of the Gulf's states): a region.
        country = mods.country or mods.possessor or region_country(resolver, span, root)
        return Info(_bare(span), country, "CVL" if country and locative(root) else None, "place")
    if agent.kin:
        return _kin_phrase(resolver, span, root, agent, mods)
    if root.lower_ == "state" and mods.country and mods.org is None and mods.agent is None:
        # "recognised the state of Palestine", "a Palestinian state", "the Turkish state": the
        # country as a state, with no sector (as its name alone), not its government
        return Info(_bare(span), mods.country, None, "place")
    plural = root.tag_ in ("NNS", "NNPS")
    if root.lower_ in SELF_COUNTRIES and not plural and span[0].lower_ == "the" and not locative(root) \
            and mods.country is None and mods.possessor is None and mods.org is None \
            and (mods.agent is None or mods.agent.region) \
            and (itself := resolver.country_itself(root, _doers(resolver, root))) is not None:
        # "Russia and China urged the country to ...", "ordered Americans to leave the North
        # African country": the other country its sentence names, not that of those who act on it
        return Info(_bare(span), itself, None, agent.kind or "group")
    if not plural and _state_epithet(resolver, span, root, mods) and (named := resolver.chains.state_before(root)) is not None:
        # "Iran shot down a drone ... The Islamic Republic said", "Saudi Arabia cut ties with Qatar.
        # The kingdom accused the Gulf state of ...", "the communist state", "the island nation":
        # wire copy's epithets for a state it has named
        return Info(_bare(span), named.country, None, "place")
    if agent.follows and (mods.owner is not None or not any(t.i in resolver.at_token for t in span if t.i < root.i)):
        # "Trump supporters", "his supporters"; not "opposition supporters", whose sector the word gives
        followed = _followed(resolver, span, root, mods)
        if followed is not None:
            return followed
    bare = not plural and span[0].lower_ == "the" and mods.org is None and mods.agent is None \
        and mods.country is None and mods.possessor is None \
        and not any(c.dep_ in ("compound", "amod") and c.i < root.i for c in per_doc.children(root))  # "the contact group"
    if bare and agent.kind == "org":
        before = resolver.chains.named_body_before(root)  # "the ICC ... the court said", "NATO ... the alliance"
        if before is not None:
            return before
    if plural and span[0].lower_ == "the" and len(span) == 2 and root.pos_ == "NOUN" \
            and (same := resolver.chains.same_noun_before(root)) is not None:
        return Info(_bare(span), same.country, same.sector, same.kind, stateless=same.stateless, body=same.body)
    if agent.refers_back and bare and root.pos_ != "PROPN":
        before = resolver.chains.body_before(root)  # "Houthi rebels seized a ship, the group said"
        if before is not None:
            return Info(before.name, before.country, before.sector, before.kind, stateless=before.stateless,
                        body=before.body)
    country = mods.country or (None if agent.relational else mods.possessor) or agent.country
    if country is None and mods.org is None:
        country = _shared_nationality(resolver, root)  # "15 British sailors and marines": British marines
    if country is None and agent.generic and mods.agent is not None:
        country = mods.agent.country  # "congressional leaders": the one country whose the modifier's office is
    if country is None and mods.agent is not None and mods.agent.region and agent.sector == "GOV" and mods.org is None:
        # "West African leaders", "Arab foreign ministers": states acting together, no one's
        return Info(_bare(span), None, "GOV", "group" if plural else agent.kind or "person", agent.gender, body="IGO")
    if country is None and mods.agent is not None and mods.agent.region and agent.sector is None and agent.generic \
            and mods.org is None:
        # "European monitors", "international inspectors": the states' joint mission, a body
        return Info(_bare(span), None, "IGO", "group" if plural else agent.kind or "person", agent.gender, stateless=True)
    if mods.country and _ethnic(span):
        # "ethnic Albanian guerrillas": a minority's people are of the country they live in
        country = located(resolver, root) or _minority_home(resolver, root, span)
    sector = mods.sector if mods.org is not None else agent.sector
    if mods.org is not None and agent.sector == "PTY" and agent.kind == "org" and mods.sector in ARMED_SECTORS:
        sector = "PTY"  # "the political wing of the IRA": an armed movement's party is a party
    if mods.org is not None and agent.sector == "GOV" and agent.kind == "org" and (
            mods.sector == "PTY" or any(r.sector == "GOV" for r in mods.org.roles)):
        # "the MPLA government", "the Likud government": the party governs; "the Taliban
        # authorities": the movement that took power, whatever the date
        sector = "GOV"
    if root.pos_ == "PROPN" and (root.ent_type_ == "ORG" or _country_opens_name(resolver, root)) \
            and (named := _name_word_sector(_proper_name(span, root))[0]):
        sector = named  # "the Nigeria Labour Congress": a union, whatever "Labour" or "Congress" alone is
    if agent.sector == "MIL" and mods.org is None and mods.agent is not None and mods.agent.sector in ("REB", "COP"):
        sector = mods.agent.sector  # "rebel forces", "the warlord's fighters", "a police patrol"
    if agent.sector == "CVL" and mods.org is None and mods.agent is not None and mods.agent.state \
            and mods.agent.sector in ("MIL", "COP"):
        sector = mods.agent.sector  # "army engineers", "police technicians": the force's own
    if agent.sector == "MIL" and mods.org is None and (mods.agent is None or mods.agent.sector == "MIL") \
            and mods.owner is not None \
            and mods.owner.sector == "REB" and mods.owner.kind in ("org", "group"):
        sector = "REB"  # "the FARC's military commander", "Hamas's commanders": an armed movement's own
    if agent.policing and mods.org is None and mods.agent is None and resolver.police_story():
        sector = "COP"  # "the officers were pelted with stones" in a story of riot police
    if sector in ("MIL", "UAF") and not agent.state and mods.org is None and (
            mods.agent is not None and mods.agent.sector == "OPP" or _against_government(span, root)):
        sector = "REB"  # "opposition fighters", "anti-government forces": armed men against the state are rebels
    if sector == "PTY" and mods.agent is not None and mods.agent.sector == "OPP":
        # "Albania's opposition Socialists", "opposition BNP activists": a camp the text calls the opposition
        sector = "OPP"
    if agent.sector == "UAF" and mods.org is None and mods.agent is not None and mods.agent.sector in ("REB", "REL"):
        sector = "REB"  # "rebel gunmen", "Islamist gunmen": attackers whose armed cause the text names
    if sector == "MIL" and mods.org is None and not agent.state and mods.country and _ethnic(span):
        sector = "REB"  # "ethnic Armenian forces in Nagorno-Karabakh": a minority's armed men, not a state's
    if sector in ARMED_SECTORS and mods.org is None and not agent.state:
        states = _people_in_arms(resolver, span, root)
        if states is not None:
            # "Chechen fighters", "Tigrayan forces", "Kurdish guerrillas": a regional people's
            # fighters are rebels of the state they live in (of several, the one the story names)
            sector = "REB"
            country = country if country in states else _people_state(resolver, root, states)
    if agent.irregular and mods.org is None and (patron := _patron(resolver, span, root)) is not None:
        # "pro-Jakarta militias", "pro-government gangs": irregulars on a government's side are
        # CAMEO's pro-government militia (PRM), of the country whose government they back
        sector, country = "PRM", patron or country
    elif agent.irregular and agent.sector == "REB" and mods.org is None and _beside_state_troops(resolver, root):
        sector = "PRM"  # "soldiers and militiamen went from house to house": they fight on the state's side
    body = None
    if mods.org is not None and agent.sector in ARMED_SECTORS and not agent.generic:
        # "UNITA rebels", "RPF troops": the fighters of a movement that was armed at some date
        # are rebels whatever it became; "NATO troops", "U.N. military personnel": a stateless
        # body's soldiers (CAMEO's IGO MIL).
        armed = [r for r in mods.org.roles if r.sector == "REB"]
        if armed or mods.org.sector == "REB":
            sector = "REB"
            now = mods.org.role_at(resolver.published)
            if armed and now.sector != "REB" and country == now.country:
                country = max(armed, key=lambda r: r.start or dt.date.min).country  # SPLA: Sudan's
        elif mods.org.stateless and agent.sector == "MIL":
            sector, body = "MIL", mods.sector
    elif mods.org is not None and mods.org.stateless and agent.sector in BODY_FUNCTIONS and not agent.generic:
        sector, body = agent.sector, mods.sector  # "judges at the ICC", "UN police": IGO JUD, IGO COP
    elif mods.org is not None and mods.org.stateless and mods.org.function and agent.generic and not country:
        sector, body = mods.org.function, mods.sector  # "a PACE rapporteur", "European Parliament members": IGO LEG
    if agent.peer and mods.owner is not None and mods.owner.sector in NATIONAL_SECTORS and mods.agent is None:
        sector = mods.owner.sector  # "his Sudanese counterpart" of a minister: Sudan's minister
    owner = mods.owner
    owned = agent.generic and not agent.relational and mods.org is None and mods.agent is None and owner is not None \
        and owner.kind in ("person", "org", "group") and owner.sector not in (None, "CVL", "ELI")
    if owned:
        # "Hezbollah's deputy leader", "the army's spokesman", "his aides": of the owner's kind
        if owner.stateless and not owner.country:
            return Info(_bare(span), None, owner.sector, agent.kind or "person", agent.gender, stateless=True)
        sector, country = owner.sector, country or owner.country
    headed = agent.title == "president" and mods.org is None and mods.agent is not None \
        and mods.agent.kind == "org" and mods.agent.sector not in NATIONAL_SECTORS | {None, "IGO"}
    if headed:
        # "the union's president", "the farmers' federation president": the head of a body of
        # its own kind, not the state's president
        sector = mods.agent.sector
    elif (agent.generic or agent.relational) and mods.org is None and mods.agent is not None and mods.agent.sector:
        # "rebel leaders", "military officials", "police spokesman", "its militia ally"
        sector = mods.agent.sector
    elif agent.sector in BODY_FUNCTIONS and not agent.generic and mods.org is None and mods.country is None \
            and (body := _function_body(resolver, root, owner)) is not None:
        # "judges at the International Criminal Court", "the ICC's chief prosecutor": the court's
        # people, IGO JUD, not of the country whose crimes they judge
        return Info(_bare(span), None, agent.sector, "group" if plural else agent.kind or "person", agent.gender,
                    stateless=True, body=body.body or body.sector)
    elif agent.generic and mods.org is None and (mods.agent is None or mods.agent.sector is None):
        served = _body_served(resolver, root)  # "a spokesman for the Ugandan army": MIL
        if served is not None and served.country:
            sector, country = served.sector, country or served.country
        elif served is not None and served.stateless and country is None:
            return Info(_bare(span), None, served.sector, agent.kind or "person", agent.gender, stateless=True)
    if agent.sector == "MED" and not agent.generic and mods.org is None and not country \
            and (employer := _body_served(resolver, root, ("for", "with", "at"))) is not None and employer.country:
        country = employer.country  # "a reporter for the BBC" deported from Belarus: Britain's, not Belarus's
    if agent.held and mods.org is None and (sector is None and (mods.country or mods.possessor)
                                            or sector == "GOV" and mods.agent is not None and mods.agent.kind == "org"):
        sector = agent.held  # "Armenian positions", "a government checkpoint": the state's soldiers hold them
    if root.lower_ in CRITIC_NOUNS and mods.org is None and _government_named(resolver, span, root):
        sector = "OPP"  # "government critics", "a Kremlin critic", "critics of the regime": the opposition
    if sector == "CVL" and mods.org is None and _displaced(root):
        sector = "REF"  # "people displaced by the fighting", "families uprooted by the floods": PLOVER's REF
    stateless = mods.org is not None and mods.org.stateless and not country
    former = _former(span)
    # "the president", "the Russian leader", "Russia's foreign minister": the office holder.
    if lookup and agent.title and not plural and not former and _definite(span, root) \
            and not (owned and owner.kind != "person" and owner.sector not in NATIONAL_SECTORS) and not headed:  # "Hamas's leader"
        holder = resolver.chains.title_holder(root, agent, country, mods.org)
        if holder is not None:
            return holder
    kind = agent.kind or ("group" if plural else "person")
    if kind == "person" and plural:
        kind = "group"
    if former and kind != "org" and sector in NATIONAL_SECTORS | {"PTY"}:
        sector = "ELI"
    if country is None and not stateless and not agent.relational and kind == "org":
        country = _apposed_country(resolver, root)  # "North Star Trading Company, a Baghdad-based firm"
    if country is None and not stateless and not agent.relational:
        # "rebels in Darfur", "a professor at San Diego State University", "Moscow State
        # University": the place or institution says the country.
        # A state's own force is the one of where it is ("the army in Beirut"); troops may be abroad.
        country = _place_possessor(resolver, root) or \
            located(resolver, root, abroad=sector == "MIL" and not agent.state) or \
            (name_country(resolver, span, root) if kind == "org" else None)
    if country is None and not stateless and sector in SCENE_SECTORS and not agent.relational:
        country = participle_place(resolver, root)  # "Yazidis trapped on Mount Sinjar in northern Iraq"
    if country is None and not stateless and sector in ARMED_SECTORS:
        country = _loyal_to(resolver, root)  # "troops loyal to President Mobutu": his country's
    # "the people affected by the earthquakes in Turkey and Syria": the places their own clause
    # tells of say whose they are (two of them: no one country), not the sentence's other names
    told = _countries_told_of(resolver, root) if country is None and not stateless and sector in SCENE_SECTORS \
        and not agent.relational else set()
    if len(told) == 1:
        country = next(iter(told))
    if country is None and not stateless and sector in DOMESTIC_SECTORS and len(told) < 2 \
            and (not agent.relational or mods.agent is not None) and root.lower_ not in POSTINGS and not (sector == "MIL" and located(resolver, root)) \
            and not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in per_doc.children(root)):
        # "the administration", "the army", "the rebels", "opposition supporters", "residents": the
        # country of their sentence or article (an envoy or ambassador is sent abroad,
        # "troops in Mali" are as often foreign, and "Ruritania's emir" is Ruritania's). People
        # who are where the deed happens are placed by the scene, not by their clause's names.
        country = resolver.context_country(root, scene=sector in SCENE_SECTORS, official=sector in ("GOV", "MIL"),
                                           opposed=sector in ("GOV", "MIL", "PTY"), foreigners=sector in FORCE_SECTORS)
    if country is None and not stateless and agent.state and mods.org is None:
        country = _commander_country(resolver, root) or _force_named_before(resolver, span, root)
    elif country is None and not stateless and sector == "MIL" and mods.org is None and mods.agent is None:
        country = _commander_country(resolver, root, sent=True)  # "Russia has massed 100,000 troops"
    if country is None and not stateless and sector in SCENE_SECTORS | {"MED", "EDU", "BUS", "ELI"} and mods.org is None \
            and len(told) < 2:
        country = _ruler_country(resolver, root)  # "Egypt's President Sisi pardoned 100 prisoners"
    if country is None and not stateless and sector in SCENE_SECTORS and not agent.relational and len(told) < 2:
        country = scene_country(resolver, root)  # "struck a funeral hall in Sanaa, killing 140 mourners"
    if country is None and agent.facility:
        country = located(resolver, root)  # "a military outpost in Myanmar's Sagaing region": a post is where it stands
    if sector in STATELESS_SECTORS and mods.country is None and mods.possessor is None and _foreign(resolver, span, root):
        # "foreign relief workers", "foreign aid groups": an international NGO's, not of the
        # country they work in (foreign tourists or journalists stay where the deed is)
        country, stateless = None, True
    elif sector == "JUD" and kind == "org" and mods.country is None and mods.possessor is None and mods.org is None \
            and any(t.lower_ == "international" and t.dep_ in MODIFIER_DEPS and t.i < root.i for t in span):
        # "an international tribunal in The Hague": set up by states together (IGO JUD), not
        # the court of the country it sits in
        country, stateless, body = None, True, "IGO"
    elif sector in FOREIGN_EMPLOYED and mods.country is None and mods.possessor is None and _foreign(resolver, span, root):
        # "hundreds of foreign journalists", "foreign investors": of other countries, which the
        # phrase does not say (not the host's media or business); foreign tourists stay CVL of the scene
        country = None
    if agent.sector == "IGO" and mods.org is None and mods.agent is None:
        # "a food aid convoy": the international agencies' (IGO); "a Turkish aid convoy": Turkey's
        sector, stateless = (None, False) if country else ("IGO", True)
    if sector == "MIL" and mods.org is None and not agent.state and _minority_named(resolver, span, root):
        # "Bosnian Serb forces", "Bosnian Serb gunners": a people's armed men within another
        # country are rebels, as "ethnic Armenian forces" are (the KB's Bosnian Serb army is REB)
        sector = "REB"
    if sector == "PTY" and _called_ruling(span, root) and not former:
        # "Bulgaria's governing Socialists", "the ruling party", "the ruling ZANU-PF party": the
        # party in power is the government (CAMEO's GOV covers governing parties)
        sector = "GOV"
    if sector == "GOV" and country and (half := _compass_half(resolver, root, country)):
        country = half  # "the southern government" in a story of Sudan: South Sudan's
    name = _bare(span)
    return Info(name, country, sector, kind, agent.gender, stateless=stateless, body=body)


def _kin_phrase(resolver: ActorResolver, span: Span, root: Token, agent: Agent, mods: Modifiers) -> Info:
    """ "the elder brother of former President X", "his wife", "the president's nephew": of the
    relative's country; a ruler's or official's kin (in office or out) are elites, as coders mark
    them; anyone else's have no sector the phrase says."""
    relative = mods.owner
    if relative is None:
        of = next((c for c in per_doc.children(root) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in per_doc.children(of) if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            relative = resolve_phrase(resolver, noun_phrase(pobj), pobj)
    country = mods.country or (relative.country if relative is not None else None)
    official = relative is not None and relative.kind == "person" and relative.sector in NATIONAL_SECTORS | {"ELI"}
    plural = root.tag_ in ("NNS", "NNPS")
    return Info(_bare(span), country, "ELI" if official else None, agent.kind or ("group" if plural else "person"),
                agent.gender)


# Nouns by which a story names, as an actor, the country it is about ("urged the country to act").
SELF_COUNTRIES = frozenset({"country", "nation"})
# Nouns of wire copy's epithets for a state it has named ("the kingdom", "the Islamic Republic",
# "the Gulf state", "the island nation").
STATE_EPITHETS = SELF_COUNTRIES | {"state", "kingdom", "republic", "emirate", "sultanate", "monarchy", "island",
                                   "archipelago", "city-state", "principality"}
MODIFIED_EPITHETS = frozenset({"state", "island", "archipelago"})  # "the state", "the island" alone are other things

# Prepositions inside a doer's phrase that still name the doer ("an air strike by the coalition",
# "troops of the Russian army", "missiles fired from Belarus"), not where the deed lands.
DOER_PREPS = frozenset({"by", "of", "from", "with"})


def _doers(resolver: ActorResolver, token: Token) -> frozenset[int]:
    """The tokens of the objects of the verbs `token` hangs on, and of their subjects that are
    countries by name, but not its own: others who act on it or are sent to it are not it
    ("India and the US urged the country to act", "ordered all Americans to leave the country").
    Beyond its own clause only when it is acted on ("China warned it would blockade the island
    nation"); a country that is the subject of a report is the speaker's ("Germany said the
    country would ...")."""
    acted_on = token.dep_ not in ("nsubj", "nsubjpass")
    doers = set()
    while token.head.i != token.i and (acted_on or token.dep_ not in CLAUSE_DEPS or token.dep_ == "xcomp"):
        below, token = token, token.head
        for child in per_doc.children(token):
            if child.i == below.i:
                continue
            if child.dep_ == "dobj":
                doers.update(t.i for t in child.subtree)
            elif child.dep_ in ("nsubj", "nsubjpass"):
                doers.update(side.i for side in (child, *child.conjuncts) if _country_by_name(resolver, side))
    return frozenset(doers)


def _country_by_name(resolver: ActorResolver, token: Token) -> bool:
    """The token ends a country's name or its capital's ("the US", "Beijing"), not a nationality."""
    item = resolver.at_token.get(token.i)
    entity = resolver._choose(item) if item is not None and item.end - 1 == token.i else None
    return entity is not None and entity.national and entity.kind != "person" \
        and any(a.how in (NAME, CAPITAL, SEAT) for a in item.aliases)


def _countries_told_of(resolver: ActorResolver, root: Token) -> set[str]:
    """The countries of the places a participle or relative clause on `root` is in ("people
    affected by the earthquakes in Turkey and Syria", "families who fled the fighting in Sudan")."""
    codes = set()
    for clause in per_doc.children(root):
        if clause.dep_ not in ("acl", "relcl") or clause.i < root.i:
            continue
        for token in clause.subtree:
            head = token
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            if head.dep_ != "pobj" or head.head.lower_ not in LOCATIVE_PREPS or _in_inner_clause(token, clause):
                continue
            item = resolver.at_token.get(token.i)  # each conjunct's own name ("Turkey and Syria")
            entity = resolver._choose(item) if item is not None else None
            code = entity.role_at(resolver.published).country if entity is not None and entity.kind != "person" \
                else place_country(resolver, token)
            if code:
                codes.add(code)
    return codes


def _in_inner_clause(token: Token, clause: Token) -> bool:
    """The token lies in a clause within `clause` ("who staged marches inspired by the revolts in
    Tunisia": the revolts' places, not the marchers')."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ in ("acl", "relcl", "advcl", "ccomp", "xcomp"):
            return True
        token = token.head
    return False


# Those who speak against whom their phrase names: of a government, the opposition.
CRITIC_NOUNS = frozenset({"critic", "critics", "opponent", "opponents", "foe", "foes", "detractors"})


def _government_named(resolver: ActorResolver, span: Span, root: Token) -> bool:
    """The phrase names a government, its seat or its leader by his office, not as a possessor
    ("government critics", "a Kremlin critic", "opponents of the regime", "opponents of
    President X"; "Putin's critics" may be anyone's)."""
    for token in span:
        item = resolver.at_token.get(token.i) if token.i != root.i else None
        if item is None or _possessive(span.doc, item):
            continue
        if item.agent is not None and item.agent.sector == "GOV" and (item.agent.kind == "org" or item.agent.leader):
            return True
        entity = resolver._choose(item)
        if entity is not None and entity.national and entity.sector == "GOV":
            return True
    return False


# A compass adjective and the word a country's name gives that half of a divided land.
COMPASS_HALVES = {"southern": "South", "northern": "North", "eastern": "East", "western": "West"}


def _compass_half(resolver: ActorResolver, root: Token, country: str) -> str | None:
    """The country that is the named half of `country`'s land, when the phrase names a government
    by the compass ("the southern government" of Sudan: South Sudan's; "the northern government"
    of South Korea: North Korea's); None when no such country exists ("southern Nigeria")."""
    word = next((COMPASS_HALVES[c.lower_] for c in per_doc.children(root) if c.dep_ == "amod" and c.lower_ in COMPASS_HALVES), None)
    entity = resolver.kb.countries.get(country) if word else None
    if entity is None:
        return None
    first, _, rest = entity.name.partition(" ")
    land = rest if first in COMPASS_HALVES.values() and rest else entity.name
    return _countries_by_name().get(f"{word} {land}")


@cache
def _countries_by_name() -> dict[str, str]:
    return {entity.name: code for code, entity in knowledge_base().countries.items()}


def country_named(name: str) -> str | None:
    """The code of the country of this name ("North Korea", "South Sudan"), if any."""
    return _countries_by_name().get(name)


def names_country(token: Token) -> str | None:
    """The code of the country the proper name `token` ends names ("Korea" of "North Korea"), if any."""
    return country_named(_name_run(token).text)


# What "pro-" before an armed group's noun may name besides a country or its leader: its government.
GOVERNMENT_WORDS = frozenset({"government", "regime", "junta", "state", "army", "military"})


def _against_government(span: Span, root: Token) -> bool:
    """The phrase says its people fight the government ("antigovernment forces", "anti-regime
    fighters")."""
    tokens = per_doc.tokens(span.doc)
    for i in range(span.start, root.i):
        word = tokens[i].lower_
        if word.removeprefix("anti").removeprefix("-") in GOVERNMENT_WORDS and word.startswith("anti"):
            return True  # "antigovernment", "anti-government" as one word
        if word == "anti" and i + 2 < root.i and tokens[i + 1].text == "-" and tokens[i + 2].lower_ in GOVERNMENT_WORDS:
            return True
    return False


def _beside_state_troops(resolver: ActorResolver, root: Token) -> bool:
    """The phrase's noun is coordinated with a state's soldiers ("Rwandan soldiers and
    militiamen", "militiamen and soldiers of the presidential guard")."""
    for other in root.conjuncts:
        item = resolver.at_token.get(other.i)
        if item is not None and not item.aliases and item.agent is not None and item.agent.sector == "MIL" \
                and not item.agent.irregular and item.end == other.i + 1:
            return True
    return False


def _patron(resolver: ActorResolver, span: Span, root: Token) -> str | None:
    """The country whose government a "pro-X" modifier of the phrase says its people back ("pro-
    Jakarta", "pro-Indonesian", "pro-government": the story's), "" when the phrase has one but
    its country is unknown, None when it has none ("anti-government militias" are not)."""
    tokens = per_doc.tokens(span.doc)
    for i in range(span.start, root.i - 2):
        if tokens[i].lower_ != "pro" or tokens[i + 1].text != "-":
            continue
        patron = tokens[i + 2]
        if patron.lower_ in GOVERNMENT_WORDS:
            return resolver.context_country(root) or ""
        item = resolver.at_token.get(patron.i)
        entity = resolver._choose(item) if item is not None else None
        role = entity.role_at(resolver.published) if entity is not None else None
        if role is not None and (entity.kind != "person" or role.sector == "GOV"):  # "pro-Mobutu": his state's
            return role.country or ""
    return None


# Sectors of people who work for a body of their own country wherever they are.
FOREIGN_EMPLOYED = frozenset({"MED", "BUS"})


FOREIGN_WORDS = frozenset({"foreign", "international", "overseas", "expatriate"})


def _foreign(resolver: ActorResolver, span: Span, root: Token) -> bool:
    """The phrase calls its people foreign ("foreign aid workers"), not as part of a title
    ("the foreign minister")."""
    item = resolver.at_token.get(root.i)
    return any(t.lower_ in FOREIGN_WORDS and t.dep_ in MODIFIER_DEPS and t.i < root.i
               and not (item is not None and item.start <= t.i < item.end) for t in span)


@cache
def _peoples() -> dict[str, tuple[str, ...]]:
    from dyad import lexicon

    return {str(w).lower(): tuple(entry["states"]) for entry in lexicon.load("actors/peoples") for w in entry["words"]}


def _people_in_arms(resolver: ActorResolver, span: Span, root: Token) -> tuple[str, ...] | None:
    """The states of the regional people ("Chechen", "Kurdish") that names the fighters `root`
    heads, unless a state's adjective comes first ("Iraqi Kurdish forces": the region's own)
    or they are loyal to someone ("Chechen forces loyal to Ramzan Kadyrov")."""
    peoples = _peoples()
    if any(c.lower_ == "loyal" for c in per_doc.children(root)):
        return None
    for token in span:
        if token.i >= root.i or token.dep_ not in MODIFIER_DEPS or token.head.i != root.i \
                and not (token.head.dep_ in MODIFIER_DEPS and token.head.head.i == root.i):
            continue  # "Chechen fighters", "Tigray Defence forces"
        states = peoples.get(token.lower_)
        if states is not None:
            return states
        item = resolver.at_token.get(token.i)
        if item is not None and any(a.how == ADJECTIVE for a in item.aliases):
            return None  # "Iraqi Kurdish forces"
    return None


def _people_state(resolver: ActorResolver, root: Token, states: tuple[str, ...]) -> str | None:
    """Of the states a people lives in, the one the fighters are in ("in Syria"), else the one
    their sentence names, even as a force's nationality ("Kurdish guerrillas killed eight
    Turkish soldiers"), else the one the story names; the only one when there is one. A faith
    community lives in no state of its own (no states listed): the fighters are where they are
    ("Moslem forces in east Bosnia"), else of the one country their context names."""
    here = located(resolver, root)
    if not states:
        return here or resolver.context_country(root)
    if here in states:
        return here
    start = resolver.sent_start[root.i]
    end = resolver.sent_end[start]
    for pool in ({c for item in resolver.found if start <= item.start < end
                  if (c := _item_country(resolver, item))}, resolver.countries()):
        named = [s for s in states if s in pool]
        if len(named) == 1:
            return named[0]
    return states[0] if len(states) == 1 else None


def _item_country(resolver: ActorResolver, item: Found) -> str | None:
    entity = resolver._choose(item)
    return entity.role_at(resolver.published).country if entity is not None else None


def _commander_country(resolver: ActorResolver, root: Token, sent: bool = False) -> str | None:
    """The country of the office holder or government that orders, deploys or praises a state's
    force in the same clause ("President Yoweri Museveni ordered the army to ..."): the force
    is that state's. `sent`: troops, which a state only commands when it sends, masses or pulls
    them ("Russia has massed troops near the border"; not "Russia attacked the troops"), and a
    country named as such commands them too."""
    verb = root.head if root.dep_ in ("dobj", "nsubjpass", "dative") else (
        root.head.head if root.dep_ == "poss" and root.head.dep_ == "dobj" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or sent and verb.lemma_.lower() not in SENDING_VERBS:
        return None
    for subject in (c for c in per_doc.children(verb) if c.dep_ == "nsubj"):
        info = resolve_phrase(resolver, noun_phrase(subject), subject)
        if info is not None and info.country and (info.sector in ("GOV", "MIL") and info.kind in ("person", "org")
                                                  or sent and info.sector is None and info.kind == "place"):
            return info.country
    return None


def _force_named_before(resolver: ActorResolver, span: Span, root: Token) -> str | None:
    """ "Nigerian soldiers opened fire ... The military denied it": a state's force alone and
    definite is the one force named before it by nationality, when all named before are of one
    country (a force's nationality is no evidence of where the story is, but of whose force)."""
    if not _definite(span, root) or any(t.dep_ in ("amod", "compound", "poss") for t in per_doc.children(root)):
        return None
    codes = {entity.country for item in resolver.found[:bisect_left(resolver.found_starts, span.start)]
             if item.aliases and armed_force_modifier(resolver.doc[item.end - 1], resolver)
             and (entity := resolver._choose(item)) is not None and entity.national and entity.country}
    return codes.pop() if len(codes) == 1 else None


def _ruler_country(resolver: ActorResolver, root: Token) -> str | None:
    """The country of the state's office holder, body, court or police that arrests, jails,
    pardons or frees people in the same clause: they are its own people (the object of such a
    verb, or the subject of its passive)."""
    if root.dep_ not in ("dobj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX") \
            or root.head.lemma_.lower() not in DOMESTIC_ACTS:
        return None
    verb = root.head
    doers = [c for c in per_doc.children(verb) if c.dep_ == "nsubj"]
    doers += [o for p in per_doc.children(verb) if p.dep_ == "agent" for o in per_doc.children(p) if o.dep_ == "pobj"]
    for doer in doers:
        info = resolve_phrase(resolver, noun_phrase(doer), doer)
        if info is not None and info.country and info.sector in ("GOV", "COP", "JUD", "MIL") \
                and info.kind in ("person", "org", "group"):
            return info.country
    return None


# What a state does to its own people ("arrested", "pardoned", "sentenced").
DOMESTIC_ACTS = frozenset({"arrest", "detain", "jail", "imprison", "pardon", "release", "free", "sentence",
                           "convict", "execute", "charge", "prosecute", "try", "round", "disperse"})


# What a state does with its own troops ("deployed", "massed", "pulled out").
SENDING_VERBS = frozenset({"deploy", "send", "dispatch", "mass", "amass", "station", "mobilize", "mobilise",
                           "withdraw", "pull", "order", "move", "redeploy", "recall", "commit", "muster"})


# The sector of a following from the sector of the one it follows: an opposition leader's or a
# movement's supporters are its own; a ruler's are civilians (CAMEO has no sector for them) and
# an ousted leader's are the opposition ("supporters of ousted President Manuel Zelaya").
FOLLOWING_SECTOR = {"OPP": "OPP", "REB": "REB", "PTY": "PTY", "REL": "REL", "GOV": "CVL", "ELI": "OPP"}


def _followed(resolver: ActorResolver, span: Span, root: Token, mods: Modifiers) -> Info | None:
    """ "dozens of his supporters", "followers of the cleric": the country of the person or
    movement followed, and its sector when it is not a state's (a state's office holder's
    supporters are the public, of no sector the phrase says)."""
    owner = mods.owner
    if owner is None:
        for prep in (c for c in per_doc.children(root) if c.dep_ == "prep" and c.lower_ == "of"):
            obj = next((o for o in per_doc.children(prep) if o.dep_ == "pobj"), None)
            if obj is not None:
                owner = resolve_phrase(resolver, noun_phrase(obj), obj)
                break
    if owner is None or owner.kind not in ("person", "org", "group") or not (owner.country or owner.stateless):
        return None
    sector = FOLLOWING_SECTOR.get(owner.sector or "")
    return Info(_bare(span), owner.country, sector, "group",
                stateless=owner.stateless and sector is not None)


def _function_body(resolver: ActorResolver, root: Token, owner: Info | None) -> Info | None:
    """The stateless body whose judges, prosecutors or police these are: its possessor ("the
    ICC's prosecutor") or the body they are "at", "of" or "for" ("judges at the ICC")."""
    if owner is not None and owner.stateless and not owner.country and owner.kind == "org":
        return owner
    served = _body_served(resolver, root, ("at", "of", "for"))
    return served if served is not None and served.stateless and not served.country else None


def _body_served(resolver: ActorResolver, root: Token, preps: tuple[str, ...] = ("for", "of", "to")) -> Info | None:
    """The body an official or spokesman is "for" or "of" ("a spokesman for the army", "an
    official of the ruling party"), when it has a country and a sector or is a name; or the person an aide
    is "to" ("an aide to President X": the president's country and sector)."""
    for prep in per_doc.children(root):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in per_doc.children(prep):
            if obj.dep_ == "pobj":
                info = resolve_phrase(resolver, noun_phrase(obj), obj)
                seat = info is not None and info.kind == "place" and info.sector == "GOV"  # "of Pristina": its government
                if prep.lower_ == "to":
                    if info is not None and info.kind == "person" and info.sector and info.country:
                        return info
                    continue
                # a named body the knowledge base does not know ("the Kenya Farmers Association"):
                # its country, and no sector rather than the spokesman's usual GOV
                named = info is not None and obj.pos_ == "PROPN" and (info.kind == "org" or obj.ent_type_ == "ORG")
                if info is not None and (info.kind in ("org", "group") or seat or named) and (info.sector or named) \
                        and (info.country or info.stateless):
                    return info
    return None


# Words by which fighters are named by whom they serve or fight ("loyal to", "opposed to").
SIDING_WORDS = frozenset({"loyal", "opposed"})


def _loyal_to(resolver: ActorResolver, root: Token) -> str | None:
    """The country of the one fighters are loyal to ("forces loyal to Ahmad Shah Massoud") or
    fight ("rebels opposed to President Bashar al-Assad": his country's rebels)."""
    for loyal in per_doc.children(root):
        if loyal.lower_ not in SIDING_WORDS:
            continue
        for obj in (o for to in per_doc.children(loyal) if to.lower_ == "to" for o in per_doc.children(to) if o.dep_ == "pobj"):
            info = resolve_phrase(resolver, noun_phrase(obj), obj)
            if info is not None:
                return info.country
    return None


def _definite(span: Span, root: Token) -> bool:
    first = span[0]
    return first.lower_ in ("the", "this", "that") or any(
        c.dep_ == "poss" for c in per_doc.children(root)) or first.tag_ == "PRP$"


def _bare(span: Span) -> str:
    tokens = per_doc.tokens(span.doc)[span.start:span.end]
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct
                      or tokens[0].lower_ == "of" and tokens[0].i > span.start):  # "two of the parties"
        tokens = tokens[1:]
    if not tokens:
        return span.text
    first, last = tokens[0], tokens[-1]
    # the characters of the words left, read from the text: a new Span would join its words' texts
    return per_doc.text(span.doc)[first.idx:last.idx + len(last)]


def _other_half(resolver: ActorResolver, root: Token) -> str | None:
    """ "the North" in a story of South Korea, "the South" in one of North Korea: the other half
    of a divided land whose one half the story names ("the North" of South Sudan's story is
    Sudan); none where no such country exists ("the South" of South Africa's)."""
    if root.text not in ("North", "South") or not any(c.lower_ == "the" for c in per_doc.children(root)):
        return None
    for code in sorted(c for c in resolver.doc_countries if c):
        country = resolver.kb.countries.get(code)
        first, _, land = country.name.partition(" ") if country else ("", "", "")
        if first in ("North", "South") and first != root.text and land:
            half = country_named(f"{root.text} {land}") or (country_named(land) if root.text == "North" else None)
            if half is not None:
                return half
    return None


def _unknown_name(resolver: ActorResolver, span: Span, root: Token, mods: Modifiers) -> Info | None:
    """A name the knowledge base lacks: a person (never guessed beyond what the phrase says),
    an organisation or a place as spaCy labels it."""
    label = root.ent_type_
    if label not in NAME_LABELS and (root.pos_ != "PROPN" or label or title_case_line(resolver, root)):
        return None
    half = _other_half(resolver, root)
    if half is not None:
        return Info(resolver.kb.countries[half].name, half, None, "place")
    name = _proper_name(span, root)
    kind = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place",
            "NORP": "group"}.get(label, "person" if root.pos_ == "PROPN" else None)
    if kind is None:
        return None
    if kind in ("person", "org") and mods.agent is None and mods.org is None and mods.country is None:
        region = mistagged_region(resolver, span, root, name)
        if region is not None:
            # "Mizoram and Assam will hold talks": a state as a party is its government; as the
            # scene of an event ("a curfew in Manipur"), its people
            return Info(region[0], region[1], "CVL" if locative(root) else "GOV", "place")
    if kind in ("person", "org") and mods.agent is None and mods.org is None \
            and (town := mistagged_town(resolver, root, name, mods.country)) is not None:
        # "Russian jets pounded the Chechen capital Grozny": the city and its people, unless it acts
        return Info(town[0], town[1], None if _subject(root) else "CVL", "place")
    if kind in ("person", "org", "group") and mods.agent is None and named_by_place_noun(root):
        kind = "place"  # "the southern city of Osh", "Stepanakert, the main city of ...": a town, however tagged
    if kind != "person" and mods.agent is not None and mods.agent.kind is None and (not mods.agent.generic or mods.org is not None) \
            and any(t.i < root.i and resolver.at_token.get(t.i) is not None for t in span):
        # "Vice-President Moody Awori", "Hamas spokesman Fawzi Barhoum": a personal title (a body's
        # spokesman or leader too) names a person
        kind = "person"
    if kind == "person":
        known = resolver.kb.similar_person(name, mods.agent.title if mods.agent else None)
        if known is not None:  # "President Laurent Gbago": Gbagbo spelt another way
            return _entity_phrase(resolver, known, NAME, mods, span)
    sector = mods.agent.sector if mods.agent else None
    if kind == "org":
        # the name's own last words before a modifier's body ("Labour" in a union's name is no party)
        sector = sector or (None if _name_word_sector(name)[0] else mods.sector)
    stateless = False
    body = None
    if kind == "person" and mods.named_sector and (mods.agent is None or mods.agent.leader or mods.agent.generic):
        sector = mods.named_sector  # "Nigeria Labour Congress president X": the union's leader
    if kind == "person" and mods.org is not None and (sector is None or (mods.agent is not None and mods.agent.generic)):
        # "Arab League Secretary-General Chedli Klibi", "Hamas leader X": the body's sector.
        sector, stateless = mods.sector, mods.org.stateless and not mods.country
        if stateless and mods.org.function:
            # "PACE rapporteur X", "ICC President X": a stateless parliament's or court's member does what it does
            sector, body, stateless = mods.org.function, sector, False
    elif kind == "person" and mods.org is not None and mods.org.stateless and not mods.country:
        body = mods.sector  # "U.N. envoy X", "NATO spokesman X": the body's, with his title's sector
    if kind in ("place", "org") and mods.agent is None and root.pos_ == "PROPN":
        role = _apposed_role(resolver, root)
        if role is not None and resolver.at_token[role.i].agent.kind not in ("org", "group", "place") \
                and role.tag_ not in ("NNS", "NNPS"):
            kind = "person"  # "a senior Hamas official, Khalil Zaqout," though tagged a place
    if kind == "place" and mods.country is None:
        # A town the knowledge base lacks: its country from the gazetteer; as the scene of an
        # event ("targets in Jericho"), its people.
        country = name_country(resolver, span, root) or _place_noun_country(resolver, root)
        return Info(name, country, "CVL" if country and (locative(root) or _town_named(root)) else None, "place")
    # "Argentina's General Confederation of Labour": a body the knowledge base lacks is its possessor's
    country = mods.country or (mods.possessor if kind == "org" else None)
    if kind == "org" and sector is None:
        # "the independent Daily News in Harare": a newspaper, of the country of its story
        sector, home = _name_word_sector(name)
        if home and country is None:
            # "X Trading Company, a Baghdad-based company": where the apposition says it is, before
            # the country of its story
            country = located(resolver, root) or _apposed_country(resolver, root) or resolver.context_country(root)
        stateless = sector == "NGO" and country is None  # "the Third World Water Forum": NGO
    if country is None and kind == "person" and mods.agent is not None and not mods.agent.relational:
        country = mods.possessor or mods.agent.country  # "Iraq's Deputy Prime Minister X", "Secretary of State X"
    gender = mods.gender
    titled_name = any(t.i < root.i and t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.i in resolver.at_token
                      and resolver.at_token[t.i].agent is not None for t in span)  # "Prince Kollie": a name
    if kind == "person" and _rank_ruling(resolver, root, mods, sector):
        sector = "GOV"  # "Ruritania's military ruler, General X": the general who rules is the government
    if kind in ("person", "org") and (sector is None or country is None or sector == "REL" or titled_name):
        described = appositive(resolver, root)
        kin = (role := _apposed_role(resolver, root)) is not None and resolver.at_token[role.i].agent.kin
        if described is not None and (sector == "REL" or titled_name) and described.sector not in (None, sector) \
                and not kin:  # "Prince X, the king's nephew": his title stands
            # "a senior Taliban commander, Mullah X": the office, not the honorific; "the former
            # Liberian warlord, Prince Kollie": a given name, not a title
            sector = None
        if described is not None:
            sector, country = sector or described.sector, country or described.country
            gender = gender or described.gender
            if country is None and (described.stateless or described.body):
                # "X, the U.N. mediator": he speaks for a body with no country
                stateless, body = described.stateless, described.body
            if described.kind in ("org", "person"):
                kind = described.kind  # "the newspaper La Prensa"; "X, a spokesman" though tagged ORG
    if country is None and kind == "person" and sector in NATIONAL_SECTORS:
        # "Kharkiv regional governor Oleh Syniehubov": a place before the title is his.
        country = title_place_country(resolver, span, root)
    if country is None and body is None and kind == "person" and sector in DOMESTIC_SECTORS \
            and mods.agent is not None and not mods.agent.relational and not any(t.lower_ in POSTINGS for t in span):
        # "Planning Minister X said Vietnam ...": a titled unknown is of the country of his context.
        country = resolver.context_country(root, official=sector in ("GOV", "MIL"), opposed=True)
    if kind == "person" and sector in NATIONAL_SECTORS | {"PTY"} and _former(span):
        sector = "ELI"
    if kind == "person" and any(t.lower_ in CRITIC_NOUNS and t.i < root.i for t in span) \
            and _government_named(resolver, span, root):
        sector = "OPP"  # "prominent government critic X", "Kremlin critic X"
    if kind == "place" and sector is None and country and root.pos_ == "PROPN" and (locative(root) or _town_named(root)):
        sector = "CVL"  # "the besieged Syrian town of X": its people, as without the adjective
    return Info(name, country, sector, kind, gender, stateless=stateless, body=body if not country else None)


# Titles of whoever rules a state, which a general may hold ("the military ruler, General X").
RULING_TITLES = frozenset({"president", "monarch", "prime minister", "leader"})


def _rank_ruling(resolver: ActorResolver, root: Token, mods: Modifiers, sector: str | None) -> bool:
    """A military rank before a name in apposition with the office of a state's ruler
    ("Pakistan's military ruler, General X", "General X, the country's president"): he acts as
    the government, as coders mark such rulers, not as the army. A junta's "leader" or "chief"
    (generic, the junta's sector) is not meant: coders mark those both ways."""
    if sector != "MIL" or mods.agent is None or mods.agent.sector != "MIL":
        return False
    role = _apposed_role(resolver, root)
    agent = resolver.at_token[role.i].agent if role is not None else None
    if agent is None or agent.sector != "GOV" or agent.generic or agent.title not in RULING_TITLES:
        return False
    described = appositive(resolver, root)
    return described is not None and described.sector == "GOV"


@cache
def _name_words() -> dict[str, tuple[str, bool]]:
    from dyad import lexicon

    return {str(w).lower(): (entry["sector"], bool(entry.get("home")))
            for entry in lexicon.load("actors/name_words") for w in entry["words"]}


@cache
def _legal_forms() -> frozenset[str]:
    """A company's legal forms ("Inc", "Corp", "Ltd"), lower case."""
    from dyad import lexicon

    return frozenset(str(w).lower() for entry in lexicon.load("actors/name_words") if entry.get("form")
                     for w in entry["words"])


def _name_word_sector(name: str) -> tuple[str | None, bool]:
    """The sector the last words of an unknown body's name give ("Daily News": MED, "Nigeria
    Labour Congress": LAB), and whether such a body is of its story's country."""
    words = name.split()
    if len(words) < 2:
        return None, False
    known = _name_words()
    for length in (3, 2, 1):  # "Trades Union Congress", "Labour Congress", "News"
        # a phrase of several words may be the whole name ("the Central Bank"), one word not
        if (len(words) > length or length > 1) and (found := known.get(" ".join(words[-length:]).lower())):
            return found
    return None, False


def _place_possessor(resolver: ActorResolver, root: Token) -> str | None:
    """The country of a place the knowledge base lacks that owns the phrase ("Darfur's rebels",
    "Casamance's separatists"): their home, before where the sentence puts them ("in Doha")."""
    from dyad.extract import places

    for child in per_doc.children(root):
        if child.dep_ != "poss" or child.pos_ != "PROPN" or child.i in resolver.at_token:
            continue
        if child.ent_type_ in ("GPE", "LOC"):
            return name_country(resolver, child.doc[child.i:child.i + 1], child)
        # a region the tagger took for a name ("Casamance's separatists"): not a town, which
        # one word may be as often a surname
        found = places.lookup(child.text, frozenset(resolver.countries()))
        return found.country if found is not None and found.kind in ("region", "admin1") else None
    return None


def _proper_name(span: Span, root: Token) -> str:
    """The name itself, without the title and determiner before it."""
    if root.ent_type_:
        start = root.i
        while start > 0 and root.doc[start].ent_iob_ == "I":
            start -= 1
        if start == root.i:
            start = _name_run(root).start  # the tagger marked the last word alone ("the Nigeria Labour Congress")
        end = root.i + 1
        while end < len(root.doc) and root.doc[end].ent_iob_ == "I":
            end += 1
        return root.doc[start:end].text
    words = [t for t in span if t.pos_ == "PROPN" and t.i <= root.i]
    run = []
    for token in reversed(words):
        if run and token.i != run[-1].i - 1:
            break
        run.append(token)
    run.reverse()
    if not run:
        return root.text
    return span.doc[run[0].i:run[-1].i + 1].text
