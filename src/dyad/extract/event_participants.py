"""Who did what to whom, from the parse: the tokens heading the actor and recipient phrases.

Subjects and passive agents are actors; direct objects, datives and the prepositions a pattern
names are recipients; controlled verbs take their controller ("agreed to meet", "urged Kyiv to
send"); a light verb lends its subject to its nominal event ("held talks")."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from spacy.tokens import Token

from dyad.extract import per_doc
from dyad.extract.event_judgments import restated_deed
from dyad.extract.event_lexicon import Pattern, event_lexicon, light_verb_lemmas
from dyad.extract.event_syntax import COMPLEX_PREPOSITIONS, conditions, harm_warned_of_conditions, direct_objects, is_passive, misread_plural_objects, misread_request_makers, NOT_ACTORS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, has_to_infinitive, infinitive_conjunct_head, misjoined_conjunct, misread_clause_subject, misread_doer, misread_preposition_object, misread_sequence_subject, misread_subjunctive_subject, own_subjects, reporter_beside, restated_happening, sponsors, stands_as_root
from dyad.extract.event_triggers import Found, SETTING_PREPOSITIONS, misread_particle
from dyad.extract.phrases import past_dateline
from dyad.extract.status import cue_words, prevented_plan, taken_deed
from dyad.lexicon.actors.knowledge import _norm, knowledge_base


# Verbs that keep their subject as the controller of an infinitive even with an object
# ("promised Kyiv to send"); with other verbs the object controls ("urged Kyiv to send").
SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "threaten", "offer", "agree"})
# Verbs whose object is a place gone to, which does not do what the infinitive says ("visited Kabul to sign a pact").
VISITING = frozenset({"visit", "tour", "reach", "enter", "leave", "travel", "fly"})
# Prepositions whose gerund is done by the verb's object ("accused Russia of shelling", "barred
# them from entering", "was arrested for spying"); after others the subject does it ("occupied
# Kuwait after overrunning its army", "arrested him after raiding his home").
OBJECT_GERUND_PREPOSITIONS = frozenset({"of", "for", "from", "into", "over", "against"})
# Participles whose passive subject is the doer: "is committed to", "is prepared to".
ADJECTIVAL_PASSIVES = frozenset({"committed", "prepared", "determined", "resolved", "poised", "set", "engaged",
                                 "involved", "obliged", "bound"})
# Participles of feeling whose "by" phrase is the cause felt, not a doer: "the United States was deeply
# troubled by the arrest" (the United States voices the concern; the arrest is what it is aimed at).
FEELINGS = frozenset({"concerned", "troubled", "alarmed", "appalled", "dismayed", "disturbed", "outraged",
                      "disappointed", "angered", "shocked"})
# Participles that name a body's leader, not its owner: "a U.N. team led by Scott Ritter".
LEADING = frozenset({"lead", "head", "command", "chair"})
# Participles that tell who is after someone, not whose they are: "arrested a man wanted by the FBI".
SOUGHT = frozenset({"want", "seek", "hunt"})
# Named-entity types of objects that can be parties to a meeting or call.
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Nouns of a stretch of time an event fills ("after two days of talks", "after hours of negotiations").
STRETCHES = frozenset({"hour", "day", "week", "month", "year", "night", "round", "session"})
PRONOUNS_FIRST = frozenset({"i", "we", "me", "us", "our", "my"})
PRONOUNS_THIRD = frozenset({"he", "she", "it", "they", "him", "her", "them", "its", "their", "his"})


def subjects_of(verb: Token) -> list[Token]:
    """The doer: the subject, a passive clause's agent, or the controller of an infinitive or
    participle ("agreed to meet", "urged Kyiv to send", "forces that attacked", "met and agreed")."""
    token = verb
    for _ in range(6):
        agents = [g for c in per_doc.children(token) if c.dep_ == "agent" for g in per_doc.children(c) if g.dep_ == "pobj"]
        if agents and token.lower_ not in FEELINGS:
            return agents
        if token.i == verb.i and _subjectless_passive_conjunct(verb):
            return []  # "tried to dissolve Congress and was arrested": the first verb's doer is the one arrested
        subjects = [s for c in per_doc.children(token) if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl" for s in past_dateline(c)]
        subjects = [_gerund_subject(s) for s in subjects if not _continues_other(s, subjects)]
        subjects = [s for s in subjects if not misread_sequence_subject(s)]
        if not subjects and token.i == verb.i and (misread := misread_clause_subject(verb)) is not None:
            subjects = [misread]  # "a day after militants attacked": the parser made them the object of "after"
        if subjects and (wearer := _disguised(token)) is not None:
            return [wearer]  # "a gunman dressed as a policeman opened fire": the gunman, not the policeman
        if subjects:
            return [h for s in subjects for h in _subject_heads(s) for h in _weapon_users(h) or [h]]
        if not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in per_doc.children(token)):
            # the small parser reads some country names before a verb as adverbs ("Turkey massed troops")
            named = [c for c in per_doc.children(token) if c.dep_ == "npadvmod" and c.i < token.i and c.pos_ == "PROPN"
                     and c.ent_type_ in ACTOR_ENTITIES]
            if named:
                return named
        passive_subjects = [c for c in per_doc.children(token) if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive_subjects:
            if token.lower_ in ADJECTIVAL_PASSIVES | FEELINGS or (token.i != verb.i and not is_passive(verb)
                                                       and not _passive_participle(verb)):
                # "Vietnam is committed to opening up"; "troops were mobilized and returned fire"
                # (not "Lula was charged on Wednesday, accused of taking bribes": the accused did not accuse)
                return passive_subjects
            return []  # "five people were killed": no doer named
        head, dep = token.head, token.dep_
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in per_doc.children(token))
        if (plan := prevented_plan(token)) is not None:
            return _named_doers(plan)  # "police foiled an al-Qaeda plot to bomb parliament": al-Qaeda's, not the police's
        if dep == "acl" and (doer := misread_doer(token)) is not None:
            return [doer]  # "Troops backed by helicopters clashed with gunmen": the troops, not the helicopters
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if dep == "acl" and token.tag_ == "VBN" and token.lower_ not in ADJECTIVAL_PASSIVES and not stands_as_root(token):
                # "Karadzic, accused of war crimes, said": the noun a passive participle describes is its patient
                # (a noun at the root is a sentence the parser found no verb in: "The president reneged on ...")
                return []
            if not infinitive:
                return [head]  # "forces that attacked", "troops attacking the city"
            if owners := _named_doers(head):
                return owners  # "a U.S. move to expel", "Russia's decision to recall", "an attempt by rebels to seize"
            governor = _governing_verb(head)  # "occasions to meet": the controller of the clause
            if governor is None:
                return []
            objects = [c for c in per_doc.children(governor) if c.dep_ == "dobj" and c.i != head.i]
            if objects and governor.lemma_.lower() not in SUBJECT_CONTROL:
                return objects
            token = governor
            continue
        if dep == "advcl" and token.tag_ == "VBG" and head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN"):
            # "Iraqi troops backed by hundreds of tanks invaded Kuwait, seizing the palace": a participle the
            # parser hangs on a passive one tells what the noun it describes did, not its "by" phrase
            return list_members(head.head)
        if dep in ("xcomp", "advcl") and head.i != token.i:
            objects = [c for c in per_doc.children(head) if c.dep_ == "dobj"]
            if head.lemma_.lower() in VISITING and all(o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects):
                objects = []  # "visited Kabul to sign a pact": a place one goes to does not act
            if dep == "advcl":
                # "made a stopover in Lahore to meet Sharif", "sent boats to rescue them": a purpose
                # is the subject's when the object is a thing, which cannot do what the infinitive says
                objects = [o for o in objects if _can_act(o)]
            if objects and (dep == "xcomp" or infinitive) and head.lemma_.lower() not in SUBJECT_CONTROL:
                return objects  # object control: "urged Kyiv to send", "dispatched Witkoff to meet"
            token = head
            continue
        if dep == "conj" and (joined := infinitive_conjunct_head(token)) is not None:
            token = joined  # "agreed to let Qatar mediate and to pull their troops back": the agreeing states pull
            continue
        if dep == "conj" and (finite := misjoined_conjunct(token)) is not None:
            token = finite  # "thwarted a plan to attack the palace and arrested six men": the thwarters arrested them
            continue
        if dep == "conj" and (reporter := reporter_beside(token)) is not None:
            # "the minister says recovering the islands remains an objective and called for talks":
            # a past deed joined to the present of what is reported is the reporter's
            token = reporter
            continue
        if dep == "dep" and head.pos_ in ("VERB", "AUX") and head.i < token.i and any(
                c.dep_ == "advmod" and c.lower_ == "then" for c in per_doc.children(token)):
            token = head  # "had first promised them a share, then backed down": a verb "then" joins, left unattached
            continue
        if dep in ("conj", "acomp") and head.i != token.i:
            token = head
            continue
        if token.i != verb.i and (deed := taken_deed(token)) is not None:
            token = deed  # "took the unusual step of expelling": the taker did it
            continue
        if dep == "pcomp" and head.dep_ == "agent":
            return []  # "35 Palestinians were killed by shelling": the passive's subject is the victim
        if dep == "pcomp" and head.head.i != head.i:
            governor = head.head
            # "accused Russia of shelling", "was arrested for spying": the one accused did it;
            # "by imposing sanctions": the gerund's doer is the clause's subject.
            accused = [c for c in per_doc.children(governor) if c.dep_ == "nsubjpass"] or direct_objects(governor)
            if head.lower_ in OBJECT_GERUND_PREPOSITIONS and accused and governor.pos_ in ("VERB", "AUX"):
                return accused
            token = governor
            continue
        break
    return []


def _disguised(clause: Token) -> Token | None:
    """ "A suicide bomber disguised as a woman blew himself up": the parser reads "as a woman blew" as a
    clause of the participle, with the woman its subject; the noun the participle describes is the doer."""
    participle = clause.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in per_doc.children(clause)):
        return None
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in cue_words()["disguise"]:
        return None
    if participle.dep_ == "acl":
        return participle.head if participle.head.pos_ in ("NOUN", "PROPN") else None
    # "Police dressed as protesters arrested five men": the parser may make the participle the root
    wearers = [c for c in per_doc.children(participle) if c.dep_ == "nsubj"] if participle.dep_ == "ROOT" else []
    return wearers[0] if wearers else None


def _weapon_users(subject: Token) -> list[Token]:
    """ "A missile fired by Houthi rebels struck Jeddah": the agent of the participle that says who
    used the weapon in the subject is the doer; "a shell fired from Serb positions": the posts'."""
    assault = event_lexicon().types["ASSAULT"]
    use, origins = assault.get("weapon_use_words") or (), assault.get("weapon_origin_words") or ()
    return [g for c in per_doc.children(subject) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in use
            for a in per_doc.children(c) if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "from"
            for g in per_doc.children(a) if g.dep_ == "pobj" and (a.dep_ == "agent" or g.lower_ in origins)]


