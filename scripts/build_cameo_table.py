"""Build src/dyad/lexicon/events/cameo.tsv from the CAMEO-to-PLOVER conversion table.

    python scripts/build_cameo_table.py [../shared/reference/plover/CAMEO2PLOVER-2021.txt]

The conversion table (Open Event Data Alliance, CC BY-SA 4.0; Draft 0.8 of 2021) maps each CAMEO
code to a PLOVER type, mode and context. dyad codes to the current PLOVER manual, so the rows
are carried over with three kinds of documented change, each listed below and in SOURCES.md:

* modes renamed in later drafts of the manual are mapped to their current names, and modes the
  manual no longer defines are left empty; contexts take the manual's names ("humanitarian" is
  the manual's "human_security", "democracy" its "pro_democracy");
* a few codes whose PLOVER type the manual itself states differently are overridden;
* CAMEO 02 (APPEAL), dropped from the table, is added as REQUEST: PLOVER's REQUEST covers "all
  requests, demands, and orders", and its modes follow the parallel CAMEO 10 rows.

The output is read with dyad.lexicon.load("events/cameo"); the test suite checks that every
CAMEO code in the verb and noun patterns agrees with it.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
OUTPUT = ROOT / "src" / "dyad" / "lexicon" / "events" / "cameo.tsv"

ROW = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*)(?:,([^#]*))?(?:#\s*(.*))?$")

# Table modes -> current manual modes, per type ("" = no current mode).
MODE_RENAMES = {
    ("RETREAT", "return"): "",            # "return" is commented out of the current RETREAT modes
    ("RETREAT", "ease"): "",              # the table itself notes "ease" is no longer a mode
    ("THREATEN", "ban"): "restrict",      # restrict includes "the banning of political activities"
    ("THREATEN", "political"): "restrict",
    ("COERCE", "ban"): "restrict",
    ("ASSAULT", "assassinate"): "targeted",  # targeted: "assassinations and executions"
    ("ASSAULT", "massacre"): "targeted",     # targeted: "deliberate mass killings of defenseless actors"
    ("ASSAULT", "cleansing"): "",
    ("ASSAULT", "pro_autocracy"): "",
}
# Codes whose row the manual contradicts: code -> (type, mode, reason).
OVERRIDES = {
    "055": ("CONCEDE", "", "manual, SUPPORT: expressions of regret or remorse are CONCEDE"),
    "0813": ("CONCEDE", "", "manual, CONCEDE: covers removing curfews"),
    "0814": ("CONCEDE", "", "manual, CONCEDE: easing of administrative or legal restrictions"),
    "116": ("SANCTION", "convict", "manual, SANCTION mode convict: find guilty or liable in court"),
    "163": ("SANCTION", "discontinue", "manual, SANCTION: international sanctions are coded discontinue"),
    "195": ("ASSAULT", "aerial", "manual, ASSAULT mode aerial: aircraft and helicopters"),
    "1712": ("ASSAULT", "destroy", "manual, ASSAULT mode destroy: intentional destruction of property"),
    "1823": ("ASSAULT", "beat", "manual, ASSAULT: assaults without a stated weapon take mode beat"),
}
# Contexts named differently from the manual's context list.
CONTEXT_RENAMES = {"democracy": "pro_democracy", "humanitarian": "human_security"}
# CAMEO 02 APPEAL (CAMEO codebook), coded as REQUEST with the mode of the parallel 10 row.
APPEAL = [
    ("020", "", "", "Make an appeal or request"),
    ("021", "assist", "", "Appeal for material cooperation"),
    ("0211", "assist", "economic", "Appeal for economic cooperation"),
    ("0212", "assist", "military", "Appeal for military cooperation"),
    ("0213", "assist", "legal", "Appeal for judicial cooperation"),
    ("0214", "assist", "intelligence", "Appeal for intelligence"),
    ("022", "assist", "diplomatic", "Appeal for diplomatic cooperation (such as policy support)"),
    ("023", "assist", "", "Appeal for aid"),
    ("0231", "assist", "economic", "Appeal for economic aid"),
    ("0232", "assist", "military", "Appeal for military aid"),
    ("0233", "assist", "human_security", "Appeal for humanitarian aid"),
    ("0234", "assist", "peacekeeping", "Appeal for military protection or peacekeeping"),
    ("024", "change", "political_institutions", "Appeal for political reform"),
    ("0241", "change", "executive", "Appeal for change in leadership"),
    ("0242", "change", "executive", "Appeal for policy change"),
    ("0243", "change", "rights_freedoms", "Appeal for rights"),
    ("0244", "change", "political_institutions", "Appeal for change in institutions, regime"),
    ("025", "yield", "", "Appeal to yield"),
    ("0251", "yield", "legal", "Appeal for easing of administrative sanctions"),
    ("0252", "yield", "", "Appeal for easing of popular dissent"),
    ("0253", "yield", "legal", "Appeal for release of persons or property"),
    ("0254", "yield", "economic", "Appeal for easing of economic sanctions, boycott, or embargo"),
    ("0255", "yield", "diplomatic", "Appeal for target to allow international involvement (non-mediation)"),
    ("0256", "yield", "military", "Appeal for de-escalation of military engagement"),
    ("026", "meet", "diplomatic", "Appeal to others to meet or negotiate"),
    ("027", "meet", "diplomatic", "Appeal to others to settle dispute"),
    ("028", "meet", "diplomatic", "Appeal to others to engage in or accept mediation"),
]


def rows(source: Path) -> list[tuple[str, ...]]:
    out = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line.strip())
        if not match:
            continue
        code, type_, mode, context, description = (g.strip() if g else "" for g in match.groups())
        mode = MODE_RENAMES.get((type_, mode), mode)
        origin = "CAMEO2PLOVER-2021"
        if code in OVERRIDES:
            type_, mode, reason = OVERRIDES[code]
            origin = f"override ({reason})"
        contexts = [CONTEXT_RENAMES.get(c.strip(), c.strip()) for c in context.split(";") if c.strip()]
        out.setdefault(code, (code, type_, mode, ";".join(contexts), description, origin))
    for code, mode, context, description in APPEAL:
        out[code] = (code, "REQUEST", mode, context, description, "CAMEO 02 APPEAL as REQUEST")
    return [out[code] for code in sorted(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE))
    parser.add_argument("-o", "--output", default=str(OUTPUT))
    args = parser.parse_args()
    table = rows(Path(args.source))
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write("# CAMEO code -> PLOVER type, mode, context. Built by scripts/build_cameo_table.py from\n"
                     "# CAMEO2PLOVER-2021.txt (Open Event Data Alliance, CC BY-SA 4.0); changes listed in SOURCES.md.\n")
        handle.write("cameo\ttype\tmode\tcontext\tdescription\torigin\n")
        for row in table:
            handle.write("\t".join(row) + "\n")
    print(f"{len(table)} codes -> {args.output}")


if __name__ == "__main__":
    main()
