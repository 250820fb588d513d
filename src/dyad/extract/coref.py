"""Light coreference: who "he", "they", "Alexseev" and "the Russian leader" are in an article.

One pass over the document in order builds the referents an article introduces (knowledge-base
people, organisations and countries; unknown people spaCy tags PERSON; groups named by role
nouns such as "Russian forces") and links each later reference to one of them:

* name chains: a full name registers its surname, so "Alexseev" later is Mikhail Alexseev;
* definite titles ("the president", "the Russian leader", "Russia's foreign minister"): the
  most recent person holding that office, else the knowledge base's holder on the date;
* pronouns: he/she to the most recent person of compatible gender (gender from the knowledge
  base, a gendered title or honorific, or an earlier he/she for that person), preferring the
  subject that governs the pronoun in its own sentence and the main subject of an earlier one;
  they/them to the most recent group, organisation or country; it/its only to an organisation
  or country that is a subject nearby. A resolved pronoun is itself a referent, so chains
  carry on ("Alexseev said ... he said ... he added").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.attrs import DEP, IDX
from spacy.tokens import Token

from dyad.extract import per_doc
from dyad.extract.phrases import noun_phrase, past_dateline
from dyad.extract.status import cue_words

if TYPE_CHECKING:
    from dyad.extract.actors import ActorResolver, Agent, Info

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs that introduce a quotation: the speaker of "I" and "we" inside it is their subject.
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "write", "ask", "note", "insist", "claim", "warn",
                          "reply", "answer", "explain", "declare", "announce", "continue", "argue", "stress",
                          "recall", "acknowledge", "conclude", "complain", "admit", "suggest", "post", "tweet"})
QUOTE_MARKS = re.compile('[“”"]|\n\n')
QUOTE_CONTINUATION = 300  # a quote with no speaker of its own continues the one this close before
OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})
SENTENCES_BACK = 4
GROUP_KINDS = frozenset({"group", "org", "place"})
# Sectors of the bodies "the group" or "the movement" refers back to: never a state's own.
NON_STATE_BODIES = frozenset({"REB", "OPP", "PTY", "NGO", "IGO", "CRM", "UAF", "LAB", "REL"})


@dataclass
class Referent:
    i: int  # token index of the referring expression's head
    sent: int  # token index where its sentence starts
    info: "Info"
    subject: bool
    main_subject: bool  # subject of its sentence's main verb

    @property
    def plural(self) -> bool:
        return self.info.kind in GROUP_KINDS


class Chains:
    """The referents of one document and the antecedent of every pronoun, built in one pass."""

    def __init__(self, resolver: "ActorResolver"):
        from dyad.extract import actors

        self.resolver = resolver
        resolver.chains = self  # definite titles met during the pass look back through it
        self.doc = doc = resolver.doc
        self.referents: list[Referent] = []
        self.positions: list[int] = []
        self.pronouns: dict[int, Info | None] = {}
        self.aged: dict[int, Info | None] = {}  # "the 68-year-old" -> the person named before
        self.antecedents: dict[int, int] = {}  # a third-person pronoun -> the head of the phrase it stands for
        self.surnames: dict[str, Info] = {}
        self.given_names: dict[str, Info | None] = {}  # None: given to two people in the story
        self.modifier_bodies: list[tuple[int, Info]] = []  # "Hamas" of "a Hamas official", for "the group"
        self.genders: dict[str, str] = {}  # person name -> gender learnt from he/she
        self.country_counts: Counter = Counter()
        self._epithets_open: set[int] = set()  # state epithets being read (state_before)
        self.first_person: list[Token] = []
        self._quotes: list[tuple[int, int, Token | None]] | None = None

        ents = {e.start: e for e in per_doc.entities(doc) if e.label_ == "PERSON"}
        ents.update(_apposed_names(resolver, ents))
        headline_end = _headline_end(resolver.text)
        in_headline: list[Token] = []
        pronoun_words = actors.PRONOUNS.keys() | actors.FIRST_PERSON.keys()
        norms, texts = resolver.norms, resolver.texts
        i = 0
        n = len(doc)
        while i < n:
            item = resolver.at_token.get(i)
            if item is not None and not _unknown_bearer(resolver, item):
                i = self._found(item)
                continue
            if norms[i] in pronoun_words:
                token = doc[i]
                if actors.is_pronoun(token):
                    if token.idx < headline_end and norms[i] in actors.PRONOUNS:
                        in_headline.append(token)  # resolved forward, once the lead is read
                    else:
                        self._pronoun(token)
            elif norms[i] == "old" and age_epithet(doc[i]):
                self._aged(doc[i])
            elif i in ents:
                self._person(ents[i])
                i = ents[i].end
                continue
            elif texts[i] in self.surnames and doc[i].pos_ == "PROPN":
                self._add(doc[i], self.surnames[texts[i]])
            elif self.given_names.get(texts[i]) is not None and _lone_name(doc[i]):
                self._add(doc[i], self.given_names[texts[i]])
            i += 1
        for token in in_headline:
            self._headline_pronoun(token, headline_end)
        for token in self.first_person:
            self.pronouns[token.i] = self._first_person(token)

    # -- building

    def _add(self, head: Token, info: "Info", first: int | None = None) -> None:
        sent = self.resolver.sent_start[head.i]
        subject = head.dep_ in SUBJECTS
        main = subject and _main_clause(head.head) or _opens_clause(self.doc, head, first, sent)
        if info.country and info.sector != "MED":  # "(Reuters)", "told AFP": an agency is no story's country
            self.country_counts[info.country] += 1
        self.referents.append(Referent(head.i, sent, info, subject, main))
        self.positions.append(head.i)

    def _found(self, item) -> int:
        """Registers what the knowledge-base match at item names; returns where to go on."""
        from dyad.extract import actors

        resolver = self.resolver
        entity = resolver._choose(item)
        head = _head(self.doc, item.start, item.end)
        if entity is not None:
            how = actors._how(item, entity)
            if how == actors.ADJECTIVE or head.dep_ in ("compound", "amod") and entity.kind != "person":
                # "Dutch Defense Minister ...", "Russian forces": a modifier, not a referent.
                if not actors.partisan(self.doc, item):  # "pro-Russian" says nothing of the story's country
                    self.country_counts[entity.country] += 1
                    if not entity.national and entity.kind in ("org", "group"):
                        self.modifier_bodies.append((head.i, resolver.entity_info(entity)))
                return item.end
            info = actors._body_function(resolver.entity_info(entity), entity)  # the ICC: IGO JUD, when "it" or "the court"
            if how == actors.CAPITAL or how == actors.SEAT:
                info = replace(info, kind="org" if how == actors.SEAT else "place")
            if entity.kind == "person":
                info.gender = info.gender or self.genders.get(entity.name)
                parts = entity.name.split()
                if len(parts) > 1:
                    self.surnames.setdefault(parts[-1], info)
                    self._given(parts[0], info)
            self._add(head, info, item.start)
            return item.end
        agent = item.agent
        if agent is not None and head.dep_ == "compound" and head.head.pos_ == "PROPN" \
                and head.head.i >= item.end:
            return self._titled_name(item, head.head)
        if agent is None or agent.honorific or head.dep_ in ("compound", "amod", "nmod", "poss"):
            return item.end
        if any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" and not self._body_name(c) for c in per_doc.children(head)):
            return item.end  # "President Vladimir Putin": the name is the referent ("Hamas fighters" are)
        if head.dep_ == "appos" and head.head.pos_ == "PROPN":
            return item.end  # "Mikhail Alexseev, a political science professor"
        info = actors.resolve_phrase(resolver, noun_phrase(head), head)
        if info is not None:
            # Groups ("Russian forces") for they; office holders and titled unknowns ("a senior
            # Iranian official", "the spokeswoman") for he and she.
            self._add(head, info)
        return item.end

    def _body_name(self, token: Token) -> bool:
        """A knowledge-base name of a body or country, not of a person ("Hamas" in "Hamas fighters")."""
        item = self.resolver.at_token.get(token.i)
        entity = self.resolver._choose(item) if item is not None else None
        return entity is not None and entity.kind != "person"

    def _titled_name(self, item, name: Token) -> int:
        """ "Defense Minister Ruben Brekelmans": a title before a name is a person even when
        the tagger missed the name (no PERSON entity), so the name is a referent for he/she."""
        from dyad.extract import actors

        if any(t.ent_type_ == "PERSON" or self.resolver.at_token.get(t.i) is not None
               for t in self.doc[item.end:name.i + 1]):
            return item.end  # the entity or a knowledge-base match there registers it
        info = actors.resolve_phrase(self.resolver, noun_phrase(name), name)
        if info is None or info.kind != "person":
            return item.end
        start = item.end
        while start < name.i and self.doc[start].pos_ != "PROPN":
            start += 1
        info = replace(info, name=self.doc[start:name.i + 1].text)
        if name.i > start:
            self.surnames.setdefault(name.text, info)
        self._add(name, info, item.start)
        return name.i + 1

    def _person(self, ent) -> None:
        from dyad.extract import actors

        head = ent.root
        known = self.surnames.get(ent.text) if len(ent) == 1 or ent.text == _hyphenated(ent[-1]) else None
        if known is None and len(ent) == 1:
            known = self.given_names.get(ent.text)  # "Gedion said" after "Gedion Timothewos"
        if known is not None:
            self._add(head, known)
            return
        if ent.root.pos_ != "PROPN" or any(t.is_digit for t in ent):
            return
        info = actors.resolve_phrase(self.resolver, noun_phrase(head), head)
        if info is None or info.kind != "person":
            return
        if info.name not in self.resolver.kb.person_names:  # a known person spelt another way keeps his name
            info = replace(info, name=ent.text)
        if len(ent) > 1:
            self.surnames.setdefault(ent[-1].text, info)
            self.surnames.setdefault(_hyphenated(ent[-1]), info)  # "Ofori-Atta" of "Ken Ofori-Atta"
            self._given(ent[0].text, info)
        self._add(head, info)

    def _given(self, name: str, info: "Info") -> None:
        """A person's first name, for stories that name people by it (Ethiopian and Eritrean
        names have no surname: "Gedion Timothewos" is "Gedion" after); of no use once two
        people of the story share it."""
        if not name[:1].isupper() or len(name) < 3:
            return
        had = self.given_names.get(name, info)
        self.given_names[name] = info if had is not None and had.name == info.name else None

    def _pronoun(self, token: Token, record: bool = True) -> None:
        from dyad.extract import actors

        lower = token.lower_
        if lower in actors.FIRST_PERSON:
            if record:
                self.first_person.append(token)  # resolved once every speaker is known
            else:
                self.pronouns[token.i] = self._first_person(token)
            return
        gender, plural = actors.PRONOUNS[lower]
        found = self._antecedent(token, gender, plural)
        if found is None:
            if gender == "neuter":
                self.pronouns[token.i] = None
            else:
                self.pronouns[token.i] = actors.Info(None, None, None, "group" if plural else "person", gender)
            return
        info = self._learn_gender(found.info, gender)
        self.pronouns[token.i] = info
        self.antecedents[token.i] = self.antecedents.get(found.i, found.i)  # through a chain of pronouns
        if record:
            self._add(token, info)

    def _aged(self, token: Token) -> None:
        """Wire copy's "the 68-year-old" for a person it has named: whom a "he" or "she" there
        would stand for (ages are in no table, so any person will do), itself a referent after."""
        found = self._antecedent(token, None, False, named=True)
        self.aged[token.i] = found.info if found is not None else None
        if found is not None:
            self.antecedents[token.i] = self.antecedents.get(found.i, found.i)
            self._add(token, found.info)

    def _named_person(self, ref: Referent) -> bool:
        """The referent is a person named by name, or stands for one ("he" after "Tokayev")."""
        token = self.doc[self.antecedents.get(ref.i, ref.i)]
        return ref.info.kind == "person" and (token.pos_ == "PROPN" or token.ent_type_ == "PERSON")

    def _learn_gender(self, info, gender: str | None):
        """A "he" or "she" that refers to a name teaches that name's gender to later pronouns."""
        if gender in ("male", "female") and info.gender is None and info.name:
            self.genders[info.name] = gender
            return replace(info, gender=gender)
        return info

    def _headline_pronoun(self, token: Token, headline_end: int) -> None:
        """A headline's "he" is the lead's subject ("Putin Tells Trump He Won't Give Up Goals"
        over "Russian President Vladimir Putin told ..."): news headlines are written for a
        reader who goes on to the first sentence, not back to the headline's other names."""
        from dyad.extract import actors

        gender, plural = actors.PRONOUNS[token.lower_]
        lead = self._lead_subject(headline_end, gender, plural)
        if lead is None:
            self._pronoun(token)
            return
        info = self._learn_gender(lead.info, gender)
        self.pronouns[token.i] = info
        at = bisect_left(self.positions, token.i)
        self.positions.insert(at, token.i)
        self.referents.insert(at, Referent(token.i, self.resolver.sent_start[token.i], info,
                                           token.dep_ in SUBJECTS, False))

    def _lead_subject(self, headline_end: int, gender: str | None, plural: bool) -> Referent | None:
        """The first subject after the headline that can be the pronoun (a photo caption
        between them has none: "An image shows ..."). Any subject, not only a main clause's:
        the parser often runs the headline into the lead as one sentence."""
        from dyad.extract.actors import is_pronoun

        sentences = 0
        current = None
        for ref in self.referents:
            token = self.doc[ref.i]
            if token.idx < headline_end or is_pronoun(token):
                continue
            if ref.sent != current:
                current = ref.sent
                sentences += 1
                if sentences > LEAD_SENTENCES:
                    return None
            if ref.subject and self._compatible(ref, gender, plural):
                return ref
        return None

    # -- I and we: the speaker of the quotation

    def _first_person(self, token: Token) -> "Info":
        from dyad.extract import actors

        plural = actors.FIRST_PERSON[token.lower_]
        unknown = actors.Info(None, None, None, "group" if plural else "person")
        speaker = self._speaker_of(token.idx)
        if speaker is None:
            return unknown
        info = self.pronouns.get(speaker.i) if actors.is_pronoun(speaker) else self._referent_at(speaker)
        if info is None or info.name is None and info.country is None:
            return unknown
        if not plural or info.kind in GROUP_KINDS:
            return info
        if info.country is None:
            return unknown
        # "We are giving weapons" in the US president's mouth: the United States (government).
        country = self.resolver.kb.countries.get(info.country)
        sector = info.sector if info.sector in actors.NATIONAL_SECTORS else None
        return actors.Info(country.name if country else info.country, info.country, sector, "group")

    def _referent_at(self, token: Token) -> "Info | None":
        from dyad.extract import actors

        ref = self._registered(token.i)
        return ref.info if ref is not None else actors.resolve_phrase(self.resolver, noun_phrase(token), token)

    def _registered(self, i: int) -> "Referent | None":
        """The referent registered at token `i`, if any."""
        at = bisect_left(self.positions, i)
        return self.referents[at] if at < len(self.positions) and self.positions[at] == i else None

    def _speaker_of(self, char: int) -> Token | None:
        if self._quotes is None:
            self._quotes = self._find_quotes()
        for start, end, speaker in self._quotes:
            if start <= char < end:
                return speaker
        return None

    def _find_quotes(self) -> list[tuple[int, int, Token | None]]:
        """Quotations as (start, end, speaker) in the order they appear."""
        text = self.resolver.text
        regions, opened = [], None
        for match in QUOTE_MARKS.finditer(text):
            char, pos = match.group(), match.start()
            if char == "“" or (char == '"' and opened is None):
                opened = pos
            elif char in ('”', '"') and opened is not None:
                regions.append((opened, pos + 1))
                opened = None
            elif char == "\n\n" and opened is not None:
                regions.append((opened, pos))  # a quote that runs on into the next paragraph
                opened = None
        quotes, previous = [], None
        for start, end in regions:
            speaker = self._quote_speaker(start, end)
            if speaker is None and previous is not None and start - previous[1] < QUOTE_CONTINUATION:
                speaker = previous[2]
            previous = (start, end, speaker)
            quotes.append(previous)
        return quotes

    def _quote_speaker(self, start: int, end: int) -> Token | None:
        """The subject of the speech verb just after the quote ('," he said') or just before it
        ('Trump told reporters: "')."""
        doc = self.doc
        first = self._token_at(end)
        for token in doc[first:min(len(doc), first + 8)]:
            if token.lemma_ in SPEECH_VERBS:
                subjects = [c for c in per_doc.children(token) if c.dep_ in SUBJECTS and c.idx >= end]
                if subjects:
                    return subjects[0]
            if token.is_sent_start and token.idx > end:
                break
        last = self._token_at(start) - 1
        for token in reversed(list(doc[max(0, last - 12):max(0, last + 1)])):
            if token.lemma_ in SPEECH_VERBS:
                subjects = [c for c in per_doc.children(token) if c.dep_ in SUBJECTS and c.idx < start]
                if subjects:
                    return subjects[0]
        return None

    def _token_at(self, char: int) -> int:
        if not hasattr(self, "_starts"):
            self._starts = self.doc.to_array(IDX).tolist()  # without making a Token for each
        return bisect_left(self._starts, char)

    # -- antecedents

    def _compatible(self, ref: Referent, gender: str | None, plural: bool) -> bool:
        info = ref.info
        if gender == "neuter":
            # a body, a place, or a body named in the singular ("the army arrested ten men, and it
            # warned Hamas"; "Islamic State said ..., and it warned")
            return ref.subject and (info.kind in ("org", "place") or _singular_body(self.doc[ref.i], info))
        if plural:
            return info.kind in GROUP_KINDS
        if info.kind != "person":
            return False
        known = info.gender or self.genders.get(info.name or "")
        return gender is None or known is None or known == gender

    def _antecedent(self, token: Token, gender: str | None, plural: bool, named: bool = False) -> Referent | None:
        """`named`: only a person the story names (for "the 68-year-old", never "anyone")."""
        end = bisect_left(self.positions, token.i)
        sent_start = self.resolver.sent_start[token.i]
        excluded = self._bound(token)
        compatible = self._compatible if not named else (
            lambda r, g, p: self._compatible(r, g, p) and self._named_person(r))
        same = [r for r in self.referents[max(0, end - 40):end]
                if r.sent == sent_start and compatible(r, gender, plural) and r.i not in excluded]
        controller = _controller(token)
        if controller is not None:
            # "Baghdad asked Washington to withdraw its troops": the one asked does the act
            # (an object, which "it" otherwise never refers to).
            controlled = [r for r in self.referents[max(0, end - 40):end] if r.i == controller and (
                compatible(replace(r, subject=True), gender, plural))]
            if controlled:
                return controlled[-1]
        if same:
            words = per_doc.tokens(self.doc)
            if plural and (formal := [r for r in same if _plural_in_form(words[r.i])]):
                # "Syria warned it would use force against Jordan and Lebanon if they kept arming rebels":
                # "they" is the list or the plural noun, not a state named alone that "it" stands for
                same = formal
            beside_ancestors = {c.i for t in token.ancestors for c in per_doc.children(words[t.i])}
            governing = [r for r in same if r.subject and r.i in beside_ancestors]
            # Centering: a subject outranks a name in an object or prepositional phrase
            # ("Zelenskyy spoke with Macron and urged ..., his office said").
            subjects = [r for r in same if r.subject]
            return (governing or subjects or same)[-1]
        if gender == "neuter":
            # "it" for a subject of its own sentence ("the White House said it"), or, opening a
            # sentence as the doer of an act, for the body the sentence before was about ("China's
            # foreign ministry said ... It urged Manila"): not the "it" of "it is unclear whether"
            return self._body_before(token) if _acting_it(token) else None
        sentences_back = SENTENCES_BACK
        index = end - 1
        seen_sentences = 0
        current = sent_start
        while index >= 0 and seen_sentences < sentences_back:
            sent = self.referents[index].sent
            if sent == sent_start:
                index -= 1
                continue
            group = []
            while index >= 0 and self.referents[index].sent == sent:
                group.append(self.referents[index])
                index -= 1
            if sent != current:
                seen_sentences += 1 if sent >= 0 else 0
                current = sent
            group = [r for r in reversed(group) if compatible(r, gender, plural)]
            if group:
                main = [r for r in group if r.main_subject]
                if main:
                    return main[0]
                # Salience: a subject, or the owner of one ("Moscow's position remains ..."),
                # before a name in an object or a prepositional phrase.
                salient = [r for r in group if _in_subject(self.doc[r.i])]
                return (salient or group)[-1]
        return None

    def _body_before(self, token: Token) -> Referent | None:
        """The subject of the sentence before, when it is a body, a state or a capital."""
        end = bisect_left(self.positions, token.i)
        sent_start = self.resolver.sent_start[token.i]
        before = [r for r in self.referents[max(0, end - 40):end] if r.sent != sent_start]
        if not before:
            return None
        last = [r for r in before if r.sent == before[-1].sent]
        if last[0].sent != self.resolver.sent_start[max(0, sent_start - 1)]:
            return None  # not the sentence just before
        main = [r for r in last if r.main_subject and (r.info.kind in ("org", "place") or _singular_body(self.doc[r.i], r.info))]
        return main[0] if main else None

    def _bound(self, token: Token) -> set[int]:
        """An object pronoun is not its own clause's subject ("Putin told him"), nor the understood
        subject of a participle that has none of its own ("Puigdemont sent a letter to Rajoy urging
        him to open talks", "wrote to the king, asking him"): the subject of the verb it hangs on."""
        if token.dep_ not in OBJECTS:
            return set()
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and verb.dep_ in OBJECTS:
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head  # "soldiers killed two of them": a part of the object
        subjects = {c.i for c in per_doc.children(verb) if c.dep_ in SUBJECTS}
        if subjects or verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
            return subjects
        governor = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in OBJECTS else verb.head
        return {c.i for c in per_doc.children(governor) if c.dep_ in SUBJECTS}

    # -- lookups used by actors.resolve

    def pronoun(self, token: Token) -> "Info | None":
        from dyad.extract.actors import is_pronoun

        if token.i in self.pronouns:
            return self.pronouns[token.i]
        if not is_pronoun(token):
            return None
        self._pronoun(token, record=False)
        return self.pronouns.get(token.i)

    def antecedent(self, token: Token) -> Token | None:
        """The head of the phrase a third-person pronoun stands for ("they" of "Russian forces")."""
        if token.i not in self.pronouns:
            self.pronoun(token)
        at = self.antecedents.get(token.i)
        return None if at is None else self.doc[at]

    def named(self, token: Token) -> "Info | None":
        """A surname introduced earlier in full ("Alexseev" after "Mikhail Alexseev")."""
        if token.pos_ != "PROPN" and not token.text[:1].isupper():
            return None
        known = self.surnames.get(token.text) or self.surnames.get(_hyphenated(token))
        if known is None and _lone_name(token):
            known = self.given_names.get(token.text)
        return known

    def _recent(self, root: Token) -> "tuple[list[Referent], int]":
        """The referents named before `root` in its sentence and the SENTENCES_BACK before it,
        latest first, with the start of the oldest sentence reached."""
        end = bisect_left(self.positions, root.i)
        oldest = self.resolver.sent_start[root.i]
        sentences, recent = 0, []
        for ref in reversed(self.referents[max(0, end - 40):end]):
            if ref.sent < oldest:
                sentences, oldest = sentences + 1, ref.sent
                if sentences > SENTENCES_BACK:
                    break
            recent.append(ref)
        return recent, oldest

    def body_before(self, root: Token) -> "Info | None":
        """What "the group" or "the movement" refers to: the latest body or armed group named in
        its sentence or the few before that is no state's own (a militia, party, rights group)."""
        recent, oldest = self._recent(root)
        found = next(((ref.i, ref.info) for ref in recent
                      if ref.info.kind in ("group", "org") and ref.info.sector in NON_STATE_BODIES), None)
        # a body named only as a modifier ("a senior Hamas official said the group ..."), when
        # named later than any body that is a referent
        floor = found[0] if found else oldest
        for at, info in reversed(self.modifier_bodies):
            if floor < at < root.i and info.sector in NON_STATE_BODIES:
                return info
        return found[1] if found else None

    def same_noun_before(self, root: Token) -> "Info | None":
        """What "the soldiers" or "the engineers" refers to: the latest group named in its sentence
        or the few before by the same noun with a country ("captured two Israeli soldiers ...
        offered to free the soldiers": Israel's, not the speaker's)."""
        lemma = root.lemma_.lower()
        recent, _ = self._recent(root)
        return next((ref.info for ref in recent if ref.i != root.i and ref.info.country
                     and ref.info.kind == "group" and self.doc[ref.i].lemma_.lower() == lemma), None)

    def named_body_before(self, root: Token) -> "Info | None":
        """What "the court", "the alliance" or "the agency" refers to: the latest body named in
        its sentence or the few before whose name has that word ("the International Criminal
        Court ... the court") or that news calls so (NATO "the alliance": `called` in
        organizations.yaml), not whichever court the sentence's country has."""
        noun = root.lemma_.lower()
        kb = self.resolver.kb
        recent, oldest = self._recent(root)
        named = [(ref.i, ref.info) for ref in recent] + [(at, info) for at, info in self.modifier_bodies
                                                          if oldest <= at < root.i]
        for _, info in sorted(named, key=lambda found: -found[0]):
            # a body the knowledge base knows, not a phrase ("the government and the opposition")
            if info.kind == "org" and info.name in kb.body_names and (
                    noun in info.name.lower().replace("-", " ").split() or noun in kb.called.get(info.name, ())):
                return info
        return None

    def state_before(self, root: Token) -> "Info | None":
        """The state "the kingdom", "the Gulf state" or "the country" stands for: of the states
        named in its sentence or the few before, not one on the other side of its clause, the
        subject the story was telling of for a subject ("Saudi Arabia cut ties with Qatar. The
        kingdom said ..."), else the one the latest sentence naming any names ("... accused the
        Gulf state of ...": Qatar)."""
        if root.i in self._epithets_open:
            return None  # asked again while reading its own coordination
        self._epithets_open.add(root.i)
        try:
            others = self._other_side_states(root)
            # not the coordination it stands in ("between the Gaza Strip and the Jewish state")
            own = {root.i, *(c.i for c in root.conjuncts)}
            states = [(ref, info) for ref in self._recent(root)[0] if ref.i not in own for info in self._parts(ref)
                      if _party_of(info, "countries") and info.country not in others]
        finally:
            self._epithets_open.discard(root.i)
        subjects = [info for ref, info in states if ref.subject]
        if root.dep_ in SUBJECTS and subjects:
            return subjects[0]
        # the latest sentence that names one; two states there leave it unknown ("After meeting
        # Iraqi and Turkish officials, Germany urged the country to ...")
        nearest = [info for ref, info in states if ref.sent == states[0][0].sent] if states else []
        return nearest[0] if len({info.country for info in nearest}) == 1 else None

    def _other_side_states(self, root: Token) -> set:
        """The countries of the other parties of the clause `root` is a party to."""
        from dyad.extract.actors import STATE_EPITHETS

        verb = root.head
        while verb.dep_ in ("prep", "pobj", "compound", "amod") and verb.head.i != verb.i:
            verb = verb.head
        parties = [c for c in per_doc.children(verb) if c.i != root.i and c.dep_ in (*SUBJECTS, *OBJECTS)]
        countries = set()
        for party in parties:
            if party.dep_ in SUBJECTS and party.lower_ in STATE_EPITHETS and party.i < root.i:
                found = self.state_before(party)
            else:
                found = ref.info if (ref := self._registered(party.i)) is not None else None
            if found is not None and found.country:
                countries.add(found.country)
        return countries

    def pair_before(self, root: Token, of: str) -> "list[Info] | None":
        """What "the two countries", "both leaders" or "both sides" refers to: the last two parties
        named before it in its sentence or the few before, `of` "countries" (states and their
        governments), "people" or "any" party (sides, groups, armies: a state's and a militia of
        the same country are two). A coordination counts as its parts ("Ukrainian and Russian
        delegations"); a place something happens in is no party ("met in Cairo"); a pair reaches
        into an earlier paragraph only for one side it names alone. "The two leaders" are heads
        of state or government when two are named ("Zelenskyy spoke with Macron ... Dutch Defence
        Minister Brekelmans ... the two leaders")."""
        end = bisect_left(self.positions, root.i)
        acting = self._acting_on(root, of)
        candidates = []  # (referent, one party of it), latest first
        for ref in self._recent(root)[0]:
            if _scene(self.doc[ref.i]):
                continue
            for info in reversed(self._parts(ref)):
                if _party_of(info, of) and _side(info, of) not in acting:
                    candidates.append((ref, info))
        leaders = self.resolver.kb.leader_titles
        # "two" or "both" heads the phrase; "leaders" is what it counts
        if of == "people" and "leader" in (root.lemma_.lower(), root.head.lemma_.lower()) \
                and len({i.country for _, i in candidates if i.title in leaders}) >= 2:
            candidates = [(r, i) for r, i in candidates if i.title in leaders]
        sides = of == "any" and "side" in (root.lemma_.lower(), root.head.lemma_.lower())
        found = self._lead_sides(root, acting) if sides else None
        found = found or self._pair_of(candidates, of)
        if found is None:
            return None
        first = {}  # in the order the text names them ("Ethiopia and Eritrea ... their border")
        for ref in self.referents[:end]:
            for k, info in enumerate(self._parts(ref)):
                first.setdefault(_side(info, of), (ref.i, k))
        return sorted((info for _, info in found), key=lambda info: first.get(_side(info, of), (0, 0)))

    def _lead_sides(self, root: Token, acting: set) -> "list[tuple[Referent, Info]] | None":
        """ "Ethiopia's government and Tigrayan forces agreed ... The UN and the US welcomed the
        agreement. Aid agencies urged both sides ...": the two sides are the two the story's lead
        names (those who fought, talked or agreed), not the last two to react to them."""
        if not self.referents:
            return None
        lead = self.referents[0].sent
        if self.resolver.sent_start[root.i] == lead:
            return None
        sentence = self.doc[lead].sent
        # its doers (past a dateline the parser made the subject), not the speaker it cites
        # ("..., the African Union's mediator said"), and whom they acted on
        doers = {s.i for t in sentence if t.dep_ in SUBJECTS and not _speaker(t)
                 for head in past_dateline(t) for s in (head, *head.conjuncts)}
        found: list[tuple[Referent, Info]] = []
        for ref in self.referents:
            if ref.sent != lead or not (ref.i in doers or _main_object(self.doc[ref.i])):
                continue
            for info in self._parts(ref):
                side = _side(info, "any")
                if _party_of(info, "any") and side not in acting and all(_side(f, "any") != side for _, f in found):
                    found.append((ref, info))
        return found if len(found) == 2 else None

    def _acting_on(self, root: Token, of: str) -> set:
        """The sides of whoever acts on the pair in its clause: a mediator who "spoke to both
        sides" is neither of them."""
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            if verb.dep_ in SUBJECTS:
                return set()  # the pair acts
            verb = verb.head
        sides = set()
        # each of coordinated subjects ("China and the United States urged both countries")
        for subject in (s for c in per_doc.children(verb) if c.dep_ in SUBJECTS for s in (c, *c.conjuncts)):
            if subject.i in self.pronouns:
                if (info := self.pronouns[subject.i]) is not None:  # an unresolved "it" is no side
                    sides.add(_side(info, of))
            elif (ref := self._registered(subject.i)) is not None:
                sides.update(_side(info, of) for info in self._parts(ref))
        return sides

    def _pair_of(self, candidates: "list[tuple[Referent, Info]]", of: str) -> "list[tuple[Referent, Info]] | None":
        """The latest two sides among `candidates` (latest first). Within a paragraph, the last
        two named; a side named alone in a later paragraph pairs with an earlier paragraph's
        only when that paragraph names one other side, not two ("India and Pakistan ...
        Russia offered to mediate ... the two countries" is no pair)."""
        text = per_doc.text(self.doc)
        found: list[tuple[Referent, Info]] = []
        paragraph, new = None, []
        for ref, info in [*candidates, (None, None)]:
            at = text.count("\n\n", 0, self.doc[ref.i].idx) if ref is not None else None
            if at != paragraph and new:  # a paragraph read: its sides not found yet
                if found and len(new) > 1:
                    return None
                found += new[:2 - len(found)]
                if len(found) == 2:
                    return found
                new = []
            paragraph = at
            if ref is not None and all(_side(f, of) != _side(info, of) for _, f in found + new):
                new.append((ref, info))
        return None

    def _parts(self, ref: Referent) -> "list[Info]":
        """The parties a referent names: one, or each of a coordination ("India and Pakistan",
        "Israeli and Palestinian negotiators"), in the text's order."""
        from dyad.extract.actor_coordination import split_coordination

        head = self.doc[ref.i]
        if not head.conjuncts and not any(c.dep_ == "amod" and c.conjuncts for c in per_doc.children(head)):
            return [ref.info]
        parts = split_coordination(noun_phrase(head), self.resolver)
        infos = [i for p, h in parts if (i := self.resolver.info(p, head_agent=h)) is not None]
        return infos if len(infos) > 1 else [ref.info]

    def title_holder(self, root: Token, agent: "Agent", country: str | None, org=None) -> "Info | None":
        """The person "the president", "the Russian leader" or "the NATO secretary-general"
        refers to: the latest one named before with that office, else its holder on the date."""
        from dyad.extract import actors

        resolver = self.resolver
        titles = resolver.kb.leader_titles | {"leader"} if agent.title == "leader" else {agent.title}
        body = org.name if org is not None else None
        end = bisect_left(self.positions, root.i)
        # "the foreign minister held talks with his Afghan counterpart": not Afghanistan's minister
        # ("the general met Chinese officials": nor China's)
        others = resolver.counterpart_countries(root) | resolver.met_countries(root) if country is None else frozenset()
        for ref in reversed(self.referents[:end]):
            info = ref.info
            if info.kind == "person" and info.title in titles and (country is None or info.country == country) \
                    and (body is None or info.org == body) and info.country not in others:
                return info
        if resolver.published is None:
            return None  # undated: who held the office then is unknown; the office alone is said
        if body is not None:
            countries = [None]
        elif country is None and any(c.dep_ == "poss" and not actors.is_pronoun(c) for c in per_doc.children(root)):
            return None  # "Quatar's emir": a possessor the knowledge base does not know
        else:
            countries = [country] if country else self._leading_country(others)
        for code in countries:
            holders = [(e, r) for t in titles for e, r in resolver.kb.holders.get(t, ())
                       if r.country == code and (body is None or r.org == body)]
            if resolver.published is not None:
                holders = [(e, r) for e, r in holders if r.holds(resolver.published)]
            if holders:
                entity, _ = max(holders, key=lambda er: er[1].start or er[1].end or resolver.published)
                return resolver.entity_info(entity)
        return None

    def _leading_country(self, others: frozenset) -> list[str]:
        """The country the story names most, if one leads: whose office "the defence minister" is.
        Not the runner-up when the leader's office holder is unknown: a guess ("KHARTOUM
        (Reuters) - ... the defence minister said" is Sudan's, never Britain's)."""
        top = [(c, n) for c, n in self.country_counts.most_common(3) if c not in others][:2]
        return [top[0][0]] if top and (len(top) == 1 or top[0][1] > top[1][1]) else []


