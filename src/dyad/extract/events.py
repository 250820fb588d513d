"""PLOVER events from the dependency parse: who did what to whom.

The work is split by question:

* `event_lexicon`: the patterns (`lexicon/events/*`), compiled once;
* `event_triggers`: which tokens trigger which pattern; a governor absorbs what it governs
  ("agreed to meet" is one AGREE, "halted weapons supplies" one SANCTION);
* `event_participants`: the phrases that are actor and recipient (subjects, passive agents,
  objects, prepositional recipients, controllers of infinitives, hostless meetings);
* `event_mentions`: the actor each phrase names, with its country and sector;
* `event_coding`: one Event record per trigger (type, mode, CAMEO, status, date, place);
* this module: the events of a document, one per happening as PLOVER codes them: what a clause
  says around its main event (relative, participle and purpose clauses) is part of it, and the
  same happening reported twice is kept once.

A statement is not an event: plain "said" is left to the attribution extractor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyad.extract import per_doc
from dyad.extract.event_coding import build_event
from dyad.extract.event_lexicon import event_lexicon
from dyad.extract.event_mentions import any_known
from dyad.extract.event_participants import culprits_named
from dyad.extract.event_judgments import is_predicate, restated_deed, restating_nouns
from dyad.extract.event_syntax import (captive_complement, has_to_infinitive, partitive_heads, misjoined_conjunct, misread_clause_subject, misread_doer,
                                      restated_happening, result_complements, semicolon_between)
from dyad.extract.event_triggers import find_triggers
from dyad.extract.phrases import DEFINITE_DETERMINERS
from dyad.model import Attribution, DateValue, Event, Place, Span

# A noun after these names a happening before or after the one reported, not a part of it.
SEQUENCE_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until"})
# Conjunctions of a clause that sets the scene of the news ("as fighting spread", "after clashes erupted").
BACKGROUND_MARKS = frozenset({"as", "while", "after", "before", "since", "until", "amid"})
# Of those, the ones that set a scene at the time of the news ("as shells crashed into the port").
SCENE_MARKS = frozenset({"as", "while"})
# Words of a relative clause that tell a deed done next or in answer ("police who in turn fired").
ANSWER_ADVERBS = frozenset({"then", "later", "subsequently", "afterwards", "afterward"})
ANSWER_NOUNS = frozenset({"turn", "response", "retaliation", "return"})
# Verbs that tell only the harm an act of force did to its victims ("were killed in clashes"); not
# an act with a name of its own ("was assassinated in an attack on his home").
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})
# Nouns of a happening with no doer in their word ("died in a car bomb explosion", "were injured in
# the blast"): the harm is the deed news readers point at (real-news coders mark the verb, 4 of 4).
HAPPENING_NOUNS = frozenset({"blast", "explosion"})
# Verbs that say only that a happening their subject names took place, broke out or began again
# ("fighting erupted", "the ambush occurred", "clashes broke out"), with the particle or object some
# need ("took place", "broke out"): the word a reader points at. (dates.OCCURRENCE_VERBS, which date
# a happening, are a wider set: "began", "started", "unfolded" too.)
TOOK_PLACE_VERBS = {"erupt": None, "occur": None, "happen": None, "resume": None, "break": "out", "take": "place"}


def _named_objects(verb: Token) -> list[Token]:
    """Where the word a pattern's object names may stand: "imposed a curfew", "set fire to",
    "set the bus on fire", "set the town hall ablaze" (also where the parser hangs "ablaze" inside
    the object phrase: "set the bank and two cars ablaze")."""
    children = per_doc.children(verb)
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    return [*objects, *(c for c in children if c.dep_ in ("oprd", "acomp")), *result_complements(verb),
            *(g for c in children if c.dep_ == "prep" for g in per_doc.children(c) if g.dep_ == "pobj"),
            *(t for o in objects for t in o.subtree if t is not o)]


def find_events(doc: Doc, actors, attributions: list[Attribution], dates: list[DateValue],
                places: list[Place]) -> list[Event]:
    """Every event in `doc`; `actors` is the document's ActorResolver."""
    lex = event_lexicon()
    found, anchors, themes = [], {}, set()
    for item in find_triggers(doc, lex, actors.chains.antecedent):
        event = build_event(item, lex, actors, attributions, dates, places)
        if event is not None and item.how == "light" and lex.light_verbs.get(item.clause.lemma_.lower(), {}).get("trigger") == "verb":
            # "launched an offensive", "resumed shelling": the verb tells when the act began, and is
            # the word a reader points at (the noun of "held talks", "carried out strikes" stays it)
            verb = item.clause
            event.trigger = Span(verb.text, verb.idx, verb.idx + len(verb))
        elif event is not None and item.how == "verb" and item.pattern.trigger == "object":
            # "imposed a curfew", "Curfew was imposed in the district": the measure is the word a
            # reader points at, while the verb gives its doer, day and place
            # ("opened fire": the object is no event of its own, so it is the verb's own object)
            noun = next((g.trigger for g in item.governed if g.how == "noun"
                         and g.lemma in item.pattern.constraint), None) or next(
                (c for c in _named_objects(item.trigger) if c.lemma_.lower() in item.pattern.constraint), None)
            if noun is not None:
                event.trigger = Span(noun.text, noun.idx, noun.idx + len(noun))
        elif event is not None and item.how == "verb" and (complement := captive_complement(item.trigger)) is not None:
            # "held dozens of lawmakers hostage": news readers mark "hostage", the word that makes
            # the holding a hostage-taking (the verb gives its doer, day and place)
            event.trigger = Span(complement.text, complement.idx, complement.idx + len(complement))
        elif event is not None and item.how == "judgment" and is_predicate(item.trigger, item.clause):
            # "Algiers called the charge an insult": news readers mark the judging verb (the when/where
            # gold in 6 sentences of 5 files; a PLOVER markup once marks the names called)
            verb = item.clause
            event.trigger = Span(verb.text, verb.idx, verb.idx + len(verb))
        if event is not None:
            found.append((item.trigger, event))
            if item.how == "light":
                anchors[item.clause.i] = event  # "staged protests to demand reforms": the verb carries the protest
            elif item.how == "judgment" and item.theme is not None:
                # "said the offer was unacceptable", "called the plan a trick": what is judged is part of the verdict
                anchors[item.theme.head.i] = event
                themes.add(item.theme.i)
    by_trigger = {**anchors, **{trigger.i: event for trigger, event in found}}
    apart = set()
    for trigger, event in found:
        _doer_of_subject_deed(trigger, event, by_trigger)
        _aim_of_subject_deed(trigger, event, by_trigger)
        if (deed := _doer_of_victims_deed(trigger, event, by_trigger)) is not None:
            apart.add(id(deed))  # "were killed when police stormed the colliery": the storming is a deed of its own
    main = []
    for trigger, event in found:
        governor, lends = _governing_event(trigger, event, by_trigger, themes)
        if governor is not None and _dated_apart(trigger, event, governor):
            governor = None
        if (participle := _what_force_did(trigger, event) or _deed_after_deed(trigger, event, by_trigger)) is not None:
            # "shelled the market, killing four people": the killing is an assault of its own (PLOVER
            # codes kill and wound), told of the shelling's doer, day and place
            governor = by_trigger.get(participle.head.i, governor)
            if governor is not None and governor is not event and not _is_verbal(governor):
                _as_part_of(event, governor, trigger)
            main.append(event)
            apart.add(id(event))
        elif (deed := _relative_deed(trigger, event, by_trigger)) is not None:
            # "protesters who stormed parliament", "the drone strike that killed the general": a deed
            # a relative clause tells is a happening of its own; one done by the deed it describes
            # happened with that deed
            if deed is not event:
                _as_part_of(event, deed, trigger, doer_of_deed=True)
            main.append(event)
            apart.add(id(event))
        elif governor is None or _other_doer(trigger, event, governor):
            main.append(event)
            if _second_deed(trigger, event) or _weapons_deed(trigger, event, by_trigger) or _clause_of_its_own(trigger):
                apart.add(id(event))
        elif lends and not governor.recipient:
            # "opened fire to disperse the demonstrators": the purpose names whom the act targets
            governor.recipient = [m for m in event.recipient if not _parties([m]) & _parties(governor.actor)]
    for trigger, event in found:
        if (granted := _request_granted(trigger, event)) is not None:
            # asked of whoever did what was asked, before it was done: not on the day nor at the place of the act
            if not event.recipient and granted.i in by_trigger:
                event.recipient = list(by_trigger[granted.i].actor)
            event.date = event.date if _dated_by_own_words(trigger, event) else None
            event.location = None
    main = _without_background_mentions(found, _without_named_deeds(found, main))
    events = _merge_repeats(_merge_in_sentence(main, apart), apart)
    events = _without_re_mentions(found, events)
    events = _without_restatements(found, events, by_trigger)
    _deeds_named_again(found, events)
    kept = {id(e) for e in events}
    for trigger, event in found:
        if id(event) in kept and (deed := _deed_victims_fell_in(trigger, event, by_trigger)) is not None \
                and id(by_trigger.get(deed.i)) not in kept:
            # "Ten people were killed in an air strike on a market": the strike is the happening a
            # reader points at (real news coders mark it in 10 of 12 such cases); the killing gives
            # it its victims, doer, day and place
            event.trigger = Span(deed.text, deed.idx, deed.idx + len(deed))
        elif id(event) in kept and (verb := _harm_of_happening(trigger)) is not None and verb.i not in by_trigger:
            event.trigger = Span(verb.text, verb.idx, verb.idx + len(verb))  # "seven people died in a blast"
        elif id(event) in kept and event.type != "PROTEST" and (verb := _occurrence_told(trigger)) is not None \
                and verb.i not in by_trigger:
            # "Fighting erupted in the north on Monday", "the ambush occurred near the border": the
            # verb is the word news readers point at (real-news coders mark it in 11 of 13 such
            # pairs of erupt, occur, happen, take place and resume, the other two in a "where"
            # clause); the noun names the event.
            # Not protests: "protests erupted" is marked on either word as often (4 of 8 blind pairs)
            event.trigger = Span(verb.text, verb.idx, verb.idx + len(verb))
        elif id(event) in kept and event.type == "CONSULT" and (verb := _journey_of(trigger, lex.light_verbs)) is not None \
                and verb.i not in by_trigger:
            # "flew to Kampala for talks with Museveni", "flew to Benghazi to meet Haftar": the journey
            # is the word news readers point at (PLOVER and when/where gold mark the travel verb in
            # 13 of 15 such pairs, one of them both words); the talks give the visit its host
            event.trigger = Span(verb.text, verb.idx, verb.idx + len(verb))
        elif id(event) in kept and (verb := _deed_of_attack_told(trigger, event, by_trigger)) is not None \
                and id(by_trigger[verb.i]) not in kept:
            # "Israeli strikes hit the suburbs", "an air strike by the coalition hit a bus": one
            # happening, kept under the noun that names its doer; the verb is the word news readers
            # point at (3 of 3 such pairs in dyad's dev when_where sets)
            event.trigger = Span(verb.text, verb.idx, verb.idx + len(verb))
    actors.roles_on_their_day(events)
    return events


