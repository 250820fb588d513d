"""Which tokens trigger events, and with which pattern.

Verbs, light verbs ("held talks") and nouns ("sanctions", "a cease-fire") are matched against
the lexicon; a trigger that governs another ("agreed to meet", "halted weapons supplies",
"called on X to send arms") absorbs it, so each trigger yields at most one event."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dyad.extract.event_judgments import VERDICT_DEPS, judgment_of, predicated, verdict_tokens
from dyad.extract.event_lexicon import KEEP, Lexicon, Pattern, Rule, light_verb_lemmas, pick_cameo, rule_matches
from dyad.extract.event_syntax import (ADJUNCT_PREPOSITIONS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, TERMS_NOUNS,
                                      captive_complement, conditions, depth, own_subjects,
                                      has_to_infinitive, infinitive_clause_of, is_passive, misread_clause_subject, misread_doer,
                                      misread_plural_objects, partitive_heads, restated_happening, result_complements, semicolon_between,
                                      subject_of_clause_after)
from dyad.extract import per_doc
from dyad.nlp import STANCE_PARTICIPLES, irregular_verb_forms
from dyad.extract.phrases import past_dateline
from dyad.extract.actors import names_country
from dyad.extract.places import names_a_town
from dyad.extract.status import ordered_own


# A nominal trigger inside one of these phrases of a verb takes the verb's participants
# ("During a phone call, Putin told Trump ..." -> a call between Putin and Trump).
SETTING_PREPOSITIONS = frozenset({"during", "in", "at", "on", "after", "before", "since", "amid", "over"})
# A light verb's event may be the object of these ("took part in talks", "went on strike").
LIGHT_PREPOSITIONS = frozenset({"in", "on", "into"})
# Entity types a verb pattern may name as its object, in capitals ("object: [PERSON]").
NAMED_OBJECTS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# Particles that must be parsed as particles, not prepositions: "gave in" yes, "give ... in Ukraine" no.
ADVERB_PARTICLES = frozenset({"in", "up", "down", "out", "off", "back", "away", "over", "around", "through", "aside"})


@dataclass
class Found:
    """A trigger matched to a pattern, before participants are resolved."""

    trigger: Token
    pattern: Pattern | None
    how: str  # a CONFIDENCE key
    clause: Token  # the verb whose subject, time and status the event takes
    governed: list["Found"] = field(default_factory=list)  # absorbed complements
    context: set[str] = field(default_factory=set)
    light_role: str | None = None  # "host", "recipient": a light verb's subject is the recipient; "witness": no party
    lemma: str = ""
    theme: Token | None = None  # a judgment's: what is judged ("said the offer was unacceptable")


def find_triggers(doc: Doc, lex: Lexicon, antecedent=None) -> list[Found]:
    """The triggers of `doc`; `antecedent` gives the head of the phrase a pronoun stands for."""
    candidates: dict[int, Found] = {}
    known = lex.known_verbs
    judgments: list[Found] = []
    for token in per_doc.tokens(doc):
        pos = token.pos_  # spaCy builds the string on each access: read it once
        if pos in ("ADJ", "NOUN", "PROPN") and token.dep_ in VERDICT_DEPS:
            judgment = judgment_of(token, lex.nouns)
            if judgment is not None:
                judgments.append(Found(token, judgment.pattern, "judgment", judgment.clause,
                                       lemma=token.lemma_.lower(), theme=judgment.theme))
                continue
        if pos == "VERB" and token.dep_ == "amod":
            continue  # "the Moscow-brokered deal", "Russian-backed rebels": a participle describing a noun
        if pos == "VERB" and _describing_stance(token):
            continue  # "Truckers opposed to vaccine mandates blocked the bridge": who they are, not what they did
        if pos == "VERB" and _describing_title(token):
            continue  # "would kill deposed President Bazoum": who he is, not a deposing
        if pos in ("VERB", "AUX") or (pos == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj")):
            lemma = token.lemma_.lower()
            if pos != "ADJ" and lemma not in known:
                lemma = _base_form(token, known) or lemma
            if lemma in lex.verbs or lemma in lex.governor_lemmas or lemma in lex.light_verbs:
                pattern = _verb_pattern(token, lemma, lex, antecedent)
                if pattern is not None and (predicate := predicated(token)) is not None and not (
                        pattern.constraint & {predicate.lemma_.lower(), predicate.lower_}):
                    pattern = None  # "called the strike a success" judges the strike (not "declared him persona non grata")
                candidates[token.i] = Found(token, pattern, "verb", token, lemma=lemma)
        elif pos in ("NOUN", "PROPN"):
            pattern = _noun_pattern(token, lex)
            if pattern is not None and _inside_name(token):
                continue  # "Ban Ki-moon praised", "the Popular Mobilisation Forces": a word of a name
            if pattern is not None and pattern.type == "AGREE" and _named_deal(token):
                continue  # "the Warsaw Pact", "the Oslo Accords": a treaty's or alliance's name, not a deal made
            if pattern is not None and not _is_topic(token, lex):
                candidates[token.i] = Found(token, pattern, "noun", token, lemma=token.lemma_.lower())
    for judgment in judgments:
        # the verdict is the event: not the judging verb ("called it a trick" is no phone call), nor
        # what the verdict calls the deed ("an act of aggression")
        for token in (judgment.clause, *verdict_tokens(judgment.trigger)):
            candidates.pop(token.i, None)
        candidates[judgment.trigger.i] = judgment
    # Governors absorb what they govern, innermost first ("threatened to stop negotiations").
    absorbed: dict[int, Found] = {}
    for item in sorted(candidates.values(), key=lambda f: -depth(f.trigger)):
        if item.trigger.i in candidates:
            _govern(item, candidates, absorbed, lex)
    return sorted((f for f in candidates.values() if f.pattern is not None), key=lambda f: f.trigger.i)


def _describing_stance(token: Token) -> bool:
    """ "Farmers opposed to the water law blocked roads": a stance participle with "to" on a noun
    (nlp.py hangs it there when the parser took it for the verb) is a reduced relative clause."""
    return token.dep_ == "acl" and token.lemma_.lower() in STANCE_PARTICIPLES and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in per_doc.children(token))


def _describing_title(token: Token) -> bool:
    """ "it would kill deposed President Mohamed Bazoum": a participle right after a verb that has no
    object of its own, before a title and name, is what the person is (the parser took it for the verb
    whose object is the name)."""
    if token.tag_ not in ("VBN", "VBD") or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    before, title = token.doc[token.i - 1], token.doc[token.i + 1]
    if before.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != token.i for c in per_doc.children(before)):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in per_doc.children(token)):
        return False
    return title.dep_ == "compound" and title.is_title and title.head.dep_ == "dobj" and title.head.head.i == token.i


def _base_form(token: Token, known: frozenset[str]) -> str | None:
    """The small model's lemmatizer sometimes errs ("staged" -> "stag"): try the usual endings, only
    where the word has one ("deposit" is not "depose")."""
    word = token.lower_
    forms = [word]
    if word.endswith("s"):
        forms += [word[:-1], word[:-2]]  # "rallies" is left to the lemmatizer; "pushes" -> "push"
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2]]  # "staged" -> "stage", "attacked" -> "attack"
    if word.endswith("ing"):
        forms += [word[:-3] + "e", word[:-3]]  # "staging" -> "stage", "attacking" -> "attack"
    # an irregular past the tagger took for a present ("Police retook both buildings": VBP, so the
    # lemmatizer kept "retook"): the lemmatizer's own table of irregular forms names the verb
    forms += irregular_verb_forms().get(word, [])
    return next((form for form in forms if form in known), None)


# Words that make "year", "week" a time an act is set in ("last year", "this week"), not one given.
TIME_ADJUNCT_WORDS = frozenset({"last", "this", "next", "every", "each", "previous", "same", "coming", "past"})


def _object_words(verb: Token) -> set[str]:
    """Lemmas of the verb's objects and their modifiers, and two-word names ("martial law")."""
    # (not a time the act is set in: "gave Hezbollah rockets last year")
    words = {c.lemma_.lower() for c in per_doc.children(verb) if c.dep_ in ("advcl", "npadvmod") and c.pos_ == "NOUN"
             and not any(m.lower_ in TIME_ADJUNCT_WORDS for m in per_doc.children(c) if m.dep_ in ("det", "amod"))}
    words |= {c.lemma_.lower() for c in result_complements(verb)}
    # "hacked and burned to death 200 villagers": a conjunct's "to death" tells how both were done
    words |= {g.lemma_.lower() for v in verb.conjuncts for p in per_doc.children(v) if p.dep_ == "prep" and p.lower_ == "to"
              for g in per_doc.children(p) if g.dep_ == "pobj" and g.lemma_.lower() == "death"}
    # the time a party is given to do something names what it must do ("gave the ambassador 72 hours to leave")
    # (the parser may hang the time on the one given it: "the ambassador 48 hours"), as does the one
    # ordered or told to do it, also when a number stands before it ("ordered thousands of immigrants to leave")
    told = {t.lemma_.lower() for c in per_doc.children(verb) if c.dep_ in ("dobj", "npadvmod", "dative")
            for t in (c, *(a for a in per_doc.children(c) if a.dep_ == "appos"), *partitive_heads(c))
            if t.dep_ != "dative" and t.pos_ == "NOUN"}
    words |= {f"{noun} to {c.lemma_.lower()}" for c in per_doc.children(verb)
              if c.dep_ in ("xcomp", "advcl") and has_to_infinitive(c) for noun in told}
    # ... also when the parser hangs the infinitive on the time ("gave the diplomats seven days to leave")
    words |= {f"{c.lemma_.lower()} to {a.lemma_.lower()}" for c in per_doc.children(verb)
              if c.dep_ in ("dobj", "npadvmod") and c.pos_ == "NOUN"
              for a in per_doc.children(c) if a.dep_ in ("relcl", "acl") and has_to_infinitive(a)}
    # a time limit given as a day is a deadline ("gave the Catalan leader until Monday to answer")
    if _until_day_to_act(verb):
        words.add("deadline")
    # ... or the subject of the infinitive ("allowed the hostages to leave": a clause to the parser)
    words |= {f"{s.lemma_.lower()} to {c.lemma_.lower()}" for c in per_doc.children(verb) if c.dep_ == "ccomp" and infinitive_clause_of(c)
              for s in per_doc.children(c) if s.dep_ == "nsubj" and s.pos_ == "NOUN"}
    for misread in misread_plural_objects(verb):  # "imposed asset freezes": the compound the parser split
        lemma = _noun_lemma(misread)
        words |= {lemma, f"{misread.doc[misread.i - 1].lemma_.lower()} {lemma}"}
        words |= {f"{c.lemma_.lower()} {lemma}" for c in per_doc.children(misread) if c.dep_ in ("compound", "amod")}
    if (complement := captive_complement(verb)) is not None:
        words.add(complement.lemma_.lower())  # "held dozens of lawmakers hostage": the parser's clause of its own
    # what the one barred is kept from doing or from ("barred two lawmakers from entering the country",
    # "barred the opposition leader from the election"): "from enter", "from election"
    words |= {f"from {g.lemma_.lower()}" for c in per_doc.children(verb) if c.dep_ == "prep" and c.lower_ == "from"
              for g in per_doc.children(c) if g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" and g.pos_ == "NOUN"}
    # what the object is declared to be, a noun the parser makes a clause of its own or an apposition
    # ("declared the Brotherhood a terrorist organisation", "declared six groups terrorist organisations")
    named = [c for c in per_doc.children(verb) if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
    # ... or the subject of a clause the parser runs on into the next one ("declared the Brotherhood a
    # terrorist organisation on Wednesday, a day after a car bomb killed 16 people"): the noun right after the object
    named += [s for o in per_doc.children(verb) if o.dep_ == "dobj" for c in per_doc.children(verb) if c.dep_ == "ccomp"
              for s in per_doc.children(c) if s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.left_edge.i == o.right_edge.i + 1]
    # ("declared the party an extremist organisation on Monday, a day after ...": the noun with its own subject)
    named += [s for c in per_doc.children(verb) if c.dep_ == "ccomp" for s in per_doc.children(c)
              if s.dep_ == "nsubj" and s.pos_ == "NOUN" and any(g.dep_ == "nsubj" for g in per_doc.children(s))]
    named += [a for c in per_doc.children(verb) if c.dep_ == "dobj" for a in per_doc.children(c) if a.dep_ == "appos"]
    words |= {f"{m.lemma_.lower()} {n.lemma_.lower()}" for n in named for m in per_doc.children(n) if m.dep_ in ("amod", "compound")}
    # the contest an act is done in ("beat Spain in the final", "beat the incumbent at the polls"): "in final"
    words |= {f"{p.lower_} {g.lemma_.lower()}" for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "at")
              for g in per_doc.children(p) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")}
    done_to = {t.i for c in per_doc.children(verb) if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts)}
    for obj in _objects(verb):
        lemma = obj.lemma_.lower()
        words.add(lemma)
        words.add(obj.lower_)
        if obj.tag_ == "NNPS" and obj.lower_.endswith("s"):
            words.add(obj.lower_[:-1])  # "would send Marines to Haiti": a capitalized plural the lemmatizer keeps whole
        if obj.ent_type_ in NAMED_OBJECTS:
            words.add(obj.ent_type_)  # "received Yasser Arafat", "recognised Croatia": a pattern may ask for a name
        if obj.pos_ == "PROPN" and names_country(obj):
            words.add("GPE")  # "suspended Niger": the small model tags some countries as people or works
        if obj.i in done_to and (obj.ent_type_ in ("GPE", "LOC") or names_a_town(obj)):
            # "captured Jaffna" (not "captured soldiers near Grozny"): the small model often tags a town
            # it does not know as a person
            words.add("PLACE")
        for child in per_doc.children(obj):
            if child.dep_ == "appos":
                words.add(child.lemma_.lower())  # "took Herat, the country's third-largest city": what the name is
            elif child.dep_ in ("compound", "amod", "nmod"):
                words.add(child.lemma_.lower())
                words.add(f"{child.lemma_.lower()} {lemma}")
            elif child.dep_ == "prep" and child.lower_ == "of":
                for grand in per_doc.children(child):
                    if grand.dep_ == "pobj":
                        words.add(grand.lemma_.lower())
                        words.add(f"{lemma} of {grand.lemma_.lower()}")
    return words


def _until_day_to_act(verb: Token) -> bool:
    """The verb gives someone until a day to do something: an "until" phrase naming a time, and an
    infinitive on the verb or on that time ("gave the rebels until Friday to disarm", "until the end
    of the month to lay down their arms")."""
    children = per_doc.children(verb)
    times = [g for c in children if c.dep_ == "prep" and c.lower_ in ("until", "till")
             for g in per_doc.children(c) if g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.like_num)]
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") and has_to_infinitive(c) for c in children if times) or any(
        a.dep_ in ("relcl", "acl") and has_to_infinitive(a) for t in times for a in per_doc.children(t))


