"""Is an event asserted, negated, hypothetical, future, or reported as denied?

Only what the text asserts happened is "asserted": "has not approved any new deliveries" is
negated, "imposing sanctions would hurt talks" hypothetical, "denied that the US has stopped
sending arms" denied, "will hold a call" future.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyad import lexicon
from dyad.extract import per_doc
from dyad.extract.event_syntax import infinitive_conjunct_head, misjoined_conjunct, reporter_beside, semicolon_between
from dyad.extract.phrases import DEFINITE_DETERMINERS

# How far up the parse a status cue is looked for: the trigger's own clause and the clauses
# that embed it through complements (ccomp, xcomp) or as a subject (csubj).
EMBEDDING_DEPS = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "advcl", "pcomp", "acomp"})
# Nominal triggers take the status of the verb they are an argument of ("has not approved any
# deliveries") but not of a verb they only modify ("was not raised during the call").
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "conj", "appos"})


@cache
def cue_words() -> dict[str, frozenset[str]]:
    """The words of each kind in status/cues (a user's entries of a kind add to the shipped ones)."""
    words: dict[str, set[str]] = {}
    for entry in lexicon.load("status/cues"):
        words.setdefault(entry["kind"], set()).update(entry["words"])
    return {kind: frozenset(found) for kind, found in words.items()}


def status_of(trigger: Token) -> str:
    """The status of the event triggered by `trigger` (a verb, or a noun such as "talks")."""
    status = _status(trigger)
    if status == "asserted" and trigger.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "det" and c.lower_ in cue_words()["hypothetical_determiner"] for c in per_doc.children(trigger)):
        return "hypothetical"  # "would respond to any attack", "the treaty bans any deployment": no deed in particular
    return status


