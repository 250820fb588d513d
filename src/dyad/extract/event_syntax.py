"""Dependency labels and small parse questions the event modules share."""

from __future__ import annotations

from spacy.tokens import Token

from dyad.extract import per_doc
from dyad.extract.phrases import dateline_end
from dyad.lexicon.actors.knowledge import knowledge_base

NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Prepositions of circumstance: their object is not what a verb acts on ("ended without a deal").
ADJUNCT_PREPOSITIONS = frozenset({"without", "despite", "during", "after", "before", "since", "amid", "until",
                                  "following", "like", "unlike"})
# What "under" names when it gives the terms of an act, not what the act is done to
# ("withdrew from Kosovo under the peace agreement"; not "placed under house arrest").
TERMS_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "plan", "pressure", "term", "auspices",
                         "mandate", "resolution", "law", "rule", "arrangement", "framework", "protocol", "leadership",
                         "process", "ceasefire", "truce", "scheme", "programme", "program", "initiative", "roadmap"})
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# Verbs that report a clause: the doer of a verb joined to that clause that cannot go on it (reporter_beside)
REPORTING_VERBS = frozenset({"say", "tell", "insist", "argue", "maintain", "announce", "declare", "state", "add", "claim"})
# Verbs of asking and blaming, which only a party does: joined to a reported clause whose subject is a
# thing ("said the evictions were wrecking the economy and called on Harare to halt them"), the reporter's
APPEALING_VERBS = frozenset({"urge", "call", "demand", "ask", "appeal", "press", "accuse", "blame", "condemn",
                             "denounce", "criticize", "criticise", "warn", "reject"})
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "acomp")
# Round sums the tagger leaves without a currency ("billions in aid").
SUMS = frozenset({"million", "millions", "billion", "billions", "trillion", "trillions"})
PARTITIVES = frozenset({"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
                        "millions", "group", "number", "crowd", "crowds", "member", "members", "some", "many",
                        "most", "several", "all", "both", "each", "one", "two", "three", "band", "team",
                        "delegation", "unit", "contingent", "batch", "patch", "handful", "scores", "score",
                        "majority", "part", "rest", "host", "wave", "column", "convoy", "mob", "throng",
                        "round", "series", "spate", "string", "flurry", "volley", "resumption", "continuation",
                        # a stretch of time names its event: "opened two days of talks", "a sixth week of protests"
                        "hour", "night", "day", "week", "month", "year", "decade"})


# First words of complex prepositions ("according to NOS", "due to shortages", "thanks to US aid"):
# their object is a source or a cause, never a participant, though the parse may hang it from
# the verb like a particle phrase ("out of Somalia").
COMPLEX_PREPOSITIONS = frozenset({"according", "due", "thanks", "owing", "prior", "pursuant", "contrary",
                                  "regardless", "irrespective", "instead", "ahead", "apart", "because"})


# Adjectives the small parser reads as a participle taking the noun after them as its object
# ("accused neighbouring Sudan of arming rebels": "neighbouring" an xcomp, Sudan its object).
MISREAD_PARTICIPLES = frozenset({"neighbouring", "neighboring", "warring", "ruling", "surrounding"})


# Bare nouns that say as what a verb's object is held or taken: "held the crew hostage", "took
# 30 soldiers prisoner", "kept them captive" (the singular, with no determiner of its own).
CAPTIVE_COMPLEMENTS = frozenset({"hostage", "captive", "prisoner"})
CAPTIVE_TAKING_VERBS = frozenset({"hold", "take", "keep"})


