"""Where an actor is: the country a place or institution in its phrase gives ("rebels in
Darfur", "a professor at San Diego State University"), and whether a place is the scene of an
event ("a curfew in Algiers") rather than a government's metonym."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyad.extract import per_doc
from dyad.extract.actor_index import title_case_line

if TYPE_CHECKING:
    from dyad.extract.actors import ActorResolver


# Prepositions that make a city the scene, not a metonym for its government.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "inside", "outside", "across", "throughout",
                            "within", "into"})


def locative(token: Token) -> bool:
    """The scene of an event ("a curfew in Algiers"), not a posting ("an embassy in Tehran",
    "the ambassador in Moscow": the host government)."""
    token = _first_conjunct(token)
    if (noun := introducing_noun(token, PLACE_NOUNS)) is not None:
        token = _first_conjunct(noun)  # "in the town of Cizre"
    if _besieged(token):
        return True
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPS:
        return False
    host = token.head.head
    return host.lower_ not in POSTINGS


def _first_conjunct(token: Token) -> Token:
    """The first of the places a list names, whose preposition is every one's ("a state of
    emergency in Almaty and the western province of Mangistau")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        before = token.left_edge.i - 1
        while before > 0 and token.doc[before].dep_ in ("cc", "punct"):
            before -= 1
        first = token.doc[before]
        if first.dep_ == "pobj" and first.head.head.i == token.head.i and first.head.lower_ in LOCATIVE_PREPS:
            return first  # "a state of emergency in Almaty and the Mangistau region", "region" hung on "state"
        token = token.head
    return token


# What is laid on a city's people, not its government: "a curfew on Colombo", "the siege of
# Sarajevo" (sanctions or an embargo "on Moscow" are aimed at the government and are not listed).
SIEGE_NOUNS = frozenset({"curfew", "curfews", "siege", "blockade", "lockdown"})
# A town called besieged is its people shut in ("aid reached the besieged town of Madaya").
BESIEGED = frozenset({"besieged", "blockaded", "encircled", "beleaguered"})


def _besieged(token: Token) -> bool:
    """A city a curfew or siege is laid on ("imposed a curfew on Honiara", "the siege of
    Sarajevo"), or one threatened with ruin ("to turn Seoul into a sea of fire"): its people."""
    if any(c.dep_ == "amod" and c.lower_ in BESIEGED for c in per_doc.children(token)):
        return True
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("on", "of", "over"):
        host = head.head
        return host.lower_ in SIEGE_NOUNS or host.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in SIEGE_NOUNS for c in per_doc.children(host))
    return token.dep_ == "dobj" and head.lemma_ == "turn" and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in per_doc.children(head))


PLACE_NOUNS = frozenset({"town", "city", "village", "capital", "port", "province", "region", "district",
                         "area", "suburb", "outskirts", "centre", "center", "island", "enclave"})


POSTINGS = frozenset({"embassy", "embassies", "ambassador", "ambassadors", "consulate", "envoy", "envoys", "mission",
                      "diplomat", "diplomats", "emissary", "emissaries",
                      "attache", "attaché"})


# Prepositions that place a person or group ("rebels in Darfur", "a missionary from Calgary",
# "a professor at Harvard"); troops are often abroad, so for them only "from" and "of" count.
LOCATING_PREPS = frozenset({"in", "from", "at", "of", "throughout", "across", "inside", "within"})


HOME_PREPS = frozenset({"from", "of"})


PLACING_VERBS = frozenset({"base", "locate", "headquarter", "operate", "live", "station"})


def located(resolver: ActorResolver, root: Token, abroad: bool = False) -> str | None:
    """The country of a place or institution a prepositional phrase attaches to `root`
    ("rebels in Darfur", or through a participle: "a group based in Trinidad")."""
    heads = [root, *(c for c in per_doc.children(root) if c.dep_ == "acl" and c.lemma_ in PLACING_VERBS)]
    for prep in (p for h in heads for p in per_doc.children(h)):
        if prep.dep_ != "prep" or prep.lower_ not in (HOME_PREPS if abroad else LOCATING_PREPS):
            continue
        for obj in per_doc.children(prep):
            if obj.dep_ == "pobj" and not venue(obj):  # not "talks with the government in Algiers"
                code = place_country(resolver, obj)
                if code:
                    return code
    return None


# Prepositions by which a participle places the people it describes ("Yazidis trapped on Mount
# Sinjar", "crowds watching the match at a club in Kampala").
PARTICIPLE_PREPS = frozenset({"in", "on", "at", "near", "inside", "outside", "around", "throughout"})