def _gerund_subject(subject: Token) -> Token:
    """ "West African leaders meeting in Abuja recognised Ouattara": the parser may read the people
    and the participle describing them as a gerund clause subject (csubj, or nsubj with the people
    as the participle's own subject); the people are the doers. It may also read the participle as a
    noun the people are compounded onto ("Nigerian ministers meeting in Accra approved"): an "-ing"
    noun right after a noun of actors is that participle (or the actors' meeting: theirs either way)."""
    compounds = [c for c in per_doc.children(subject) if c.dep_ == "compound" and c.i == subject.i - 1]
    if subject.dep_ == "nsubj" and subject.pos_ == "NOUN" and subject.lower_.endswith("ing") and compounds and (
            compounds[0].lemma_.lower() in cue_words()["actor_noun"]):
        return compounds[0]
    if subject.dep_ not in ("csubj", "nsubj") or subject.tag_ != "VBG" or subject.pos_ != "VERB":
        return subject
    return next((c for c in per_doc.children(subject) if c.dep_ == "nsubj" and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")), subject)


def _continues_other(subject: Token, subjects: list[Token]) -> bool:
    """ "Southern African leaders meeting in Malawi's capital Lilongwe endorsed ...": the parser may
    make a name that ends another subject's phrase ("capital Lilongwe") a second subject of the verb."""
    before = subject.i - 1
    return subject.pos_ == "PROPN" and subject.doc[before].pos_ in ("NOUN", "PROPN") and any(
        o.i < subject.i and o.left_edge.i <= before <= o.right_edge.i for o in subjects)


def _can_act(noun: Token) -> bool:
    """A name, a pronoun or a noun of people or forces ("troops", "an envoy"), not a thing ("a trip")."""
    return noun.pos_ != "NOUN" or bool(noun.ent_type_) or knowledge_base().agent(noun.text) is not None


def purpose_destination(verb: Token) -> list[Token]:
    """ "sent 21 personnel to Bosnia to investigate": an act done for a purpose at a destination
    is aimed at the destination, when it names no recipient of its own."""
    if verb.dep_ not in ("advcl", "xcomp") or not has_to_infinitive(verb):
        return []
    return [g for p in per_doc.children(verb.head) if p.dep_ == "prep" and p.lower_ in ("to", "into")
            for g in per_doc.children(p) if g.dep_ == "pobj"]


# Verbs of letting: a refusal to let something happen is aimed at whom it would let ("refused to let
# a U.S. destroyer dock": the United States).
PERMITTING = frozenset({"let", "allow", "permit"})


def permitted(verb: Token) -> list[Token]:
    """Who or what a refusal "to let" or "to allow" would have let in or act ("refused to let a Turkish
    survey ship enter its waters", "refused to let in aid sent by Austria"), each through its owner."""
    found = []
    for let in (c for c in per_doc.children(verb) if c.dep_ == "xcomp" and c.lemma_.lower() in PERMITTING):
        # the parser makes the one let the object, the subject of the clause it is let do, or (after
        # "let in") the object of the particle read as a preposition
        heads = direct_objects(let) or [s for c in per_doc.children(let) if c.dep_ in ("ccomp", "xcomp")
                                         for s in per_doc.children(c) if s.dep_ in ("nsubj", "nsubjpass")]
        heads = heads or [g for p in per_doc.children(let) if p.dep_ == "prep" and p.lower_ in ("in", "into") and p.i == let.i + 1
                          for g in per_doc.children(p) if g.dep_ == "pobj"]
        found += [owner_of(h) for h in heads]
    return found


def letter_addressees(verb: Token) -> list[Token]:
    """Whom the letter or note an act is told in is written to ("expressed his regrets in a letter to
    the Congolese president", "rejected the plan in a note to Brussels")."""
    documents = cue_words()["document"]
    letters = [g for g in _prep_objects(_with_object_phrase(verb), ("in", "through", "via")) if g.lemma_.lower() in documents]
    return _with_conjuncts(_prep_objects(letters, ("to",)))


def _with_object_phrase(verb: Token) -> list[Token]:
    """The verb and the words of its object's phrase, on which the parser often hangs what belongs to
    the verb ("expressed his regrets for the wounds inflicted during colonial rule in a letter to ..."):
    through prepositions and participles, not into a clause with a subject of its own."""
    heads = [c for c in per_doc.children(verb) if c.dep_ == "dobj"]
    for head in heads:  # grows as it goes
        heads += [c for c in per_doc.children(head) if c.dep_ in ("prep", "pobj") or (c.dep_ == "acl" and c.tag_ == "VBN")]
    return [verb, *heads]


# Prepositions that set an act at or after talks: "agreed to suspend enrichment after talks with the
# foreign ministers of Britain, France and Germany", "rejected the plan during a meeting with the envoy".
TALK_SETTINGS = frozenset({"after", "following", "during", "at", "in"})


def talks_partners(verb: Token) -> list[Token]:
    """Whom the verb's clause (with its complements: "agreed to suspend ... after talks with") says the
    act was done in talks with: the other side of the talks."""
    verbs = [verb]
    for clause in verbs:
        verbs += [c for c in per_doc.children(clause) if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")]
    talks = cue_words()["talks"]
    meetings = [g for g in _prep_objects(verbs, TALK_SETTINGS) if g.lemma_.lower() in talks]
    return _with_conjuncts(_prep_objects(meetings, ("with",)))


def addressed_by_stance(verb: Token) -> list[Token]:
    """Whom a hostile act is said to be "a challenge", "a warning" or "a rebuke" to ("shut the schools
    in a direct challenge to President Ruto", "ordered troops to the border, a clear warning to
    Venezuela"): the noun, after "in" or set off as the act's second object, with its "to" phrase."""
    words = cue_words()["stance_noun"]
    verbs = [verb, *(c for c in per_doc.children(verb) if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB")]
    nouns = _prep_objects(verbs, ("in",))
    # the parser reads an apposition to the whole clause as another object or an apposition of the last noun
    nouns += [c for v in verbs for c in per_doc.children(v) if c.dep_ in ("dobj", "npadvmod", "appos")
              and c.i > 0 and c.doc[c.left_edge.i - 1].text == ","]
    nouns += [a for v in verbs for t in v.subtree for a in per_doc.children(t) if a.dep_ == "appos" and a.i > 0
              and a.doc[a.left_edge.i - 1].text == ","]
    return _with_conjuncts(_prep_objects([n for n in nouns if n.lemma_.lower() in words], ("to",)))


def _prep_objects(heads: list[Token], prepositions) -> list[Token]:
    """The objects of the heads' prepositions among `prepositions` ("a letter [to] Rajoy")."""
    return [g for h in heads for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ in prepositions
            for g in per_doc.children(p) if g.dep_ == "pobj"]


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    """Each head and the heads joined to it ("the ministers of Britain, France and Germany")."""
    return [t for g in heads for t in (g, *g.conjuncts)]


def asked_of(verb: Token) -> list[Token]:
    """The subject of a "for ... to" clause: whom a call or appeal is made of ("called for Russia to
    withdraw its troops", "appealed for the United Nations to send peacekeepers"), or the giver of
    what is asked for ("called for restraint from Israel")."""
    subjects = [s for c in per_doc.children(verb) if c.dep_ in ("advcl", "ccomp", "xcomp") and has_to_infinitive(c)
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in per_doc.children(c))
                for s in per_doc.children(c) if s.dep_ in SUBJECT_DEPS]
    if subjects:
        return subjects
    # "called for restraint from both Syria and Israel", "demanded an apology from Tokyo": the parser
    # hangs whom it is asked of on what is asked for
    asked_for = [o for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ == "for"
                 for o in per_doc.children(p) if o.dep_ == "pobj"]
    givers = [g for o in (*asked_for, *(o for o in per_doc.children(verb) if o.dep_ == "dobj")) for p in per_doc.children(o)
              if p.dep_ == "prep" and p.lower_ == "from" for g in per_doc.children(p) if g.dep_ == "pobj"]
    if givers:
        return givers
    # "asked for French troops (to help fight the rebels)": who is to send the troops asked for, when
    # a nationality says so (not "called for calm", "asked for the release of prisoners")
    return [g for g in asked_for if any(c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
                                        for c in per_doc.children(g))]


def subject_controller(verb: Token) -> list[Token]:
    """When an object controls an infinitive ("sent 21 personnel to investigate") or a participle
    ("issued a statement urging"), the subject of the governing verb, for when the object names no actor."""
    if verb.dep_ in ("xcomp", "advcl") and has_to_infinitive(verb) and prevented_plan(verb) is None:
        head = verb.head
        if any(c.dep_ == "dobj" for c in per_doc.children(head)):
            return subjects_of(head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "nsubjpass"):
        return subjects_of(verb.head.head)  # "the council adopted a resolution demanding ...": its author
    documents = cue_words()["document"]
    if verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.lemma_.lower() in documents and any(
            c.dep_ == "nsubj" and c.tag_ == "WDT" for c in per_doc.children(verb)):
        return subjects_of(verb.head.head)  # "issued a communique which calls for ...": its issuer
    # "a joint statement by the two ministers called for restraint": a written word's author
    subjects = [s for c in per_doc.children(verb) if c.dep_ == "nsubj" for s in past_dateline(c)]
    if subjects and subjects[0].lemma_.lower() in documents and (author := owner_of(subjects[0])) is not subjects[0]:
        return [author]
    return []


def _named_doers(noun: Token) -> list[Token]:
    """Whose plan, move or attempt a noun names: its possessor, its "by" phrase, or the noun itself when
    a name is compounded onto it ("a U.S. move"; not "became the first European power to recognise")."""
    if noun.pos_ != "NOUN":
        return []
    doers = [c for c in per_doc.children(noun) if c.dep_ == "poss"]
    doers += [g for p in per_doc.children(noun) if p.dep_ in ("prep", "agent") and p.lower_ == "by" for g in per_doc.children(p)
              if g.dep_ == "pobj"]
    if not doers and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in per_doc.children(noun)):
        doers = [noun]
    return doers


# What someone is held or taken as: "took 30 people hostage" names no one by "hostage".
HELD_ROLES = frozenset({"hostage", "captive"})


def role_object(token: Token) -> bool:
    """A bare role noun that says what the ones held became ("held them hostage")."""
    return token.lemma_.lower() in HELD_ROLES and not any(
        c.dep_ in ("det", "nummod", "poss", "amod", "compound") for c in per_doc.children(token))


def held_subject(verb: Token) -> bool:
    """ "three oil workers held hostage for a month were freed": the parser makes the workers the
    subject of "held", whose only object is the bare role right after it; they are the ones held."""
    if verb.lemma_.lower() not in ("hold", "keep") or verb.tag_ not in ("VBD", "VBN"):
        return False
    objects = [c for c in per_doc.children(verb) if c.dep_ in ("dobj", "oprd", "dative")]
    return bool(objects) and objects[0].i == verb.i + 1 and all(role_object(o) for o in objects) and not any(
        c.dep_ in ("aux", "auxpass") for c in per_doc.children(verb))


def _governing_verb(noun: Token) -> Token | None:
    token = noun
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _misread_root(participle: Token) -> bool:
    """ "Georgia's new prime minister, Irakli Kobakhidze, promised on Thursday to ...": a participle
    the parser hung on a root noun with no agent is the sentence's verb, and the noun is its doer
    (as subjects_of reads it), not what it acts on."""
    return stands_as_root(participle) and not any(c.dep_ == "agent" for c in per_doc.children(participle))


def _passive_participle(verb: Token) -> bool:
    """A past participle without an auxiliary of its own that elaborates or continues a passive
    clause is passive too: "was detained on Monday, accused of spying", "was arrested and charged",
    "were reported killed"."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "conj", "xcomp") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in per_doc.children(verb))


def _subjectless_passive_conjunct(verb: Token) -> bool:
    """A passive verb joined to an earlier clause without a subject of its own ("tried to dissolve
    Congress and was arrested", "fled and was later captured"): the earlier clause's subject is its patient."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in per_doc.children(verb)) and not any(
        c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS) for c in per_doc.children(verb))


def _name_modifiers(noun: Token) -> list[Token]:
    """The modifiers of a noun that name an actor ("Russian strikes", "US aid", "anti-British")."""
    return [c for c in per_doc.children(noun) if c.dep_ in ("amod", "compound", "nmod")
            and c.ent_type_ not in NOT_ACTORS and c.lower_ not in ("anti", "pro", "-")
            and any(_is_name(w) for w in (c, *_hyphened_before(c)))]


def doers_named(deed: Token) -> list[Token]:
    """Who a noun of a deed says did it: its possessor, a modifier naming an actor that no "anti-"
    or "pro-" marks ("any Israeli attack", "U.S. involvement"), its "by" phrase."""
    return ([c for c in per_doc.children(deed) if c.dep_ == "poss"]
            + [c for c in _name_modifiers(deed) if _stance(c) is None]
            + [g for p in per_doc.children(deed) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
               for g in per_doc.children(p) if g.dep_ == "pobj"])


def _stance(modifier: Token) -> str | None:
    """ "anti" or "pro" for a name marked as what a deed is against or for ("anti-British",
    "pro-Russian", one token or three), else None."""
    word = modifier.lower_
    for stance in ("anti", "pro"):
        if word.startswith(stance + "-"):
            return stance
        if modifier.i >= 2 and modifier.nbor(-1).text == "-" and modifier.nbor(-2).lower_ == stance:
            return stance
    return None


def list_members(head: Token) -> list[Token]:
    """ "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": the parser may read the
    second name of a list as an apposition of the first; a named apposition that the list goes on
    from (it has conjuncts of its own) is the next member, not another name for the first."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "ORG", "NORP"):
        # "Chad's President Idriss Deby and Sudan's President Omar al-Bashir met": the parser hangs
        # the second titled person on the first one's name, or on the first title after an "and";
        # each is another member
        named = [a for a in per_doc.children(head) if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        joined = [a for a in named[1:] if any(t.dep_ == "cc" for t in head.doc[named[0].i:a.i])]
        return [head, *(c for a in named for c in a.conjuncts if c.ent_type_ == "PERSON"), *joined]
    return [head, *(a for a in per_doc.children(head) if a.dep_ == "appos" and a.pos_ == "PROPN" and a.conjuncts
                    and a.ent_type_ in ("GPE", "ORG", "NORP"))]


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun stands for ("forces that attacked" -> forces); for a class the
    subject is said to belong to, the subject ("Germany was among the countries that pledged aid",
    "Britain is one of the states that recognised Kosovo")."""
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        antecedent = subject.head.head
        preposition = antecedent.head  # "among", or the "of" of "one of"
        copula = preposition.head
        if preposition.lower_ == "of" and copula.lower_ == "one" and copula.dep_ == "attr":
            copula = copula.head
        members = [c for c in per_doc.children(copula) if c.dep_ == "nsubj"] if copula.lemma_ == "be" else []
        if antecedent.dep_ == "pobj" and preposition.lower_ in ("among", "of") and members:
            return members[0]
        return antecedent
    return subject


def _subject_heads(subject: Token) -> list[Token]:
    """The heads of the doers a subject names: its antecedent's members; for a relative clause the
    parser hangs on a place that locates a noun ("the bombing of a synagogue in Istanbul, which
    killed 23", "the government in Moscow, which has backed Assad"), that noun's, as no town does
    what the clause tells: the doers a deed's noun names, a body, or none."""
    antecedent = _antecedent(subject)
    preposition = antecedent.head
    if antecedent is subject or antecedent.ent_type_ not in ("GPE", "LOC", "FAC") or antecedent.dep_ != "pobj" \
            or preposition.lower_ not in ("in", "at") or preposition.head.pos_ != "NOUN":
        return list_members(antecedent)
    located = preposition.head
    if (deed := _deed_of(located)) is not None:
        return doers_named(deed)
    # a body ("the government in Moscow"), not a building ("its consulate in Kabul, which killed two")
    return list_members(located) if located.lemma_.lower() in cue_words()["actor_noun"] else []


def _deed_of(noun: Token) -> Token | None:
    """The noun of force that is, or whose "of" or "on" phrase holds, `noun` ("the bombing of a
    synagogue", "the strike on its embassy")."""
    for _ in range(3):
        if any(p.type == "ASSAULT" for p in event_lexicon().nouns.get(noun.lemma_.lower(), ())):
            return noun
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ not in ("of", "on") or preposition.head.pos_ != "NOUN":
            return None
        noun = preposition.head
    return None


def owner_of(theme: Token) -> Token:
    """For "rejected Trump's proposal" the recipient is Trump: a possessor, or the "by" or
    "from" phrase, stands in for a theme that is a thing rather than an actor."""
    if theme.pos_ != "NOUN" or _body_or_role(theme):
        return theme
    possessors = [c for c in per_doc.children(theme) if c.dep_ == "poss"]
    owners = [c for c in possessors if c.pos_ != "PRON"]
    named = any(c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTITIES)
                for c in per_doc.children(theme))
    # "observers sent by the EU"; not the leader of a body that names its own ("a U.N. team led by an American")
    holders = [theme, *(a for a in per_doc.children(theme) if a.dep_ == "acl" and a.tag_ == "VBN"
                        and not (named and a.lemma_.lower() in LEADING) and a.lemma_.lower() not in SOUGHT)]
    natural = event_lexicon().natural_causes  # "villagers stranded by floods" are the villagers
    owners += [g for h in holders for p in per_doc.children(h) if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
               for g in per_doc.children(p) if g.dep_ == "pobj" and g.lemma_.lower() not in natural]
    owners += sponsors(theme)  # "rejected a U.S.-drafted resolution" (not "U.S.-backed forces": a thing's author)
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTITIES)
           for c in per_doc.children(theme)):
        owners.append(theme)  # "rejected proposed Israeli changes to the deal": the theme names its owner
    # "reneged on his commitment to the Zambian people": the other party to a promise or deal,
    # before "his", which is usually the doer again
    # ... and the parties to an agreement "between Armenia and Azerbaijan"
    # (also one "reached with" or "signed with" them: "a deal struck with Washington")
    owners += [g for h in holders for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ in ("to", "with", "between")
               and (h.i == theme.i or p.lower_ == "with") for g in per_doc.children(p) if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
    owners += [c for c in possessors if c.pos_ == "PRON"]
    if not owners:
        owners = _owner_elsewhere(theme)
    return owners[0] if owners else theme


def _body_or_role(noun: Token) -> bool:
    """ "accused Venezuela's government", "detained Kenya's police chief": a role or body noun a
    state owns is an actor itself, its possessor only says whose; not a thing a side holds or fires
    ("Russia's positions", "Hamas's rockets") nor a relation ("Iran's allies"). A person's, a body's
    or a pronoun's party stands for its owner, whose country the noun alone lacks ("a coalition with
    Merkel's conservatives", "banned the Jehovah's Witnesses", "will close its mission")."""
    if not any(c.dep_ == "poss" and _names_a_state(c) for c in per_doc.children(noun)):
        return False
    agent = knowledge_base().agent(noun.text)
    return agent is not None and not (agent.facility or agent.fired or agent.held or agent.relational)


def _names_a_state(possessor: Token) -> bool:
    """ "Kenya's", "South Africa's", "Moscow's": a country or its capital (a GPE, or a national
    place the knowledge base knows by these words)."""
    if possessor.ent_type_ == "GPE":
        return True
    words = tuple(_norm(t.text) for t in possessor.doc[possessor.left_edge.i:possessor.i + 1] if t.dep_ != "case")
    return any(a.entity.national and a.entity.kind == "place" for a in knowledge_base().names.get(words, ()))


def _owner_elsewhere(theme: Token) -> list[Token]:
    """The owner of a thing named through another: "welcomed the signing of an agreement between
    Kiev and the rebels" (the agreement's parties), and "protested against the nuclear test by North
    Korea" with the "by" phrase hung on the verb (an active verb's own "by" is no doer of its own)."""
    # the doing of an event ("the signing of an agreement", "the holding of talks"), not of a thing
    # done to ("the storming of the embassy", "the land of the farmers")
    inner = [g for p in per_doc.children(theme) if p.dep_ == "prep" and p.lower_ == "of" for g in per_doc.children(p)
             if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in event_lexicon().nouns]
    if inner and theme.lower_.endswith("ing") and (owner := owner_of(inner[0])).i != inner[0].i:
        return [owner]
    # "rejected a package of incentives offered by Britain, France and Germany": a collection's
    # owner is the owner of what it collects
    things = [g for p in per_doc.children(theme) if p.dep_ == "prep" and p.lower_ == "of" for g in per_doc.children(p)
              if g.dep_ == "pobj" and g.pos_ == "NOUN"] if theme.lemma_.lower() in cue_words()["collection"] else []
    if things and (owner := owner_of(things[0])).i != things[0].i:
        return [owner]
    verb = theme.head.head if theme.dep_ == "pobj" else theme.head
    after = theme.right_edge.i + 1
    if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in per_doc.children(verb)):
        return [g for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ == "by" and p.i == after
                for g in per_doc.children(p) if g.dep_ == "pobj"]
    return []


