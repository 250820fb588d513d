"""Attributions: who said (wrote, told, believes, according to whom) what.

One pass over a parsed Doc:

1. quotations are located once (`attribution_quotes`);
2. every word that can head a cue (the learned lexicon `attribution/cues`: say, tell,
   according, claim, ":" of a headline ...; and WordNet's verbs of saying,
   `attribution/saying_verbs`: scoff, retort ...) is weighed by a linear model over its parse
   context (`attribution/cue_model`, learned by scripts/train_attributions.py from PolNeAR);
3. around each accepted head the cue's extent, the speaker and the content are read off the
   dependency parse, with quotations next to the cue taking precedence
   (`attribution_spans`); a head in a set phrase of the writer's ("That said, ...",
   `attribution/formulas`) or a participle naming a thing ("a group called ...",
   `attribution/naming_verbs`) cues nothing;
4. the reports are related to one another (`attribution_relations`): a quotation after the
   speaker's sentence continues it, a clause with its own cue is cut out of the content that
   held it, and an attribution whose cue lies inside another's content is nested: its `via`
   names the outer one ("Putin told Trump X, according to Ushakov": Putin's is via Ushakov's).

The speaker's phrase is passed to `resolve` (the actor resolver), which names and codes it and
resolves pronouns; a phrase it cannot resolve still comes out as a Mention with its text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Doc, Span as SpacySpan, Token

from dyad.extract.attribution_features import (
    Context, candidates, content_features, cue_features, in_formula, lemma_of, linear_model, names_a_thing, non_sources,
    probability,
)
from dyad.extract.attribution_relations import holder, relate
from dyad.extract.attribution_spans import (
    APPOSITION_MARKS, Frame, char_spans, content_parts, content_tokens, controller, cue_extent, is_direct,
    nominal_before, quoted_content, referent, snap, source_head, source_range, whole_quotations,
)
from dyad.extract.phrases import dateline_end
from dyad.model import Attribution, Mention, Span

CUE_MODEL = "attribution/cue_model"
CUE_THRESHOLD = 0.45
CONTENT_MODEL = "attribution/content_model"
CONTENT_THRESHOLD = 0.5
# A cue the cue model is this sure of reports something: when no part of the sentence reaches
# CONTENT_THRESHOLD, its likeliest part is its content if at least CONTENT_FALLBACK likely
# ("The ceasefire is holding, the army believes": the parse hangs the report on the cue oddly).
CONFIDENT_CUE = 0.8
CONTENT_FALLBACK = 0.2

Resolver = Callable[[SpacySpan], "Mention | None"]


def find_attributions(doc: Doc, resolve: Resolver) -> list[Attribution]:
    """Every attribution of the Doc, ids "a1", "a2", ... in text order; offsets into doc.text."""
    ctx = Context.of(doc)
    return to_attributions(ctx, find_frames(ctx), resolve)


def cue_heads(ctx: Context, threshold: float = CUE_THRESHOLD) -> list[tuple[float, Token]]:
    """Candidate cue heads with their probability, the likeliest first."""
    model = linear_model(CUE_MODEL)
    scored = [(probability(model, cue_features(token, ctx)), token) for token in candidates(ctx.doc)]
    return sorted(((p, t) for p, t in scored if p >= threshold), key=lambda pt: (-pt[0], pt[1].i))


def find_frames(ctx: Context, heads: list[Token] | None = None) -> list[Frame]:
    """One Frame per accepted cue head; a head inside an already accepted cue is skipped."""
    confident: set[int] = set()
    if heads is None:
        scored = cue_heads(ctx)
        heads = [token for _, token in scored]
        confident = {token.i for p, token in scored if p >= CONFIDENT_CUE}
    frames: list[Frame] = []
    taken: set[int] = set()
    for head in heads:
        if head.i in taken:
            continue
        frame = build_frame(ctx, head, head.i in confident)
        if frame is None or any(k in taken for k in range(*frame.cue)):
            continue
        taken.update(range(*frame.cue))
        frames.append(frame)
    frames.sort(key=lambda f: f.cue[0])
    return relate(ctx, frames)


def build_frame(ctx: Context, head: Token, confident: bool = False) -> Frame | None:
    if in_formula(head, ctx):
        return None  # "That said, the party is united": a set phrase of the writer's, no report
    if names_a_thing(head):
        return None  # "a group called Citizens for Trump": its name, not anyone's words
    # a cue word that is a verb's object or open complement ("has praise for", "tried to attack")
    # heads its cue from that verb
    top = controller(head)
    cue = cue_extent(top, through=head if top.i != head.i else None)
    head = top
    speaker = source_head(head, cue)
    if speaker is None and head.text == ":":
        return None  # a colon attributes only to a named speaker ("Kremlin: talks stalled")
    paragraph = ctx.paragraph_chars(head)
    if ctx.in_quote(head):  # a report inside a quotation reports only what is quoted
        quote = ctx.quotes.at(head.idx)
        paragraph = (max(paragraph[0], quote.start), min(paragraph[1], quote.end))
    if speaker is not None and not paragraph[0] <= speaker.idx < paragraph[1]:
        speaker = nominal_before(head, cue, paragraph[0])  # a subject parsed across a line break
    if speaker is not None and lemma_of(speaker) in non_sources():
        return None  # "An image shows ...": a picture depicts, it does not say
    parts = content_parts(head, cue, speaker)
    model = linear_model(CONTENT_MODEL)
    scored = [(probability(model, content_features(p, head, cue, parts, ctx)), p) for p in parts]
    chosen = [p for score, p in scored if score >= CONTENT_THRESHOLD]
    if not chosen and confident and scored:
        score, best = max(scored, key=lambda sp: sp[0])
        if score >= CONTENT_FALLBACK:
            chosen = [best]
    if speaker is not None and any(p.token.i == speaker.i for p in chosen):
        speaker = None  # "Republicans appear to ...", "X is expected to ...": the subject is reported
    source = source_range(speaker, cue) if speaker is not None else None
    if source is not None and source[0] < cue[1] and cue[0] < source[1]:
        source = speaker = None
    holes = [cue] + ([source] if source else [])
    spans = char_spans(ctx, content_tokens(chosen, holes))
    # nor from the dateline ("NAIROBI (Reuters) - Police fired ..., witnesses said": where the
    # reporter is, not what the witnesses said)
    story = dateline_end(head.doc)
    start = max(paragraph[0], story) if story <= head.doc[cue[0]].idx else paragraph[0]
    spans = [(max(s, start), min(e, paragraph[1])) for s, e in spans if s < paragraph[1] and e > start]
    spans = [span for span in (snap(ctx, s, e) for s, e in spans) if span is not None]
    spans = whole_quotations(ctx, head, spans)
    quoted = quoted_content(ctx, head, cue, source, spans)
    if quoted is not None:
        spans = quoted
    if not spans:
        return None
    # the resolver is given the name, without the clause that describes the speaker, and for a
    # relative "who" the phrase it stands for
    named = source_range(referent(speaker), cue, clauses=False) if speaker is not None else None
    return Frame(head, cue, source, spans, is_direct(ctx, spans), named if named != source else None, confident)


def to_attributions(ctx: Context, frames: list[Frame], resolve: Resolver) -> list[Attribution]:
    doc, text = ctx.doc, ctx.text
    ids = {id(frame): f"a{k}" for k, frame in enumerate(frames, 1)}
    out = []
    for frame in frames:
        outer = holder(frame, frames)
        cue_start, cue_end = doc[frame.cue[0]].idx, doc[frame.cue[1] - 1].idx + len(doc[frame.cue[1] - 1])
        out.append(Attribution(
            id=ids[id(frame)],
            source=_mention(doc, frame.source, frame.referent, resolve),
            cue=[Span.of(text, cue_start, cue_end)],
            content=[Span.of(text, s, e) for s, e in frame.content],
            direct=frame.direct,
            via=ids[id(outer)] if outer is not None else None,
        ))
    return out


def _mention(doc: Doc, source: tuple[int, int] | None, stands_for: tuple[int, int] | None,
             resolve: Resolver) -> Mention | None:
    """The speaker as written, named and coded by the resolver; a relative pronoun ("who") is
    coded as the phrase it stands for but keeps its own text and offsets."""
    if source is None:
        return None
    span = doc[source[0]:source[1]]
    named = doc[stands_for[0]:stands_for[1]] if stands_for else _without_closing_mark(span)
    mention = resolve(named)
    if mention is None:
        return Mention(span.text, span.start_char, span.end_char)
    if named.start_char != span.start_char or named.end_char != span.end_char:
        mention = dataclasses.replace(mention, text=span.text, start=span.start_char, end=span.end_char)
    return mention


def _without_closing_mark(span: SpacySpan) -> SpacySpan:
    """The speaker's phrase without the comma that closes its apposition (it names no one)."""
    return span[:-1] if len(span) > 1 and span[-1].text in APPOSITION_MARKS else span