# Participles by which a vehicle's subject phrase says what it carries ("a ship carrying food").
CARRYING = frozenset({"carry", "bring", "transport", "load", "ferry"})


def _cargo_words(verb: Token) -> set[str]:
    """The lemmas (and their modifiers') of what the verb's subject carries: the objects of a
    participle of carrying on it ("a Turkish plane carrying medical supplies", "trucks loaded with food")."""
    words = set()
    for subject in (h for s in _subject_tokens(verb) for h in (s, *partitive_heads(s))):  # "a convoy of trucks carrying"
        for participle in per_doc.children(subject):
            if participle.dep_ != "acl" or participle.lemma_.lower() not in CARRYING:
                continue
            cargo = [c for c in per_doc.children(participle) if c.dep_ == "dobj"]
            cargo += [g for p in per_doc.children(participle) if p.dep_ == "prep" and p.lower_ == "with"
                      for g in per_doc.children(p) if g.dep_ == "pobj"]
            # "2,000 tonnes of flour", "crates of medicine": what a measure is of is the cargo too
            cargo += [g for c in cargo for p in per_doc.children(c) if p.dep_ == "prep" and p.lower_ == "of"
                      for g in per_doc.children(p) if g.dep_ == "pobj"]
            for thing in (t for c in cargo for t in (c, *c.conjuncts)):
                words.add(thing.lemma_.lower())
                words.update(m.lemma_.lower() for m in per_doc.children(thing) if m.dep_ in ("compound", "amod"))
    return words