# Sectors of a state's own people: its government, army and police are one side of a pair.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Prepositions of where something happens: "met in Cairo" names no party.
SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})


def _scene(head: Token) -> bool:
    return head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPOSITIONS


def _speaker(token: Token) -> bool:
    verb = token.head  # "..., the mediator said": a reporting verb with the reported clause under it
    return token.dep_ in SUBJECTS and verb.lemma_.lower() in cue_words()["report"] and (
        verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in per_doc.children(verb)))


# Verbs whose "it" is a dummy ("it is unclear", "it emerged that", "it remains to be seen").
DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "emerge", "happen", "take", "matter", "follow",
                            "rain", "mean", "look", "become", "make"})


def _singular_body(token: Token, info: "Info") -> bool:
    """A group named in the singular, which "it" can stand for: "the army", "the coast guard" (not "police")."""
    return info.kind == "group" and token.tag_ in ("NN", "NNP") and token.lower_ != "police"


def _acting_it(token: Token) -> bool:
    """ "It urged Manila to ...": "it" opening a sentence as the subject of an act."""
    verb = token.head
    return (token.dep_ == "nsubj" and token.i == token.sent.start and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in DUMMY_IT_VERBS
            and not any(c.dep_ in ("auxpass", "expl") for c in per_doc.children(verb)))