def defied_parties(verbs: list[Token]) -> list[Token]:
    """Whose demand or pressure an act goes against ("refused to step down despite an ultimatum
    from West African leaders", "despite Washington's objections"); not "despite the risks"."""
    nouns = [g for v in verbs for p in per_doc.children(v) if p.dep_ == "prep" and p.lower_ == "despite"
             for g in per_doc.children(p) if g.dep_ == "pobj"]
    return owners_of(nouns)


def owners_of(things: list[Token]) -> list[Token]:
    """The owners `owner_of` finds for things that have one ("Washington's objections", "attempts by
    American diplomats"); a thing with none names no one."""
    return [owner for thing in things if (owner := owner_of(thing)).i != thing.i]


def _receiver_read_as_modifier(given: Token) -> list[Token]:
    """ "Iran gave Hezbollah thousands of rockets", "supplied the Houthis drones", "offered Greece
    loans": the small parser reads the receiver of a two-object verb as a modifier of the thing
    given. A state, body or people named first in the object phrase (only a determiner before it)
    is the receiver; not a person's name, which the parser also gives weapons ("sent Patriot missiles")."""
    first = next((c for c in per_doc.children(given) if c.dep_ in ("compound", "nmod") and c.i < given.i), None)
    if first is None or first.ent_type_ not in ("GPE", "ORG", "NORP") or given.ent_type_ in ACTOR_ENTITIES:
        return []
    if any(t.dep_ != "det" for t in first.doc[given.left_edge.i:first.i]):
        return []
    return [first]


