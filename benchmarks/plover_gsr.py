"""Event coding against PLOVER gold-standard sentences (../shared/data/plover/gsr_part.jsonl).

    python benchmarks/plover_gsr.py GOLD.jsonl [--half dev|test|all] [--show-errors N]

Prints top-event type accuracy (the type of dyad's main event in the sentence: the event whose
trigger is nearest the root of the parse, against the gold event type) and precision, recall
and F1 of (type, actor country, recipient country) triples over all events dyad codes.
Countries compare as ISO alpha-3 (a few CAMEO-only codes in the gold are mapped); stateless
actors compare by their body's type (IGO, NGO: "IGOGOV", a U.N. envoy, is IGO, as benchmarks/actors.py
reads it; dyad's stateless armed groups, code REB, are CAMEO's IMG).

benchmarks/data/wire_sentences.jsonl holds wire-service sentences written for dyad in the same format
(176 short ones, one or two per CAMEO category PLOVER maps, varied actors and phrasings; then 134
longer ones in 1990s agency style, ids WIRE-L/M/N/G..., with reported speech, several clauses,
rebels, militias and ethnic groups), gold-coded by hand
through the CAMEO->PLOVER table before dyad was run on them; meetings without a host list all sides
as actors, and a host is the actor of CAMEO 043, as CAMEO codes it; unknown attackers ("unknown gunmen",
"a suicide bomber") are the attack's country with sector UAF, as the manual's sector table has it (two
records, first coded with no actor, were corrected to that). Score it with --half all.

--half splits the sentences by a stable hash (md5) of their id into a development half and a
held-out test half: look at errors on the dev half only, and run the test half only to check
that what was learnt generalises. The summary of error kinds says where triples go wrong.
"""

import argparse
import collections
import hashlib
import json

import dyad
from dyad.nlp import parse

# CAMEO country codes that differ from ISO 3166 alpha-3 (VTN: the gold's spelling of VNM).
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "UK": "GBR", "GER": "DEU", "VTN": "VNM"}


# Statuses PLOVER codes: what happened, and plans (a planned meeting is an AGREE).
CODED = ("asserted", "future")


def gold_party(actor: dict) -> str | None:
    code = actor.get("code")
    return CAMEO_TO_ISO.get(code, code)


def dyad_party(mention: dict) -> str | None:
    if mention.get("country"):
        return mention["country"]
    code = mention.get("code")
    if code and code[:3] in ("IGO", "NGO"):
        return code[:3]  # the body's type: "IGOGOV" (a U.N. envoy), "IGOJUD" (the ICC) are IGO
    return "IMG" if code == "REB" else code  # a stateless armed group: CAMEO's IMG


def half(record_id: str) -> str:
    return "test" if int(hashlib.md5(record_id.encode("utf-8")).hexdigest(), 16) % 2 else "dev"


def triples(type_: str, actors, recipients) -> set[tuple]:
    return {(type_, a, r) for a in (actors or [None]) for r in (recipients or [None])}


def error_kinds(gold_type: str, gold_set: set, pred_set: set) -> list[str]:
    """Why triples were wrong: a coded triple that is not gold, a gold triple that was missed."""
    kinds = []
    gold_actors = {a for _, a, _ in gold_set}
    for type_, actor, recipient in pred_set - gold_set:
        if type_ != gold_type:
            kinds.append("extra: another type")
        elif actor is None or actor not in gold_actors:
            kinds.append("extra: wrong or no actor")
        elif recipient is None:
            kinds.append("extra: no recipient")
        else:
            kinds.append("extra: wrong recipient")
    coded_types = {t for t, _, _ in pred_set}
    for _ in gold_set - pred_set:
        kinds.append("missed: type coded, parties differ" if gold_type in coded_types else "missed: type not coded")
    return kinds


def party_errors(gold: dict, events: list[dict]) -> list[str]:
    """How the parties of dyad's events of the gold type differ from the gold's (best event)."""
    gold_actors = {gold_party(a) for a in gold["actor"]}
    gold_recipients = {gold_party(r) for r in gold["recipient"]}

    def errors(event):
        actors = {dyad_party(a) for a in event["actor"]}
        recipients = {dyad_party(r) for r in event["recipient"]}
        found = []
        if actors != gold_actors:
            found.append("actor: none" if not actors - {None} else "actor: wrong" if not actors & gold_actors
                         else "actor: partly")
        if recipients != gold_recipients:
            found.append("recipient: missing" if not recipients - {None} else "recipient: not in gold"
                         if not gold_recipients else "recipient: wrong" if not recipients & gold_recipients
                         else "recipient: partly")
        return found

    return min((errors(e) for e in events), key=len)