def participle_place(resolver: ActorResolver, root: Token) -> str | None:
    """The country of the place where a participle hung on a group puts it: "villagers stranded
    by floods in the Swat valley", "Yazidis trapped on Mount Sinjar in northern Iraq", "young
    people crowding a cafe district in the town of Tuzla" (people are where they are caught,
    trapped or gathered; the place may hang on the participle, its object or its agent). Not a
    venue ("delegates meeting in Geneva"), nor one of two countries ("in Turkey and Syria")."""
    from dyad.extract.actors import QUANTITY_NOUNS

    heads = [root]
    if (quantity := introducing_noun(root, QUANTITY_NOUNS)) is not None:
        heads.append(quantity)  # "thousands of Yazidis trapped on ...", as parsed
    for verb in (v for head in heads for v in per_doc.children(head)):
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBG"):
            continue
        holders = [verb, *(c for c in per_doc.children(verb) if c.dep_ == "dobj")]
        holders += [o for p in per_doc.children(verb) if p.dep_ == "agent" for o in per_doc.children(p)
                    if o.dep_ == "pobj"]
        for holder in holders:
            for prep in per_doc.children(holder):
                if prep.dep_ != "prep" or prep.lower_ not in PARTICIPLE_PREPS:
                    continue
                obj = next((o for o in per_doc.children(prep) if o.dep_ == "pobj"), None)
                if obj is None or venue(obj) or destination(obj):
                    continue
                # "affected by the earthquakes in Turkey and Syria": of no one country
                codes = {code for o in (obj, *obj.conjuncts) if (code := _scene_place(resolver, o))}
                if codes:
                    return next(iter(codes)) if len(codes) == 1 else None
    return None


# Prepositions that give the scene of a deed ("killed 12 villagers in Swat"); not "at", "into"
# or "across", which as often give a target or a way ("fired rockets at southern Israel").
SCENE_PREPS = frozenset({"in", "near", "inside", "outside", "around", "throughout"})


def scene_country(resolver: ActorResolver, root: Token) -> str | None:
    """The country where the deed a group takes part in happens: a place after "in" on the
    clause's verb, or on its object ("struck a funeral hall in Sanaa, killing 140 mourners"),
    for the few verbs above the group's phrase."""
    token = root
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        holders = [token, *(c for c in per_doc.children(token) if c.dep_ in ("dobj", "nsubjpass") and c.i != root.i)]
        for holder in holders:
            for prep in per_doc.children(holder):
                if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS:
                    continue
                obj = next((o for o in per_doc.children(prep) if o.dep_ == "pobj"), None)
                code = _scene_place(resolver, obj) if obj is not None else None
                if code:
                    return code
    return None


def _scene_place(resolver: ActorResolver, obj: Token, depth: int = 1) -> str | None:
    """The country of the place a scene preposition names: a proper name, the name a place noun
    gives ("the village of Moura", "the Yemeni capital Sanaa"), a possessor ("around Hong Kong's
    government headquarters"); of a village the gazetteer lacks, the place it is said to be in
    ("the village of Mastaba in Yemen's Hajjah province")."""
    place = obj
    if place.lower_ in PLACE_NOUNS:  # "in the village of Moura"
        place = next((o for p in per_doc.children(place) if p.lower_ == "of" for o in per_doc.children(p) if o.dep_ == "pobj"), place)
    if place.pos_ != "PROPN":
        place = next((c for c in per_doc.children(place) if c.dep_ in ("poss", "appos") and c.pos_ == "PROPN"), None)
    code = place_country(resolver, place) if place is not None else None
    if code or not depth:
        return code
    holders = [obj] if place is None or place.i == obj.i else [obj, place]
    within = [o for t in holders for p in per_doc.children(t) if p.dep_ == "prep" and p.lower_ == "in"
              for o in per_doc.children(p) if o.dep_ == "pobj"]
    return next((c for o in within if (c := _scene_place(resolver, o, depth - 1))), None)


def place_country(resolver: ActorResolver, token: Token) -> str | None:
    """The country of the place, organisation or body `token` heads: a knowledge-base name in
    its phrase, else the gazetteer for the proper names in it ("Darfur", "San Diego")."""
    from dyad.extract.phrases import noun_phrase

    phrase = noun_phrase(token)
    for t in phrase:
        item = resolver.at_token.get(t.i)
        entity = resolver._choose(item) if item else None
        if entity is not None and entity.kind != "person":
            role = entity.role_at(resolver.published)
            if role.sector == "BUS" and t.i != token.i:
                continue  # "miners at Lonmin's Marikana mine": a company's mine may be anywhere
            return role.country
    return name_country(resolver, phrase, token)