def _slot(verb: Token, where: str, passive: bool) -> list[Token]:
    if where in ("dobj", "theme"):
        heads = [c for c in per_doc.children(verb) if c.dep_ == "nsubjpass"] if passive else direct_objects(verb)
        if heads and all(h.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in per_doc.children(h)) for h in heads):
            # "fined Google 2.4 billion euros": a counted sum is what is taken or given, the first object
            # (which the parser reads as a dative) whom from or to
            heads = [c for c in per_doc.children(verb) if c.dep_ == "dative" and c.pos_ != "ADP"] or heads
        if not heads and verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misread_root(verb):
            # "the cease-fire, accepted by Ukraine"; "British tourists killed by gunmen": the noun itself
            # (its "by" phrase is this deed's doer, not an owner standing in for a thing)
            return [verb.head]
        if not heads and _passive_participle(verb):
            heads = [c for c in per_doc.children(verb.head) if c.dep_ == "nsubjpass"]  # "was arrested and charged"
        if all(h.tag_ in ("WDT", "WP") for h in heads) and restated_deed(verb) is not None:
            # "banned imports of Georgian wine, a move Tbilisi denounced": what is denounced is the deed, so its doer
            return subjects_of(restated_deed(verb))
        if passive and verb.dep_ == "relcl" and heads and all(h.lower_ in ("who", "that") for h in heads):
            heads = [verb.head]  # "the singer Hundessa, who was shot dead": the one the pronoun stands for
        if not heads and _subjectless_passive_conjunct(verb):
            # the earlier clause's subject is someone who acted, not a thing whose owner stands in for it
            return [c for c in per_doc.children(verb.head) if c.dep_ in (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)]
        if not heads and where == "theme":
            heads = misread_request_makers(verb)  # "rejected UN calls to stop enrichment": the UN
        owners = [owner_of(h) for h in heads]
        if where == "theme" and all(o.i == h.i for o, h in zip(owners, heads)):
            # "dismissed the proposal from Hamas": the source of the thing rejected
            owners += [g for c in per_doc.children(verb) if c.dep_ in ("prep", "prt") and c.lower_ in ("of", "from")
                       for g in per_doc.children(c) if g.dep_ == "pobj"]
        return owners
    if where == "dative":
        datives = [c for c in per_doc.children(verb) if c.dep_ == "dative" and c.pos_ != "ADP"] + \
                  [g for c in per_doc.children(verb) if c.dep_ == "dative" and c.pos_ == "ADP"
                   for g in per_doc.children(c) if g.dep_ == "pobj"]
        objects = [c for c in per_doc.children(verb) if c.dep_ == "dobj"]
        if not datives and len(objects) == 2 and objects[0].pos_ == "PROPN":
            datives = objects[:1]  # "decided to give Argentina $50bn": the parser reads the receiver as a first object
        if not datives and objects:
            datives = _receiver_read_as_modifier(objects[0])
        return datives
    if where == "victim":
        # "apologized for the abuse of Iraqi prisoners by U.S. soldiers": whom the deed it is for was done to
        # ("apologized following the deaths of 18 Afghan civilians", "over the killing of")
        deeds = [d for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ in ("for", "over", "following", "after")
                 for o in per_doc.children(p)
                 if o.dep_ == "pobj" for d in (o, *o.conjuncts)]
        return [g for d in deeds for q in per_doc.children(d) if q.dep_ == "prep" and q.lower_ in ("of", "against", "on")
                for g in per_doc.children(q) if g.dep_ == "pobj"]
    if where == "condition":
        # "warned that Cuba would stop guarding its coast unless Washington changed its policy": who
        # must meet the condition of what the clause foretells
        # ("warned of further measures if Baghdad did not comply": the harm named, the condition on the warning)
        return [s for c in per_doc.children(verb) if c.dep_ == "ccomp" for sub, _ in conditions(c) for s in own_subjects(sub)
                ] + harm_warned_of_conditions(verb)
    if where == "ccomp":
        # "demanded that the commission be overhauled", "Israel must be held to account": a passive in
        # the subjunctive or after a modal names whom the demand is made of
        return [s for c in per_doc.children(verb) if c.dep_ in ("ccomp", "xcomp") for s in per_doc.children(c) if s.dep_ in SUBJECT_DEPS
                or (s.dep_ in PASSIVE_SUBJECT_DEPS and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in per_doc.children(c)))] + [
            s for c in per_doc.children(verb) if c.dep_ == "ccomp" and (s := misread_subjunctive_subject(c)) is not None]
    holders = [verb, *(c for c in per_doc.children(verb) if (c.dep_ in ("dobj", "nsubjpass", "xcomp", "prt", "acomp")
                                                             and restated_happening(c) is None)
                       or (c.dep_ == "prep" and c.lower_ not in COMPLEX_PREPOSITIONS  # "out of", not "according to"
                           and not any(g.dep_ == "pobj" for g in per_doc.children(c))))]
    holders += misread_plural_objects(verb)  # "imposed asset freezes on X", the plural read as a verb
    # "had spoken by telephone with Trump": the parser hangs the other party on the means of talk
    holders += [g for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ in ("by", "over", "on", "via")
                for g in per_doc.children(p) if g.dep_ == "pobj" and g.lemma_.lower() in cue_words()["line_of_talk"]]
    holders += [c for h in holders[1:] for c in h.conjuncts]  # "imposed a travel ban and an asset freeze on X"
    holders += _of_phrases(holders[1:])  # "suspended a shipment of shells to Ukraine"
    # "rammed a car packed with explosives into a convoy": the parser hangs the goal on the participle
    holders += [a for h in holders[1:] if h.dep_ == "dobj" for a in per_doc.children(h) if a.dep_ == "acl" and a.tag_ == "VBN"]
    if where == "with":
        # "threatened to strike Seoul with missiles": what a complement verb that has an object of
        # its own does its act with is a means, not a party
        holders = [h for h in holders if not (h.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in per_doc.children(h)))]
    found = [owner_of(g) for h in holders for p in per_doc.children(h) if p.dep_ in ("prep", "dative", "prt", "agent")
             and p.lower_ == where for g in per_doc.children(p) if g.dep_ == "pobj"]
    # "called on Prime Minister Joseph Muscat to resign": the object read as the infinitive's subject
    found += [owner_of(g) for p in per_doc.children(verb) if p.dep_ == "prep" and p.lower_ == where
              for g in misread_preposition_object(p)]
    if where == "out":
        # "pulled its troops out of Lebanon": the parser hangs "of" and its object on "out"
        found += [owner_of(g) for h in holders if h.lower_ == "out" and h.dep_ in ("prep", "prt")
                  for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ == "of" for g in per_doc.children(p) if g.dep_ == "pobj"]
    if where == "outside":  # "rallied in front of the Chinese embassy": outside it
        found += [owner_of(o) for h in holders for o in _in_front_of(h)]
    if where == "into" and not any(f.pos_ in ("PROPN", "PRON") or f.ent_type_ for f in found):
        found += _investigated(holders)
    return found


