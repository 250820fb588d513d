"""The actor index of one document: every knowledge-base name and role noun at its token
offsets, found in one pass, with the document's sentence index and title-case lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

import re
from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from dyad.extract import per_doc
from dyad.lexicon.actors.knowledge import ADJECTIVE, DEMONYM, WEAK, Agent, Alias, KnowledgeBase, _norm

if TYPE_CHECKING:
    from dyad.extract.actors import ActorResolver


@dataclass
class Found:
    """A knowledge-base name or a role noun found in the document, by token index."""

    start: int  # token index
    end: int
    aliases: list[Alias] = field(default_factory=list)
    agent: Agent | None = None


def _case_ok(written: tuple[str, ...], texts: list[str]) -> bool:
    """Abbreviations match in capitals only ("US", not "us"); capitalised names need a capital."""
    for word, text in zip(written, texts):
        if len(word) > 1 and word.isupper():
            if text != word:
                return False
        elif word[:1].isupper() and not text[:1].isupper():
            return False
    return True


def _person_spans(doc: Doc) -> dict[int, int]:
    """Start -> end of each multi-word PERSON entity ("Jordan Blake")."""
    return {e.start: e.end for e in per_doc.entities(doc) if e.label_ == "PERSON" and len(e) > 1}


def token_texts(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text and its normalised form, read without making Token objects."""
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    return texts, [_norm(text) for text in texts]


def scan(doc: Doc, kb: KnowledgeBase, texts: list[str], norms: list[str]) -> list[Found]:
    """Every knowledge-base name and role noun in `doc`, longest first, in one pass. A place or
    organisation name that opens a longer personal name ("Jordan Blake") is left to the person."""
    people = _person_spans(doc)
    found: list[Found] = []
    i, n = 0, len(doc)
    while i < n:
        longest = kb.longest.get(norms[i])
        if not longest:
            i += 1
            continue
        hit = None
        for length in range(min(longest, n - i), 0, -1):
            key = tuple(norms[i:i + length])
            aliases = kb.names.get(key)
            if aliases:
                aliases = [a for a in aliases if _case_ok(a.tokens, texts[i:i + length])]
                if len(aliases) > 1:  # "NATO" matches its alias "Nato" too: one entity, once
                    aliases = list({id(a.entity): a for a in reversed(aliases)}.values())[::-1]
                if len(aliases) > 1:
                    # "Jem" is written as Sudan's JEM writes it in British papers, and only loosely
                    # as Pakistan's JeM: a name spelt as one entity's alias is that entity's
                    exact = [a for a in aliases if a.tokens == tuple(texts[i:i + length])]
                    aliases = exact or aliases
            agent = kb.agents.get(key)
            if agent and not aliases and _name_from_last_word(kb, texts, norms, i, length):
                continue  # "the opposition Movement for Democratic Change": the party, not "opposition movement"
            if aliases or agent:
                hit = Found(i, i + length, aliases or [], agent)
                break
        if hit is not None and hit.aliases and people.get(i, 0) > hit.end and \
                all(a.entity.kind != "person" and a.how not in (ADJECTIVE, DEMONYM) for a in hit.aliases) \
                and doc[hit.end].pos_ == "PROPN":
            hit = None
        if hit is not None and hit.aliases and all(a.how == WEAK for a in hit.aliases) and \
                _inside_longer_name(doc, norms, hit, kb):
            # "Maria Gonzalez" is not Edmundo González.
            hit = Found(hit.start, hit.end, [], hit.agent) if hit.agent else None
        if hit is not None and hit.aliases and hit.end < n and texts[hit.end] in SEA_WORDS \
                and all(a.how == ADJECTIVE for a in hit.aliases):
            # "the Indian Ocean nation of Comoros", "the Arabian Sea": a sea's name, not the country's
            hit = None
        if hit is not None and hit.aliases and hit.end - hit.start == 1 and (norms[i],) in kb.agents \
                and _after_unknown_possessive(doc, norms, i, kb):
            # "the People's Alliance for Democracy" is not NATO ("the Alliance"): a role noun
            # written as a name, after a possessive the knowledge base does not know, is a word
            # of a longer name it lacks.
            hit = Found(hit.start, hit.end, [], hit.agent)
        if hit is not None and not hit.aliases and hit.agent.facility and _last_word_of_place_name(doc, texts, i):
            hit = None  # "Rhode Island Governor X", "the Marshall Islands": a name's word, not a town or island
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit.end
    return found


def _last_word_of_place_name(doc: Doc, texts: list[str], i: int) -> bool:
    """A place noun written with a capital after another capitalised proper noun ends that
    place's name ("Rhode Island", "Long Island", "the Marshall Islands")."""
    return i > 0 and texts[i][:1].isupper() and texts[i - 1][:1].isupper() and doc[i - 1].pos_ == "PROPN" \
        and doc[i].pos_ == "PROPN"


# Capitalised words after a country's adjective that make it a sea's name.
SEA_WORDS = frozenset({"Ocean", "Sea"})


def _name_from_last_word(kb: KnowledgeBase, texts: list[str], norms: list[str], i: int, length: int) -> bool:
    """A role noun of several words whose capitalised last word opens a longer knowledge-base
    name ("opposition Movement" of "the opposition Movement for Democratic Change")."""
    last = i + length - 1
    if length < 2 or not texts[last][:1].isupper():
        return False
    longest = kb.longest.get(norms[last], 0)
    return any(kb.names.get(tuple(norms[last:last + k])) for k in range(longest, 1, -1)
               if last + k > i + length and last + k <= len(norms))


def _after_unknown_possessive(doc: Doc, norms: list[str], i: int, kb: KnowledgeBase) -> bool:
    """Token `i` follows "X's" where X is a capitalised word that is no knowledge-base name nor a
    person's ("Mattis's Pentagon" is still the Pentagon)."""
    return i >= 2 and norms[i - 1] in ("'s", "'") and doc[i - 2].text[:1].isupper() \
        and (norms[i - 2],) not in kb.names and doc[i - 2].ent_type_ != "PERSON"


def _inside_longer_name(doc: Doc, norms: list[str], hit: Found, kb: KnowledgeBase) -> bool:
    """A surname right after another capitalised name word that is not a title ("Maria
    Gonzalez"), or before one, belongs to a name the knowledge base does not know."""
    def name_word(i: int) -> bool:
        token = doc[i]
        return (token.is_alpha and token.text[:1].isupper() and token.pos_ == "PROPN"
                and (norms[i],) not in kb.agents)
    before = hit.start > 0 and name_word(hit.start - 1)
    after = hit.end < len(doc) and name_word(hit.end)
    return before or after


def sentence_index(doc: Doc) -> tuple[list[int], dict[int, int]]:
    """Each token's sentence start, and each sentence start's end."""
    return per_doc.sentence_bounds(doc)


def title_case_line(resolver: ActorResolver, token: Token) -> bool:
    """In a title-case line ("SEE ALSO: US Halts Some Weapons Shipments") capitals say nothing.
    Judged by the line, not the sentence: the parser often runs a headline into the next one."""
    if token.text.isupper() and len(token.text) > 1:
        return True
    text = resolver.text
    start = text.rfind("\n", 0, token.idx) + 1
    known = resolver._headlines.get(start)
    if known is None:
        end = text.find("\n", token.idx)
        words = TITLE_WORDS.findall(text[start:end if end >= 0 else len(text)])
        known = len(words) > 1 and sum(w[0].isupper() for w in words) > 0.6 * len(words)
        resolver._headlines[start] = known
    return known


TITLE_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
