#!/usr/bin/env python3
"""Write the stdout a case now gives back into its tests/cases/NAME.test.

Run the cases with DYAD_CASE_UPDATE=DIR (tests/run_case.sh then keeps each
case's output as DIR/NAME.stdout), read the diffs, and only then
    tests/update_cases.py DIR NAME...
replaces each named case's "--- stdout" section with what it printed.
"""
import os
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: update_cases.py DIR NAME...")
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
    for name in sys.argv[2:]:
        path = os.path.join(here, name + ".test")
        got = open(os.path.join(sys.argv[1], name + ".stdout"), encoding="utf-8").read()
        lines = open(path, encoding="utf-8").read().splitlines(keepends=True)
        out, skipping = [], False
        for line in lines:
            if line.startswith("--- "):
                skipping = line.strip() == "--- stdout"
                out.append(line)
                if skipping:
                    out.append(got)
                continue
            if not skipping:
                out.append(line)
        open(path, "w", encoding="utf-8").write("".join(out))
        print("updated", path)


if __name__ == "__main__":
    main()
