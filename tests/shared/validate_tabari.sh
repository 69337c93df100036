#!/usr/bin/env bash
# The TABARI reference suite, $DYAD_SHARED/testdata/tabari-validation/Validate.project,
# must pass at least as many records as the "tabari" line of
# tests/validate.floors: the coder may only get better. Failing records are
# listed, each with a command that reproduces it.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
suite=${DYAD_SHARED:-$root/../shared}/testdata/tabari-validation/Validate.project
[ -e "$suite" ] || { echo "skipped: $suite not found (shared reference data absent)"; exit 77; }
floor=$(awk '$1 == "tabari" { print $2 }' "$root/tests/validate.floors")
[ -n "$floor" ] || { echo "no \"tabari\" line in tests/validate.floors"; exit 1; }
exec "$DYAD_BIN" validate --no-cache --min "$floor" "$suite"