def _status(trigger: Token) -> str:
    cues = cue_words()
    if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp":
        trigger = trigger.head  # "is not willing to compromise": the copula carries the status
    if trigger.pos_ in ("NOUN", "PROPN"):
        if _negated_noun(trigger, cues):
            return "negated"
        modifiers = {c.lower_ for c in per_doc.children(trigger) if c.dep_ in ("amod", "compound")}
        if modifiers & cues["hypothetical_modifier"]:
            return "hypothetical"
        if modifiers & cues["future_modifier"]:
            return "future"
        anticipated = _anticipated(trigger, cues)
        if anticipated is not None:
            return anticipated
    verb = _clause_verb(trigger)
    if verb is None:
        return "asserted"
    if _has_child(verb, "mark", cues["condition"]):
        return "hypothetical"  # "asked whether she would back the bill", "if they attack": only supposed
    own = _own_status(verb, cues)
    if own == "negated" and _subject_deed(trigger, verb, cues):
        own = "asserted"  # "the attack did not stop the talks": the attack happened
    if own != "asserted":
        return own
    # Walk up through the clauses that embed this one.
    clause, elaborated = verb, False
    while clause.head.i != clause.i:
        parent = clause.head
        if clause.dep_ in ("pcomp", "advcl", "ccomp") and parent.lower_ in cues["condition"]:
            return "hypothetical"  # "ready to talk, provided they recognised ...": the parser makes "provided" a verb
        if clause.dep_ == "pcomp" and parent.pos_ == "ADP":
            # "on reaching a deal" names an aim; "without consulting" did not happen.
            if parent.lower_ in cues["negation"]:
                return "negated"
            if parent.lower_ == "from" and parent.head.lemma_.lower() in cues["restraint"]:
                return "negated"  # "barred them from entering", "refrained from attacking"
            carrier = (parent.head if (parent.lower_ in cues["means_preposition"] or (
                           parent.lower_ == "in" and parent.head.lemma_.lower() in cues["joining"]))
                       and parent.head.pos_ in ("VERB", "AUX")
                       else taken_deed(parent.head) if parent.lower_ == "of" else None)
            if carrier is not None:
                # "accused them of prolonging the war by arming Ukraine", "took the dramatic step of
                # expelling", "joined other states in cutting ties": as the act it is the means of, the
                # taking of the step, or the joining
                clause = carrier
                own = _own_status(clause, cues)
                if own != "asserted":
                    return own
                continue
            if parent.lower_ in cues["irrealis_preposition"] and not _has_child(clause, "mark", cues["awaited"]):
                # (not a clause the parser hangs there with its own "before": "shelled the village for
                # two hours before the rebels surrendered")
                return "hypothetical"
            if parent.lower_ == "with" and parent.head.lemma_.lower() in cues["allegation"]:
                return "hypothetical"  # "charged Fujimori with ordering massacres": alleged, not asserted
            break
        if clause.dep_ in ("acl", "ccomp") and parent.pos_ == "NOUN" and parent.lemma_.lower() in cues["allegation_noun"] \
                and _has_child(clause, "mark", frozenset({"that"})):
            if parent.dep_ == "dobj" and parent.head.lemma_ in cues["denial"] | cues["claim_denial"]:
                return "denied"  # "denied reports that soldiers had fired on civilians", as "denied that soldiers had"
            return "hypothetical"  # "an inquiry into allegations that troops shelled a village": alleged, not told as done
        if prevented_plan(clause) is not None:
            return "negated"  # "police foiled a plot to bomb parliament": the bombing did not happen
        if clause.dep_ in ("acl", "relcl") and _has_child(clause, "aux", frozenset({"to"})) and not _has_child(
                parent, "amod", frozenset({"first", "last", "only", "second", "latest"})):
            # "little incentive to negotiate" is not a negotiation; "plans to meet" is a plan; but "the
            # first power to recognise Croatia" did recognise it.
            if parent.lemma_.lower() in cues["future_noun"]:
                return "future"
            if parent.lemma_.lower() in cues["irrealis_noun"]:
                return "hypothetical"
        if clause.dep_ not in EMBEDDING_DEPS or semicolon_between(clause, parent):
            break  # (a clause before a semicolon is a sentence of its own, whatever the parser hangs it on)
        if clause.dep_ == "advcl" and _has_child(clause, "mark", cues["condition"]):
            return "hypothetical"
        if clause.dep_ == "advcl" and _has_child(clause, "mark", cues["awaited"]) and (
                _has_child(parent, "aux", cues["modal"] | cues["future"]) or (
                    clause.i == verb.i and _present(clause) and not _past_perfect(parent))):
            # "would not return to talks until the authorities freed prisoners": a condition; so is an
            # act told in the present after "until" or "before" ("suspended the country until Gbagbo steps down",
            # "opposed the force until their demands are met")
            return "hypothetical"
        if parent.lemma_ in cues["denial"] and clause.dep_ in ("ccomp", "pcomp", "xcomp") and not elaborated:
            return "denied"
        if parent.lemma_ in cues["failure"] and clause.dep_ == "xcomp":
            return "negated"
        if clause.dep_ == "xcomp" and parent.lemma_.lower() in cues["hesitation"] and _own_status(parent, cues) == "negated":
            return "future"  # "would not hesitate to use force" is a declared intention
        if clause.dep_ == "xcomp" and parent.lemma_.lower() in cues["schedule"] and (
                parent.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in per_doc.children(parent))):
            return "future"  # "the minister is scheduled to meet Iranian leaders", "is due to visit Kabul"
        if clause.dep_ == "xcomp" and parent.lemma_ == "be" and _has_child(clause, "aux", frozenset({"to"})) \
                and clause.lemma_.lower() not in cues["predicative_infinitive"]:
            # "Macron is to visit Algeria next week": an arrangement, to come; "was to travel to Kabul
            # on Friday" an arrangement of then, not told as done
            return "future" if parent.tag_ in ("VBZ", "VBP") else "hypothetical"
        if decided(clause) and _own_status(parent, cues) == "asserted":
            return "future"  # "Japan has decided to extend a loan": a course taken, as "will extend" is
        if clause.dep_ == "xcomp" and parent.lemma_ in cues["irrealis"] and not ordered_own(clause):
            return "hypothetical"
        if clause.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in per_doc.children(clause)):
            inherited = _own_status(parent, cues)  # "did not send troops to fight", "must allocate funds to help"
            if inherited != "asserted":
                return "hypothetical" if inherited == "future" else inherited
        if clause.dep_ == "xcomp" and clause.tag_ == "VBG":
            inherited = _own_status(parent, cues)  # "would resume fighting", "did not stop shelling": the aspect verb's
            if inherited != "asserted":
                return inherited
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in per_doc.children(clause)):
            # "denied that it was arming the rebels, rejecting Turkish accusations": a participle adds
            # the denier's own act, whatever the parser hangs it on
            elaborated = True
        if clause.dep_ in ("csubj", "csubjpass"):
            parent_status = _own_status(parent, cues)
            return "hypothetical" if parent_status == "future" else parent_status
        if clause.dep_ == "ccomp" and _is_demand(parent, cues):
            return "hypothetical"
        clause = parent
    return "asserted"