def _journey_of(trigger: Token, light_verbs: dict[str, dict]) -> Token | None:
    """The travel verb whose purpose `trigger` (a meeting) names: the object of its "for" ("arrived for a
    two-day visit") or its purpose infinitive ("flew to Benghazi to meet Haftar"); only verbs the
    light-verb lexicon marks `trigger: verb`."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        verb = trigger.head.head
    elif trigger.dep_ in ("xcomp", "advcl") and trigger.pos_ == "VERB" and has_to_infinitive(trigger):
        verb = trigger.head
    else:
        return None
    entry = light_verbs.get(verb.lemma_.lower()) or {}
    if verb.pos_ != "VERB" or entry.get("trigger") != "verb" or "for" not in (entry.get("via") or ()):
        return None
    return verb


def _deed_of_attack_told(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> Token | None:
    """The verb of force ("hit", "struck") whose subject is the attack `trigger` names; not a blast
    or an explosion, which news readers mark on the noun as often as on the verb, nor a harm done
    ("Israeli strikes killed hundreds": the strikes are marked)."""
    verb = trigger.head
    if event.type != "ASSAULT" or trigger.dep_ != "nsubj" or trigger.pos_ != "NOUN" or verb.pos_ != "VERB":
        return None
    if trigger.lemma_.lower() in HAPPENING_NOUNS or verb.lemma_.lower() in HARM_VERBS:
        return None
    deed = by_trigger.get(verb.i)
    return verb if deed is not None and deed is not event and deed.type == "ASSAULT" else None


def _occurrence_told(trigger: Token) -> Token | None:
    """The verb that says the happening `trigger` (a noun, its subject) took place or broke out."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or trigger.pos_ != "NOUN" or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "relcl":
        return None  # "the area where Wednesday's marches took place": the clause tells of the place
    lemma = verb.lemma_.lower()
    if lemma not in TOOK_PLACE_VERBS:
        return None
    need = TOOK_PLACE_VERBS[lemma]
    return verb if need is None or any(c.lower_ == need for c in per_doc.children(verb)) else None


def _harm_of_happening(trigger: Token) -> Token | None:
    """The verb that tells who died or was hurt in a happening a noun names ("seven people died in
    a car bomb explosion", "were wounded in the blast"; HAPPENING_NOUNS)."""
    if trigger.lemma_.lower() not in HAPPENING_NOUNS or trigger.dep_ != "pobj" or trigger.head.lower_ not in ("in", "during"):
        return None
    verb = trigger.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in HARM_VERBS | {"die"} else None