def _purposes(children, participles: bool = False) -> set[str]:
    """Lemmas of the verb's purpose infinitives ("gathered to mourn", "took to the streets to celebrate"),
    and with `participles` of the participles that tell what its subject did meanwhile ("gathered
    outside the ministry, chanting slogans") and of the verbs joined to it that share its subject
    ("gathered outside parliament and chanted slogans", "gave the rebels 48 hours to disarm and warned that")."""
    return {c.lemma_.lower() for c in children if c.dep_ in ("xcomp", "advcl") and (
        has_to_infinitive(c) or participles and c.tag_ == "VBG") or participles and c.dep_ == "conj" and c.pos_ == "VERB"
        and not any(s.dep_ in SUBJECT_DEPS for s in per_doc.children(c))}


def _noun_lemma(word: Token) -> str:
    """A noun's lemma, also for a plural the parser read as a verb ("freezes" -> "freeze")."""
    return word.lemma_.lower() if word.pos_ == "NOUN" else word.lower_.removesuffix("s")


def _verb_pattern(verb: Token, lemma: str, lex: Lexicon, antecedent=None) -> Pattern | None:
    candidates = lex.verbs.get(lemma)
    if not candidates:
        return None
    children = per_doc.children(verb)  # read four times below
    # the object words are only worth collecting when a pattern of this verb asks about them
    objects = _object_words(verb) if any(p.constraint or p.exclude or p.exclude_direct for p in candidates) else frozenset()
    # the small parser often labels a particle an adverb ("stepped down", "pulled out"): one after the verb counts
    particles = {c.lower_ for c in children if c.dep_ in ("prt", "npadvmod", "compound") or (
        c.dep_ in ("prep", "agent", "dative") and (c.lower_ not in ADVERB_PARTICLES or _bare(c))
        and not _of_time(c)) or (
        c.dep_ == "advmod" and c.i > verb.i and c.lower_ in ADVERB_PARTICLES)}
    # "called for Britain to impose sanctions": the parser makes "for" the mark of the infinitive clause
    particles |= {m.lower_ for c in children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i
                  for m in per_doc.children(c) if m.dep_ == "mark" and m.lower_ == "for" and has_to_infinitive(c)}
    subjects = set()
    for subject in (p for s in _subject_tokens(verb) for p in past_dateline(s)):
        if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subject = verb.head  # "the car bomb that ripped through the market": what "that" stands for
        elif subject.pos_ == "PRON" and antecedent is not None:
            # "Russian forces shelled the town ... 'They hit the school yesterday'": what "they" stands for
            subject = antecedent(subject) or subject
        for head in (subject, *partitive_heads(subject)):
            subjects.add(head.lemma_.lower())
            if head.pos_ == "PROPN" and head.lower_.endswith("s"):
                # "KAMPALA (AP) - Bombs tore through ...": a capitalized first word the tagger took for a name
                subjects.add(head.lower_[:-1])
            # "U.S. Secretary of State Madeleine Albright": the title may hang as a compound or an nmod
            subjects.update(c.lemma_.lower() for c in per_doc.children(head) if c.dep_ in ("compound", "amod", "nmod"))
    # what the verb is done to directly outranks what a phrase of place names ("opened fire on
    # protesters at the toll gate", "seized the president at a barracks")
    direct = _direct_object_words(verb) if objects else frozenset()
    misread = misread_particle(verb)
    best, best_rank = None, -1
    adjective = verb.pos_ == "ADJ"
    for pattern in candidates:
        if adjective and not pattern.adjective:
            continue  # "It's fine", "the border is open": an adjective is a verb's event only where the lexicon says so
        if pattern.particle and pattern.particle not in particles and not _takes_misread_particle(pattern, misread):
            continue
        if pattern.constraint and not (pattern.constraint & objects):
            continue
        if pattern.subject and not (pattern.subject & subjects):
            continue
        if pattern.cargo and not (pattern.cargo & _cargo_words(verb)):
            continue  # "a plane carrying medical supplies landed": a delivery; a plane landing, no event
        if pattern.exclude & (objects | particles | _agent_words(verb)):
            continue  # "slammed into a compound" is no criticism: an exclusion may name a preposition
        if pattern.exclude_direct & direct:
            continue  # "walked off the job, threatening output": what is endangered, not someone threatened
        if pattern.modal and not _modal_complement(verb, pattern.modal):
            continue
        if pattern.not_to and pattern.not_to & _purposes(children):
            continue  # "took to the streets to celebrate": a crowd's purpose says it is no protest
        if pattern.purpose and not pattern.purpose & _purposes(children, participles=True):
            continue  # "hundreds gathered outside parliament": a crowd, a protest only by its purpose
        if pattern.infinitive and not (any(c.dep_ == "dobj" for c in children) and any(
                c.dep_ == "xcomp" and has_to_infinitive(c) for c in children)):
            continue
        if pattern.infinitive and any(ordered_own(c) for c in children):
            continue  # "ordered its troops to withdraw": the deed, done by the order, no demand of anyone
        if pattern.intransitive and any(c.dep_ in ("dobj", "ccomp") for c in children):
            continue  # "the report demonstrates the peril", "rallied world leaders": no protest
        if pattern.clause and not _has_clause(children, pattern.clause):
            continue  # "asked Ankara to extradite him" is a request; "asked Trump whether he would" a question
        rank = (4 * bool(pattern.constraint or pattern.subject or pattern.cargo or pattern.modal or pattern.infinitive or pattern.purpose)
                + 2 * bool(pattern.constraint & direct) + bool(pattern.particle))
        if rank > best_rank:
            best, best_rank = pattern, rank
    return best


