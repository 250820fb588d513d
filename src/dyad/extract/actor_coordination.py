"""Coordinated actor phrases split into one phrase per actor ("Russia and China", "Russian
and Ukrainian officials")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dyad.extract import per_doc
from dyad.lexicon.actors.knowledge import ADJECTIVE, DEMONYM, Entity, _norm

if TYPE_CHECKING:
    from dyad.extract.actors import ActorResolver


def split_coordination(span: Span, resolver: ActorResolver | None = None) -> list[tuple[Span, Token | None]]:
    """The conjuncts of a phrase, each as its own span ("Putin and Trump" -> Putin, Trump).
    Coordinated modifiers of one noun ("Russian and Ukrainian officials") each come with the
    shared noun, so that they resolve with its sector. Once per phrase: actors and events
    resolve the same phrases again and again."""
    known = per_doc.memo(span.doc, "coordinations")
    key = (span.start, span.end, resolver is None)
    if key not in known:
        known[key] = _split(span, resolver)
    return list(known[key])


def _split(span: Span, resolver: ActorResolver | None) -> list[tuple[Span, Token | None]]:
    doc = span.doc
    root = span.root
    halves = _compass_halves(span, resolver)
    if halves:
        return [(half, None) for half in halves]
    heads = [root, *(c for c in root.conjuncts if span.start <= c.i < span.end)]
    people = _people_apart(span)
    if people and (len(heads) == 1 or any(_people_in(_part(span, h, heads)) != 1 for h in heads)):
        # the parser lost one of two titled people ("President Juan Manuel Santos and rebel leader
        # Rodrigo Londono": "leader" taken for the conjunct, the second name for an apposition)
        return [(part, None) for part in people]
    if len(heads) > 1:
        heads = sorted(heads, key=lambda t: t.i)
        parts = _whole_names([_part(span, h, heads) for h in heads], heads, resolver)
        if len(parts) == 1:
            return [(span, None)]
        heads = [p.root for p in parts]
        last = heads[-1]
        if resolver is not None and len(parts) == 2 and _role_noun(resolver, last) and _kind_word(resolver, heads[0]):
            # "Israeli air and naval forces", parsed with "air" as a conjunct: kinds of one force
            return [(span, last)]
        # "Sierra Leonean and Liberian refugees" parsed as two conjuncts: a bare nationality
        # before a role noun shares it.
        shared = last if resolver is not None and _role_noun(resolver, last) else None
        # "US, British, and French ambassadors" (the comma before "and" makes each a conjunct):
        # a country's name in a list of nationalities of one noun shares it as an adjective
        # would, but not a noun no state has, beside which a name written out is a side of its
        # own ("Israel and Palestinian militants", "Ukraine and pro-Russian rebels")
        listed = shared is not None and _nationality_before(resolver, last) \
            and (_state_noun(resolver, last) or len(parts) > 2 or _abbreviation(parts[0]))
        return [(part, shared if shared is not None and part.end <= last.i and (
                    _only_nationality(resolver, part) or listed and _only_country(resolver, part)) else None)
                for part in parts]
    body = _body_beside_other_side(span, root, resolver)
    if body:
        return body
    owners = _coordinated_owners(span, root, resolver)
    if owners:
        # "the presidents of Armenia and Azerbaijan", "leaders in Japan and South Korea": each
        # country with the shared role noun
        return [(owner, root) for owner in owners]
    mods = set()
    for child in per_doc.children(root):
        if child.dep_ in ("amod", "compound", "nmod") and span.start <= child.i < root.i:
            # "Serbian and Kosovo Albanian negotiators": the parser may hang the list on the last
            # word of the last side's name; the list's members are then the sides
            inner = [c for c in per_doc.children(child) if c.dep_ in ("amod", "compound", "nmod")
                     and span.start <= c.i < child.i and c.conjuncts]
            for first in inner[:1] or [child]:
                mods.update(c for c in (first, *first.conjuncts) if span.start <= c.i < root.i)
    mods = sorted((m for m in mods if m.text[:1].isupper() and _national(resolver, m) or _side_word(resolver, m)),
                  key=lambda t: t.i)
    if len(mods) > 1 and any(doc[i].dep_ == "cc" for i in range(mods[0].i, mods[-1].i)) \
            and not one_name(resolver, mods):
        # "US, British and French officials": each named modifier with the shared noun.
        parts = [(doc[m.i:m.i + 1], root) for m in mods[:-1]]
        if resolver is not None and root.pos_ == "NOUN" and not _role_noun(resolver, root):
            # "Georgian and Moldovan wines": of a thing no one is, each nationality alone, the last too
            parts.append((doc[mods[-1].i:mods[-1].i + 1], root))
        else:
            parts.append((doc[mods[-1].i:span.end], None))
        return parts
    return [(span, None)]


# Sectors of the plural nouns of a side a government or army is not: it shares none of them.
OTHER_SIDE_SECTORS = frozenset({"REB", "OPP", "CRM", "UAF"})


def _body_beside_other_side(span: Span, root: Token, resolver: ActorResolver | None) -> list[tuple[Span, Token | None]]:
    """ "the Syrian government and opposition groups", "Sierra Leone's government and RUF
    rebels": a body noun of the state (government, army) the parser hung as a modifier on the
    other side's plural noun, with that side's word or name as its conjunct: two actors, the
    body with its own modifiers ("Sierra Leone's"), not "government rebels"."""
    if resolver is None or root.tag_ not in ("NNS", "NNPS") or not _role_noun(resolver, root) \
            or resolver.at_token[root.i].agent.sector not in OTHER_SIDE_SECTORS:
        return []
    for child in per_doc.children(root):
        if child.dep_ not in ("amod", "compound", "nmod") or not span.start <= child.i < root.i:
            continue
        item = resolver.at_token.get(child.i)
        others = [c for c in child.conjuncts if child.i < c.i < root.i] or _name_after_and(child, root)
        if item is None or item.aliases or item.agent is None or item.agent.kind != "org" \
                or item.agent.sector not in STATE_SECTORS or item.end != child.i + 1 or not others:
            continue
        cut = min(t.i for t in others[0].subtree)
        # the body noun heads its own part, whose possessor the parser may have hung on the other noun
        return [(span.doc[span.start:child.i + 1], child), (span.doc[cut:span.end], None)]
    return []


def _name_after_and(body: Token, root: Token) -> list[Token]:
    """The other side's name after "and" that the parser hung on the plural noun as its
    compound, not as the body noun's conjunct ("Indonesia's government and Free Papua Movement
    rebels": "Movement" a compound of "rebels"): its first word, else []."""
    doc = body.doc
    first = body.i + 2
    if first >= root.i or doc[body.i + 1].lower_ != "and" or doc[body.i + 1].head.i != body.i:
        return []
    words = doc[first:root.i]
    if not all(t.pos_ == "PROPN" and first <= t.head.i <= root.i for t in words):
        return []
    return [doc[first]]