def _deed_victims_fell_in(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> Token | None:
    """The noun of the act of force whose victims a passive verb of force tells of ("were killed in
    clashes", "was wounded during the raid")."""
    if event.type != "ASSAULT" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in HARM_VERBS or not any(
            c.dep_ == "nsubjpass" for c in per_doc.children(trigger)):
        return None
    for child in per_doc.children(trigger):
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for noun in per_doc.children(child):
                # the noun need not be an event of its own ("during the gunfight", sides unnamed)
                kinds = {p.type for p in event_lexicon().nouns.get(noun.lemma_.lower(), ())}
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and by_trigger.get(noun.i) is not event \
                        and kinds & {"ASSAULT", "COERCE"} and noun.lemma_.lower() not in HAPPENING_NOUNS:
                    return noun
    return None


def _with_shared_phrases(verb: Token) -> list[Token]:
    """The verb's children and the phrases its joined verbs hang last: in "three soldiers were killed
    and four wounded in an ambush by rebels" the parser hangs the ambush on "wounded" only."""
    own = per_doc.children(verb)
    if any(p.dep_ == "prep" and p.lower_ in ("in", "during") for p in own):
        return own
    joined = [verb.head] if verb.dep_ == "conj" else [c for c in verb.conjuncts if c.i > verb.i]
    return [*own, *(p for j in joined for p in per_doc.children(j)
                    if p.dep_ == "prep" and p.lower_ in ("in", "during") and p.i > verb.i)]


def _doer_of_subject_deed(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> None:
    """ "An air strike by the coalition hit a bus", "an attack by militants killed 12 soldiers": a
    verb of force whose subject is a deed with a doer of its own tells what that deed did, and
    was done by its doer, not by the weapon the subject names ("an artillery barrage by Armenian
    forces hit a school": not "artillery")."""
    if event.type != "ASSAULT" or trigger.pos_ != "VERB":
        return
    for subject in (c for c in per_doc.children(trigger) if c.dep_ == "nsubj"):
        deed = by_trigger.get(subject.i)
        if deed is None or deed is event or deed.type != event.type or not any_known(deed.actor):
            continue
        agents = [_words(p) for p in per_doc.children(subject) if p.dep_ == "prep" and p.lower_ == "by"]
        agents += [_words(c) for c in culprits_named(subject)]  # "the attack, blamed on al-Shabaab, killed 20"
        if trigger.lemma_.lower() not in HARM_VERBS:
            # "Turkish air strikes struck Kurdish positions": the doer named in the deed's own words
            # (not "Russian shelling killed four civilians": the killing is told apart, as news readers
            # mark the noun and the verb of such sentences about as often)
            agents += [_words(c) for c in per_doc.children(subject) if c.dep_ in ("poss", "amod", "compound") and c.i < subject.i]
        if not any(start <= m.start and m.end <= end for start, end in agents for m in deed.actor):
            return  # "clashes between rival militias killed 32": the sides are no doer of the killing
        start, end = _words(subject)  # the deed's words
        if all(start <= m.start and m.end <= end for m in event.actor):
            event.actor = deed.actor
        return


def _aim_of_subject_deed(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> None:
    """ "WASHINGTON - A U.S. drone strike killed the group's leader", "Russian shelling killed four
    civilians in Kharkiv": a deed that is the subject of a verb of force was aimed at whom the verb
    says it hit, not at the place (nor the dateline's country) it would otherwise be given."""
    if event.type != "ASSAULT" or trigger.pos_ != "VERB":
        return
    hit = [m for m in event.recipient if m.kind != "place"]
    if not hit:
        return
    for subject in (c for c in per_doc.children(trigger) if c.dep_ == "nsubj"):
        deed = by_trigger.get(subject.i)
        if deed is not None and deed is not event and deed.type == event.type and all(m.kind == "place" for m in deed.recipient):
            deed.recipient = list(hit)


def _doer_of_victims_deed(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> Event | None:
    """ "Five soldiers were killed in an attack by Taliban militants", "were wounded in Israeli
    shelling", "were killed when militants stormed their checkpoint": a killing told of its victims,
    by no one, was done by the doer of the deed it happened in or when. Returns a deed told in a
    clause of its own that is done to an object of its own (the checkpoint), a happening apart."""
    if event.type != "ASSAULT" or event.actor or not any(c.dep_ == "nsubjpass" for c in per_doc.children(trigger)):
        return None
    for child in _with_shared_phrases(trigger):
        deeds = []
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            deeds = [o for o in per_doc.children(child) if o.dep_ == "pobj"]
        elif child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as")
                                           for m in per_doc.children(child)):
            deeds = [child]
        for deed in (by_trigger.get(d.i) for d in deeds):
            if deed is not None and deed is not event and deed.type == "ASSAULT" and deed.actor:
                event.actor = deed.actor
                own_object = child.dep_ == "advcl" and any(c.dep_ == "dobj" for c in per_doc.children(child))
                return deed if own_object else None
    return None


def _words(token: Token) -> tuple[int, int]:
    """The character offsets of the phrase `token` heads (its whole subtree)."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _dated_by_own_words(token: Token, event: Event) -> bool:
    """The event's date is an expression inside the phrase `token` heads ("who was shot on Monday")."""
    start, end = _words(token)
    return event.date is not None and start <= event.date.start < end


def _what_force_did(trigger: Token, event: Event) -> Token | None:
    """ "opened fire on the crowd, killing 12", "a bomb tore through the market, wounding dozens": a
    participle set off by a comma that tells an act of force, with no subject of its own; returns
    the participle that hangs on the clause ("killing" of "killing four and wounding dozens").
    So is an arrest the clause's own participle tells ("seized power, detaining the president and
    his ministers"): people taken are a deed of their own, not the recipients of the clause's act
    (one joined to a killing, "killing one and arresting 12", stays part of the force used)."""
    participle = trigger
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head
    if ((event.type == "ASSAULT" or (event.mode == "arrest" and participle is trigger)) and trigger.tag_ == "VBG" and participle.dep_ == "advcl"
            and _after_comma(participle) and not _own_clause(participle)):
        return participle
    return None


def _deed_after_deed(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> Token | None:
    """ "seized power on Tuesday, declaring a state of emergency", "stormed the embassy, freeing 40
    hostages": a participle set off by a comma, with no subject of its own, that tells a deed (no
    statement) after a clause that tells a deed is a second deed of the same doer, not an elaboration
    of the first (as "rejected the plan, saying ..." is of a statement); one of the same type and
    mode tells the first deed again ("rallied in Yerevan, filling the streets")."""
    governor = by_trigger.get(trigger.head.i)
    if (governor is None or governor is event or _is_verbal(event) or _is_verbal(governor)
            or (event.type, event.mode) == (governor.type, governor.mode)  # "imposed sanctions, freezing its assets"
            or trigger.tag_ != "VBG" or trigger.dep_ != "advcl" or trigger.head.pos_ != "VERB"):
        return None
    if any(c.dep_ == "oprd" for c in per_doc.children(trigger)):
        return None  # "fought near Goma, leaving 30 soldiers dead": the state the deed left, no deed
    return trigger if _after_comma(trigger) and not _own_clause(trigger) else None


def _relative_deed(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> Event | None:
    """A past deed told in a relative clause with a subject of its own ("protesters who stormed
    parliament", "the north, which they seized in April", "the blast, which killed 13"): the event
    it is part of when the relative pronoun stands for an act of force (the blast), else itself.
    Not a state ("rebels who control the region"), a passive ("the village, where 24 people were
    killed") or a statement."""
    if _done_to_someone_told(trigger, event):
        return event
    children = per_doc.children(trigger)
    past = trigger.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "had", "has", "have") for c in children) or (
        # "a pact that Suva and Nuku'alofa signed": a past tense the tagger took for a participle
        trigger.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ in ("aux", "auxpass") for c in children))
    if trigger.dep_ != "relcl" or not past:
        return None
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if subjects and subjects[0].tag_ not in ("WDT", "WP") and event.actor:
        if _dated_by_own_words(trigger, event):
            return event  # "a security treaty that the two states signed in 2017": a deed the clause dates itself
        if (answered := _answered(trigger, event, by_trigger)) is not None:
            # "a week of tests that Taipei condemned", "a demand which Fujimori refused": another's answer
            # to what is told, aimed at its doers when the relative pronoun stands for a deed or a demand
            # (not for what a verbal act is about: "Iran defended the deal that Washington rejected")
            if not event.recipient and (answered.type == "REQUEST" or not _is_verbal(answered)) and any(
                    c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in children):
                event.recipient = list(answered.actor)
            return event
    if _is_verbal(event) or not subjects or subjects[0].tag_ not in ("WDT", "WP"):
        return None  # "the run-off that it boycotted": what the antecedent is, not what it did
    antecedent = trigger.head
    while antecedent.ent_type_ in ("DATE", "TIME") and antecedent.dep_ == "pobj":
        antecedent = antecedent.head.head  # "the attack on Monday, which wounded three": a day does nothing
    deed = by_trigger.get(antecedent.i)
    if deed is not None and deed is not event and deed.type == "ASSAULT":
        return deed
    if event.type == "ASSAULT" and any(p.type == "ASSAULT" for p in event_lexicon().nouns.get(antecedent.lemma_.lower(), ())):
        return event  # "vowed revenge for the air strike that killed their commander": the strike's own deed
    # a clause set off by commas adds a fact of its own ("Carmona, who dissolved the assembly, was
    # arrested"); one that only says which are meant is background ("the council that removed
    # Bashir"), unless it says what those force was used on had done ("fired on protesters who
    # stormed parliament")
    # (also when the clause hangs on a crowd's members or on one side of a clash: "beat hundreds of
    # supporters who marched", "fired on a crowd of Muslims who marched", "clashes between troops
    # and protesters who threw stones")
    acted = antecedent
    while acted.dep_ == "conj":
        acted = acted.head
    while acted.dep_ == "pobj" and acted.head.lower_ == "of" and acted in partitive_heads(acted.head.head):
        acted = acted.head.head  # (not what a deed was done to: "the bombing of a centre that killed 85")
    holder = acted.head.head if acted.dep_ == "pobj" else acted.head
    acted_on = acted.dep_ in ("dobj", "pobj") and (held := by_trigger.get(holder.i)) is not None and (
        held.type in ("ASSAULT", "COERCE"))
    # the doers of the news told by a deed the clause dates itself did that deed too ("protesters
    # who stormed parliament on Thursday night beat lawmakers"); not so those the news is done to
    # ("talks with the rebels that seized the town last month")
    # (or what the subject is said to be: "Jammeh, a former army lieutenant who seized power in 1994,")
    doer = antecedent.head if antecedent.dep_ == "appos" else antecedent
    own_day = doer.dep_ == "nsubj" and _dated_by_own_words(trigger, event)
    # force used by the doers of the news is news of its own, dated or not ("gunmen who stormed the
    # hotel surrendered", "the soldiers who seized the palace were arrested")
    doers_force = antecedent.dep_ in ("nsubj", "nsubjpass") and event.type in ("ASSAULT", "COERCE")
    return event if event.actor and (_after_comma(trigger) or acted_on or own_day or doers_force
                                     or _answering(trigger)) else None


def _answered(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> Event | None:
    """The event a condemnation, rejection or endorsement told in a relative clause answers: the
    event of the clause its antecedent stands in, when the relative clause's own subject is none of
    its doers ("China fired missiles, opening a week of tests that Taipei condemned")."""
    if event.type not in REACTIONS:
        return None
    holder = trigger.head
    while holder.head.i != holder.i and holder.i not in by_trigger:
        holder = holder.head
    governor = by_trigger.get(holder.i)
    if governor is None or governor is event or _parties(event.actor) & _parties(governor.actor):
        return None
    return governor


def _done_to_someone_told(trigger: Token, event: Event) -> bool:
    """ "the singer Hachalu Hundessa, who was shot dead in the capital on Monday night", "the release
    of a lawmaker who was arrested in January": force or arrest done to a person, told in a passive
    relative clause set off by a comma or dated by itself, is a happening of its own (the news it
    hangs on is what followed it: protests, a charge); not a state ("who are being held")."""
    if trigger.dep_ != "relcl" or trigger.tag_ != "VBN" or event.type not in ("ASSAULT", "COERCE"):
        return False
    children = per_doc.children(trigger)
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in children):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were", "been") for c in children) or any(
            c.dep_ == "aux" and c.lower_ not in ("had", "has", "have") for c in children):
        return False  # "who is being held", "who will be tried"
    return _after_comma(trigger) or _dated_by_own_words(trigger, event)


def _answering(clause: Token) -> bool:
    """A relative clause that tells what its antecedent did next or in answer ("threw stones at police
    who in turn fired rubber bullets", "officers who then opened fire"): a deed after the news it
    hangs on, not words that say which are meant, even with no comma."""
    for child in per_doc.children(clause):
        if child.dep_ == "advmod" and child.lower_ in ANSWER_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ in ANSWER_NOUNS for g in per_doc.children(child)):
            return True
    return False


