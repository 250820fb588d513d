"""How the reports found in one text relate to one another.

* a quotation that follows a speaker's sentence, with no cue of its own, continues it;
* a trailing clause with a cue of its own, hung on the cue or set apart, is a report of its
  own, cut out of the content that held it ("Rubio suggested X, while Cruz said Y"); so is a
  sure cue joined without a subject to the reported clause, the speaker's second act ("she said
  X and criticized Y"), which takes the first report's speaker, and a relative clause set off
  by a comma with a speaker of its own ("..., which the bank warned would slow growth");
* two reports that hold each other's cue are untangled: the wider one is the outer one
  ("Putin told Trump X, according to Ushakov"); an inner one whose content is nothing but
  the outer one's speaker and cue is dropped ("Park said Smith had said X", the parser
  giving "had said" the content "Park said"), so no report is ever held by one it holds;
* a report inside a quotation whose speaker is unknown, by a pronoun, is left out;
* `holder` names the report that holds another one (its `via`).
"""

from __future__ import annotations

from dyad.extract import per_doc
from dyad.extract.attribution_features import QUOTE_MARKS, SUBJECT_DEPS, Context
from dyad.extract.attribution_spans import RELATIVE_PRONOUNS, Frame, snap

CONTINUE_DIRECT_ONLY = True


def relate(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """The frames (in text order) with their contents adjusted to one another."""
    separate_clauses(ctx, frames)
    frames = untangle(ctx, frames)
    continue_quotes(ctx, frames)
    return [f for f in frames if not orphan(ctx, f, frames)]


def orphan(ctx: Context, frame: Frame, frames: list[Frame]) -> bool:
    """A report inside a quotation whose speaker was not found, by a speaker named only by a
    pronoun ("“... I think ...”"): whose thought it is cannot be told, so it is left out."""
    if not ctx.in_quote(frame.head) or holder(frame, frames) is not None:
        return False
    return frame.source is None or frame.source[1] - frame.source[0] == 1 and ctx.doc[frame.source[0]].pos_ == "PRON"


# Clauses joined to a report that carry their own cue are reports of their own, not part of
# the first one's content: "Rubio suggested X, while Cruz said Y", "He proposed X and signaled
# support for Y", "She said X, saying Y": when they hang on the cue, or are set apart by a comma
# or "while". One joined to the content without either is part of what is reported ("he said
# the system is complex and he feels he can win"; PolNeAR's content keeps it).
SEPARATE_DEPS = frozenset({"conj", "advcl", "parataxis"})
CONTRAST_MARKS = frozenset({"while", "whereas"})


def separate_clauses(ctx: Context, frames: list[Frame]) -> None:
    """Cut a trailing clause with its own cue out of the content of the frame that holds it."""
    doc = ctx.doc
    for frame in frames:
        clause = frame.head
        if (clause.dep_ not in SEPARATE_DEPS and not _aside(clause)) or ctx.in_quote(clause):
            continue
        outer = holder(frame, frames)
        second_act = outer is not None and _second_act(frame, outer)
        if clause.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in per_doc.children(clause)) and not second_act:
            continue  # "the Senate was shocked and is seeking ...": one subject, one report
        if outer is None or not (outer.cue[0] <= clause.head.i < outer.cue[1] or _set_apart(clause) or second_act):
            continue  # a clause of the content ("X is complex and he feels ...") is part of what is reported
        if second_act:  # the speaker of the first report, not the subject of what it reported
            frame.source, frame.referent = outer.source, outer.referent
        start = clause.left_edge.i
        while start > 0 and (doc[start - 1].dep_ == "cc" or doc[start - 1].is_punct) \
                and doc[start - 1].text not in QUOTE_MARKS:
            start -= 1
        cut = doc[start].idx
        last = doc[clause.right_edge.i]
        clause_end = last.idx + len(last)
        kept = []
        for s, e in outer.content:
            if s < cut < e and clause_end >= e - 2:
                trimmed = snap(ctx, s, cut)
                if trimmed is not None:
                    kept.append(trimmed)
            elif not (s >= cut and e <= clause_end + 2):
                kept.append((s, e))
        if kept:
            outer.content = kept


def _aside(clause) -> bool:
    """A relative clause set off by a comma whose subject is someone else's ("criticized the
    new tax, which the central bank warned would slow growth"): the bank's report, an aside,
    not part of what the first speaker said."""
    return clause.dep_ == "relcl" and _set_apart(clause) and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in per_doc.children(clause))


def _second_act(frame: Frame, outer: Frame) -> bool:
    """"She said the plan was reckless and criticized him for it": a sure cue joined, without
    a subject of its own, to the verb of what the outer report says is the speaker's second act,
    though the parser hangs it on the reported clause."""
    clause = frame.head
    return (frame.confident and clause.dep_ == "conj" and clause.head.dep_ == "ccomp"
            and outer.cue[0] <= clause.head.head.i < outer.cue[1]
            and not any(c.dep_ in SUBJECT_DEPS for c in per_doc.children(clause))
            and not any(c.dep_ in SUBJECT_DEPS and _can_speak(c) for c in per_doc.children(clause.head)))


def _can_speak(subject) -> bool:
    """"his office said Zelenskyy spoke to Macron and urged ...": a reported clause whose subject
    can act shares it with the verb joined to it; "the budget was reckless" cannot."""
    return subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _set_apart(clause) -> bool:
    """A clause set off by a comma ("..., saying ...", "..., dimming hopes ...") or set against
    the one before ("... while Cruz said ..."): a report of its own wherever the parser hung it."""
    start = clause.left_edge.i
    if start > 0 and clause.doc[start - 1].text == ",":
        return True
    return any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in per_doc.children(clause))


def untangle(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """Two reports that hold each other's cue ("Putin told Trump X, according to Ushakov", the
    parser hanging "according to" inside X): the one with the wider content (at equal width,
    the one whose cue comes first) is the outer one, and its cue phrase is cut out of the inner
    one's content. An inner one that still holds the outer one's cue (its content was the outer
    report's own words: "Park said Smith had said X", "had said" given "Park said") reports
    nothing of its own and is dropped: two reports holding each other would each be the other's
    `via`, and neither would be a report of its own."""
    doc = ctx.doc
    cue_at = {id(frame): frame.head.idx for frame in frames}
    dropped: set[int] = set()
    for inner in frames:
        position = cue_at[id(inner)]
        for outer in [f for f in frames if f is not inner and _holds(f, position)]:
            if id(outer) in dropped or not _holds(inner, cue_at[id(outer)]) or _width(inner) > _width(outer) or (
                    _width(inner) == _width(outer) and inner.cue[0] < outer.cue[0]):
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
            if _holds(inner, cue_at[id(outer)]):
                dropped.add(id(inner))
                break
    return [f for f in frames if id(f) not in dropped]


def _width(frame: Frame) -> int:
    return sum(e - s for s, e in frame.content)


def _holds(frame: Frame, position: int) -> bool:
    for start, end in frame.content:  # (a loop, not any(): called for every pair of frames)
        if start <= position < end:
            return True
    return False


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


def holder(frame: Frame, frames: list[Frame]) -> Frame | None:
    """The innermost other frame whose content holds this frame's cue."""
    position = frame.head.idx
    innermost, narrowest = None, 0
    for other in frames:  # (a loop: called for every frame, over every frame)
        if other is not frame and _holds(other, position):
            width = _width(other)
            if innermost is None or width < narrowest:
                innermost, narrowest = other, width
    return innermost