def _main_object(token: Token) -> bool:
    """ "Russia attacked Ukraine", "troops clashed with rebels": the other side of the main verb."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("with", "against") else token.head
    return token.dep_ in ("dobj", "pobj") and verb.dep_ == "ROOT" and verb.pos_ in ("VERB", "AUX")


def _party_of(info: "Info", of: str) -> bool:
    """A party "the two countries" (`of` countries), "the two men" (people) or "both sides"
    (any) may count: one of a country, or a named person or body; never the victims."""
    if of == "countries":
        return info.kind in GROUP_KINDS and info.sector in (None, "GOV") and info.country is not None
    if of == "people":
        return info.kind == "person" and info.country is not None
    return info.sector != "CVL" and info.code is not None  # not "negotiators" of no one named


def _side(info: "Info", of: str):
    """What makes two parties one side: their country, for states and people; for any party, a
    state's bodies are one side and each other body its own ("Sudan's army", "the RSF")."""
    if of != "any" or info.sector in STATE_SECTORS and info.country:
        return info.country
    return (info.country, info.name, info.sector)


LEAD_SENTENCES = 3  # how far after the headline its pronoun's referent may be named
HEADLINE_MAX = 200  # characters: a longer first line is a paragraph, not a headline


def _unknown_bearer(resolver, item) -> bool:
    """A known surname the article gives no reason to read as that person ("Mr. Novak", not
    Katalin Novák): someone else of that name, read like any unknown name."""
    from dyad.extract.actors import WEAK

    return item.agent is None and all(a.how == WEAK for a in item.aliases) and resolver._choose(item) is None