def _no_doer_named(event: Event, trigger: Token) -> bool:
    """No actor, or only the crowd the deed's own noun stands for ("riots broke out in Kisumu": the
    rioters, of the country the riots are in)."""
    return all(m.start <= trigger.idx < m.end for m in event.actor)


def _weapons_deed(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> bool:
    """ "The attack came hours after a bomb ripped through a bus station": a deed by no one named
    whose subject is a weapon, not a deed the sentence names ("an explosion ripped through"), is a
    happening of its own, not the same as another unnamed deed of the sentence."""
    subjects = [c for c in per_doc.children(trigger) if c.dep_ == "nsubj"]
    return (not event.actor and trigger.pos_ == "VERB" and bool(subjects)
            and all(s.i not in by_trigger for s in subjects))


def _second_deed(trigger: Token, event: Event) -> bool:
    """ "placed officials under house arrest and detained 16 employees", "seized power and detained
    the president": a second deed coordinated with the first, each done to an object of its own,
    is a deed of its own (not so a second statement: "rejected the plan and said ...", nor the
    deed a movement ends in: "charged into the square and beat demonstrators")."""
    if trigger.dep_ == "relcl" and trigger.pos_ == "VERB" and not _is_verbal(event):
        # "targeted the army in the region, where they kidnapped an aid worker": a deed the
        # relative clause tells with a subject of its own
        return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in per_doc.children(trigger))
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or trigger.head.pos_ != "VERB" or _is_verbal(event):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in per_doc.children(trigger)):
        return True  # a clause of its own: "one struck near a school, and fragments killed a man"
    return all(any(c.dep_ == "dobj" for c in per_doc.children(verb)) for verb in (trigger, trigger.head))


def _is_verbal(event: Event) -> bool:
    return bool(event_lexicon().types.get(event.type, {}).get("verbal"))