def misread_particle(verb: Token) -> Token | None:
    """ "voted down the bill", "handed in their weapons": the small parser may read the particle right
    after a verb with no object as a preposition that takes the verb's object; returns that word."""
    children = per_doc.children(verb)
    if any(c.dep_ == "dobj" for c in children):
        return None
    return next((c for c in children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in ADVERB_PARTICLES
                 and any(g.dep_ == "pobj" for g in per_doc.children(c))), None)


def _takes_misread_particle(pattern: Pattern, particle: Token | None) -> bool:
    """A phrasal verb's pattern whose particle the parser read as a preposition: one that says what
    the verb is done to, by an object list or its direct object ("handed in their weapons", "voted down
    the bill"; not "walked out the door"), and not one that takes the word as a preposition of its own
    ("break through", recipient "through")."""
    return particle is not None and pattern.particle == particle.lower_ and pattern.particle not in pattern.recipient \
        and bool(pattern.constraint or {"dobj", "theme"} & set(pattern.recipient))


def _has_clause(children, kinds: frozenset[str]) -> bool:
    """The verb has a complement of one of `kinds`: "to" (an infinitive: "asked Kyiv to withdraw"),
    "that" ("asked that the troops leave"), "for" ("asked Berlin for tanks"); not a question
    ("asked whether", "asked about")."""
    for child in children:
        if "to" in kinds and child.dep_ in ("xcomp", "ccomp", "advcl") and has_to_infinitive(child):
            return True
        if "to" in kinds and child.dep_ == "dobj" and any(
                c.dep_ in ("acl", "relcl") and has_to_infinitive(c) for c in per_doc.children(child)):
            return True  # "asked the court to rule": the parser may hang the infinitive on the one asked
        if "for" in kinds and child.dep_ in ("dobj", "dative", "prep") and any(c.dep_ == "prep" and c.lower_ == "for" for c in per_doc.children(child)):
            return True  # "asked the Security Council for a meeting": the parser may hang "for" on the one asked
        if "for" in kinds and child.dep_ == "prep" and child.lower_ == "for":
            return True  # "called on the donors for more aid"
        if "that" in kinds and child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in per_doc.children(child)):
            return True
        if "condition" in kinds and child.dep_ == "ccomp" and _foretold_on_condition(child):
            return True
    return False


# Auxiliaries of a clause that foretells what will happen ("would stop", "will close", "could strike").
FORETELLING_AUXILIARIES = frozenset({"will", "would", "could", "might", "shall", "'ll"})


def _foretold_on_condition(clause: Token) -> bool:
    """ "warned that Cuba would stop guarding its coast unless Washington changed its policy", "that
    not a drop of oil would pass if the West imposed sanctions": what is foretold hangs on what
    someone named does (an "unless" or "if" clause with a subject of its own; not "if attacked")."""
    if not any(a.dep_ == "aux" and a.lower_ in FORETELLING_AUXILIARIES for a in per_doc.children(clause)):
        return False
    return any(own_subjects(sub) for sub, _ in conditions(clause))


def _agent_words(verb: Token) -> set[str]:
    """The lemmas of a passive's doers ("troops backed by tanks"): an exclusion rules them out too."""
    return {t.lemma_.lower() for c in per_doc.children(verb) if c.dep_ == "agent"  # "backed by hundreds of tanks": the tanks
            for g in per_doc.children(c) if g.dep_ == "pobj" for t in (g, *g.conjuncts, *partitive_heads(g))}


