#!/usr/bin/env python3
"""Build src/dyad/lexicon/attribution/saying_verbs.tsv from WordNet 3.0.

    python scripts/build_attribution_saying_verbs.py /usr/share/wordnet

(the Debian package `wordnet-base`, or the `dict/` folder of Princeton's WordNet 3.0.)

Lists the verbs whose most frequent sense WordNet files under verb.communication ("scoff",
"retort", "reprimand", "quip"). The attribution extractor weighs them as cue candidates even
when PolNeAR, from which the cue lexicon is learned, shows them seldom or never; the cue model
judges them by their parse context (a speaker, a reported clause, a quotation next to them).
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dyad" / "lexicon" / "attribution" / "saying_verbs.tsv"
COMMUNICATION = "32"  # lexicographer file number of verb.communication (lexnames(5WN))

HEADER = """\
# Verbs of saying: English verbs whose most frequent sense WordNet files under
#   verb.communication; the attribution extractor weighs them as cue candidates.
# Built by scripts/build_attribution_saying_verbs.py from WordNet 3.0 (Princeton University,
#   https://wordnet.princeton.edu; WordNet 3.0 licence: free to use, copy, modify and
#   distribute with its copyright notice).
"""


def saying_verbs(wordnet: Path) -> list[str]:
    lexfile = {}
    for line in (wordnet / "data.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            offset, number = line.split(" ", 2)[:2]
            lexfile[offset] = number
    verbs = []
    for line in (wordnet / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, n_synsets = fields[0], int(fields[2])
        most_frequent = fields[-n_synsets]  # index.verb lists a lemma's senses by frequency
        if lexfile.get(most_frequent) == COMMUNICATION and "_" not in lemma:
            verbs.append(lemma)
    return verbs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wordnet", help="folder with WordNet 3.0's index.verb and data.verb")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    verbs = saying_verbs(Path(args.wordnet))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write("lemma\n")
        out.writelines(f"{verb}\n" for verb in verbs)
    print(f"{len(verbs)} verbs of saying -> {args.out}")


if __name__ == "__main__":
    main()