def taken_deed(noun: Token) -> Token | None:
    """The verb of "took the unusual step (of expelling)": what it is said to do, the doer did."""
    cues = cue_words()
    if noun.lemma_.lower() in cues["deed_noun"] and noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues["deed_taking"]:
        return noun.head
    return None


def prevented_plan(clause: Token) -> Token | None:
    """The plan noun when the clause is the infinitive of a plan someone foiled ("thwarted a plot to
    attack the palace", "foiled an attempt to seize the airport"; the parser may hang it on the verb
    itself: "foiled a plot to bomb parliament"): what it says was not done, and not by the one who
    foiled it."""
    if clause.dep_ not in ("acl", "advcl") or not _has_child(clause, "aux", frozenset({"to"})):
        return None
    prevention = cue_words()["prevention"]
    if clause.dep_ == "acl":
        plan = clause.head
        return plan if plan.dep_ in ("dobj", "nsubjpass") and plan.head.lemma_.lower() in prevention else None
    verb = clause.head
    if verb.lemma_.lower() not in prevention:
        return None
    return next((c for c in per_doc.children(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.right_edge.i + 2 == clause.i), None)


def decided(clause: Token) -> bool:
    """Whether the clause is the infinitive of a verb of deciding ("has decided to extend a loan")."""
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in cue_words()["decision"]


def ordered_own(clause: Token) -> bool:
    """Whether the clause is what the doer ordered its own people to do ("ordered its troops to
    withdraw"): done by the order, as "ordered air strikes" is, not a demand made of others."""
    governor = clause.head
    if clause.dep_ != "xcomp" or governor.lemma_.lower() not in cue_words()["command"]:
        return False
    ordered = [o for o in per_doc.children(governor) if o.dep_ == "dobj"]
    ordered += [g for o in ordered for p in per_doc.children(o) if p.dep_ == "prep" and p.lower_ == "of"
                for g in per_doc.children(p) if g.dep_ == "pobj"]  # "some of its troops"
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for o in ordered for c in per_doc.children(o))


def _clause_verb(trigger: Token) -> Token | None:
    """The verb whose clause decides the trigger's status."""
    token = trigger
    while token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound"):
        if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ == "VERB":
            token = token.head.head  # "will respond with air strikes": the means has the status of the act
            continue
        if token.dep_ not in ARGUMENT_DEPS or token.head.i == token.i:
            return trigger if trigger.pos_ in ("VERB", "AUX") else None
        token = token.head
    # A coordinated verb shares negation and modality with its first conjunct when it has no
    # auxiliary or subject of its own ("has not approved X nor imposed Y"), unless a contrast
    # separates them ("did not attack but negotiated").
    cues = cue_words()
    while token.dep_ == "conj" and (not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in per_doc.children(token))
                                    or infinitive_conjunct_head(token) is not None):
        if any(c.dep_ == "cc" and c.lower_ in cues["contrast"] for c in per_doc.children(token.head)):
            break
        # "thwarted a plan to attack the palace and arrested six men": what the parser joins to an
        # infinitive in the past tense continues the finite verb above it, not the plan
        # ... and one the parser joins to what a "said" reports continues the "said" ("said a cabinet
        # would be named and promised elections": promised, not would)
        token = misjoined_conjunct(token) or reporter_beside(token) or infinitive_conjunct_head(token) or token.head
    return token


def _own_status(verb: Token, cues: dict[str, frozenset[str]]) -> str:
    children = list(per_doc.children(verb))
    if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in cues["negation"]) for c in children):
        return "negated"
    if any(c.dep_ == "advmod" and any(g.dep_ == "neg" for g in per_doc.children(c)) for c in children):
        return "negated"  # "would never again take part": the parser hangs the negation on the adverb
    if any(c.dep_ == "cc" and c.lower_ in ("nor", "neither") for c in children):
        return "negated"
    if any(c.dep_ in ("nsubj", "nsubjpass") and _no_one(c, cues) for c in children):
        return "negated"  # "no group claimed responsibility", "nobody was hurt"
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in cues["modal"] for a in auxiliaries):
        if _reported_will(verb, auxiliaries, cues):
            return "future"  # "said they would boycott": the reported form of "will boycott"
        return "hypothetical"
    if any(a.lower_ in cues["future"] for a in auxiliaries):
        return "future"
    if any(a.lemma_ == "be" for a in auxiliaries) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children) and verb.dep_ == "xcomp":
        return "future"
    return "asserted"


