"""Attributions: who said (wrote, told, believes, according to whom) what.

One pass over a parsed Doc:

1. quotations are located once (`attribution_quotes`);
2. every word that can head a cue (the learned lexicon `attribution/cues`: say, tell,
   according, claim, ":" of a headline ...) is weighed by a linear model over its parse
   context (`attribution/cue_model`, learned by scripts/train_attributions.py from PolNeAR);
3. around each accepted head the cue's extent, the speaker and the content are read off the
   dependency parse, with quotations next to the cue taking precedence
   (`attribution_spans`);
4. an attribution whose cue lies inside another's content is nested: its `via` names the
   outer one ("Putin told Trump X, according to Ushakov": Putin's statement is via Ushakov's).

The speaker's phrase is passed to `resolve` (the actor resolver), which names and codes it and
resolves pronouns; a phrase it cannot resolve still comes out as a Mention with its text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Doc, Span as SpacySpan, Token

from dyad.extract.attribution_features import (
    QUOTE_MARKS, SUBJECT_DEPS, Context, candidates, content_features, cue_features, lemma_of, linear_model, non_sources,
    probability,
)
from dyad.extract.attribution_spans import (
    Frame, char_spans, content_parts, whole_quotations, content_tokens, cue_extent, is_direct, quoted_content, referent,
    nominal_before, snap, source_head, source_range,
)
from dyad.model import Attribution, Mention, Span

CUE_MODEL = "attribution/cue_model"
CUE_THRESHOLD = 0.45
CONTENT_MODEL = "attribution/content_model"
CONTENT_THRESHOLD = 0.5
CONTINUE_DIRECT_ONLY = True

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
    if heads is None:
        heads = [token for _, token in cue_heads(ctx)]
    frames: list[Frame] = []
    taken: set[int] = set()
    for head in heads:
        if head.i in taken:
            continue
        frame = build_frame(ctx, head)
        if frame is None or any(k in taken for k in range(*frame.cue)):
            continue
        taken.update(range(*frame.cue))
        frames.append(frame)
    frames.sort(key=lambda f: f.cue[0])
    separate_clauses(ctx, frames)
    untangle(ctx, frames)
    continue_quotes(ctx, frames)
    return [f for f in frames if not _orphan(ctx, f, frames)]


def _orphan(ctx: Context, frame: Frame, frames: list[Frame]) -> bool:
    """A report inside a quotation whose speaker was not found, by a speaker named only by a
    pronoun ("“... I think ...”"): whose thought it is cannot be told, so it is left out."""
    if not ctx.in_quote(frame.head) or _holder(frame, frames) is not None:
        return False
    return frame.source is None or frame.source[1] - frame.source[0] == 1 and ctx.doc[frame.source[0]].pos_ == "PRON"


# Clauses joined to a report that carry their own cue are reports of their own, not part of
# the first one's content: "Rubio suggested X, while Cruz said Y", "He proposed X and signaled
# support for Y", "She said X, saying Y".
SEPARATE_DEPS = frozenset({"conj", "advcl", "parataxis"})


def separate_clauses(ctx: Context, frames: list[Frame]) -> None:
    """Cut a trailing clause with its own cue out of the content of the frame that holds it."""
    doc = ctx.doc
    for frame in frames:
        clause = frame.head
        if clause.dep_ not in SEPARATE_DEPS or ctx.in_quote(clause):
            continue
        if clause.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            continue  # "the Senate was shocked and is seeking ...": one subject, one report
        holder = _holder(frame, frames)
        if holder is None:
            continue
        start = clause.left_edge.i
        while start > 0 and (doc[start - 1].dep_ == "cc" or doc[start - 1].is_punct) \
                and doc[start - 1].text not in QUOTE_MARKS:
            start -= 1
        cut = doc[start].idx
        last = doc[clause.right_edge.i]
        clause_end = last.idx + len(last)
        kept = []
        for s, e in holder.content:
            if s < cut < e and clause_end >= e - 2:
                trimmed = snap(ctx, s, cut)
                if trimmed is not None:
                    kept.append(trimmed)
            elif not (s >= cut and e <= clause_end + 2):
                kept.append((s, e))
        if kept:
            holder.content = kept


def untangle(ctx: Context, frames: list[Frame]) -> None:
    """Two reports that hold each other's cue ("Putin told Trump X, according to Ushakov", the
    parser hanging "according to" inside X): the one with the wider content is the outer one,
    and its cue phrase is cut out of the inner one's content."""
    doc = ctx.doc
    for inner in frames:
        for outer in [f for f in frames if f is not inner and _holds(f, inner.head.idx)]:
            if not _holds(inner, outer.head.idx) or _width(inner) >= _width(outer):
                continue
            lo = min(outer.head.left_edge.i, outer.cue[0])
            hi = max(outer.head.right_edge.i + 1, outer.cue[1])
            if lo > 0 and doc[lo - 1].text == ",":
                lo -= 1
            cut_start, cut_end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            kept = []
            for s, e in inner.content:
                for a, b in ((s, min(e, cut_start)), (max(s, cut_end), e)):
                    span = snap(ctx, a, b) if a < b else None
                    if span is not None:
                        kept.append(span)
            if kept:
                inner.content = kept