def _lone_name(token: Token) -> bool:
    """A proper name of one word, tagged a person or nothing ("Gedion said")."""
    doc = token.doc
    return token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON") \
        and not (token.i > 0 and doc[token.i - 1].pos_ == "PROPN") \
        and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")


def _apposed_names(resolver, ents: dict) -> dict:
    """Names in apposition with a person's role that the tagger did not call a person ("a
    senior Hamas official, Khalil Zaqout," tagged a place): people, so that their surname
    later is them."""
    from dyad.extract.actors import _apposed_role

    found = {}
    doc = resolver.doc
    appos = doc.vocab.strings["appos"]
    for i in (i for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep == appos):  # no Token per word
        token = doc[i]
        if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" \
                or token.i in resolver.at_token or not token.text[:1].isupper():
            continue
        role = _apposed_role(resolver, token)
        if role is None or resolver.at_token[role.i].agent.kind in ("org", "group", "place") \
                or role.tag_ in ("NNS", "NNPS"):
            continue
        start = token.i
        while start > 0 and resolver.doc[start - 1].pos_ == "PROPN" and resolver.doc[start - 1].head.i == token.i \
                and start - 1 not in resolver.at_token:
            start -= 1
        if start not in ents:
            found[start] = resolver.doc[start:token.i + 1]
    return found