def captive_complement(verb: Token) -> Token | None:
    """The "hostage" of "held dozens of lawmakers hostage", or None. The small parser reads it as
    the head of the object ("the crew hostage"), as a conjunct of the object ("the mayor and twenty
    councillors hostage") or of the verb ("dozens of lawmakers hostage", a clause of its own)."""
    if verb.lemma_.lower() not in CAPTIVE_TAKING_VERBS:
        return None
    objects = [t for c in per_doc.children(verb) if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    candidates = [c for c in per_doc.children(verb) if c.dep_ in ("conj", "oprd", "xcomp", "ccomp") and c.i > verb.i]
    candidates += [t for t in objects if t.dep_ == "conj"]
    # "dozens of guests hostage": the parser may hang the complement on a number's "of"
    candidates += [g for o in objects for p in per_doc.children(o) if p.dep_ == "prep" and p.lower_ == "of"
                   for g in per_doc.children(p) if g.dep_ == "pobj"]
    candidates = [c for c in candidates if not any(d.dep_ in ("det", "poss", "nummod") for d in per_doc.children(c))]
    # "the crew hostage": the object's head, its determiner the whole phrase's
    candidates += [o for o in objects if o.dep_ == "dobj" and any(
        c.dep_ in ("compound", "nmod", "nsubj") and c.pos_ in ("NOUN", "PROPN") for c in per_doc.children(o))]
    return next((c for c in candidates if c.lower_ in CAPTIVE_COMPLEMENTS and c.pos_ == "NOUN"), None)


def captives(verb: Token, complement: Token) -> list[Token]:
    """Who is held or taken captive: the verb's objects and the nouns the parser hung on the
    complement ("lawmakers" of "dozens of lawmakers hostage"), never the word "hostage" itself
    nor the number whose "of" the parser hung it on."""
    counted = complement.head.head.i if complement.dep_ == "pobj" else None
    held = [t for c in per_doc.children(verb) if c.dep_ == "dobj" for t in (c, *c.conjuncts)
            if t.i not in (complement.i, counted)]
    return held + [c for c in per_doc.children(complement) if c.dep_ in ("compound", "nmod", "nsubj")
                   and c.pos_ in ("NOUN", "PROPN", "PRON")]


def direct_objects(verb: Token) -> list[Token]:
    """The verb's direct objects, also one the parser hung on a misread adjective, and one it shares
    with the verb joined right after it ("arrested or detained dozens of protesters"); the captives
    of "held dozens of lawmakers hostage"."""
    if (complement := captive_complement(verb)) is not None:
        return captives(verb, complement)
    # not a second object after a comma that tells the deed again ("struck Hamas leaders in Doha, the first attack on Qatar")
    found = [c for c in per_doc.children(verb) if c.dep_ == "dobj" and not (c.pos_ == "NOUN" and _second_object_after_comma(c))]
    found = found or named_as_object(verb) or fronted_as_object(verb) or dated_as_object(verb) or judged_as_object(verb)
    found = found or [g for c in per_doc.children(verb) if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lower_ in MISREAD_PARTICIPLES
                      and c.i > verb.i for g in per_doc.children(c) if g.dep_ == "dobj"]
    # (past the verb's own particle: "began rounding up and deporting migrants")
    end = verb.i + 1 if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].dep_ == "prt" and verb.doc[verb.i + 1].head.i == verb.i else verb.i
    return found or [g for c in per_doc.children(verb) if c.dep_ == "conj" and c.i == end + 2 and c.pos_ == "VERB"
                     and verb.doc[end + 1].lower_ in ("and", "or") for g in per_doc.children(c) if g.dep_ == "dobj"]


# Verbs that name what a free relative stands for: "condemned what it called the storming of the mosque".
NAMING_VERBS = frozenset({"call", "describe", "term", "brand", "dub", "label"})