def _in_front_of(holder: Token) -> list[Token]:
    """What the holder is "in front of" (not "in the front of", a part of it)."""
    fronts = [f for p in per_doc.children(holder) if p.dep_ == "prep" and p.lower_ == "in" for f in per_doc.children(p)
              if f.dep_ == "pobj" and f.lower_ == "front" and not any(c.dep_ == "det" for c in per_doc.children(f))]
    return [o for f in fronts for q in per_doc.children(f) if q.dep_ == "prep" and q.lower_ == "of"
            for o in per_doc.children(q) if o.dep_ == "pobj"]


def _investigated(holders: list[Token]) -> list[Token]:
    """Who an inquiry "into whether X took kickbacks" or "into allegations that X paid his wife" looks
    at: the doer of the deed it examines."""
    clauses = [g for h in holders for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ == "into"
               for g in per_doc.children(p) if g.dep_ == "pcomp"]
    clauses += [c for h in holders for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ == "into"
                for g in per_doc.children(p) if g.dep_ == "pobj" for c in per_doc.children(g)
                if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in per_doc.children(c))]
    return [s for c in clauses for s in per_doc.children(c) if s.dep_ in SUBJECT_DEPS]


def _of_phrases(nouns: list[Token]) -> list[Token]:
    """What a quantity or shipment is of: the phrase that often carries the recipient."""
    nouns = [n for n in nouns if n.pos_ == "NOUN"]
    nouns += [a for n in nouns for a in per_doc.children(n) if a.dep_ == "amod"]  # "planes full of supplies to Pakistan"
    return _prep_objects(nouns, ("of",))