def depth(token) -> int:
    d = 0
    while token.head.i != token.i:
        token, d = token.head, d + 1
    return d


def _trigger_depth(doc, event) -> int:
    return depth(doc.char_span(event["trigger"]["start"], event["trigger"]["end"], alignment_mode="expand")[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("--half", choices=("dev", "test", "all"), default="all",
                        help="score the development half, the held-out half (split by a hash of the id), or all")
    parser.add_argument("--all-statuses", action="store_true",
                        help="also count negated, hypothetical and denied events (by default only asserted and "
                             "future ones are coded, as PLOVER codes them)")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N mis-coded sentences")
    args = parser.parse_args()
    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    gold = [g for g in gold if args.half == "all" or half(g["id"]) == args.half]
    records = list(dyad.code_many({"id": g["id"], "text": g["text"]} for g in gold))
    docs = [doc for doc, _ in parse((g["text"], None) for g in gold)]

    right = tp = n_pred = n_gold = 0
    by_type = collections.Counter()
    kinds = collections.Counter()
    outcomes = collections.Counter()  # per sentence: why the top event's type was wrong
    confusions = collections.Counter()  # (gold type, top event's type)
    parties = collections.Counter()  # what is wrong with the parties of an event of the gold type
    errors = []
    for g, record, doc in zip(gold, records, docs):
        events = [e for e in record["events"] if args.all_statuses or e["status"] in CODED]
        top = min(events, key=lambda e: (_trigger_depth(doc, e), e["trigger"]["start"]), default=None)
        top_type = top["type"] if top else None
        right += top_type == g["event"]
        by_type[(g["event"], top_type == g["event"])] += 1
        if top_type != g["event"]:
            confusions[(g["event"], top_type or "-")] += 1
            outcomes["no event coded" if top is None else "gold type coded below the top event"
                     if any(e["type"] == g["event"] for e in events) else "gold type not coded, top at root"
                     if _trigger_depth(doc, top) == 0 else "gold type not coded, top below root"] += 1
        gold_set = triples(g["event"], [gold_party(a) for a in g["actor"]], [gold_party(r) for r in g["recipient"]])
        pred_set = set().union(*(triples(e["type"], [dyad_party(a) for a in e["actor"]],
                                         [dyad_party(r) for r in e["recipient"]]) for e in events)) if events else set()
        tp += len(gold_set & pred_set)
        n_pred += len(pred_set)
        n_gold += len(gold_set)
        kinds.update(error_kinds(g["event"], gold_set, pred_set))
        same_type = [e for e in events if e["type"] == g["event"]]
        if same_type and not gold_set <= pred_set:
            parties.update(party_errors(g, same_type))
        if top_type != g["event"] or not gold_set <= pred_set:
            errors.append((g, sorted(pred_set, key=str)))
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences: {len(gold)} ({args.half})")
    print(f"top-event type accuracy: {right / len(gold):.3f} ({right}/{len(gold)})")
    print(f"triples (type, actor country, recipient country): P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
          f"({tp} right, {n_pred} coded, {n_gold} gold)")
    print("type accuracy by gold type:")
    for type_ in sorted({t for t, _ in by_type}):
        ok, total = by_type[(type_, True)], by_type[(type_, True)] + by_type[(type_, False)]
        print(f"  {type_:10} {ok:3}/{total:<3}")
    print("top-event type errors:")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:36} {count:3}")
    print("top-event type confusions (gold -> dyad):")
    for (gold_type, top_type), count in sorted(confusions.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {gold_type:>10} -> {top_type:10} {count:3}")
    print("party errors where the gold type was coded:")
    for kind, count in sorted(parties.items()):
        print(f"  {kind:36} {count:3}")
    print("triple errors by kind:")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:36} {count:3}")
    for g, pred in errors[: args.show_errors]:
        gold_triples = sorted(triples(g["event"], [gold_party(a) for a in g["actor"]],
                                      [gold_party(r) for r in g["recipient"]]), key=str)
        print(f"\n{g['id']}: {g['text']}\n  gold: {gold_triples}\n  dyad: {pred}")


if __name__ == "__main__":
    main()