def conditions(clause: Token) -> list[tuple[Token, str]]:
    """The "if" and "unless" clauses hanging on `clause`, each with its mark ("would cut supplies
    unless Kyiv paid": the clause of "paid", "unless")."""
    found = []
    for sub in per_doc.children(clause):
        if sub.dep_ == "advcl":
            mark = next((m.lower_ for m in per_doc.children(sub) if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)
            if mark is not None:
                found.append((sub, mark))
    return found


def harm_warned_of_conditions(verb: Token) -> list[Token]:
    """The subjects of the "if" and "unless" clauses on a verb that names the harm it warns of in an
    "of" phrase ("warned of further measures if Baghdad did not comply", "warned Belgrade of air
    strikes unless its troops withdrew"): who must meet the condition."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in per_doc.children(verb)):
        return []
    return [s for sub, _ in conditions(verb) for s in own_subjects(sub)]


def own_subjects(clause: Token) -> list[Token]:
    """The clause's own subjects, active or passive (none in "if attacked")."""
    return [c for c in per_doc.children(clause) if c.dep_ in ("nsubj", "nsubjpass")]


def result_complements(verb: Token) -> list[Token]:
    """Adjectives telling the state the verb left its object in, where the small parser hangs them
    on the verb as an adverb or a clause ("set the town hall ablaze")."""
    return [c for c in per_doc.children(verb) if c.dep_ in ("advmod", "ccomp") and c.pos_ == "ADJ"]


def named_as_object(verb: Token) -> list[Token]:
    """ "condemned what it called the storming of the mosque by Israeli police": the parser makes
    "what" the object of the naming verb; what the verb acts on is the thing named."""
    clauses = [c for c in per_doc.children(verb) if c.dep_ == "ccomp" and c.i > verb.i and c.lemma_.lower() in NAMING_VERBS
               and any(w.dep_ == "dobj" and w.lower_ == "what" for w in per_doc.children(c))]
    return [o for c in clauses for o in per_doc.children(c) if o.dep_ in ("oprd", "xcomp", "attr") and o.pos_ in ("NOUN", "PROPN")]


def dated_as_object(verb: Token) -> list[Token]:
    """ "rejected on Wednesday opposition demands", "rejected on Friday an OAS ultimatum": with the day
    put before the object, the parser hangs the object on "on", reading the day as its compound or
    the object as the day's apposition."""
    days = [g for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ == "on" and p.i > verb.i
            for g in per_doc.children(p) if g.dep_ == "pobj"]
    # ... or leaves the object unattached, right after the day ("rejected on Wednesday calls by Britain")
    return [d for d in days if d.ent_type_ != "DATE" and d.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.ent_type_ == "DATE" and c.i == d.head.i + 1 for c in per_doc.children(d))] + [
        a for d in days if d.ent_type_ == "DATE" for a in per_doc.children(d)
        if a.dep_ == "appos" and a.i > d.i and a.pos_ in ("NOUN", "PROPN") and a.ent_type_ != "DATE"] + [
        c for c in per_doc.children(verb) if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "DATE"
        and any(d.ent_type_ == "DATE" and d.right_edge.i == c.left_edge.i - 1 for d in days)]


def judged_as_object(verb: Token) -> list[Token]:
    """ "found the journalist guilty of espionage": the parser makes the one judged the subject of the
    verdict adjective, read as a clause of its own with no verb; the verb acts on them."""
    return [s for c in per_doc.children(verb) if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ" and c.i > verb.i
            and not any(a.dep_ in ("aux", "auxpass", "cop", "mark") for a in per_doc.children(c))
            for s in per_doc.children(c) if s.dep_ == "nsubj" and verb.i < s.i < c.i]


def fronted_as_object(verb: Token) -> list[Token]:
    """ "condemned as barbaric the attack by gunmen": a verdict put before the object; the parser
    hangs the object on "as", with the verdict as an adjective standing before its determiner."""
    return [g for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ == "as" and p.i == verb.i + 1
            for g in per_doc.children(p) if g.dep_ == "pobj" and any(
                a.dep_ == "amod" and a.i < d.i for a in per_doc.children(g) for d in per_doc.children(g) if d.dep_ == "det")]


def subject_of_clause_after(noun: Token, verb: Token) -> bool:
    """ "warned ethnic violence is spiralling out of control": the parser makes the subject of a
    "that"-less clause after the verb its object, and leaves the clause no subject of its own."""
    return noun.dep_ == "dobj" and any(
        c.dep_ == "ccomp" and c.left_edge.i > noun.right_edge.i and any(g.dep_ in ("aux", "auxpass") for g in per_doc.children(c))
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in per_doc.children(c)) for c in per_doc.children(verb))