def _no_one(subject: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "nobody", "none", "no group", "neither side" (not "no fewer than 20 people")."""
    if subject.lower_ in ("nobody", "none", "no-one", "noone"):
        return True
    return subject.lower_ not in ("fewer", "less", "more") and _negated_noun(subject, cues)


def _reported_will(verb: Token, auxiliaries: list[Token], cues: dict[str, frozenset[str]]) -> bool:
    """ "said they would boycott", "said they would meet him if ...": a reported intention, and a
    conditional one is an offer or a threat (PLOVER codes both)."""
    if not any(a.lower_ == "would" for a in auxiliaries) or verb.dep_ != "ccomp":
        return False
    # An actor's reported intention ("they would boycott"), not a prediction ("sanctions would hurt").
    subjects = [c for c in per_doc.children(verb) if c.dep_ == "nsubj"]
    if not subjects or not _names_an_actor(subjects[0]):
        return False
    return verb.head.lemma_.lower() in cues["report"]


def _names_an_actor(subject: Token) -> bool:
    """ "they", "Israel", "his government", "the army": someone who can intend (not "sanctions")."""
    if subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
        return True
    return subject.lemma_.lower() in cue_words()["actor_noun"]


def _negated_noun(noun: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "no talks", "without any sanctions" """
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in per_doc.children(noun)):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


def _anticipated(noun: Token, cues: dict[str, frozenset[str]]) -> str | None:
    """ "feared new attacks", "warned of an offensive", "plans for an offensive", "penalties for shootings":
    only foreseen or in general, so hypothetical;
    "foiled an attack", "an attack was averted": it did not happen. None when nothing governs so."""
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "compound"):
        governor = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in cues["anticipation_preposition"]:
        governor = noun.head.head  # not "fear more violence after the bombing"
    else:
        return None
    if noun.dep_ == "compound" and governor.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = governor.lemma_.lower()
    if noun.dep_ == "pobj" and governor.pos_ in ("VERB", "AUX"):
        # "built shelters against air raids": the parser hangs the preposition on the verb, not its object
        lemma = next((o.lemma_.lower() for o in per_doc.children(governor)
                      if o.dep_ == "dobj" and o.lemma_.lower() in cues["safeguard"]), lemma)
    if lemma in cues["prevention"]:
        # "failed to prevent the attack": it did happen
        return "asserted" if governor.pos_ in ("VERB", "AUX") and status_of(governor) == "negated" else "negated"
    if lemma in cues["anticipation"]:
        return "hypothetical"
    if lemma in cues["demanding"] and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return "hypothetical"  # "chanting for free elections and the resignation of the leadership"
    if (lemma in cues["planning"] or (lemma in cues["safeguard"] and noun.dep_ == "pobj")) and not _definite(noun):
        return "hypothetical"  # a deed in general, or one only planned
    return None


def _subject_deed(noun: Token, verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A deed named as the subject of what is denied of it, which did happen ("the attack did not
    stop the talks", "the killings will not go unpunished"); not of a verb of occurring ("the talks
    did not take place") nor one told of no deed in particular ("an attack did not ...")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or noun.head.i != verb.i:
        return False
    if any(c.dep_ == "det" and c.lower_ not in DEFINITE_DETERMINERS for c in per_doc.children(noun)):
        return False
    lemma = verb.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in per_doc.children(verb) if c.dep_ in ("dobj", "prt", "advmod", "acomp")}
    return not phrases & cues["occurrence"]


def _definite(noun: Token) -> bool:
    """ "the attacks", "its offensive": a deed the reader knows of, not one only planned."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
               for c in per_doc.children(noun))


def _present(verb: Token) -> bool:
    """A verb in the present tense, or with an auxiliary in it ("steps down", "are met")."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in per_doc.children(verb))


def _past_perfect(verb: Token) -> bool:
    """ "had overrun the town before troops retook it": what follows a past perfect is told as past,
    whatever tense the tagger gives an irregular form it does not know ("retook" tagged present)."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in per_doc.children(verb))


def _has_child(token: Token, dep: str, words: frozenset[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in per_doc.children(token))


def _is_demand(verb: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A verb whose "that" clause is asked for, not reported ("demanding that partners end aid")."""
    return verb.lemma_ in cues["irrealis"] and verb.lemma_ not in ("agree", "expect", "hope", "decide")