def _subject_tokens(verb: Token) -> list[Token]:
    """The verb's subjects; a participle with none of its own ("launched air strikes on Houthi
    positions, hitting the airport", "fired missiles at the base, hitting a hangar") is told of its
    clause's subject and of the weapon that clause sends."""
    own = [c for c in per_doc.children(verb) if c.dep_ in SUBJECT_DEPS]
    if not own and (doer := misread_doer(verb)) is not None:
        return [doer]  # "rockets loaded with a nerve agent hit the district": the rockets
    if not own and (doer := misread_clause_subject(verb)) is not None:
        return [doer]  # "a day after militants attacked": the object the parser gave "after"
    if not own and verb.dep_ == "xcomp":
        # "a convoy was able to deliver food", "the army tried to retake the town": the one able or trying
        # (not the one asked: "asked Kyiv to withdraw")
        head = verb.head.head if verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" else verb.head
        if not any(c.dep_ in ("dobj", "dative") for c in per_doc.children(head)):
            return [c for c in per_doc.children(head) if c.dep_ in SUBJECT_DEPS]
    if not own and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and not any(
            c.dep_ in PASSIVE_SUBJECT_DEPS for c in per_doc.children(verb)):
        # "soldiers knocked at the door and took away a young man": a verb joined to another with no
        # subject of its own shares that verb's (not "..., and the hostages were freed": a passive's own)
        return _subject_tokens(verb.head)
    if own or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return own
    clause = verb.head
    return [c for c in per_doc.children(clause) if c.dep_ in (*SUBJECT_DEPS, "dobj")]


def _direct_object_words(verb: Token) -> set[str]:
    """Lemmas of the verb's direct objects (a passive subject in a passive clause), their entity
    types and the two-word names their modifiers make ("martial law")."""
    words = set()
    for obj in (t for c in per_doc.children(verb) if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts)):
        lemma = obj.lemma_.lower()
        words |= {lemma, obj.lower_, obj.ent_type_}
        words |= {f"{c.lemma_.lower()} {lemma}" for c in per_doc.children(obj) if c.dep_ in ("compound", "amod", "nmod")}
    if (complement := captive_complement(verb)) is not None:
        words.add(complement.lemma_.lower())
    return words


def _of_time(preposition: Token) -> bool:
    """ "fired his deputy on Nov. 6", "called on Monday for talks": a preposition that only says
    when is no particle of the verb ("fire on", "call on")."""
    objects = [c for c in per_doc.children(preposition) if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _bare(preposition: Token) -> bool:
    """A preposition without an object of its own is a particle: "pulled out of Somalia"."""
    return not any(c.dep_ in ("pobj", "pcomp") for c in per_doc.children(preposition))


def _modal_complement(verb: Token, modals: frozenset[str]) -> bool:
    """ "said that Sudan must return the helicopter": a reported obligation is a demand; "warned
    Israel would pay a heavy price": a foretold harm ("verb object", "verb adverb" or "verb preposition
    noun") is a threat;
    so is one the subject vows itself ("vowed to respond firmly": an infinitive, whose doer is the subject's),
    and a deed said not to go unpunished ("said the attack would not go unpunished")."""
    for clause in (c for c in per_doc.children(verb) if c.dep_ in ("ccomp", "xcomp")):
        told_of = clause.dep_ == "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in per_doc.children(clause)) or (
            "subjunctive" in modals and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in per_doc.children(clause)))  # "that he be tried"
        if told_of and _modal_words(clause) & modals:
            return True
        # "warned that strikers would be sacked and could face arrest": a verb joined to the clause's, whose
        # subject it shares, is foretold too
        joined = [c for c in clause.conjuncts if c.i > clause.i and c.pos_ == "VERB"]
        if (told_of or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in per_doc.children(clause))) and any(
                _modal_words(part) & modals for part in joined):
            return True
    return False


def _modal_words(clause: Token) -> set[str]:
    """The words of `clause` a `modal` pattern names: its auxiliaries, "verb to" of an infinitive, "verb
    object", "verb adverb", "verb preposition noun" and "not verb adjective"."""
    words = {a.lower_ for a in per_doc.children(clause) if a.dep_ in ("aux", "auxpass")}
    words |= {f"{a.lemma_.lower()} to" for a in per_doc.children(clause) if a.dep_ == "xcomp"}
    words |= {f"{clause.lemma_.lower()} {a.lemma_.lower()}" for a in per_doc.children(clause) if a.dep_ in ("dobj", "advmod")}
    # "warned it would respond with force / in kind": the answer told by its manner ("verb preposition
    # noun"), also where the parser hangs it on what is answered ("respond to any attack with force")
    words |= {f"{clause.lemma_.lower()} {p.lower_} {o.lemma_.lower()}" for c in per_doc.children(clause) if c.dep_ == "prep"
              for p in c.subtree if p.dep_ == "prep" for o in per_doc.children(p) if o.dep_ == "pobj"}
    if any(a.dep_ == "neg" for a in per_doc.children(clause)):  # "will not go unpunished": a punishment foretold
        words |= {f"not {clause.lemma_.lower()} {a.lower_}" for a in per_doc.children(clause) if a.dep_ == "acomp"}
    if _subjunctive(clause):
        words.add("subjunctive")
    return words


def _subjunctive(clause: Token) -> bool:
    """A "that" clause in the bare form, which asks rather than tells: "insisted that Iran halt
    enrichment", "that he be tried" (not "insisted the country could cope", "that it was innocent")."""
    auxiliaries = [a for a in per_doc.children(clause) if a.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(a.tag_ == "VB" and a.lower_ == "be" for a in auxiliaries)
    if clause.tag_ == "VB":
        return True
    # the parser tags a bare verb after its subject as a present one: "insisted that Venezuela stop" (a
    # singular subject with no -s), "insisted that the rebels free them" (a present under a past report)
    return clause.tag_ == "VBP" and clause.lemma_ != "be" and (clause.head.tag_ == "VBD" or any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in per_doc.children(clause)))