def _as_part_of(event: Event, governor: Event, participle: Token, doer_of_deed: bool = False) -> None:
    """What an act of force did happened with it: its doer (or, for a participle, its own when the
    act names none), its day and its place (unless the participle names its own), its status and
    report; whom it killed when the participle names them, else whom the act was aimed at."""
    start, end = _words(participle)
    if any_known(governor.actor) or doer_of_deed:
        event.actor = governor.actor
    if not any(m.country or m.code for m in event.recipient if start <= m.start and m.end <= end):
        event.recipient = governor.recipient
    # its own day, as its own place, wins ("over the attack that killed five soldiers on Monday")
    own_day = event.date is not None and start <= event.date.start < end
    event.date = event.date if own_day else governor.date or event.date
    own_place = event.location is not None and start <= event.location.start < end
    event.location = event.location if own_place else governor.location or event.location
    event.status, event.attribution = governor.status, governor.attribution


def _without_named_deeds(found: list[tuple[Token, Event]], events: list[Event]) -> list[Event]:
    """ "US drone attacks have killed eight leaders", "riots broke out as students protested": a
    deed with no doer of its own that is the subject of a verb of its type, or of a clause that
    such a verb elaborates, is that verb's event, whose doer it names."""
    by_trigger = {trigger.i: event for trigger, event in found}
    named = set()
    for trigger, event in found:
        if not _no_doer_named(event, trigger) or trigger.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = trigger.head
        # a participle has no subject of its own: its doer is the deed's ("explosions ripped through
        # the station, killing dozens")
        verbs = (clause, *(c for c in per_doc.children(clause) if c.dep_ == "advcl"
                           and any(s.dep_ in ("nsubj", "nsubjpass") for s in per_doc.children(c))))
        if any((verb := by_trigger.get(v.i)) is not None and verb is not event and verb.type == event.type
               and verb.actor for v in verbs):
            named.add(id(event))
    return [event for event in events if id(event) not in named]


def _without_background_mentions(found: list[tuple[Token, Event]], events: list[Event]) -> list[Event]:
    """ "in one of the deadliest attacks of the war", "after six years of fighting", "as fighting
    spread through the city", "an investigation into the violence that killed 1,300 people": an
    act named only in passing, in a phrase or clause that sets the scene of the sentence's news,
    with no doer of its own, tells an analyst no one's act (the scene of "Five people died in an
    attack on a market", where it is all the news, stays an event). A past deed whose victims its
    own words name, on a day of its own, is still a deed on record ("two weeks after the kidnapping
    of 40 pupils", "over the attack that killed five soldiers on Monday")."""
    triggers = {id(event): trigger for trigger, event in found}
    by_trigger = {trigger.i for trigger, _ in found}
    background = {id(e) for e in events if _no_doer_named(e, triggers[id(e)]) and _in_background(triggers[id(e)], by_trigger)}
    background -= {id(e) for e in events if _counted_in_days(triggers[id(e)], e)}
    news_days = {e.date.start for e in events if e.date is not None and id(e) not in background}
    background -= {id(e) for e in events if id(e) in background and e.date is not None
                   and e.date.start not in news_days and (_names_its_victims(triggers[id(e)], e)
                                                          or _day_named_before(triggers[id(e)], e))}
    return [e for e in events if id(e) not in background or not any(
        o.sentence.start == e.sentence.start and id(o) not in background for o in events)]


def _counted_in_days(trigger: Token, event: Event) -> bool:
    """ "after two days of heavy fighting", "three nights of rioting in Noumea": a deed counted in
    the units its type lists as recent spells (plover.yaml recent_spell_units) is a happening of
    its own, not the scene of the news (not "after six years of fighting")."""
    units = event_lexicon().types.get(event.type, {}).get("recent_spell_units") or ()
    of = trigger.head
    if trigger.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return False
    spell = of.head
    return spell.lemma_.lower() in units and any(c.dep_ == "nummod" for c in per_doc.children(spell))


def _names_its_victims(trigger: Token, event: Event) -> bool:
    """Whom the deed was done to is named in its own words: a verb's object ("that killed five
    soldiers"), a party in a noun's phrase ("the kidnapping of 40 pupils")."""
    if trigger.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") for c in per_doc.children(trigger)):
        return True
    start, end = _words(trigger)
    return any(start <= m.start and m.end <= end and (m.country or m.code) for m in event.recipient)