def sponsors(noun: Token) -> list[Token]:
    """Names joined by a hyphen to a participle describing `noun` that makes them its author or host:
    "U.N.-sponsored talks", "a U.S.-drafted resolution" (the parser hangs the name on the participle);
    not a backer or broker ("a European Union-backed plan", "a Gulf-brokered deal")."""
    from dyad.extract.status import cue_words  # status imports this module
    backing = cue_words()["backing"]
    return [g for c in per_doc.children(noun) if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() not in backing
            for g in per_doc.children(c)
            if g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN" and g.i + 2 == c.i
            and g.doc[g.i + 1].text == "-"]


def partitive_heads(head: Token) -> list[Token]:
    """ "tens of thousands of students", "a group of diplomats": the "of" phrase names who; a sum's
    "in" phrase names what it is ("froze $700 million in aid")."""
    if head.ent_type_ == "MONEY" or head.lemma_.lower() in SUMS:  # "obtained billions in U.S. aid"
        return [g for p in per_doc.children(head) if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in per_doc.children(p)
                if g.dep_ == "pobj" and g.ent_type_ != "MONEY"]
    if head.pos_ != "NUM" and head.lemma_.lower() not in PARTITIVES:
        return []
    found = [g for p in per_doc.children(head) if p.dep_ == "prep" and p.lower_ == "of" for g in per_doc.children(p) if g.dep_ == "pobj"]
    # "a column of jogging border police": the parser reads the participle before the noun as a
    # gerund taking the noun as its object; that noun names who
    return found or [o for p in per_doc.children(head) if p.dep_ == "prep" and p.lower_ == "of" for g in per_doc.children(p)
                     if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in per_doc.children(g) if o.dep_ == "dobj"]


def misread_plural_objects(verb: Token) -> list[Token]:
    """ "imposed asset freezes on ten officials": the small parser may read a compound's plural noun
    as a verb of its own clause, with the noun before it as its subject or the governor's object;
    such a word is the governor's object, and so is what it coordinates ("and travel bans")."""
    found = []
    for clause in per_doc.children(verb):
        if clause.dep_ not in ("advcl", "ccomp") or clause.tag_ != "VBZ" or clause.i <= verb.i + 1:
            continue
        before = clause.doc[clause.i - 1]
        if before.pos_ == "NOUN" and before.head.i in (clause.i, verb.i) and before.dep_ in ("nsubj", "dobj", "compound") \
                and not any(c.dep_ in ("aux", "auxpass", "neg", "dobj") for c in per_doc.children(clause)):
            found += [clause, *(c for c in clause.conjuncts if c.pos_ == "NOUN")]
    return found


# Plural nouns of a request the small parser reads as a verb after a name ("UN calls", "U.S. demands").
REQUEST_PLURALS = frozenset({"calls", "demands", "appeals", "requests", "offers"})


def misread_request_makers(verb: Token) -> list[Token]:
    """ "rejected UN calls to stop enrichment", "rebuffed U.S. calls to impose a freeze": the parser
    reads the plural noun as a verb whose subject is the name before it, right after the verb;
    that name made the request the verb acts on."""
    found = []
    for clause in per_doc.children(verb):
        if clause.dep_ != "ccomp" or clause.lower_ not in REQUEST_PLURALS or clause.tag_ != "VBZ":
            continue
        maker = clause.doc[clause.i - 1]
        if maker.dep_ in ("nsubj", "compound") and maker.head.i == clause.i and maker.pos_ == "PROPN" \
                and maker.left_edge.i == verb.i + 1 and not any(c.dep_ in ("aux", "neg", "dobj") for c in per_doc.children(clause)):
            found.append(maker)
    return found