def verb_recipients(verb: Token, pattern: Pattern) -> list[list[Token]]:
    """The recipient slots the pattern names, in priority order, each as the heads found there."""
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in per_doc.children(verb))
    particle = misread_particle(verb)
    if not passive and particle is not None and particle.lower_ == pattern.particle:
        # "voted down the bill": the parser hung the object on the particle it took for a preposition
        objects = [owner_of(g) for g in per_doc.children(particle) if g.dep_ == "pobj"]
        return [objects if where in ("dobj", "theme") else heads for where in pattern.recipient
                if (heads := _slot(verb, where, passive)) or where in ("dobj", "theme")]
    found = [heads for where in pattern.recipient if (heads := _slot(verb, where, passive))]
    if pattern.type == "REJECT":
        left = _left_behind(verb)
        found = [kept for heads in found if (kept := [h for h in heads if h.i not in left])]
    return found


def _left_behind(verb: Token) -> set[int]:
    """ "rejected independence from Canada": a rejected separation and what it would leave (its
    "from" phrase, or the verb's where the parser hangs it there) are no party the rejection is aimed at."""
    separations = [o for o in direct_objects(verb) if o.pos_ == "NOUN" and o.lemma_.lower() in cue_words()["separation"]]
    froms = [p for h in (verb, *separations) for p in per_doc.children(h) if p.dep_ == "prep" and p.lower_ == "from"]
    if not separations or not froms:
        return set()
    return {s.i for s in separations} | {g.i for p in froms for g in per_doc.children(p) if g.dep_ == "pobj"}