def _day_named_before(trigger: Token, event: Event) -> bool:
    """The noun's own words begin with its day ("Thursday's rocket attack", "the Jan. 7 shooting"):
    a deed on record, not a passing mention ("the deadliest attack since 2014")."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.left_edge.idx <= event.date.start < trigger.idx


def _in_background(trigger: Token, by_trigger: set[int]) -> bool:
    """A noun in a prepositional phrase of a clause (not "came under fire"), the subject of an
    "as", "after" or "while" clause that is no act itself, or a verb of a relative clause told of such
    a noun ("the violence that killed")."""
    if trigger.dep_ == "relcl":
        return _in_phrase_of_clause(trigger.head, by_trigger)
    if trigger.pos_ == "VERB" and trigger.dep_ in ("advcl", "xcomp"):
        # "as shells continued crashing into the port": a deed with no doer set as the scene while the
        # news happened; one before it ("hours after a bomb ripped through a bus station") is news of its own
        clause = trigger.head if trigger.dep_ == "xcomp" else trigger
        return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in per_doc.children(clause))
    if trigger.pos_ in ("NOUN", "PROPN") or trigger.dep_ == "pobj":
        clause = trigger.head
        return _in_phrase_of_clause(trigger, by_trigger) or (
            trigger.dep_ == "nsubj" and clause.dep_ == "advcl" and clause.i not in by_trigger
            and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in per_doc.children(clause)))
    return False


def _in_phrase_of_clause(noun: Token, by_trigger: set[int]) -> bool:
    """`noun` is in a prepositional phrase (or one nested in it: "in one of the deadliest attacks of
    the war") that hangs on a verb, not in one that tells of another act ("an air strike on a hospital")."""
    token = noun
    if token.dep_ != "pobj":
        return False
    while token.dep_ in ("pobj", "pcomp", "prep"):
        if token.dep_ == "prep" and token.lower_ == "under":
            return False  # "came under attack": the noun names the act
        token = token.head
        if token.i in by_trigger and token.pos_ in ("NOUN", "PROPN"):
            return False
        if token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME"):
            token = token.head  # "two weeks after the kidnapping", "hours before the attack"
    return token.pos_ in ("VERB", "AUX")


def _governing_event(trigger: Token, event: Event, by_trigger: dict[int, Event],
                     themes: set[int] = frozenset()) -> tuple[Event | None, bool]:
    """PLOVER codes the event a clause reports, not the background or elaboration around it: an
    event in a relative clause ("the village, where 24 people were killed"), a participle or
    purpose clause ("rejected the plan, saying ...", "opened fire to disperse them") or a noun in
    a prepositional phrase ("accused X of blackmail in the negotiations") under another event's
    trigger is part of that event, as is what a verbal act is about ("condemned the visit") and
    what a verdict is passed on (`themes`: "said the offer was unacceptable"). A finite adverbial
    clause with its own subject reports a happening of its own, also one before or after the
    reported event ("struck Serb guns after Serb forces shelled a safe area": two events, as an
    analyst of the war wants them, though a gold standard of one event per sentence codes one).
    Returns the governing event, and whether the subordinate one was a participle or purpose clause
    of it (whose recipient it may lend)."""
    if trigger.dep_ == "relcl" and restated_deed(trigger) is not None:
        return None, False  # "banned imports, a move Tbilisi denounced": the denouncing is Tbilisi's own act
    if trigger.dep_ == "relcl" and _own_clause(trigger) and any(
            c.dep_ == "mark" and c.lower_ in SEQUENCE_PREPOSITIONS for c in per_doc.children(trigger)):
        # "..., a day after Mubarak quit as president": the parser hangs the clause on "day"; it is a
        # finite clause with its own subject, a happening of its own
        return None, False
    if trigger.dep_ == "relcl" and trigger.head.ent_type_ in ("DATE", "TIME") and _own_clause(trigger):
        # "the worst massacre since Aug. 29, 1997, when attackers slaughtered 300 people": what a day
        # the sentence names saw is a happening of its own, not part of the event the day hangs on
        return None, False
    if trigger.dep_ == "relcl" and _after_comma(trigger) and _active_doer_where(trigger):
        # "targeted the army in Tillaberi, where they also kidnapped an aid worker": what a place
        # set off by a comma saw, done by a subject of the clause's own, is a happening of its own
        return None, False
    if misread_doer(trigger) is not None:
        return None, False  # "Troops backed by helicopters clashed with gunmen": the sentence's own verb
    if _counted_in_days(trigger, event):
        return None, False  # "seized the capital after two days of fighting": the fighting is a happening of its own
    if _request_granted(trigger, event) is not None:
        return None, False  # "sent troops at Sogavare's request": the request is the requester's act
    if _yielded_to(trigger):
        return None, False  # "revoked the decree, bowing to a week of strikes": the strikes are the strikers' act
    if event.status == "denied":
        # "denied reports that soldiers had fired on civilians": what is denied is coded as denied, as
        # for "denied that soldiers had fired"; it is no part of the denial
        return None, False
    if _act_of_its_own(trigger, event, by_trigger):
        return None, False
    if _said_of_antecedent(trigger, event):
        # "the opposition party, which denied any role", "Australia, which warned the commander last
        # week against a coup, suspended ties": what the one named did, said apart from the news
        return None, False
    token, crossed, lends, own = trigger, False, False, False
    verbal = {t for t, info in event_lexicon().types.items() if info.get("verbal")}
    # the light verb that carries the event is the event itself ("praised the decision to join the talks")
    by_trigger = {i: e for i, e in by_trigger.items() if e is not event}
    if (setting := _meeting_of_doers(trigger, event, by_trigger)) is not None:
        return setting, False
    if trigger.dep_ == "advcl" and _verb_after_meeting(trigger.head) is trigger and (
            (meeting := by_trigger.get(trigger.head.i)) is not None and meeting.type == "CONSULT"):
        return None, False  # "Gulf leaders meeting in Riyadh called on Iran ...": the act is the news
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and semicolon_between(token, token.head):
            return None, False  # "Trump threatened new tariffs; the economy may have encouraged his actions"
        if token.dep_ == "advcl" and token.head.dep_ == "relcl" and _own_clause(token) and _told_when(token):
            # "an uprising that began when students protested", "a standoff that began when gunmen
            # seized the school": a clause of time with its own subject, in a relative clause that
            # tells what it began or ended, is a happening of its own, not part of the news it hangs on
            return None, False
        if misjoined_conjunct(token) is not None:
            # "fired tear gas to disperse the crowd and arrested 17 of them": a past-tense verb the parser
            # joins to the purpose infinitive before it is the subject's next act, no part of the purpose
            return None, False
        if _clause_of_its_own(token):
            # "..., killing nine people, a day after security forces raided monasteries": a clause
            # with its own subject reports its own happening, whatever the parser joins it to
            return None, False
        # "..., suspending the constitution after the court ordered the release of X": an act its own
        # subject's clause tells is no purpose of the participle above it, whose recipient it lends
        own = own or (token.dep_ == "advcl" and _own_clause(token))
        if token.dep_ in ("dobj", "nsubjpass", "ccomp") and token.head.i in by_trigger and (
                by_trigger[token.head.i].type in verbal):
            crossed = True  # "condemned the visit", "charged that France was arming them": what is said about
        elif token.i in themes:
            crossed = True  # "said the offer was unacceptable": what a verdict is passed on
        elif token.dep_ == "relcl":
            crossed = True
        elif token.dep_ == "advcl" and token.head.dep_ == "ccomp" and _after_comma(token) and not _own_clause(token) \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in per_doc.children(token.head)):
            pass  # "denied that it was arming them, rejecting the accusations": the participle is the denier's
        elif token.dep_ in ("acl", "advcl") and not _own_clause(token):
            # a participle that describes a noun which is no event ("a ceasefire in talks brokered by
            # Saudi Arabia", "talks in Moscow hosted by Lavrov") tells who the noun's parties are, not
            # whom the event above is aimed at: it lends no recipient (what a motion or plan is to do
            # does: "rejected a motion to allow U.S. troops to be deployed")
            describes = (token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and token.head.pos_ in ("NOUN", "PROPN")
                         and token.head.i not in by_trigger)
            crossed, lends = True, not crossed and not own and not describes
        elif token.dep_ == "pobj" and token.head.lower_ in SEQUENCE_PREPOSITIONS and trigger.pos_ in ("NOUN", "PROPN") \
                and not event.actor:
            # "met the parents, three months after the abduction": an earlier deed by no one named
            # is not the meeting's; one with a doer stays background ("after a visit by Jackson")
            return None, False
        elif token.dep_ in ("pobj", "pcomp") and trigger.pos_ in ("NOUN", "PROPN"):
            crossed = True
        token = token.head
        if crossed and token.i in by_trigger:
            return by_trigger[token.i], lends
    return None, False


def _request_granted(trigger: Token, event: Event) -> Token | None:
    """The verb of the act done "at X's request" or "at the request of X" ("Iran closed its airspace at
    Baghdad's request"): the request is X's act of its own, made of whoever did what was asked."""
    if event.type != "REQUEST" or trigger.dep_ != "pobj" or trigger.head.lower_ != "at" or not event.actor:
        return None
    verb = trigger.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


# Verbs of giving way whose "to" phrase names what another did ("bowed to a week of protests").
YIELDING = frozenset({"bow", "yield", "succumb", "cave", "give"})


def _yielded_to(trigger: Token) -> bool:
    """ "revoked the decree, bowing to a week of strikes and street protests", "gave in to the
    protests": what is given way to is an act of those who pressed, not part of the yielding."""
    token = trigger
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head  # "a week of strikes"
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in YIELDING


# Acts a participle set off by a comma tells, aimed at someone it names, that are news of their own
# beside the act of another type they follow ("expelled the ambassador, accusing him of spying",
# "resigned, accusing Iran of sowing strife"). Not a demand or a warning, which says what the act
# above is for ("marched through the capital, demanding that the president resign"), nor defiance,
# which tells how the act was done ("granted him asylum, defying Britain's warning").
DEFYING = frozenset({"defy", "flout"})
OWN_ACT_PARTICIPLE_TYPES = frozenset({"ACCUSE", "REJECT", "SANCTION", "COERCE"})
# ... also when joined to another participle, if they are words ("expelled two diplomats, calling them spies
# and accusing Washington of meddling"; not "opened fire, killing one man and arresting 20": the force used,
# nor "imposed sanctions, freezing their assets and banning them from travelling": the sanctions' terms)
WORDS_OF_ITS_OWN = frozenset({"ACCUSE"})