def is_imperative(verb: Token) -> bool:
    """ "Meet the robots", "Watch the debate live": a bare verb heading its sentence with no subject
    or auxiliary is an instruction to the reader, not a deed (a conjunct shares its head's reading)."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
        verb = verb.head
    return (verb.dep_ == "ROOT" and verb.tag_ == "VB"
            and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "expl") for c in per_doc.children(verb)))


def stands_as_root(participle: Token) -> bool:
    """A participle describing a noun the parse found no verb for is the sentence's verb: the noun
    is the root, or the "of" phrase of a partitive root when the participle has an object of its
    own ("Hundreds of rebel fighters handed in their weapons"; "Thousands of people killed in the
    war" stays a passive)."""
    noun = participle.head
    if noun.dep_ == "ROOT" or misread_doer(participle) is not None or _hung_on_dateline(noun):
        return True
    if _second_subject(noun) and any(c.dep_ == "dobj" for c in per_doc.children(participle)):
        return True  # "The government's team, headed by X, rejected on Tuesday the demand, sources said"
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "ROOT" and noun in partitive_heads(prep.head)
            and any(c.dep_ in ("dobj", "prt") for c in per_doc.children(participle)))


def _hung_on_dateline(noun: Token) -> bool:
    """ "NAIROBI, Oct 17 (Wire) - Somali militants threatened on Monday to ...": the parser made the
    dateline the root and the story's subject its apposition; the participle on it is the verb."""
    dateline = noun.head
    return (noun.dep_ == "appos" and dateline.dep_ == "ROOT" and dateline.pos_ == "PROPN"
            and dateline.idx < dateline_end(noun.doc) <= noun.idx)


def _second_subject(noun: Token) -> bool:
    """A noun the parser left before a reporting verb that has a subject of its own: unattached
    ("dep") or a second subject."""
    verb = noun.head
    if noun.i > verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    return noun.dep_ == "dep" or (noun.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i != noun.i for c in per_doc.children(verb)))


def misread_doer(participle: Token) -> Token | None:
    """ "Troops backed by helicopters clashed with gunmen", "Gunmen firing from rooftops killed 40
    protesters": the small parser hangs the sentence's verb, read as a participle, on the noun
    that ends another participle's phrase. When that phrase describes a noun left with no verb (the
    root, or a second subject of a reporting verb: "..., the military said") and the second participle
    acts on something of its own, it is the verb and that noun its doer."""
    if participle.dep_ != "acl" or participle.pos_ != "VERB" or any(c.dep_ == "agent" for c in per_doc.children(participle)):
        return None
    if misread_sequence_subject(participle.head):
        return participle.head  # "Rebels threatened on Tuesday to strike again, a day after gunmen stormed a barracks"
    if not any(c.dep_ in ("dobj", "prep", "prt") and c.lower_ != "by" for c in per_doc.children(participle)):
        return None
    noun, prep = participle.head, participle.head.head
    inner = prep.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("agent", "prep") or inner.dep_ != "acl" or inner.pos_ != "VERB":
        return None
    doer = inner.head
    if doer.pos_ not in ("NOUN", "PROPN") or doer.i > inner.i:
        return None
    return doer if doer.dep_ == "ROOT" or _second_subject(doer) else None


# Conjunctions the small parser reads as prepositions when a clause follows them ("a day after
# militants attacked the hotels": "militants" the object of "after", the verb left with no subject).
SEQUENCE_CONJUNCTIONS = frozenset({"after", "before", "since", "until"})


def misread_sequence_subject(noun: Token) -> bool:
    """ "Rebels threatened on Tuesday to carry out more attacks, a day after gunmen stormed a barracks":
    the small parser may make the sentence's subject a first subject of the verb after "after" (which
    has its own subject after the conjunction) and hang the sentence's verb on it as a participle."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    children = per_doc.children(verb)
    return any(m.dep_ == "mark" and m.lower_ in SEQUENCE_CONJUNCTIONS and noun.i < m.i < s.i
               for m in children for s in children if s.dep_ == "nsubj")


def misread_clause_subject(verb: Token) -> Token | None:
    """ "..., a day after militants armed with rifles attacked a string of targets", "hours after
    youths loyal to the president occupied the grounds": the parser makes the clause's subject the
    object of "after" (hung on the verb, or on the "a day" before it) and leaves the finite verb
    with no subject; the noun whose phrase runs up to the verb is its subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    children = per_doc.children(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in children):
        return None
    holders = (verb, *(c for c in children if c.dep_ == "npadvmod" and c.i < verb.i))
    for holder in holders:
        for prep in per_doc.children(holder):
            if prep.dep_ != "prep" or prep.lower_ not in SEQUENCE_CONJUNCTIONS or prep.i > verb.i:
                continue
            for noun in per_doc.children(prep):
                if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.right_edge.i == verb.i - 1:
                    return noun
    return None