# Words for a share of a place: "shut down much of Bangladesh" is done to Bangladesh.
SHARES = frozenset({"much", "most", "part", "parts", "all", "swathes"})  # one word each: read from the object noun


def _via_verb(noun: Token, light_verbs: dict[str, dict]) -> Token | None:
    """The verb whose subject does what a "with" phrase names ("retaliated with airstrikes",
    "coupled territorial gains with aerial assaults"): light verbs that list the preposition."""
    preposition = noun.head
    holder = preposition.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj":
        holder = holder.head
    entry = light_verbs.get(holder.lemma_.lower())
    if holder.pos_ in ("VERB", "AUX") and entry and preposition.lower_ in (entry.get("via") or ()):
        return holder
    return None


def _done_to(verb: Token) -> list[Token]:
    """The verb's direct objects, or what a share of one is of ("much of Bangladesh", "parts of the city")."""
    objects = [o for o in per_doc.children(verb) if o.dep_ == "dobj"]
    return [g for o in objects for g in ([g for p in per_doc.children(o) if p.dep_ == "prep" and p.lower_ == "of"
                                          for g in per_doc.children(p) if g.dep_ == "pobj"]
                                         if o.lower_ in SHARES else [o])]


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")


def _hyphened_before(modifier: Token) -> list[Token]:
    """The words joined to `modifier` by a bare hyphen before it ("Israeli" of "Israeli-Palestinian
    talks": the tagger may see no name in the second half)."""
    doc = modifier.doc
    if modifier.tag_.startswith("VB"):
        return []  # "U.S.-brokered talks": a broker, not a party (see event_syntax.sponsors)
    return [c for c in per_doc.children(modifier) if c.i < modifier.i and c.dep_ in ("amod", "compound", "npadvmod")
            and doc[c.i + 1].text == "-" and c.i + 2 == modifier.i and not c.whitespace_]


def _stretch_of(noun: Token) -> Token | None:
    """The "days" of "after two days of talks", "during a week of fighting": the stretch of time a
    noun's event fills, which stands where the event would, or None."""
    stretch = noun.head.head
    if noun.head.lower_ != "of" or stretch.dep_ != "pobj" or stretch.lemma_.lower() not in STRETCHES:
        return None
    return stretch


def noun_participants(item: Found, pattern: Pattern, light_verbs: dict[str, dict]) -> tuple[list[Token], list[Token]]:
    noun = item.trigger
    by_prep = defaultdict(list)
    for prep in per_doc.children(noun):
        if prep.dep_ in ("prep", "agent"):
            by_prep[prep.lower_] += [g for g in per_doc.children(prep) if g.dep_ == "pobj"]
    if pattern.symmetric and noun.dep_ in SUBJECT_DEPS:
        # "Clashes broke out between police and protesters": the parser hangs the sides on the verb
        for prep in per_doc.children(noun.head):
            if prep.dep_ == "prep" and prep.lower_ in ("between", "among") and prep.lower_ not in by_prep:
                by_prep[prep.lower_] += [g for g in per_doc.children(prep) if g.dep_ == "pobj"]
    actors = [c for c in per_doc.children(noun) if c.dep_ == "poss" and c.lower_ not in PRONOUNS_THIRD | PRONOUNS_FIRST]
    possessive_pronoun = [c for c in per_doc.children(noun) if c.dep_ == "poss" and c not in actors]
    actors += [g for p in pattern.actor for g in by_prep.get(p, [])]
    # what an "of" phrase names is the act's theme, whose owner stands in for a thing ("its rejection of
    # accusations made by British intelligence"), as for a verb's object
    recipients = [owner_of(g) if p == "of" else g for p in pattern.recipient for g in by_prep.get(p, [])]
    if "ccomp" in pattern.recipient and not recipients:
        # "its demand that Israel ease restrictions": who is to act
        clauses = [c for c in per_doc.children(noun) if c.dep_ in ("acl", "ccomp", "advcl")]
        if item.how == "light":
            clauses += [c for c in per_doc.children(item.clause) if c.dep_ == "ccomp"]
        recipients = [s for c in clauses for s in per_doc.children(c) if s.dep_ in SUBJECT_DEPS]
    if not actors:
        # "an attack launched by leftist rebels", "sanctions imposed by Washington": the doer of the
        # light verb told of the noun as a participle is the deed's
        actors = [g for verb in per_doc.children(noun) if verb.dep_ == "acl" and verb.tag_ == "VBN"
                  and (light_verbs.get(verb.lemma_.lower()) or {}).get("doer_by")
                  for p in per_doc.children(verb) if p.dep_ == "agent" for g in per_doc.children(p) if g.dep_ == "pobj"]
    if not actors:
        actors = culprits_named(noun)  # "a bombing blamed on Boko Haram", "an attack claimed by the Islamic State"
    named = _name_modifiers(noun)
    if not actors:
        # "Russian strikes", "US aid": a modifier that names an actor; not one "anti-" or "pro-" marks
        actors = [c for c in named if _stance(c) is None]
    if not recipients:
        recipients = [c for c in named if _stance(c) == "anti"]  # "an anti-British protest": aimed at Britain
    if item.how == "light":
        subjects = subjects_of(item.clause)
        if item.light_role in ("host", "recipient"):
            recipients, actors = subjects or recipients, actors or []
            if item.light_role == "recipient" and not actors:
                # "received threats from militants": the parser hangs the giver on the verb
                actors = [g for p in per_doc.children(item.clause) if p.dep_ == "prep" and p.lower_ in pattern.actor
                          for g in per_doc.children(p) if g.dep_ == "pobj"]
        elif subjects and item.light_role == "witness":
            # "residents reported air strikes": who saw or tells of it is no party to it, but one side
            # of a clash it tells of with the other ("the army reported heavy fighting with rebels")
            if pattern.symmetric and not any(p.dep_ == "prep" and p.lower_ == "between" for p in per_doc.children(noun)):
                actors = subjects + actors
        elif subjects:
            actors = subjects + (actors if pattern.symmetric else [])
        if not recipients:
            options = verb_recipients(item.clause, dataclasses.replace(pattern, recipient=("dative", *pattern.recipient)))
            recipients = [r for r in (options[0] if options else []) if r.i != noun.i]
    elif noun.dep_ == "pobj" and not actors:
        setting = _stretch_of(noun) or noun  # "signed the accord after two days of talks": the talks' setting
        preposition = setting.head.lower_
        verb = _via_verb(noun, light_verbs)
        if verb is not None:
            actors = subjects_of(verb)  # "responded with airstrikes", "coupled gains with assaults"
            # what the verb is done to is what the deed is done to ("pounded rebel positions with
            # artillery", "shut down much of Bangladesh with a general strike")
            recipients = recipients or _done_to(verb)
        elif preposition in SETTING_PREPOSITIONS and setting.head.head.pos_ in ("VERB", "AUX") and pattern.symmetric:
            verb = setting.head.head
            item.how = "setting"  # "During a phone call, Putin told Trump": everyone in the clause took part
            actors = subjects_of(verb)
            # whom the clause's subject addresses took part too ("told Trump"); not what it acts on
            # ("speed up air defenses after a call with Macron"); with no subject, no one is known
            others = [c for c in per_doc.children(verb) if c.dep_ == "dative" or (
                c.dep_ == "dobj" and (c.ent_type_ in ACTOR_ENTITIES or c.pos_ == "PRON"))] if actors else []
            actors = actors + others
            if not actors:
                return [], []  # "after a call with Macron" hanging from a subjectless clause: whose call?
    if not actors and noun.dep_ == "pobj" and (culprit := _culprit_clause(noun)) is not None:
        actors = subjects_of(culprit)  # "hackers working for North Korea were behind the attack", "was responsible for"
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        # "a patrol boat came under fire from a warship": what is under attack, and from whom
        verb = noun.head.head
        recipients = recipients or subjects_of(verb)
        actors = actors or [g for p in per_doc.children(verb) if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
                            for g in per_doc.children(p) if g.dep_ == "pobj"]
    if not actors and possessive_pronoun:
        actors = possessive_pronoun  # "their advance", "its strikes": resolved below
    return actors, recipients