def _noun_modifiers(noun: Token) -> set[str]:
    modifiers = {c.lemma_.lower() for c in per_doc.children(noun) if c.dep_ in ("compound", "amod", "nmod", "nummod")}
    # "a joint counter-terrorism exercise": the parser may hang a modifier on the compound before the noun
    modifiers |= {g.lemma_.lower() for c in per_doc.children(noun) if c.dep_ == "compound" for g in per_doc.children(c) if g.dep_ == "amod"}
    modifiers |= {c.lower_ for c in per_doc.children(noun) if c.dep_ in ("compound", "amod", "nmod")}
    # what it is of or against: "a shipment of arms", "the fight against corruption"
    objects = [g for p in per_doc.children(noun) if p.dep_ == "prep" and p.lower_ in ("of", "against")
               for g in per_doc.children(p) if g.dep_ == "pobj"]
    modifiers |= {g.lemma_.lower() for g in objects}
    # "the release of opposition leader Ana Ruiz": a name is of its kind (PERSON), and its title says who
    modifiers |= {g.ent_type_ for g in objects if g.ent_type_ in NAMED_OBJECTS}
    modifiers |= {c.lemma_.lower() for g in objects if g.pos_ == "PROPN" for c in per_doc.children(g) if c.dep_ == "compound"}
    # "the Malabar exercise", "the Vostok drills": a name before the noun (a pattern may ask for one;
    # not a person's, whose "exercise in spin" is no drill)
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.ent_type_ != "PERSON" for c in per_doc.children(noun)):
        modifiers.add("NAMED")
    # the prepositions it takes ("a call on Iran to return"); not those of a day ("a call on Monday")
    modifiers |= {p.lower_ for p in per_doc.children(noun) if p.dep_ == "prep" and not _of_time(p)}
    # "calls for Iran to cooperate": the parser makes "for" the mark of the infinitive clause
    modifiers |= {m.lower_ for c in per_doc.children(noun) if c.dep_ in ("acl", "advcl", "relcl") and has_to_infinitive(c)
                  for m in per_doc.children(c) if m.dep_ == "mark"}
    if noun.dep_ in ("compound", "nmod"):
        modifiers.add(noun.head.lemma_.lower())  # "weapons deliveries": the head qualifies too
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of":
        modifiers.add(noun.head.head.lemma_.lower())  # "a state of emergency"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "under":
        modifiers.add("under")  # "came under fire"
    if noun.dep_ == "poss":
        modifiers.add(noun.lemma_.lower())
    return modifiers


def noun_types(noun: Token, lex: Lexicon) -> set[str]:
    """The event types `noun` can name where it stands: those of its patterns whose modifiers it
    has and whose exclusions it lacks ("lodged a formal protest": ACCUSE; "the protests": PROTEST)."""
    candidates = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_) or ()
    modifiers = _noun_modifiers(noun) if any(p.constraint or p.exclude for p in candidates) else set()
    return {p.type for p in candidates
            if not (p.constraint and not p.constraint & modifiers) and not p.exclude & modifiers}


def _noun_pattern(noun: Token, lex: Lexicon) -> Pattern | None:
    candidates = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
    if not candidates:
        return None
    modifiers = _noun_modifiers(noun)
    best = None
    for pattern in candidates:
        if pattern.constraint and not (pattern.constraint & modifiers):
            continue
        if pattern.exclude & modifiers:
            continue
        if best is None or (pattern.constraint and not best.constraint):
            best = pattern
    return best


NAME_ENTITIES = frozenset({"PERSON", "ORG", "FAC"})


def _inside_name(noun: Token) -> bool:
    """ "Ban Ki-moon", "the Rapid Support Forces": a capitalised word before the word heading a
    person's or a body's name is part of the name, no event."""
    head = noun.head
    return noun.pos_ == "PROPN" and noun.dep_ == "compound" and noun.ent_type_ in NAME_ENTITIES and head.i > noun.i \
        and all(t.ent_iob_ == "I" and t.ent_type_ == noun.ent_type_ for t in noun.doc[noun.i + 1:head.i + 1])


def _named_deal(noun: Token) -> bool:
    """ "the Warsaw Pact", "the Camp David Accords": a capitalised deal noun in a name with a proper
    noun before it names a treaty or alliance made long ago, which the sentence only refers to."""
    return noun.pos_ == "PROPN" and bool(noun.ent_type_) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i for c in per_doc.children(noun))


def _is_topic(noun: Token, lex: Lexicon) -> bool:
    """ "the issue of US aid", "the prospect of talks": a noun named as a topic is no event; nor is
    one that only describes who or what it modifies ("riot police", "attack helicopters")."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in lex.described_nouns:
        return True
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holder = noun.head.head
        return holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() in lex.topic_nouns
    return False


# Verbs of defying a ban or order: what their subject did to defy it may hang on the ban.
DEFIANCE_VERBS = frozenset({"defy", "flout"})


def _complements(item: Found, candidates: dict[int, Found], absorbed: dict[int, Found], lex: Lexicon) -> list[Found]:
    """The triggers `item` governs: its infinitive or "that" clause, its object, the object of
    its particle or preposition, and what those coordinate; through a light verb's object."""
    token = item.trigger
    heads = []
    children = list(per_doc.children(token))
    if item.how == "light" and item.clause.i != token.i:
        # "reiterated its demand that Israel ease restrictions": the clause belongs to the noun
        children += [c for c in per_doc.children(item.clause) if c.dep_ in ("ccomp", "xcomp")]
    for child in children:
        if child.dep_ == "ccomp" and item.lemma in lex.denial_verbs:
            continue  # "denied that it was arming the rebels": what is denied is reported, not withheld
        if child.dep_ == "ccomp" and semicolon_between(child, token):
            continue  # "Trump threatened new tariffs; the economy may have encouraged him": a sentence of its own
        if subject_of_clause_after(child, token):
            continue  # "warned ethnic violence is spiralling out of control": what is said of it, no act warned of
        if child.dep_ == "dobj" and item.pattern is not None and restated_happening(child) is not None:
            continue  # "struck Hamas leaders in Doha, the first Israeli attack on Qatar": the deed told again, no object
        if child.dep_ in ("xcomp", "ccomp", "dobj", "nsubjpass", "attr", "oprd"):
            heads.append(child)
        elif child.dep_ in ("prep", "prt", "agent") and (child.lower_ not in SETTING_PREPOSITIONS | {"with", "by"} or (
                item.pattern is not None and item.pattern.particle == child.lower_)):
            # the verb's own preposition is no setting: "agreed on a ceasefire" is what they agreed
            heads += [g for g in per_doc.children(child) if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in ("acl", "advcl") and (has_to_infinitive(child) or (
                child.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in per_doc.children(child)))):
            heads.append(child)  # "a threat to impose sanctions", "sworn to fight", "demand that X ease"
    if item.lemma in DEFIANCE_VERBS:
        # "defied a police ban to rally in Bangkok": the act done in defiance (which the parser may hang
        # on the ban), before the ban, is what the defiance is
        heads += [a for c in children if c.dep_ == "dobj" for a in per_doc.children(c)
                  if a.dep_ in ("acl", "relcl") and has_to_infinitive(a)]
        heads.sort(key=lambda h: not (h.pos_ == "VERB" and has_to_infinitive(h)))
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        heads.append(token.head)  # "the cease-fire, accepted by Ukraine"
    if item.pattern is not None and item.pattern.type == "PROTEST":
        # "demonstrated ... calling for independence", "rioted, setting fire": the protest's own acts,
        # and what the protesters went on to demand ("rioted ... and demanded that Suharto step down");
        # a clause with a subject of its own is someone else's act ("gathered before police fired tear gas")
        own = [c for c in children if c.dep_ in ("advcl", "conj")]
        if item.how == "light":
            own += [c for c in per_doc.children(item.clause) if c.dep_ == "advcl"]
        heads += [c for c in own if (c.dep_ == "advcl" or c.pos_ == "VERB") and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in per_doc.children(c))]
    # (not where the governor's pattern names the noun as what it is done to: "withdrew the extradition
    # bill" withdraws a bill, which the extradition only describes)
    named = item.pattern.constraint if item.pattern is not None else frozenset()
    heads += [c for h in list(heads) if h.i not in candidates and (h.pos_ in ("NOUN", "PROPN") or h.ent_type_ == "MONEY")
              for c in (*(c for c in per_doc.children(h) if c.dep_ == "compound" and h.lemma_.lower() not in named),
                        *partitive_heads(h),
                        *(g for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ in ("for", "of")
                          for g in per_doc.children(p) if g.dep_ == "pobj"))]
    # "ended mediation efforts", "agreed to a new round of talks", "ended the state of emergency"
    found = []
    for head in heads:
        for member in (head, *head.conjuncts):
            if member is not head and member.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in per_doc.children(member)) and head.dep_ in ("advcl", "conj"):
                continue  # "... and began their march but police confronted them": another's act
            if member.is_ancestor(token):
                continue  # "torched vehicles, blocked roads and fought soldiers": the deed before the governor is no act of it
            target = candidates.get(member.i) or absorbed.get(member.i)
            if target is not None and target.pattern is None and target.lemma in light_verb_lemmas():
                # "agreed to hold talks": through the light verb to its object
                # ("prepared to resume shelling": through an aspectual verb to its gerund)
                target = next((candidates.get(o.i) or absorbed.get(o.i) for o in per_doc.children(member)
                               if o.dep_ in ("dobj", "xcomp") and (o.i in candidates or o.i in absorbed)), None)
            if target is not None and target is not item and target.pattern is not None and target not in item.governed:
                found.append(target)
    return found