def name_country(resolver: ActorResolver, span: Span, root: Token) -> str | None:
    """The country of the proper name in a phrase that the knowledge base lacks (or knows only
    as a surname no one in the text bears: "Lagos"), by the gazetteer: its longest leading run of words that names a place ("San Diego State
    University" -> San Diego), in the country the words after it put it in ("Morazan province,
    El Salvador")."""
    from dyad.extract import places

    words = [t for t in span if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i <= root.i
             and (t.i not in resolver.at_token or resolver._choose(resolver.at_token[t.i]) is None)]
    if not words or title_case_line(resolver, root):
        return None
    run = [words[0]]
    for token in words[1:]:
        if token.i != run[-1].i + 1:
            break
        run.append(token)
    countries = None
    for length in range(len(run), 0, -1):
        name = span.doc[run[0].i:run[length - 1].i + 1]
        untagged = length == 1 and run[0].ent_type_ not in ("GPE", "LOC", "FAC")
        if untagged and not named_by_place_noun(run[0]):
            break  # one word alone is too often a surname or a brand, unless a place noun says it is a place
        if countries is None:
            countries = frozenset(resolver.countries())
        # as the places extractor reads it: "Morazan province, El Salvador" is no town of Honduras
        found = places.as_qualified(name, places.lookup(name.text, countries))
        if found is not None and untagged and countries and found.country not in countries:
            return None  # "the village of Moura" in a story about Mali: not Portugal's town
        if found is not None and length < len(run) and not found.primary:
            continue  # "the Lenin Shipyard" is named after a man, not after a village once called Lenin
        if found is not None:
            return found.country
    return None


def introducing_noun(token: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of `nouns` whose "of" phrase `token` heads ("the town of [Cizre]", "thousands of
    [Yazidis]"), or None."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in nouns:
        return token.head.head
    return None


def named_by_place_noun(token: Token) -> bool:
    """A proper name a place noun introduces ("the oil town of Zhanaozen") or stands beside
    ("Stepanakert, the main city of the region")."""
    if introducing_noun(token, PLACE_NOUNS) is not None:
        return True
    return any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in per_doc.children(token))


def title_place_country(resolver: ActorResolver, span: Span, root: Token) -> str | None:
    """The country of the proper name that opens a titled name's phrase ("Kharkiv regional
    governor Oleh Syniehubov"): before a title one word is a place, whatever the tagger says."""
    from dyad.extract import places
    from dyad.extract.actors import inside_name

    title = next((t.i for t in span if t.i < root.i and t.i in resolver.at_token
                  and resolver.at_token[t.i].agent is not None
                  and not inside_name(span.doc, resolver.at_token[t.i])), None)
    if title is None:
        return None
    words = [t for t in span if t.i < title and t.pos_ == "PROPN" and t.text[:1].isupper()
             and t.i not in resolver.at_token]
    if not words or words[-1].i != title - 1 and span.doc[title - 1].pos_ != "ADJ":
        return None
    found = places.lookup(" ".join(t.text for t in words), frozenset(resolver.countries()))
    return found.country if found is not None else None


def region_country(resolver: ActorResolver, span: Span, root: Token) -> str | None:
    """The country of the place a region is named after ("Kaduna State", "the Donetsk
    region"): before a region noun one word is a place, but only under its own name in the
    gazetteer (an alternate spelling of a small town elsewhere is not enough)."""
    from dyad.extract import places

    words = [t for t in span if t.i < root.i and t.pos_ == "PROPN" and t.text[:1].isupper()
             and t.i not in resolver.at_token]
    if not words or words[-1].i != root.i - 1:
        return None
    found = places.lookup(" ".join(t.text for t in words), frozenset(resolver.countries()))
    return found.country if found is not None and found.primary else None


# Verbs of travel: their destination is where a visitor goes, not whose the visitor is.
VISIT_VERBS = frozenset({"visit", "tour"})
TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "go", "head", "land", "come", "trip", "visit", "journey",
                          "send", "deploy", "dispatch", "sail"})


# What a meeting place is the venue of: a host, not a party ("resumed talks in Algiers",
# "signed the accord in Havana", "the rebels and the government met in Doha").
VENUE_NOUNS = frozenset({"talks", "negotiations", "summit", "conference", "meeting", "meetings", "consultations",
                         "dialogue", "ceremony", "signing", "round"})
VENUE_VERBS = frozenset({"meet", "negotiate", "sign", "convene", "mediate", "agree"})