def age_epithet(token: Token) -> bool:
    """The head of "the 68-year-old" standing alone for a person ("the 68-year-old said"); not
    an age before a noun ("the 73-year-old leader", "a 25-year-old man"), nor one with no "the"."""
    if token.lower_ != "old" or token.dep_ in ("amod", "compound", "acomp", "attr", "advmod"):
        return False
    children = per_doc.children(token)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and any(
        c.lower_ in ("year", "years") and any(n.dep_ == "nummod" or n.like_num for n in per_doc.children(c))
        for c in children)


def _controller(token: Token) -> int | None:
    """The object of the verb whose infinitive clause holds `token` ("asked Washington to
    withdraw its troops", "urged the rebels to lay down their arms"): who is to act."""
    for verb in token.ancestors:
        if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            objects = [c.i for c in per_doc.children(verb.head) if c.dep_ in ("dobj", "dative")]
            return objects[0] if objects else None
        if verb.dep_ in ("ccomp", "ROOT", "advcl", "relcl"):
            return None
    return None


def _hyphenated(token: Token) -> str:
    """The whole hyphenated word a token is part of ("Ofori-Atta", "Al-Sisi")."""
    doc = token.doc
    words = per_doc.tokens(doc)
    start, end = token.i, token.i + 1
    while start > 0 and not words[start - 1].whitespace_ and "-" in (words[start - 1].text, words[start].text):
        start -= 1
    while end < len(doc) and not words[end - 1].whitespace_ and "-" in (words[end - 1].text, words[end].text):
        end += 1
    return doc[start:end].text