# Verbs of making someone act: told in the passive with no one named doing it ("was forced to
# resign"), the act is its subject's own.
PRESSURE_VERBS = frozenset({"force", "compel", "oblige", "pressure", "pressurise", "pressurize", "coerce"})


def _sent_somewhere(verb: Token) -> bool:
    """The verb moves its object to a place: "ordered troops [to the capital]", "[into Kashmir]"."""
    return any(c.dep_ == "dobj" for c in per_doc.children(verb)) and any(
        p.dep_ == "prep" and p.lower_ in ("to", "into", "toward", "towards") and any(o.dep_ == "pobj" for o in per_doc.children(p))
        for p in per_doc.children(verb))


def _govern(item: Found, candidates: dict[int, Found], absorbed: dict[int, Found], lex: Lexicon) -> None:
    """One event from a governor and what it governs. In order: a rule that merges them
    ("agreed to meet"); the governor's own pattern naming its object ("imposed sanctions");
    a light verb handing the event to its object ("held talks"); else both stand."""
    token = item.trigger
    lemma = item.lemma
    if lemma in PRESSURE_VERBS and is_passive(token) and not any(c.dep_ == "agent" for c in per_doc.children(token)):
        return  # "Russia will be forced to make a military response": Russia's own act, under pressure from no one named
    complements = _complements(item, candidates, absorbed, lex)
    if lemma == "order" and _sent_somewhere(token):
        # "ordered 2,000 troops to Los Angeles to quell protests": an order that moves forces somewhere is
        # their deployment; the infinitive is its purpose, not what was ordered
        complements = [c for c in complements if c.trigger.dep_ != "xcomp"]
    # who or what the governor is done to ("ordered the army to ..."), not what an object is of
    # ("ordered the deployment of troops" orders a deployment, not the troops)
    objects = {o.lemma_.lower() for o in _objects(token)} if complements and token.pos_ in ("VERB", "AUX") else set()
    for complement in complements:
        rule = _rule_for(lemma, item.pattern, complement.pattern, lex, objects, _refrained(complement.trigger),
                         complement.trigger.pos_ in ("NOUN", "PROPN"))
        if rule is not None and rule.undated_object and (
                complement.trigger.i == token.head.i or _names_own_day(complement.trigger)):
            # "claimed Monday's bombing": a deed its own words date is a happening of its own; "an
            # attack claimed by IS killed 30": the deed the participle describes stands
            continue
        if rule is not None and rule.absorb:
            _apply(item, complement, rule, candidates, absorbed)
            return
    # a verb that names a deed of its own is not handed to a noun that tells it again ("struck Hamas
    # leaders in Doha, the first attack on Qatar"); one that names none is ("will send helmets, an offer ...")
    objects = [c for c in per_doc.children(token) if c.dep_ in ("dobj", "nsubjpass")
               and (item.pattern is None or restated_happening(c) is None)]
    objects += [g for o in list(objects) for g in partitive_heads(o)]  # "hosted a new round of talks"
    prepositional = [g for c in per_doc.children(token) if c.dep_ in ("prt", "prep") for g in per_doc.children(c) if g.dep_ == "pobj"]
    # (not what an "at" phrase names: "sent troops at Sogavare's request" is the requester's own act)
    nouns = [candidates[o.i] for o in objects + prepositional if o.i in candidates and candidates[o.i].how == "noun"
             and o.head.lower_ != "at"]
    if nouns and item.pattern is not None and item.pattern.constraint:
        for noun in nouns:  # the verb's pattern named the noun: one event, the verb's
            absorbed[noun.trigger.i] = candidates.pop(noun.trigger.i)
            item.governed.append(noun)
        return
    # A light verb hands the event to its object, or to the object of "in"/"on" ("went on strike").
    nouns = [candidates[o.i] for o in objects if o.i in candidates and candidates[o.i].how == "noun"]
    if not nouns:  # "went on strike"; not "opened talks ... on food aid", where the talks are the event
        # (a verb may name its own: "agreed on a deal", but "agreed in talks" tells where they agreed)
        through = lex.light_verbs.get(lemma, {}).get("prepositions") or LIGHT_PREPOSITIONS
        nouns += [candidates[o.i] for o in prepositional if o.i in candidates and candidates[o.i].how == "noun"
                  and o.head.lower_ in through]
    # "called the agreement a positive step": a verb that predicates something of its object is judging
    # the event, not carrying it
    predicating = any(c.dep_ == "oprd" for c in per_doc.children(token))
    if nouns and lemma in lex.light_verbs and not lex.light_verbs[lemma].get("via") and not predicating:
        for noun in nouns:
            noun.how, noun.clause = "light", token
            noun.light_role = lex.light_verbs[lemma].get("subject")
            # what the verb's clause governs is now the noun's ("began a strike to press the government")
            _govern(noun, candidates, absorbed, lex)
        item.pattern = None  # the verb only carries the noun's event