COMPASS_WORDS = frozenset({"north", "south", "east", "west"})


def _compass_halves(span: Span, resolver: ActorResolver | None) -> list[Span] | None:
    """ "North and South Korea", "East and West Germany": two countries that share the name
    word the first one leaves out (the parser makes one name of them)."""
    words = [t for t in span if t.lower_ not in ("the", "both")]
    if resolver is None or len(words) != 4 or elided_country(resolver, words[0]) is None:
        return None
    return [span.doc[words[0].i:words[0].i + 1], span.doc[words[2].i:words[3].i + 1]]


def elided_country(resolver: ActorResolver, token: Token) -> Entity | None:
    """The country a compass word names whose name word the next country's name gives ("North"
    of "North and South Korea"), or None."""
    doc = token.doc
    if token.lower_ not in COMPASS_WORDS or token.i + 3 >= len(doc) or doc[token.i + 1].lower_ != "and" \
            or doc[token.i + 2].lower_ not in COMPASS_WORDS or doc[token.i + 2].lower_ == token.lower_:
        return None
    key = (_norm(token.text), _norm(doc[token.i + 3].text))
    if not resolver.kb.names.get((_norm(doc[token.i + 2].text), key[1])):
        return None
    return next((a.entity for a in resolver.kb.names.get(key, ()) if a.entity.national and a.entity.kind == "place"),
                None)