def _headline_end(text: str) -> int:
    """Where a headline ends: the first line when it is short and has no sentence-final stop
    ("Putin Tells Trump He Won't Give Up Goals In Ukraine, Kremlin Says"); 0 when there is none."""
    end = text.find("\n")
    if end <= 0 or end > HEADLINE_MAX or not text[end:].strip():
        return 0
    line = text[:end].rstrip()
    return 0 if not line or line[-1] in ".;:" else end


SUBORDINATE = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "pcomp", "pobj", "dobj"})


def _opens_clause(doc, head: Token, first: int | None, sent_start: int) -> bool:
    """A name that opens a sentence or a paragraph and is followed by its verb ("Ushakov
    claimed ..."): the subject even when a headline before it confused the parse."""
    first = head.i if first is None else first
    opens = first == sent_start or (first > 0 and "\n" in doc[first - 1].text_with_ws)
    return opens and head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("VERB", "AUX")


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence's main clause (not a reported or subordinate one)."""
    for _ in range(8):
        if verb.dep_ in SUBORDINATE:
            return False
        if verb.head.i == verb.i:
            return True
        verb = verb.head
    return True


def _plural_in_form(token: Token) -> bool:
    """A head that is plural as a word: a plural noun, a member of a list (which the parser may begin
    with an apposition: "Mali, Burkina Faso and Niger"), or "they" itself."""
    if token.tag_ in ("NNS", "NNPS") or token.lower_ in ("they", "them", "their"):
        return True
    linked = [token, *(a for a in per_doc.children(token) if a.dep_ == "appos")]
    linked += [token.head] if token.dep_ == "appos" else []
    return any(t.conjuncts for t in linked)


def _in_subject(token: Token) -> bool:
    return token.dep_ in SUBJECTS or token.dep_ == "poss" and token.head.dep_ in SUBJECTS


def _head(doc, start: int, end: int) -> Token:
    """The token of doc[start:end] whose head lies outside it."""
    heads, words = per_doc.heads(doc), per_doc.tokens(doc)
    for i in range(end - 1, start - 1, -1):
        if not start <= heads[i] < end or heads[i] == i:
            return words[i]
    return words[end - 1]
