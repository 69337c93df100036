#!/usr/bin/env python3
"""Write dictionaries/cameo-codes.tsv, dyad's CAMEO event code table, from
the reference tables in ../shared/cameo. The build never runs this: the TSV
is committed and embedded into libdyad (docs/codes.md). Rerun it by hand
when a source table changes:

    python3 scripts/make_code_table.py [SHARED_CAMEO_DIR] > dictionaries/cameo-codes.tsv

One row per code of event_codes.csv (roots, 3- and 4-digit codes). QuadClass
follows GDELT's rule on the root; Goldstein and PLOVER values come from their
tables, and a code those tables lack takes its nearest listed parent's values,
which the `inherited` column records.
"""
import csv
import os
import sys

COLUMNS = ["code", "name", "root", "quad_class", "goldstein",
           "plover_event", "plover_mode", "plover_context", "inherited"]


def quad_class(root):
    """GDELT's QuadClass of a CAMEO root (quadclasses_gdelt.txt names them)."""
    r = int(root)
    if 1 <= r <= 5:
        return 1  # verbal cooperation
    if 6 <= r <= 8:
        return 2  # material cooperation
    if 9 <= r <= 13:
        return 3  # verbal conflict
    if 14 <= r <= 20:
        return 4  # material conflict
    raise ValueError("no QuadClass for root %r" % root)


def field(s):
    s = (s or "").strip()
    if "\t" in s or "\n" in s:
        raise ValueError("tab or newline in %r" % s)
    return s


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "cameo")

    with open(os.path.join(src, "event_codes.csv"), newline="", encoding="utf-8") as f:
        events = list(csv.DictReader(f))
    parent = {r["code"]: r["parent"] for r in events}

    goldstein = {}
    with open(os.path.join(src, "goldstein_gdelt.txt"), encoding="utf-8") as f:
        next(f)  # CAMEOEVENTCODE<TAB>GOLDSTEINSCALE
        for line in f:
            if line.strip():
                code, value = line.split()
                float(value)
                goldstein[code] = value

    plover = {}
    with open(os.path.join(src, "cameo_to_plover_2021.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            # The mapping lists root 08 twice (CONCEDE, RETREAT: the YIELD
            # split); the first row, like 080, is kept for the root itself.
            plover.setdefault(r["cameo_code"], (
                field(r["plover_event"]), field(r["plover_mode"]),
                ",".join(c.strip() for c in r["plover_context"].split(";") if c.strip())))

    def inherit(table, code):
        """The value for code, or its nearest parent's, and where it came from."""
        at = code
        while at and at not in table:
            at = parent.get(at, "")
        return (table[at], at) if at else (None, None)

    rows = []
    for r in events:
        code, root = r["code"], r["root"]
        inherited = []
        g, gfrom = inherit(goldstein, code)
        if g is None:
            raise ValueError("no Goldstein value for %s or its parents" % code)
        if gfrom != code:
            inherited.append("goldstein=" + gfrom)
        if root in ("01", "02"):
            # PLOVER drops CAMEO 01 and 02 (PLOVER manual, Table 7.1).
            pv = ("", "", "")
        else:
            pv, pfrom = inherit(plover, code)
            if pv is None:
                raise ValueError("no PLOVER row for %s or its parents" % code)
            if pfrom != code:
                inherited.append("plover=" + pfrom)
        rows.append([code, field(r["name"]), root, str(quad_class(root)), g,
                     pv[0], pv[1], pv[2], ",".join(inherited) or "-"])
    rows.sort(key=lambda row: row[0])

    out = sys.stdout
    out.write(HEADER)
    out.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        out.write("\t".join(row) + "\n")


HEADER = """\
# cameo-codes.tsv: dyad's CAMEO event code table, one row per code.
# Written by scripts/make_code_table.py; edit the script or its sources, not
# this file. Format and use: docs/codes.md.
#
# Columns (tab-separated; an empty field means none):
#   code            CAMEO event code: a 2-digit root, 3- or 4-digit code
#   name            CAMEO name of the code
#   root            its 2-digit root
#   quad_class      GDELT QuadClass of the root: 1 verbal cooperation (01-05),
#                   2 material cooperation (06-08), 3 verbal conflict (09-13),
#                   4 material conflict (14-20)
#   goldstein       Goldstein scale value, -10 to +10, GDELT's table
#   plover_event    PLOVER event type (2021 CAMEO->PLOVER mapping); empty for
#                   roots 01 and 02, which PLOVER drops (PLOVER manual 7.2)
#   plover_mode     PLOVER mode, as the mapping gives it
#   plover_context  PLOVER contexts, comma-separated
#   inherited       "-", or which values were taken from a parent code
#                   because the source has no row for this code, e.g.
#                   "goldstein=195,plover=195"
#
# Sources (the reference tables in dyad's ../shared/cameo, per its README):
#   event_codes.csv          CAMEO codes and names: CAMEO Event and Actor
#                            Codebook 1.1b3 (Schrodt, Gerner, Yilmaz et al.,
#                            Event Data Project, 2012)
#   quadclasses_gdelt.txt    QuadClass names: GDELT 1.0/2.0 event lookups
#   goldstein_gdelt.txt      Goldstein values: GDELT event lookups
#                            (CAMEO-based Goldstein 1992 scale)
#   cameo_to_plover_2021.csv CAMEO->PLOVER mapping, Open Event Data Alliance
#                            (PLOVER, github.com/openeventdata/PLOVER), 2021
# Notes on the sources: the PLOVER mapping lists root 08 as both CONCEDE
# (081-083) and RETREAT (084-087); the root row keeps CONCEDE, like 080. Its
# rows 1213 and 1214 name no CAMEO code and are left out. GDELT's Goldstein
# table and the PLOVER mapping lack codes 155, 176, 1834, 1951 and 1952,
# which take their parent's values. Modes and contexts are copied as the
# mapping gives them, including a few outside the PLOVER vocabulary lists
# (docs/codes.md).
#
# Licence terms: CAMEO names and codes: CC BY-NC-SA 3.0 (CAMEO codebook);
# PLOVER mapping: CC BY-SA 4.0 (PLOVER manual, (c) 2021 Open Event Data
# Alliance); GDELT lookup tables: open data, free for any use with
# attribution to the GDELT Project. This table passes those terms on.
#
"""

if __name__ == "__main__":
    main()