def _act_of_its_own(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> bool:
    participle = trigger
    while participle.dep_ == "conj" and participle.tag_ == "VBG" and participle.head.tag_ == "VBG" and event.type in WORDS_OF_ITS_OWN:
        participle = participle.head  # "rejected the report, calling it biased and accusing the monitors of bias"
    if participle.dep_ != "advcl" or trigger.tag_ != "VBG" or not _after_comma(participle) or _own_clause(participle):
        return False
    governor = by_trigger.get(participle.head.i)
    return (governor is not None and governor is not event and event.type in OWN_ACT_PARTICIPLE_TYPES
            and governor.type != event.type and bool(event.recipient) and trigger.lemma_.lower() not in DEFYING)


def _meeting_of_doers(trigger: Token, event: Event, by_trigger: dict[int, Event]) -> Event | None:
    """ "West African leaders meeting in Abuja recognised Ouattara", "Arab ministers meeting in Cairo
    condemned the raid": a meeting told of the doers of the act it is the subject of is where they
    acted, not a happening of its own (the parser makes the participle, or the noun it reads there,
    the verb's subject, where "leaders, meeting in Abuja, recognised" hangs it on them)."""
    if event.type != "CONSULT" or not event.actor:
        return None
    if trigger.dep_ in ("nsubj", "csubj") and trigger.head.pos_ in ("VERB", "AUX"):
        verb = trigger.head
    elif (verb := _verb_after_meeting(trigger)) is None:
        return None
    deed = by_trigger.get(verb.i)
    if deed is None or not _parties(deed.actor) & _parties(event.actor):
        return None
    # they acted at the meeting: its day and place are the act's when the act's own words tell none
    deed.date, deed.location = deed.date or event.date, deed.location or event.location
    return deed


def _verb_after_meeting(participle: Token) -> Token | None:
    """ "Gulf leaders meeting in Riyadh on Monday called on Iran ...": the parser may make the
    participle the root and the finite verb after it, which has no subject of its own, a clause of it."""
    if participle.dep_ != "ROOT" or participle.tag_ != "VBG" or any(
            c.dep_ in ("aux", "auxpass") for c in per_doc.children(participle)):
        return None
    return next((c for c in per_doc.children(participle) if c.dep_ == "advcl" and c.tag_ == "VBD" and c.i > participle.i
                 and not any(s.dep_ in ("nsubj", "nsubjpass", "mark") for s in per_doc.children(c))), None)


def _dated_apart(trigger: Token, event: Event, governor: Event) -> bool:
    """ "resigned, ending a week of turmoil set off by the assassination of the vice president on
    March 23", "accused him of being behind Sunday's grenade attack": a deed a noun names, dated
    by its own words to another day than the event it hangs under, is a happening of its own."""
    if trigger.pos_ not in ("NOUN", "PROPN") or event.date is None or _is_verbal(event):
        return False
    return _dated_by_own_words(trigger, event) and (governor.date is None or governor.date.value != event.date.value)


def _told_when(clause: Token) -> bool:
    """A clause of what went before: "when", "after", "before" or "since" introduces it (not the
    scene of "as" or "while")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "before", "since")
               for c in per_doc.children(clause))


def _said_of_antecedent(trigger: Token, event: Event) -> bool:
    """A verbal act (a denial, a warning, an accusation) told in a relative clause set off by a comma
    whose subject is the relative pronoun: the antecedent's own act, not what the news is about.
    A clause that only says which are meant ("the council that condemned the coup") is not one."""
    if trigger.dep_ != "relcl" or not _is_verbal(event) or not event.actor or not _after_comma(trigger):
        return False
    # a deed of a day ("which denied any role", "who had mocked the army chief"); not a standing
    # position ("which has demanded his arrest")
    done = trigger.tag_ == "VBD" or trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in per_doc.children(trigger))
    return done and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in per_doc.children(trigger))


def _other_doer(trigger: Token, event: Event, governor: Event) -> bool:
    """ "the cease-fire, accepted by Ukraine, was rejected by Russia": a participle that names its
    own doer in a "by" phrase, another than the governing event's, reports a happening of its own."""
    named = any(c.dep_ == "agent" for c in per_doc.children(trigger))
    # "rebels backed by Rwanda captured Goma": a participle describing the doer says who the doer is
    describes_doer = trigger.dep_ == "acl" and any(m.start <= trigger.head.idx < m.end for m in governor.actor)
    # "defying a curfew imposed by the army": a participle that only identifies its noun (no comma
    # sets it off) is background; one set off by commas adds a fact of its own
    set_off = trigger.dep_ != "acl" or _after_comma(trigger)
    return (named and bool(event.actor) and not _parties(event.actor) & _parties(governor.actor)
            and not describes_doer and set_off)


def _active_doer_where(clause: Token) -> bool:
    children = per_doc.children(clause)
    past = clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children)
    return clause.pos_ == "VERB" and past and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children) and any(
        c.dep_ == "nsubj" for c in children)


def _clause_of_its_own(trigger: Token) -> bool:
    """ "The Kremlin has denied any involvement, and Russia refused to meet the deadline": a clause
    joined to another with a subject of its own tells a happening of its own, even by the same side."""
    return trigger.dep_ == "conj" and trigger.pos_ in ("VERB", "AUX") and _own_clause(trigger)


def _after_comma(clause: Token) -> bool:
    left = clause.left_edge.i
    return left > 0 and clause.doc[left - 1].text == ","


def _own_clause(clause: Token) -> bool:
    # ("a day after militants attacked": a subject the parser made the object of "after" counts)
    return (any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in per_doc.children(clause)) or misread_clause_subject(clause)
            is not None) and not has_to_infinitive(clause)


# Reactions whose object may name a deed told before ("India condemned the move").
REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
REACHING_BACK = 3  # sentences


def _deeds_named_again(found: list[tuple[Token, Event]], events: list[Event]) -> None:
    """ "Nepal's king seized absolute power on Tuesday. ... India condemned the move": a reaction
    to a deed a definite noun names again ("the move", "the decision", "the coup", "the strikes")
    is aimed at whoever did the latest such deed of the sentences just before; the reaction named
    no one. Deeds of the reacting side itself are not meant ("defended the decision")."""
    if not events:
        return
    trigger_of = {id(event): trigger for trigger, event in found}
    lex = event_lexicon()
    deeds = {t for t, info in lex.types.items() if not info.get("verbal")}
    starts, _ = per_doc.sentence_bounds(found[0][0].doc)
    sentence_of = {id(event): starts[trigger.i] for trigger, event in found}
    for k, event in enumerate(events):
        trigger = trigger_of[id(event)]
        if trigger.dep_ == "oprd":
            trigger = trigger.head  # "called the coup a setback": the verdict's judging verb names the deed
        if event.type not in REACTIONS or event.recipient or trigger.pos_ != "VERB":
            continue
        named = next((c for c in per_doc.children(trigger) if c.dep_ == "dobj"), None)
        if named is None or not _names_again(named):
            continue
        lemma = named.lemma_.lower()
        kinds = deeds if lemma in restating_nouns() else {p.type for p in lex.nouns.get(lemma, ())}
        here = sentence_of[id(event)]
        earlier = sorted({sentence_of[id(e)] for e in events[:k] if sentence_of[id(e)] < here})[-REACHING_BACK:]
        # (not a deed of the reacting side's own state: "two missiles were shot down by air defences")
        own = {m.country for m in event.actor if m.country}
        deed = next((e for e in reversed(events[:k]) if e.type in kinds and e.status == "asserted" and e.actor
                     and sentence_of[id(e)] in earlier and not own & {m.country for m in e.actor}), None)
        if deed is not None and not _parties(deed.actor) & _parties(event.actor):
            event.recipient = list(deed.actor)