def one_name(resolver: ActorResolver | None, tokens: list[Token]) -> bool:
    """The tokens lie inside one knowledge-base name ("the Food and Drug Administration", whose
    name has an "and" the parser reads as a coordination)."""
    if resolver is None:
        return False
    items = [resolver.at_token.get(t.i) for t in tokens]
    return items[0] is not None and all(item is items[0] for item in items)


def _whole_names(parts: list[Span], heads: list[Token], resolver: ActorResolver | None) -> list[Span]:
    """Conjuncts that are pieces of one knowledge-base name joined again ("Trinidad and Tobago
    and Jamaica": two countries, not three)."""
    merged = [parts[0]]
    for head, previous, part in zip(heads[1:], heads, parts[1:]):
        if one_name(resolver, [previous, head]):
            merged[-1] = part.doc[merged[-1].start:part.end]
        else:
            merged.append(part)
    return merged


def _people_apart(span: Span) -> list[Span]:
    """Two or more named people joined by "and" or commas, each with the words before their name
    ("Colombian President Juan Manuel Santos", "FARC rebel leader Rodrigo Londono"), when nothing
    but a title lies between them; [] otherwise."""
    doc = span.doc
    if sum(1 for t in span if t.ent_iob_ == "B" and t.ent_type_ == "PERSON") < 2:
        return []  # the common case, asked for every phrase: decided without building entity spans
    people = [e for e in per_doc.entities(doc) if e.label_ == "PERSON" and span.start <= e.start and e.end <= span.end]
    if any(t.lower_ in JOINS for t in doc[span.start:people[0].start]):
        return []
    cuts = []
    for before, after in zip(people, people[1:]):
        gap = doc[before.end:after.start]
        joins = [t.i for t in gap if t.lower_ in JOINS]
        if len(joins) != 1 or any(t.pos_ in ("VERB", "AUX", "ADP", "PRON") for t in gap):
            return []  # "X, the president, and Y", "X of Hamas and Y", "X and his wife Y": left to the parse
        cuts.append(joins[0])
    starts = [span.start, *(c + 1 for c in cuts)]
    ends = [*cuts, span.end]
    return [doc[start:end] for start, end in zip(starts, ends)]


# Words that join the names of two people in one phrase.
JOINS = frozenset({"and", ","})


def _people_in(part: Span) -> int:
    return sum(1 for e in per_doc.entities(part.doc) if e.label_ == "PERSON" and part.start <= e.start and e.end <= part.end)


def _coordinated_owners(span: Span, root: Token, resolver: ActorResolver | None) -> list[Span]:
    """The countries of "the leaders of France and Germany" or "political leaders in Japan and
    South Korea": a plural role noun whose "of" or "in" names two or more countries and nothing
    else. Not when the noun has a nationality of its own ("US soldiers in Iraq and Afghanistan":
    where they are, not whose)."""
    if resolver is None or root.tag_ not in ("NNS", "NNPS") or not _role_noun(resolver, root):
        return []
    for prep in per_doc.children(root):
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
            continue
        if prep.lower_ == "in" and any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < root.i
                                       and _national(resolver, c) for c in per_doc.children(root)):
            return []
        obj = next((o for o in per_doc.children(prep) if o.dep_ == "pobj"), None)
        if obj is None:
            return []
        owners = [_country_name(resolver, o) for o in sorted((obj, *obj.conjuncts), key=lambda t: t.i)]
        # "political leaders" cut before its "in" by the event coder stands for the same people
        inside = prep.lower_ == "in" and span.end == root.i + 1
        if len(owners) > 1 and all(o is not None and (inside or span.start <= o.start and o.end <= span.end) for o in owners):
            return owners
    return []