# Events that are deeds, not words: their trigger cues no attribution. (The verbal types, and
# CONSULT, AGREE, CONCEDE, COOPERATE, SUPPORT, whose verbs news also uses of what was said, may;
# a visit is a deed too: "concluded his trip to Iraq", not "concluded that ...".)
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "RETREAT", "MOBILIZE", "AID"})


def without_deeds(attributions: list[Attribution], events, doc: Doc) -> list[Attribution]:
    """The attributions whose cue is not the trigger of a deed. The cue lexicon learnt "attacked",
    "hit", "imposed", "declared", "recalled" from political news, where they report words
    ("Sanders attacked Clinton's record": the event coder makes that ACCUSE; "she recalled that");
    "Gunmen attacked a police station", "Protesters attacked a government building", "Authorities
    imposed a curfew" or "Turkey recalled its ambassador" reports a deed, and its object is no
    reported content. Events of a dropped attribution's content lose their link when the article is assembled.
    A deed whose trigger is the noun its verb names ("imposed a curfew": the curfew) keeps the verb
    from cueing too."""
    deed_triggers = [event.trigger for event in events if event.type in DEED_TYPES or event.mode == "visit"]
    for trigger in list(deed_triggers):
        token = doc.char_span(trigger.start, trigger.end)
        if token is not None and token.root.dep_ in ("dobj", "nsubjpass") and token.root.head.pos_ == "VERB":
            verb = token.root.head
            deed_triggers.append(Span(verb.text, verb.idx, verb.idx + len(verb)))
    return [a for a in attributions
            if not any(cue.start <= trigger.start < cue.end for cue in a.cue for trigger in deed_triggers)]
