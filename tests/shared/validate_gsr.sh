#!/usr/bin/env bash
# PETRARCH-2's GSR suite (real AFP sentences), coded with the Phoenix
# dictionaries it names, found in $DYAD_SHARED/dictionaries/phoenix
# (--dict-dir), must pass at least as many records as the "gsr" line of
# tests/validate.floors. The "events:" line before the counts says how many
# expected events were found and how many extra ones were produced.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}
suite=$shared/testdata/petrarch-gsr/PETR2_GSR_validation.xml
dicts=$shared/dictionaries/phoenix
for p in "$suite" "$dicts"; do
	[ -e "$p" ] || { echo "skipped: $p not found (shared reference data absent)"; exit 77; }
done
floor=$(awk '$1 == "gsr" { print $2 }' "$root/tests/validate.floors")
[ -n "$floor" ] || { echo "no \"gsr\" line in tests/validate.floors"; exit 1; }
exec "$DYAD_BIN" validate --no-cache --min "$floor" --dict-dir "$dicts" "$suite"