# Predicates that name the doer of a deed: "X was behind the bombing", "X was responsible for the attacks".
CULPRIT_PREDICATES = {"behind": frozenset({"be"}), "for": frozenset({"responsible", "accountable", "to blame"})}


# Verbs that, told of a deed, name its doer after a preposition: "an attack blamed on rebels", "a
# bombing attributed to the group", "an attack claimed by the Islamic State".
CULPRIT_VERBS = {"blame": "on", "attribute": "to", "claim": "by"}


def culprits_named(noun: Token) -> list[Token]:
    """The doer a participle or relative clause on the deed names ("the bombing, which police blamed
    on the Taliban"); not who blamed it."""
    return [g for verb in per_doc.children(noun) if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBD")
            and (preposition := CULPRIT_VERBS.get(verb.lemma_.lower()))
            and (verb.dep_ == "acl" or preposition != "by")
            for p in per_doc.children(verb) if p.dep_ in ("prep", "agent") and p.lower_ == preposition
            for g in per_doc.children(p) if g.dep_ == "pobj"]


def _culprit_clause(noun: Token) -> Token | None:
    """The copula whose subject did the deed `noun` names ("Iran was behind the bombing")."""
    preposition, holder = noun.head, noun.head.head
    words = CULPRIT_PREDICATES.get(preposition.lower_)
    if not words or holder.lemma_.lower() not in words:
        return None
    return holder if holder.lemma_.lower() == "be" else (holder.head if holder.dep_ == "acomp" else None)


def judgment_participants(item: Found) -> tuple[list[Token], list[Token]]:
    """The judge is the subject of the verb of saying or judging; the recipient the author of what
    is judged ("the government's offer", "the Israeli proposal"), or who is judged ("branded the
    Dalai Lama a splittist")."""
    owner = owner_of(item.theme) if item.theme is not None else None
    if owner is None or owner.i == item.theme.i:
        # "said the ambush was a cowardly act by the rebels": the verdict names the author
        authors = [g for p in per_doc.children(item.trigger) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                   for g in per_doc.children(p) if g.dep_ == "pobj"]
        owner = authors[0] if authors else owner
    return subjects_of(item.clause), [owner] if owner is not None else []


def governed_recipients(item: Found, governor: str | None = None) -> list[list[Token]]:
    """The recipients of a complement the `governor` event type absorbed ("halted supplies to Ukraine").
    When what a REQUEST asks for is a deed noun, its "for" phrase names who would gain from it, not
    whom the request is made of ("appealed for food aid for 3 million people"); a PROTEST demanding a
    deed done to someone is not aimed at them ("to demand the release of political prisoners")."""
    if item.pattern is None:
        return []
    if item.trigger.pos_ in ("VERB", "AUX", "ADJ"):
        found = verb_recipients(item.trigger, item.pattern)
        if governor == "PROTEST":
            # (nor at the deed itself, whose phrase names them: "the release of 26 prisoners")
            done_to = deed_and_patients(item.trigger)
            found = [kept for heads in found if (kept := [h for h in heads if h.i not in done_to])]
        return found
    by_prep = defaultdict(list)
    holders = [item.trigger]
    if item.trigger.dep_ == "dobj" and item.trigger.head.lemma_.lower() in light_verb_lemmas():
        holders.append(item.trigger.head)  # "deliver blows to the United States"
    for holder in (*holders, *_of_phrases(holders)):
        for prep in per_doc.children(holder):
            if prep.dep_ in ("prep", "dative"):
                by_prep[prep.lower_] += [g for g in per_doc.children(prep) if g.dep_ == "pobj"]
    return [by_prep[p] for p in item.pattern.recipient if by_prep.get(p) and not (governor == "REQUEST" and p == "for")]


def deed_and_patients(verb: Token) -> set[int]:
    """The indices of a deed noun the verb's object names and of whom it is done to ("demanded the
    [release] of 26 [prisoners]"): neither is the one the demand or protest is aimed at."""
    return {i for o in per_doc.children(verb) if o.dep_ == "dobj" for d in (o, *o.conjuncts)
            if d.lemma_.lower() in cue_words()["patient_noun"]
            for p in per_doc.children(d) if p.dep_ == "prep" and p.lower_ == "of"
            for g in per_doc.children(p) if g.dep_ == "pobj" for i in (d.i, g.i)}