def _country_name(resolver: ActorResolver, token: Token) -> Span | None:
    """The knowledge-base name of a country that `token` ends ("Armenia", "South Korea"), or None."""
    item = resolver.at_token.get(token.i)
    if item is None or item.end != token.i + 1 or not any(a.entity.national for a in item.aliases):
        return None
    return token.doc[item.start:item.end]


def _kind_word(resolver: ActorResolver, token: Token) -> bool:
    """A common noun that names no actor before "and" ("air" in "air and naval forces"): a kind
    of the noun after it, not an actor of its own."""
    return token.pos_ == "NOUN" and token.i not in resolver.at_token and not token.ent_type_ \
        and all(c.dep_ in ("amod", "det", "compound", "nmod", "cc", "conj", "punct") for c in per_doc.children(token))


def _role_noun(resolver: ActorResolver, token: Token) -> bool:
    item = resolver.at_token.get(token.i)
    return item is not None and item.agent is not None and not item.aliases


def _only_nationality(resolver: ActorResolver, part: Span) -> bool:
    items = {id(resolver.at_token.get(t.i)) for t in part}
    item = resolver.at_token.get(part.start)
    return len(items) == 1 and item is not None and item.start == part.start and item.end == part.end \
        and any(a.how in (ADJECTIVE, DEMONYM) for a in item.aliases)


def _only_country(resolver: ActorResolver, part: Span) -> bool:
    """The part is one country's name and nothing else ("US", "Britain")."""
    item = resolver.at_token.get(part.start)
    return item is not None and item.start == part.start and item.end == part.end \
        and any(a.entity.national for a in item.aliases)


def _state_noun(resolver: ActorResolver, noun: Token) -> bool:
    """A role noun of a state's people ("ambassadors", "troops"), not of those who fight or
    oppose one ("militants", "rebels")."""
    item = resolver.at_token.get(noun.i)
    return item is not None and item.agent is not None and item.agent.sector in STATE_SECTORS


STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _abbreviation(part: Span) -> bool:
    """The words are written as an abbreviation ("US", "U.S.", "UK"), which news uses as an
    adjective."""
    letters = part.text.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper()


def _nationality_before(resolver: ActorResolver, noun: Token) -> bool:
    """The role noun has a nationality adjective of its own ("French" of "French ambassadors")."""
    return any(c.dep_ in ("amod", "compound", "nmod") and (item := resolver.at_token.get(c.i)) is not None
               and any(a.how in (ADJECTIVE, DEMONYM) for a in item.aliases) for c in per_doc.children(noun))


def _national(resolver: ActorResolver | None, token: Token) -> bool:
    """The token names a country ("British", "US") or a named body ("Hamas", "Taliban"), so it
    can share a noun with others ("Israeli and Hamas negotiators": two sides)."""
    if resolver is None:
        return True
    item = resolver.at_token.get(token.i)
    return item is not None and any(a.entity.national or a.entity.kind in ("org", "group") for a in item.aliases)


# Sectors of a side in a fight or a dispute, which a role noun's modifier may name besides a
# country ("Ukrainian and rebel forces", "government and opposition negotiators": two sides).
SIDE_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP"})


def _side_word(resolver: ActorResolver | None, token: Token) -> bool:
    """The token is a role noun of a side used as a modifier ("rebel" in "rebel forces")."""
    item = resolver.at_token.get(token.i) if resolver is not None else None
    return item is not None and not item.aliases and item.agent is not None and item.agent.sector in SIDE_SECTORS \
        and item.end - item.start == 1


def _part(span: Span, head: Token, heads: list[Token]) -> Span:
    """The conjunct headed by `head`: its subtree without the later conjuncts; the first one
    keeps the phrase's opening words."""
    later = set()
    for other in heads:
        if other.i > head.i:
            later.update(t.i for t in other.subtree)
    indices = [t.i for t in head.subtree if span.start <= t.i < span.end and t.i not in later]
    if head.i == min(h.i for h in heads):
        indices.append(span.start)
    left, right = min(indices), max(indices)
    doc = span.doc
    while right > left and (doc[right].is_punct or doc[right].dep_ in ("cc", "preconj")):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].dep_ in ("cc", "preconj")):
        left += 1
    return doc[left:right + 1]