def misread_subjunctive_subject(clause: Token) -> Token | None:
    """ "demanded that President Hussain Ershad resign": the small parser may read the bare verb after
    a name as a noun the name modifies ("Ershad resign"), leaving the "that" clause with no subject;
    the name right before it is its subject."""
    if clause.pos_ not in ("NOUN", "PROPN") or not any(m.dep_ == "mark" and m.lower_ == "that" for m in per_doc.children(clause)):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in per_doc.children(clause)) or clause.i == 0:
        return None
    name = clause.doc[clause.i - 1]
    return name if name.pos_ == "PROPN" and name.dep_ == "compound" and name.head.i == clause.i else None


def reporter_beside(verb: Token) -> Token | None:
    """A verb the parser joins to the clause a "said" reports when its form cannot go on that clause,
    as in "X says the economy is weak and called for reforms", "the AU said the events seemed
    like a coup and demanded", "said a prime minister would be named and promised elections", "has said
    the vote will not lead to independence and has called for talks": it tells what X did, not the
    clause's subject (not "said the rebels had attacked the town and killed 20", which goes on it).
    Returns the reporting verb, whose subject and status are the verb's; None for any other verb."""
    head = verb.head
    speech = head.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or speech.lemma_.lower() not in REPORTING_VERBS:
        return None
    own = [c for c in per_doc.children(verb) if c.dep_ in ("aux", "auxpass")]
    reported = [c for c in per_doc.children(head) if c.dep_ in ("aux", "auxpass")]
    modal = any(a.tag_ == "MD" for a in reported)
    passive = any(a.dep_ == "auxpass" for a in reported)
    if verb.tag_ == "VBD" and not own:
        beside = head.tag_ in ("VBZ", "VBP") or modal or passive
    elif own:
        # its own "has", as the report's: "has said ... and has called"
        speaker_aux = {a.lower_ for a in per_doc.children(speech) if a.dep_ == "aux"}
        beside = (modal or head.tag_ in ("VBZ", "VBP")) and {a.lower_ for a in own} <= speaker_aux
    else:
        # a participle with an object has no passive to share: a simple past the tagger misread
        beside = verb.tag_ == "VBN" and passive and any(c.dep_ == "dobj" for c in per_doc.children(verb))
    if not beside and not own and verb.tag_ == "VBD" and verb.lemma_.lower() in APPEALING_VERBS:
        beside = any(_thing(s) for s in per_doc.children(head) if s.dep_ in SUBJECT_DEPS)
    return speech if beside else None


def _thing(noun: Token) -> bool:
    """A common noun that names no party and no document that speaks for one: "the low turnout",
    "the lifting" (not "the rebels", "the minister", "the report")."""
    from dyad.extract.status import cue_words  # status reads this module's parse questions
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in cue_words()["document"]:
        return False
    return knowledge_base().agent(noun.text) is None and knowledge_base().agent(noun.lemma_) is None


