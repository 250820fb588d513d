#!/usr/bin/env python3
"""Learn dyad's attribution knowledge from PolNeAR: the cue lexicon and three small linear
models, shipped as TSV.

    python scripts/train_attributions.py ../shared/data/polnear/train.jsonl --cache /tmp/train.spacy

* `attribution/cues.tsv`: the cue lexicon (`learn_cues.py`, run first: the models' features read it).
* `attribution/cue_model.tsv`: is this candidate word (see `attribution_features.candidates`)
  the head of a cue?  Positives: heads of gold cues, and cue words in an open complement whose
  controlling verb heads the gold cue that holds them ("tried to attack": the extractor reads
  the cue from "tried", `attribution_spans.controller`).  Negatives: other candidates, except
  those inside a gold content span (PolNeAR marks no attribution inside another's content; dyad
  keeps those as nested ones, so they are neither positive nor negative here).
* `attribution/extent_model.tsv`: does this dependent join the cue?  Examples come from
  growing each gold cue from its head exactly as the extractor does (`cue_extent`), the gold
  cue deciding; then, once a first model is learned, from growing it as that model does (the
  gold cue still labelling), so the model also learns what to do after its own mistakes
  ("said in" taken: is "a" next?), and it is learned again on both.
* `attribution/content_model.tsv`: is this part of the sentence reported content?

The shipped files are learned from all of train (the outside evaluation is a held-out split
dyad does not have). An honest figure comes from files learned without the fifth it is scored
on (sha1(id) % 5 == K; fifth 0 is dyad's development fifth), in a folder of their own:

    python scripts/train_attributions.py ../shared/data/polnear/train.jsonl --cache /tmp/train.spacy \
        --hold-out 0 --out /tmp/cv0
    python benchmarks/polnear.py ../shared/data/polnear/train.jsonl --fold 0 --lexicon /tmp/cv0

(the same with 2 for fold 2). Logistic regression, AdaGrad, L2; numpy only. Deterministic for a
given parse. The cache holds the parse of the whole file; every fold is cut from it.

Tried and left out, as they gained nothing on held-out fifths 0 and 2 (exact cue F1 .711 and .693):
* the parser's own token vectors (`doc.tensor`, spaCy's tok2vec output, free at inference) as
  dense inputs. The cue model used the vectors of the head, its syntactic head, a +-1 window
  and its dependents, either linearly or through a one-hidden-layer MLP stacked on the linear
  score. Cue-head F1 on fifth 0 stayed at .84 (.839 to .843), so the parse features already
  carry what the vectors hold. The extent model used the dependent's and its parent's vectors:
  .711 -> .711 and .693 -> .692;
* every verb or noun with a clausal complement or a "that" clause as a cue candidate: +1%
  candidates and 0.3% more gold heads, .711 -> .710 and .693 -> .691. The gold heads that are
  never candidates are mostly prepositions ("leads in the poll", "for X") and one-off verbs;
* the extent model deciding a preposition together with what its object is to the cue (the
  object's length, entity kind, a clause inside it, whether the cue has a complement of its own,
  what follows the object; given to the preposition's decision and to its object's):
  .711 -> .709 and .693 -> .693. The same for an open complement ("demanded to know" against
  "vowed to continue": the complement verb's cue-lexicon precision and whether it takes an
  object): .711 -> .710 and .693 -> .694. Stronger or weaker L2 / feature count cut-off for the
  extent model: .709 and .711 on fifth 0. Fifth 0's preposition errors go both ways (gold takes
  the preposition, dyad not: 117; the reverse: 59; dyad stops before the object: 36), and the
  gold disagrees with itself on the commonest phrases: in train the cue takes the setting in
  "said in a statement" 52 times and leaves it out 25, "said Monday" 36/33, "said in an
  interview" 25/44, so the extent model is near what the annotation allows;
* a content-model feature for a comment clause marked "as" with a speaker and no object of its
  own ("..., as the analyst noted."): .711 -> .711 and .693 -> .693 (content exact +.001);
* a linear-chain CRF (python-crfsuite, L-BFGS, c1 .05, c2 .01, 150 iterations, features seen
  twice or more; a 3.8 MB model) tagging cue tokens B/I/O over each sentence that holds a cue
  candidate (22.7k sentences of the four training fifths). Token features: word, lemma, POS,
  tag, dep, lemma|dep, head lemma/dep/side/distance, cue-lexicon precision, the cue model's
  score of the token, of its head (with the dep and word) and of the nearest candidate ancestor
  (dep path, up to 3 steps), the dependents' labels, a preposition's object kind and lemma,
  inside a quotation, quotation mark, entity type; +-2 words and POS, +-1 dep, lemma and scores.
  On its own it is weaker than dyad's cue finder: on fifth 0 it gets 2298 of 3633 gold cues
  exactly and 2590 heads (dyad, counting nested ones: 2478 and 2724). Where dyad's extent is
  wrong and the CRF has the head, the CRF is right 43 times and wrong too 161; the reverse
  (dyad right, CRF wrong) 88. As the extent (the CRF's span replaces the extent model's where
  it holds the accepted head): .711 -> .696 and .693 -> .682; only where the CRF's marginal is
  >= .9 on every token the two disagree on: .709 and .695. For recall (a CRF span holding no
  accepted head adds its head at .5): .704 (R .662 -> .678, P .767 -> .732) and .693; only spans
  whose every token has marginal >= .93: .712 and .695 (lenient .767 -> .769, .751 -> .753),
  >= .85: .711 and .694; those new cues taking the CRF's extent: .712 (fifth 0); both uses:
  .691. Far from +.01 on either fifth, and slow: its features are a Python loop over every
  token of each candidate sentence (the cue model's is over candidates only); the experiment's
  extraction on fifth 0 took 67 s against 15-17 s (the parse: 44 s).
* a preposition with a given common-noun object as a cue candidate, from a learned table of
  (preposition, object) pairs ("In a CNN/ORC poll released Monday, 31% ..." is a cue "In" with
  the poll as its source; "in" alone heads a cue too seldom to be weighed), with features for
  the phrase opening its sentence and naming its poll: exact cue F1 on the five held-out fifths
  .711 -> .710, .679 -> .678, .693 -> .694, .708 -> .709, .707 -> .706 (20 more exact cues, 29
  more wrong ones: PolNeAR marks "leads in the polls" now and then, not always).
* an infinitive of purpose as a possible part of the cue ("went on to endorse", "went so far
  as to say"): exact cue F1 .714 -> .715 on fifth 0, .697 -> .696 on fifth 2; a cue-model
  feature for a clause hung on an adjective complement ("made it clear that ..."): .714 -> .713
  and .697 -> .698. The same for the cue-lexicon precision of the object or predicate ("has
  praise for", "is unclear"): .713 -> .712 on fifth 0; the cue model's L2, epochs, rate and
  feature cut-off: .708 to .713.
* other cue models over the same candidates (session 14). Measured first as cue-head F1 among
  the candidates at the shipped threshold (fifths 0 and 2 held out, the lexicon learned without
  them; the shipped model: .845 and .842): a one-hidden-layer network over the same sparse
  features (a summed embedding of 8 or 16 per feature, ReLU, beside the linear weights; Adam):
  .838 and .838 at best, .811 and .815 trained longer; averaged with the linear model (1/4):
  .845 and .844; the lexicon precision bin crossed with the context features (dep, subject kind,
  dependents, quotation before/after/inside, governing cue, clause marker): .842 and .837; a
  second, stacked model (the first model's score as a fixed offset; features from the other
  candidates' out-of-fold scores: the best other candidate of the sentence, the nearest
  candidate above it by dependency path, candidates below it): .843 and .842; weights averaged
  over the last epochs: .841 and .841; WordNet's lexicographer file of the lemma's first two
  senses (verb.communication, noun.cognition ...), alone and crossed with the dep, a clausal
  complement and a subject: .842 and .842; two words and parts of speech either side within
  the sentence, crossed with the lemma, and the word's place in its sentence: .846 and .843,
  and end to end exact cue F1 .714 -> .712 and .697 -> .698. The misses the model scores below
  the threshold are a long tail of one-off cues (be/have/take/make + noun, "welcomed",
  "imposed", "were just as interested in"): no representation of these features separates
  them better. Keeping a confident cue whose content no part reaches .2 (now dropped; on fifth 0
  16 gold cues against 5 others): exact cue .714 -> .714 and .697 -> .698, lenient whole .756
  -> .753 and .739 -> .737.
Counted on fifth 0, not built: of the 83 gold cues dyad nests inside another report, no kind of
link to the outer cue is mostly gold; releasing the likeliest kinds (a coordinated or adverbial
clause of the reported verb, a clause set off by a comma) as reports of their own would find 16
and add 15 wrong ones (about +.001). The 89 outer reports missed around a nested cue dyad gives
are mostly one-off cues the cue model scores below .3 ("records show", "throwing her weight
behind", "remain hopeful").
Counted on fifth 0 (session 14), where the 731 wrong cues come from: 358 heads no gold cue
touches (22 "say": reports PolNeAR leaves unmarked, "..., they say", "those who said", and a
few non-reports, "That said"), 2 covering a gold head, 231 gold heads with another extent
(mostly shorter than gold's: an article, the object, "to" and the verb of an open complement),
140 inside a gold report's content that dyad does not nest: its outer report missed (82,
one-off cues: "began a $1 million ad campaign praising", "sent a fundraising email"), found
but its content stopping short of the inner cue (49), or found with another extent (9).
Counted and tried in session 15 (fifths 0 and 2 held out, models retrained without each; exact
cue F1 .7138 and .6972 before). Extent: along the gold heads the extent model leaves out a noun
object 68 and 69 times (takes one wrongly 20 and 22: "offering his thoughts on", "voiced a wish
for", but gold "expressed" in "expressed their support for"), the "to" of an open complement 31
and 26, its verb 24 and 22; a date after the verb it takes wrongly 15 and leaves out wrongly 4 on
fifth 0, and 6 and 14 on fifth 2. In all of train the gold cue takes a date after the verb 141
times in 366 (.28 to .48 by fifth), "of" after "say" 27 in 64, a relative "that" subject 22
times (the source takes it 60, neither 61), a speaker's possessive "'s" before a noun cue 77
(the source 167), the noun a "saying" hangs on ("a statement saying") 15 in 24; only a colon
after the cue is clear (taken 222 times, left out 18), and dyad already takes it (43 of 50
cues ending in ":" exact on fifth 0, 37 of 43 on fifth 2). Tried: extent features for a noun
object (its cue-lexicon precision as a noun, crossed with whether it has a prepositional or
clausal complement, the complement's kind, the cue lemma): .7133 and .6996; the precision and
complement alone: .7137 and .6990; (not retrained) the extent threshold at .5 instead of .6 for noun objects:
.7134 and .6987, for open complements and their "to": .7129 and .6968, both: .7125 and .6982;
the cue threshold at .40 or .50: .7103 / .6949 and .7119 / .6948. Content: 49 gold heads the
cue model accepts on fifth 0 give no report; six are comment clauses ("..., the poll found.",
"..., the evidence indicates, ...", "as X noted in Y") whose content is the clause they hang
on; a content feature for such a clause (own subject before the cue, nothing reported after
it, set off by a comma or quotation mark): .7131 and .6955. Candidates: of fifth 0's 293 gold
heads never proposed, 215 have a lemma and part of speech the lexicon learned without the fifth
never saw heading a cue twice, 78 lie below MIN_PRECISION ("in" 17, "'s" 10, "do" 6, "about"
5); verbs tagged as nouns in headlines ("ad slams Kasich", "Glenn Beck Blasts Drudge") are 47
gold heads in all of train among about 2,480 nouns spelled as the -s form of a cue verb (13
among 54 title-case plural proper nouns): at most ten a fifth, not built; embedded tweets
("— Name (@handle) date") are marked 4 times in 14. Nesting: of the reports dyad nests on
fifth 0 whose cue word lies in a gold cue, 64 have a gold outer report whose gold content
stops before them (a second act with a reported subject, "said Mr. Trump was ignorant of
Islam and criticized him"; "Republicans who say ..."; ", saying ...") and 31 an outer report
gold does not mark.
Counted in session 26 on fifth 0 (models without it; exact cue F1 .7138): of its 3633 gold
cues 2422 are found exactly, 273 with another extent (203 shorter than gold, 65 longer), 87 as
reports nested in another, 851 not at all (280 heads that are no candidate, 525 that the cue
model scores below the threshold, 45 whose frame finds no content); 455 dyad cues touch no gold
cue (140 of them inside a gold content). Built: `attribution_spans.controller` (a cue word in
a verb's open complement or direct object reads its cue from that verb; the cue model learns
such words as heads): .7138 -> .7171 and .6972 -> .6982. Tried and left out: a cue word in the
open complement of an accepted head joining that head's cue (the cue model's score of the word,
not the extent model, deciding "refused to acknowledge" against "refused"): .7156 -> .7147 and
.6974 -> .6974 (the gold marks both in one article); a cue never running across a quotation
mark ('continued to "play" Trump'): .7171 -> .7177 and .6982 -> .6975. Mind the noise: the
training seed alone moves exact cue F1 by about .002 (fifth 0: .7138 with seed 0, .7120 with 1).
Counted in session 37 on fifth 1 (models without it; exact cue F1 .6828, 3888 gold cues, 3470
predicted, 2512 exact): 336 gold heads no candidate (a long tail: "in" 25, "for" 11, "'s" 6;
bracketed credits "[Reuters.]", one-off verbs "surmised", "sniped"), 564 scored below the
threshold (".3 to .45": 186; "be" 63, ":" 28 of which 16 are one Q:/A: interview and 6 one
transcript's "TAPPER:" labels, marked in one of the two such articles of fifths 1-4), 298 with
another extent (198 shorter, 97 longer; 6 of the longer are one column's "Will wrote", the parser
reading the name Will as a modal), 82 nested, 55 found but dropped for want of content; 612
dyad cues touch no gold cue (186 inside a gold content). Built: `attribution_spans.controller`
reads a participle right after a verb's object from the verb ("sent a letter urging", "filed a
lawsuit alleging"): fifth 1 .6828 -> .6840, fifth 2 .6974 -> .6969, fifth 3 .7089 -> .7103.
Tried and left out: an adjective complement of "be" or a linking verb read from the verb ("are
concerned", 51 gold cues run from the verb in fifths 1-4, 6 from the adjective): .6836 -> .6834
on fifth 1; a cue threshold by part of speech (.38 or .52 for verbs, nouns, adjectives, "be",
punctuation, prepositions): .6785 to .6838, the best (colons at .38) the colon rule reverted
before; a cue scored .35 or .40 to .45 kept when its likeliest content part reaches .9, .95 or
.98: .6821 to .6830; no governor as content for a cue parsed as a clausal complement ("he did
not recall" under "The employee said"): .6836 -> .6843 on fifth 1, .6971 -> .6971 on fifth 2
(in fifths 1-4 the governor is in the gold content for 120 of 501 such gold heads). Of the
nested reports on fifth 1 whose cue is gold, 25 sit in a relative clause; releasing every
relative clause's report would add 69 that are not gold.
Counted in session 45 on fifth 0 (models without it; exact cue F1 .7178, 3633 gold cues, 3185
predicted, 2447 exact): 284 with another extent (199 shorter than gold, 79 longer), 902 missed
(229 heads no candidate, 534 scored below the threshold, 139 accepted but giving no report of
their own), 450 dyad cues touching no gold cue. PolNeAR's extent conventions, counted along the
gold heads of fifths 1-4 (the share of a kind of dependent the gold cue takes), are clear for
auxiliaries ("has" 578 of 579, "is" 171/174, "would" 79/80; passive "was" 178/186), "not"
(161/164), an adverb before the verb ("also" 281/296), a colon after it (129/136) and "about",
"to", "for" after it (.87 to .90): dyad follows them, its errors there being the gold's
exceptions. They are not for "in" after the verb (242/444), "at" (86/155), "as" (77/126), "on"
(269/369), "of" (237/301), a day after it ("said Wednesday" 11/20, "Friday" 13/18, "this week"
18/37), its object noun (698/2811), a preposition's object (506/1956), an open complement's verb
(323/978) or its "to" alone ("vowed to" 34/630), and, in all of train, an expletive "it" ("it is
unclear whether": taken 24 times with "be", left out 14; "it seems": 4 and 12) or a noun subject
("The idea is that X": 14 of 139 such clauses); so the extent errors left are mostly where the
gold disagrees with itself. Deciding every dependent as the gold does, `cue_extent` gives 3468
of fifth 0's gold cues exactly; the other 165 (837 in train) hold words no growth from the head
reaches: an infinitive of purpose ("went on to name", 50 in train), an expletive "it" (32), a
noun subject (27), a relative "that" (20), a second verb ("went and championed", 18). Tried and
left out: the weights of four training seeds averaged, for all three models: .7178 -> .7179 and
.6983 -> .6993 on fifths 0 and 2; two more rounds of extent examples along the learned model's
own growth: .7178 -> .715 and .6983 -> .695.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learn_cues  # noqa: E402
from learn_cues import LEXICON_ROOT, describe, head_token, learning_part, span_tokens  # noqa: E402

from dyad.extract.attribution_features import (  # noqa: E402
    Context, candidates, content_features, cue_features, extent_features, probability,
)
from dyad.extract.attribution_spans import (  # noqa: E402
    EXTENT_THRESHOLD, content_parts, controller, cue_extent, source_head,
)

HEADER = """\
# {what}
# Learned by scripts/train_attributions.py from {part} ({articles} articles;
#   Newell, Margolin & Ruths 2018, LREC; github.com/networkdynamics/PolNeAR).
# Held out: {held_out}
# Logistic regression: p = 1 / (1 + exp(-(<bias> + sum of the weights of the features present))).
# Features are built by dyad.extract.attribution_features; {examples} examples, {positives} positive.
"""


def train_logistic(examples: list[list[str]], labels: list[bool], *, epochs: int = 12, rate: float = 0.2,
                   l2: float = 1e-5, min_count: int = 2, seed: int = 0) -> dict[str, float]:
    """Sparse logistic regression by mini-batch AdaGrad; returns feature -> weight and <bias>."""
    counts = Counter(f for fs in examples for f in set(fs))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(names)}
    rows = [np.array(sorted({index[f] for f in fs if f in index}), dtype=np.int64) for fs in examples]
    lengths = np.array([len(r) for r in rows])
    flat = np.concatenate(rows)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    y = np.asarray(labels, dtype=np.float64)
    n = len(names)
    w, g2 = np.zeros(n), np.full(n, 1e-8)
    b, gb2 = 0.0, 1e-8
    rng = np.random.default_rng(seed)
    batch_size = 64
    for _ in range(epochs):
        order = rng.permutation(len(rows))
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            idx = np.concatenate([flat[offsets[i]:offsets[i + 1]] for i in batch])
            row = np.repeat(np.arange(len(batch)), lengths[batch])
            z = np.bincount(row, weights=w[idx], minlength=len(batch)) + b
            err = 1 / (1 + np.exp(-np.clip(z, -30, 30))) - y[batch]
            grad = np.bincount(idx, weights=err[row], minlength=n)
            touched = np.unique(idx)
            gt = grad[touched] + l2 * len(batch) * w[touched]
            g2[touched] += gt * gt
            w[touched] -= rate * gt / np.sqrt(g2[touched])
            gb = err.sum()
            gb2 += gb * gb
            b -= rate * gb / np.sqrt(gb2)
    weights = {f: float(w[i]) for f, i in index.items() if abs(w[i]) >= 1e-3}
    weights["<bias>"] = float(b)
    return weights


def gold_parts(doc, article) -> tuple[dict[int, tuple[set[int], dict]], set[int]]:
    """Gold cue head -> (its cue's token indices, its attribution), and every token inside a
    gold content."""
    cues, inside = {}, set()
    for attribution in article["attributions"]:
        tokens = span_tokens(doc, attribution["cue"])
        head = head_token(tokens)
        if head is not None and head.i not in cues:
            cues[head.i] = ({t.i for t in tokens}, attribution)
        inside.update(t.i for t in span_tokens(doc, attribution["content"]))
    return cues, inside


def cue_label(token, cues: dict, inside: set[int]) -> bool | None:
    """Whether the candidate heads a gold cue as the extractor would read it: a word in an open
    complement heads the cue of the verb controlling it ("tried to attack"), when that cue holds
    it. None (no example) for a word inside a gold content that heads no gold cue: PolNeAR marks
    no report inside another's content, dyad nests them."""
    top = controller(token)
    if top.i != token.i:
        if top.i in inside and top.i not in cues:
            return None
        return top.i in cues and token.i in cues[top.i][0]
    if token.i in inside and token.i not in cues:
        return None
    return token.i in cues


def content_examples(ctx, head, cue_tokens, attribution, xs, ys) -> None:
    """One example per candidate part of the content: is most of it inside the gold content?"""
    doc, text = ctx.doc, ctx.doc.text
    cue = (min(cue_tokens), max(cue_tokens) + 1)
    gold = {c for s, e in attribution["content"] for c in range(s, e) if not text[c].isspace()}
    parts = content_parts(head, cue, source_head(head, cue))
    for part in parts:
        chars = [c for k in range(part.start, part.end)
                 if not (part.hole and part.hole[0] <= k < part.hole[1]) and not cue[0] <= k < cue[1]
                 for c in range(doc[k].idx, doc[k].idx + len(doc[k])) if not text[c].isspace()]
        if not chars:
            continue
        xs.append(content_features(part, head, cue, parts, ctx))
        ys.append(sum(c in gold for c in chars) >= 0.5 * len(chars))


def examples(articles, docs):
    cue_x, cue_y, ext_x, ext_y, con_x, con_y = [], [], [], [], [], []
    for article, doc in zip(articles, docs):
        ctx = Context.of(doc)
        cues, inside = gold_parts(doc, article)
        for token in candidates(doc):
            label = cue_label(token, cues, inside)
            if label is None:
                continue
            cue_x.append(cue_features(token, ctx))
            cue_y.append(label)
        for i, (gold, attribution) in cues.items():
            head = doc[i]

            def decide(parent, child, head=head, gold=gold):
                ext_x.append(extent_features(parent, child, head))
                ext_y.append(child.i in gold)
                return child.i in gold

            cue_extent(head, decide)
            content_examples(ctx, head, gold, attribution, con_x, con_y)
    return cue_x, cue_y, ext_x, ext_y, con_x, con_y


def extent_examples_along(articles, docs, weights: dict[str, float], xs, ys) -> None:
    """Extent examples met while growing each gold cue head as the learned model does."""
    bias = weights.get("<bias>", 0.0)
    model = (bias, {f: w for f, w in weights.items() if f != "<bias>"})
    for article, doc in zip(articles, docs):
        cues, _ = gold_parts(doc, article)
        for i, (gold, _) in cues.items():
            head = doc[i]

            def decide(parent, child, head=head, gold=gold):
                features = extent_features(parent, child, head)
                xs.append(features)
                ys.append(child.i in gold)
                return probability(model, features) >= EXTENT_THRESHOLD

            cue_extent(head, decide)


def write_model(path: Path, weights: dict[str, float], what: str, articles: int, n: int, positives: int,
                hold_out: int | None) -> None:
    part, held_out = describe(hold_out)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER.format(what=what, part=part, held_out=held_out, articles=articles, examples=n,
                                positives=positives))
        out.write("feature\tweight\n")
        for feature, weight in sorted(weights.items(), key=lambda fw: (-abs(fw[1]), fw[0])):
            out.write(f"{feature}\t{weight:.4f}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", help="PolNeAR-format JSONL (the train split)")
    parser.add_argument("--cache", help="DocBin file to keep the parses of the whole file in")
    parser.add_argument("--hold-out", type=int, choices=range(5), help="leave out this fifth (sha1(id) %% 5)")
    parser.add_argument("--out", default=str(LEXICON_ROOT), help="lexicon folder to write attribution/*.tsv in")
    args = parser.parse_args()
    out = Path(args.out)
    # the features read the cue lexicon: the one learned here, not the shipped one
    os.environ["DYAD_LEXICON_PATH"] = "" if out.resolve() == LEXICON_ROOT.resolve() else str(out)
    articles, docs = learning_part(args.train, args.hold_out, args.cache)
    learn_cues.learn(articles, docs, out, args.hold_out)
    cue_x, cue_y, ext_x, ext_y, con_x, con_y = examples(articles, docs)
    models = out / "attribution"
    h = args.hold_out
    cue_w = train_logistic(cue_x, cue_y, epochs=30, rate=0.02)
    write_model(models / "cue_model.tsv", cue_w, "Attribution cue heads: is this candidate word the head of a cue?",
                len(articles), len(cue_y), sum(cue_y), h)
    ext_w = train_logistic(ext_x, ext_y, epochs=20, rate=0.05)
    extent_examples_along(articles, docs, ext_w, ext_x, ext_y)
    ext_w = train_logistic(ext_x, ext_y, epochs=20, rate=0.05)
    write_model(models / "extent_model.tsv", ext_w, "Attribution cue extent: does this dependent join the cue?",
                len(articles), len(ext_y), sum(ext_y), h)
    con_w = train_logistic(con_x, con_y, epochs=20, rate=0.05)
    write_model(models / "content_model.tsv", con_w,
                "Attribution content: is this part of the sentence reported content?",
                len(articles), len(con_y), sum(con_y), h)
    print(f"content model {len(con_w)} weights from {len(con_y)} parts")
    print(f"{len(articles)} articles: cue model {len(cue_w)} weights from {len(cue_y)} candidates "
          f"({sum(cue_y)} cues); extent model {len(ext_w)} weights from {len(ext_y)} dependents")


if __name__ == "__main__":
    main()