def _refrained(complement: Token) -> bool:
    """ "(pledged) not to attack": a negated infinitive, what the governor's subject will not do."""
    children = per_doc.children(complement)
    return complement.dep_ == "xcomp" and any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children)


def _names_own_day(noun: Token) -> bool:
    """ "Monday's bombing", "the Feb. 14 attack": the noun's own words before it name a day."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        t.ent_type_ in ("DATE", "TIME") for left in noun.lefts for t in left.subtree)


def _rule_for(lemma: str, governor: Pattern | None, complement: Pattern, lex: Lexicon,
              objects: set[str] = frozenset(), refrained: bool = False, noun: bool = False) -> Rule | None:
    keys = [lemma] + ([governor.type] if governor is not None else [])
    for key in keys:
        for rule in lex.rules:
            if (rule.refrained and not refrained) or (rule.complement_noun and not noun):
                continue
            if key in rule.governors and rule_matches(rule, complement) and (
                    not rule.governor_object or rule.governor_object & objects):
                return rule
    return None


def _apply(item: Found, complement: Found, rule: Rule, candidates: dict[int, Found],
           absorbed: dict[int, Found]) -> None:
    base = item.pattern or complement.pattern
    type_ = complement.pattern.type if rule.type == "=" else (rule.type or base.type)
    mode = complement.pattern.mode if rule.mode is KEEP and type_ == complement.pattern.type else (
        base.mode if rule.mode is KEEP and type_ == base.type else (None if rule.mode is KEEP else rule.mode))
    cameo = pick_cameo(rule.cameo, item.pattern.cameo if item.pattern else None) or (
        complement.pattern.cameo if rule.type == "=" else base.cameo)
    # "Hamas suspended talks with Israel": the talks were mutual, their suspension is the subject's act
    recoded = base is complement.pattern and type_ != complement.pattern.type
    item.pattern = dataclasses.replace(
        base, type=type_, mode=mode, cameo=cameo,
        context=tuple(dict.fromkeys((*base.context, *complement.pattern.context))),
        constraint=frozenset(), requires=None,  # "warned that it would retaliate" needs no recipient
        symmetric=base.symmetric and not recoded, inverse=base.inverse and not recoded,
    )
    item.governed.append(complement)
    for member in (complement.trigger, *complement.trigger.conjuncts):
        if member.i == item.trigger.i or member.is_ancestor(item.trigger):
            # "rioted ... and demanded": the governor is a conjunct of what it absorbs; "torched
            # vehicles, blocked roads and fought soldiers": nor does it absorb the deed it hangs on
            continue
        taken = candidates.pop(member.i, None)
        if taken is not None:
            absorbed[member.i] = taken
            if taken is not complement:
                item.governed.append(taken)


def _objects(verb: Token) -> list[Token]:
    """The verb's objects: direct objects (a passive subject in a passive clause), the object of
    a particle or preposition ("called on the US"), an infinitive's object."""
    children = per_doc.children(verb)
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    objects += [g for c in per_doc.children(verb) if c.dep_ in ("prt", "prep") and c.lower_ not in ADJUNCT_PREPOSITIONS
                for g in per_doc.children(c) if g.dep_ == "pobj" and not (c.lower_ == "under" and g.lemma_.lower() in TERMS_NOUNS)
                and not (c.lower_ == "in" and g.lemma_.lower() in ("exchange", "return"))]  # "in exchange for": the price, not the object
    # "pulled out of the elections", "handed him over to U.S. authorities": the parser hangs "of" or
    # "to" on a particle it reads as a preposition
    objects += [g for c in per_doc.children(verb) if c.dep_ in ("prt", "prep") and _bare(c) for p in per_doc.children(c)
                if p.dep_ == "prep" and p.lower_ in ("of", "to") for g in per_doc.children(p) if g.dep_ == "pobj"]
    if any(c.dep_ == "prt" for c in children):
        # "handed over Rajkhowa, the chairman of the front, to Indian authorities": the parser may hang
        # the particle verb's "to" on the object, after an apposition
        objects += [g for c in children if c.dep_ == "dobj" for p in per_doc.children(c) if p.dep_ == "prep"
                    and p.lower_ == "to" for g in per_doc.children(p) if g.dep_ == "pobj"]
    if not any(c.dep_ == "dobj" for c in children):
        # an infinitive's object, unless the verb has its own: "used a rare appearance to request a
        # peacekeeping force" used no force
        objects += [g for c in per_doc.children(verb) if c.dep_ == "xcomp" for g in per_doc.children(c) if g.dep_ == "dobj"]
    # "allowed U.N. relief flights to land": the parser may make the one let or told the subject of the infinitive
    objects += [g for c in per_doc.children(verb) if c.dep_ == "ccomp" and infinitive_clause_of(c) for g in per_doc.children(c) if g.dep_ == "nsubj"]
    objects += [c for c in per_doc.children(verb) if c.dep_ == "prt"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)
    elif verb.dep_ == "relcl" and _object_relative(verb, children):
        objects.append(verb.head)  # "the sanctions (that) the EU has imposed on Moscow": the noun described
    elif verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "dobj" for c in children):
        # "diplomats were declared persona non grata and expelled": the second verb's object is the first's
        objects += [c for c in per_doc.children(verb.head) if c.dep_ == "nsubjpass"]
    return [t for o in objects for t in (o, *o.conjuncts)]


def _object_relative(verb: Token, children) -> bool:
    """A relative clause whose noun is what its verb is done to: its subject is a name or noun and its
    object is "that"/"which" or missing ("the sanctions the EU imposed"), not "the rebels who fled"."""
    if any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in children):
        return True
    return not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in children) and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children)