def _width(frame: Frame) -> int:
    return sum(e - s for s, e in frame.content)


def _holds(frame: Frame, position: int) -> bool:
    return any(s <= position < e for s, e in frame.content)


def continue_quotes(ctx: Context, frames: list[Frame]) -> None:
    """A quotation that follows a speaker's sentence in the same paragraph, with no cue of its
    own, continues what the speaker said: “A,” he said. “B.” gives content A and B."""
    doc, text = ctx.doc, ctx.text
    cues = [(doc[f.cue[0]].idx, doc[f.cue[1] - 1].idx + len(doc[f.cue[1] - 1])) for f in frames]
    for frame in frames:
        if CONTINUE_DIRECT_ONLY and not frame.direct:
            continue
        end = _said_end(ctx, frame)
        while True:
            quote = ctx.quotes.starting_after(end, len(text))
            if quote is None or not _only_punct(text[end:quote.start]) or "\n" in text[end:quote.start]:
                break
            if _claimed(quote, frames, cues):
                break
            frame.content.append((quote.start, quote.end))
            end = quote.end


def _said_end(ctx: Context, frame: Frame) -> int:
    """Where the speaker's sentence ends: after its content, cue and source when only
    punctuation follows them ("“A,” he said. “B.”" even when the parser runs "he said. “B" into
    one sentence), else at the end of the sentence."""
    doc = ctx.doc
    last = doc[max(frame.cue[1], frame.source[1] if frame.source else 0) - 1]
    end = max([last.idx + len(last)] + [e for _, e in frame.content])
    sentence_end = ctx.sentence_chars(frame.head)[1]
    quote = ctx.quotes.starting_after(end, len(ctx.text))
    if quote is not None and quote.start < sentence_end and _only_punct(ctx.text[end:quote.start]):
        return end
    return max(end, sentence_end)


def _only_punct(between: str) -> bool:
    return all(ch.isspace() or ch in ".,;" for ch in between)


def _claimed(quote, frames: list[Frame], cues: list[tuple[int, int]]) -> bool:
    """Whether the quotation is another speaker's: its own cue lies in it ("“B,” she said"
    inside the sentence), or a frame whose cue stands outside it already holds it. A cue inside
    the quotation with content inside it ("“... I think X ...”") is nested, not a claim."""
    for frame, (cs, ce) in zip(frames, cues):
        inside = quote.start <= cs and ce <= quote.end
        if inside and all(quote.start <= s and e <= quote.end for s, e in frame.content):
            continue
        if inside or any(s < quote.end and quote.start < e for s, e in frame.content):
            return True
    return False


def build_frame(ctx: Context, head: Token) -> Frame | None:
    cue = cue_extent(head)
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
    chosen = [p for p in parts if probability(model, content_features(p, head, cue, parts, ctx)) >= CONTENT_THRESHOLD]
    if speaker is not None and any(p.token.i == speaker.i for p in chosen):
        speaker = None  # "Republicans appear to ...", "X is expected to ...": the subject is reported
    source = source_range(speaker, cue) if speaker is not None else None
    if source is not None and source[0] < cue[1] and cue[0] < source[1]:
        source = speaker = None
    holes = [cue] + ([source] if source else [])
    spans = char_spans(ctx, content_tokens(chosen, holes))
    spans = [(max(s, paragraph[0]), min(e, paragraph[1])) for s, e in spans if s < paragraph[1] and e > paragraph[0]]
    spans = [span for span in (snap(ctx, s, e) for s, e in spans) if span is not None]
    spans = whole_quotations(ctx, head, spans)
    quoted = quoted_content(ctx, head, cue, source, spans)
    if quoted is not None:
        spans = quoted
    if not spans:
        return None
    stands_for = referent(speaker) if speaker is not None else None
    return Frame(head, cue, source, spans, is_direct(ctx, spans),
                 source_range(stands_for, cue) if stands_for is not None and stands_for is not speaker else None)


def to_attributions(ctx: Context, frames: list[Frame], resolve: Resolver) -> list[Attribution]:
    doc, text = ctx.doc, ctx.text
    ids = {id(frame): f"a{k}" for k, frame in enumerate(frames, 1)}
    out = []
    for frame in frames:
        outer = _holder(frame, frames)
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


def _holder(frame: Frame, frames: list[Frame]) -> Frame | None:
    """The innermost other frame whose content holds this frame's cue."""
    position = frame.head.idx
    holding = [f for f in frames if f is not frame and any(s <= position < e for s, e in f.content)]
    return min(holding, key=lambda f: sum(e - s for s, e in f.content), default=None)


def _mention(doc: Doc, source: tuple[int, int] | None, stands_for: tuple[int, int] | None,
             resolve: Resolver) -> Mention | None:
    """The speaker as written, named and coded by the resolver; a relative pronoun ("who") is
    coded as the phrase it stands for but keeps its own text and offsets."""
    if source is None:
        return None
    span = doc[source[0]:source[1]]
    mention = resolve(doc[stands_for[0]:stands_for[1]] if stands_for else span)
    if mention is None:
        return Mention(span.text, span.start_char, span.end_char)
    if stands_for:
        mention = dataclasses.replace(mention, text=span.text, start=span.start_char, end=span.end_char)
    return mention