def _names_again(noun: Token) -> bool:
    """ "the move", "this decision": a definite noun that names no doer or owner of its own."""
    children = per_doc.children(noun)
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children) and not any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.pos_ == "PROPN")
        or (c.dep_ == "prep" and c.lower_ in ("of", "by", "from")) for c in children)


# Meetings and plans to meet, whose parties are compound by nature
MEETING_TYPES = frozenset({"CONSULT", "AGREE"})


def _merge_in_sentence(events: list[Event], apart: set[int] = frozenset()) -> list[Event]:
    """PLOVER codes one event per happening with compound participants: two events of one type
    in a sentence whose actors are the same ("rejected the plan and said they opposed the
    force") are one event, with the recipients of both, unless each act of words is aimed at
    its own parties; what an act of force did (`apart`: "shelled the town, killing four") is a
    happening of its own."""
    # PLOVER manual (MOBILIZE): forces readied in the course of an assault are part of the assault
    # (by the same doer: not "moved troops to the border ... over the suicide attack on parliament").
    assaults = [e for e in events if e.type == "ASSAULT" and e.status in ("asserted", "future")]
    events = [e for e in events if not (e.type == "MOBILIZE" and any(
        a.sentence.start == e.sentence.start and (_parties(a.actor) & _parties(e.actor) or not e.actor) for a in assaults))]
    kept: list[Event] = []
    for event in events:
        same = None if id(event) in apart else next((
            k for k in kept if k.sentence.start == event.sentence.start and k.type == event.type
            and k.status == event.status and _parties(k.actor) == _parties(event.actor) and id(k) not in apart
            # two acts of one type in different modes are two ("declared an emergency after detaining the president")
            and _compatible(k.mode, event.mode)
            # and so are two acts of words aimed at different parties ("called on airlines to avoid Belarus
            # and asked the foreign ministers to draw up sanctions"); not a deed's victims and place, nor
            # whom a visit meets ("will visit Mongolia, where he will meet monks": one visit, AGREE)
            and not (_is_verbal(event) and event.type not in MEETING_TYPES and k.recipient and event.recipient
                     and not _parties(k.recipient) & _parties(event.recipient))
            # two deeds the sentence dates apart are two ("invaded in December and captured the capital on Jan. 7")
            and _compatible(k.date.value if k.date else None, event.date.value if event.date else None)), None)
        if same is None:
            kept.append(event)
            continue
        seen = _parties(same.recipient)
        same.recipient += [m for m in event.recipient if (m.name or m.code) not in seen]
        same.mode, same.cameo = same.mode or event.mode, same.cameo or event.cameo
    return kept


def _parties(mentions) -> frozenset:
    return frozenset(m.name or m.code for m in mentions)


def _merge_repeats(events: list[Event], apart: set[int] = frozenset()) -> list[Event]:
    """Within an article, the same happening reported again (same type, participants and status,
    compatible mode and date, e.g. "the call" after "a phone call") is kept once; a happening kept
    `apart` from the others of its sentence is not a repeat of them."""
    kept: list[Event] = []
    for event in events:
        key = _participants(event)
        if key is None:
            kept.append(event)
            continue
        first = next((k for k in kept if k.type == event.type and k.status == event.status
                      and not ((id(k) in apart or id(event) in apart) and k.sentence.start == event.sentence.start)
                      and _participants(k) == key and _compatible(k.mode, event.mode)
                      and _compatible(k.date.value if k.date else None, event.date.value if event.date else None)), None)
        if first is None:
            kept.append(event)
            continue
        first.confidence = round(min(1.0, first.confidence + 0.05), 2)
        first.mode = first.mode or event.mode
        first.date = first.date or event.date
        first.location = first.location or event.location
    return kept


def _without_re_mentions(found: list[tuple[Token, Event]], events: list[Event]) -> list[Event]:
    """ "The attack appears timed to coincide with ...", "The attack, which ended Sunday, was one of
    the deadliest", "During the talks, Yang said": a definite noun ("the attack", "these talks") that
    names no doer refers back to the article's last happening of its type told before it (to no
    other party); it is that happening again. One that tells a day or place the
    first telling lacks stays ("The ambush, at Thirunelveli on July 23, was the deadliest"): lending
    them would be a guess ("The fighting has claimed 2,600 lives since April" is not the day the
    shells of the news hit)."""
    triggers = {id(event): trigger for trigger, event in found}
    kept: list[Event] = []
    for event in events:
        trigger = triggers.get(id(event))
        earlier = None
        if trigger is not None and not event.actor and _definite_noun(trigger):
            earlier = next((k for k in reversed(kept) if k.type == event.type
                            and k.trigger.start < event.trigger.start and k.status == event.status
                            and _adds_nothing(event, k)
                            and _parties(m for m in event.recipient if m.country or m.code) <= _parties(k.actor + k.recipient)), None)
        if earlier is None:
            kept.append(event)
    return kept


def _without_restatements(found: list[tuple[Token, Event]], events: list[Event],
                          by_trigger: dict[int, Event]) -> list[Event]:
    """ "Petro met Maduro in Caracas on Tuesday, their first meeting since ...", "met Maliki, the first
    trip to Iraq by an Iranian leader": a noun set beside the clause that tells the happening (an
    apposition, or a bare noun phrase hung on its verb) names that happening again, not a second one."""
    kept_ids = {id(e) for e in events}
    restated = {id(event) for trigger, event in found if id(event) in kept_ids
                and (told := restated_happening(trigger)) is not None and (other := by_trigger.get(told.i)) is not None
                and other is not event and id(other) in kept_ids and other.type == event.type}
    return [e for e in events if id(e) not in restated]


def _adds_nothing(event: Event, earlier: Event) -> bool:
    return ((event.date is None or (earlier.date is not None and earlier.date.value == event.date.value))
            and (event.location is None or (earlier.location is not None and earlier.location.name == event.location.name)))


def _definite_noun(trigger: Token) -> bool:
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in per_doc.children(trigger))


def _participants(event: Event):
    """Who took part, by canonical name (two envoys of one government are two parties)."""
    names = [m.name or m.code for m in event.actor + event.recipient]
    if not event.actor or None in names:
        return None
    if event.type == "CONSULT":
        return frozenset(names)
    return frozenset(m.name or m.code for m in event.actor), frozenset(m.name or m.code for m in event.recipient)


def _compatible(a, b) -> bool:
    return a is None or b is None or a == b