def misjoined_conjunct(verb: Token) -> Token | None:
    """ "Security forces thwarted a plan to attack the palace and arrested six men": the parser may
    join a past-tense verb to an infinitive, which no tense can share; it continues the finite verb
    the infinitive hangs under, which is returned. (It may tag the verb a participle with no auxiliary
    of its own: "fired tear gas to disperse the crowd and arrested 17 of them".)"""
    head = verb.head
    if verb.dep_ != "conj" or head.tag_ != "VB" or not has_to_infinitive(head):
        return None
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in per_doc.children(verb))):
        return None
    return _ancestor(head, 4, lambda t: t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP"))


def infinitive_conjunct_head(verb: Token) -> Token | None:
    """ "agreed to let Qatar mediate and to pull their troops back": the parser may join an infinitive
    with "to" of its own to the bare infinitive before it; it continues the infinitive with "to" above
    that one, which is returned."""
    if verb.dep_ != "conj" or not has_to_infinitive(verb) or has_to_infinitive(verb.head):
        return None
    return _ancestor(verb.head, 3, has_to_infinitive)


def _ancestor(token: Token, steps: int, wanted) -> Token | None:
    """The nearest of the `steps` heads above `token` that is `wanted`, or None."""
    for ancestor in list(token.ancestors)[:steps]:
        if wanted(ancestor):
            return ancestor
    return None


def misread_preposition_object(prep: Token) -> list[Token]:
    """ "called on Prime Minister Joseph Muscat to resign", "appealed to Prime Minister John Howard to
    intervene": the small parser may leave the preposition with no object and make the titled name
    after it the subject of the infinitive that follows (a clause of the verb's or of the
    preposition's); that name is the preposition's object."""
    if any(c.dep_ == "pobj" for c in per_doc.children(prep)):
        return []
    clauses = [c for h in (prep, prep.head) for c in per_doc.children(h)
               if c.dep_ in ("ccomp", "xcomp", "advcl", "pcomp") and c.i > prep.i and has_to_infinitive(c)]
    return [s for c in clauses for s in per_doc.children(c)
            if s.dep_ == "nsubj" and s.left_edge.i == prep.i + 1 and s.pos_ in ("PROPN", "NOUN")]


def has_to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in per_doc.children(verb))


# Verbs whose infinitive goes without "to": "let U.N. inspectors return", "helped Kenya rebuild".
BARE_INFINITIVE_VERBS = frozenset({"let", "make", "help"})


def infinitive_clause_of(clause: Token) -> bool:
    """The clause is an infinitive the parser made a clause of its own, with the one let or told to do
    it as its subject: "allowed the hostages to leave", or bare after "let" ("let the hostages leave")."""
    # (the tagger often takes the bare infinitive for a present tense: "inspectors return")
    return has_to_infinitive(clause) or (clause.tag_ in ("VB", "VBP") and clause.head.lemma_.lower() in BARE_INFINITIVE_VERBS
                                         and not any(c.dep_ in ("aux", "mark") for c in per_doc.children(clause)))


def depth(token: Token) -> int:
    heads, i, depth = per_doc.heads(token.doc), token.i, 0
    while heads[i] != i and depth < 50:
        i, depth = heads[i], depth + 1
    return depth


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in per_doc.children(verb)) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and misread_doer(verb) is None)


def semicolon_between(clause: Token, verb: Token) -> bool:
    """A clause before a semicolon that the parser hangs on the verb after it is no complement of
    that verb, but a clause of its own."""
    return clause.i < verb.i and any(c.dep_ == "punct" and c.text == ";" and clause.i < c.i for c in per_doc.children(verb))


def restated_happening(noun: Token) -> Token | None:
    """The word of the clause a noun set beside it restates ("met Maduro on Tuesday, their first meeting
    since ...", "met Maliki, the first trip to Iraq by an Iranian leader"): for a noun in apposition or a
    bare noun phrase, the first verb above it; None for any other noun."""
    if noun.pos_ != "NOUN" or not (noun.dep_ in ("appos", "npadvmod") or _second_object_after_comma(noun)):
        return None
    token = noun.head
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _second_object_after_comma(noun: Token) -> bool:
    """ "met Sisi in Cairo, the first visit by ...": the parser may make the restating noun a second
    direct object of the verb, set off by a comma after the first."""
    start = noun.left_edge.i
    return noun.dep_ == "dobj" and start > 0 and noun.doc[start - 1].text == "," and any(
        o.dep_ == "dobj" and o.i < start for o in per_doc.children(noun.head))
