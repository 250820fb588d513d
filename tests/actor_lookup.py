"""Resolving a phrase of a sentence as the actor tables do, for the actor tests."""

import datetime as dt

from dyad.extract.actors import ActorResolver


def mention_of(nlp, text, phrase, published=None, last=False):
    """The Mention of the words `phrase` in `text` (its last occurrence with `last`), or None;
    `published` is an ISO date, a date or None."""
    doc = nlp(text)
    start = text.rindex(phrase) if last else text.index(phrase)
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    return ActorResolver(doc, day).resolve(doc.char_span(start, start + len(phrase)))


def code_of(nlp, text, phrase, published=None):
    """The code ("RUSGOV") of the phrase's Mention, or None."""
    mention = mention_of(nlp, text, phrase, published)
    return None if mention is None else mention.code