def venue(token: Token) -> bool:
    """A place where parties meet ("talks in Algiers", "met in Stockholm"): it says nothing of
    whose the parties are."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "at"):
        return False
    host = token.head.head
    if host.dep_ == "pobj" and host.head.lower_ == "with":
        host = host.head.head  # "talks with the government in Algiers", as parsed
    if host.lower_ in VENUE_NOUNS:
        return True
    if host.dep_ == "dobj" and host.head.lemma_ in VENUE_VERBS:
        return True  # "agreed to meet a rebel delegation in Mexico", as parsed
    return host.pos_ in ("VERB", "AUX") and (host.lemma_ in VENUE_VERBS or any(
        c.dep_ == "dobj" and c.lower_ in VENUE_NOUNS for c in per_doc.children(host)))


# Nouns that introduce a small place by name ("the northern town of Palma"): a town the
# gazetteer knows only as a large city of a country the story never names is a namesake.
TOWN_NOUNS = frozenset({"town", "village", "hamlet", "settlement"})


def destination(token: Token) -> bool:
    """ "The Pope visited Iraq", "arrived in Baghdad", "a trip to Kenya", "deploy police to
    Haiti": where someone travels or is sent."""
    if token.dep_ == "dobj" and token.head.lemma_ in VISIT_VERBS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "in") and token.head.head.lemma_ in TRAVEL_VERBS:
        return True
    return token.dep_ == "conj" and token.head.i < token.i and destination(token.head)


def armed_force_modifier(token: Token, resolver: ActorResolver) -> bool:
    """ "American troops", "Israeli warplanes": a force's nationality, which says nothing of
    where it fights ("Croatian and Bosnian troops": each conjunct)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ not in ("amod", "compound", "nmod"):
        return False
    item = resolver.at_token.get(token.head.i)
    return item is not None and item.agent is not None and item.agent.sector == "MIL" \
        and not item.agent.state and item.agent.kind == "group"


BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def neighbour(token: Token) -> bool:
    """The country across a border ("near the Brazilian border", "Macedonia's border with
    Bulgaria"): a neighbour of the story's country, not the story's."""
    if token.dep_ in ("amod", "compound") and token.head.lower_ in BORDER_NOUNS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lower_ in BORDER_NOUNS


REGION_KINDS = frozenset({"admin1", "region"})


def mistagged_town(resolver: ActorResolver, root: Token, name: str, country: str | None) -> tuple[str, str] | None:
    """The name and country of a city the tagger took for a person or a body ("Russian jets
    pounded Grozny", "aircraft flew water to Male"): a name the gazetteer knows under its own name
    as a city of `places.CITY_POPULATION` or more in the country the phrase names (`country`),
    else in one the story names, when no one in the text bears the name and it opens no
    known person's name."""
    from dyad.extract import places

    if title_case_line(resolver, root) or resolver.kb.given_name(name.split()[0]):
        return None
    towns = {c.country for c in places.indexed(places.normalize(name)) or ()
             if c.kind == "city" and c.primary and c.population >= places.CITY_POPULATION}
    towns &= {country} if country else resolver.countries()
    if len(towns) != 1:
        return None
    words = name.split()
    for ent in per_doc.entities(root.doc):
        if ent.label_ == "PERSON" and len(ent) > len(words) and ent.text.split()[-len(words):] == words:
            return None  # a surname: "Carlos Male ... Male said"
    return name, towns.pop()


def mistagged_region(resolver: ActorResolver, span: Span, root: Token, name: str) -> tuple[str, str] | None:
    """The name and country of a first-level region the tagger took for a person or a body ("Mizoram and
    Assam will hold talks", "a loan for Binh Dinh"): a name the gazetteer knows under its own name
    as a state or province, when the story names that country or the sentence another place in it,
    and no one in the text bears the name ("Governor Lara", "Carlos Lara")."""
    from dyad.extract import places

    if title_case_line(resolver, root):
        return None
    if " and " in name:
        # the tagger's one name over a pair ("Nagaland and Assam"): each conjunct's own words
        name = " ".join(t.text for t in span.doc[root.left_edge.i:root.i + 1]
                        if t.i == root.i or t.pos_ == "PROPN" and t.dep_ == "compound")
    regions = {c.country for c in places.indexed(places.normalize(name)) or ()
               if c.kind in REGION_KINDS and c.primary}
    if len(regions) != 1:
        return None
    country = next(iter(regions))
    words = name.split()
    for ent in per_doc.entities(span.doc):
        if ent.label_ == "PERSON" and len(ent) > len(words) and ent.text.split()[-len(words):] == words:
            return None  # a surname: "Carlos Lara ... Lara said"
    if country in resolver.countries():
        return name, country
    sentence = per_doc.sentence(root)
    others = [ent.text for ent in per_doc.entities(span.doc) if sentence.start <= ent.start < sentence.end
              and ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG") and not (span.start <= ent.start < span.end)]
    others += [t.text for t in (*root.conjuncts, root.head) if t.pos_ == "PROPN" and not t.ent_type_]
    for other in others:
        found = places.lookup(other, frozenset(resolver.countries()))
        if found is not None and found.country == country and found.primary:
            return name, country  # "Mizoram and Assam", "... in Quy Nhon city"
    return None
