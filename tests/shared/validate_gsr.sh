#!/usr/bin/env bash
# PETRARCH-2's GSR suite (real AFP sentences), coded with the Phoenix
# dictionaries it names, found in $DYAD_SHARED/dictionaries/phoenix
# (--dict-dir), must pass at least as many records as the "gsr" line of
# tests/validate.floors. The "events:" line before the counts says how many
# expected events were found and how many extra ones were produced.
# Then the same suite with dyad's built-in dictionaries (--dict builtin:,
# under the suite's own coder rules) must find at least "gsr-builtin-found"
# expected events with at most "gsr-builtin-extra" extra ones (issue 8's
# bar: as many as with Phoenix, no more extra; the figures only improve).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}
suite=$shared/testdata/petrarch-gsr/PETR2_GSR_validation.xml
dicts=$shared/dictionaries/phoenix
for p in "$suite" "$dicts"; do
	[ -e "$p" ] || { echo "skipped: $p not found (shared reference data absent)"; exit 77; }
done
floor() { awk -v k="$1" '$1 == k { print $2 }' "$root/tests/validate.floors"; }
floor=$(floor gsr) found=$(floor gsr-builtin-found) extra=$(floor gsr-builtin-extra)
for v in "gsr:$floor" "gsr-builtin-found:$found" "gsr-builtin-extra:$extra"; do
	[ -n "${v#*:}" ] || { echo "no \"${v%%:*}\" line in tests/validate.floors"; exit 1; }
done
"$DYAD_BIN" validate --no-cache --min "$floor" --dict-dir "$dicts" "$suite" || exit 1
out=$("$DYAD_BIN" validate --no-cache --dict builtin: "$suite")
line=$(printf '%s\n' "$out" | grep '^events:')
echo "built-in dictionaries: $line"
printf '%s\n' "$line" | awk -v f="$found" -v x="$extra" '
	{ got = $4 + 0; ext = $6 + 0 }
	END {
		if (got < f) { print "FAIL: built-in dictionaries found " got " expected events, floor " f; exit 1 }
		if (ext > x) { print "FAIL: built-in dictionaries produced " ext " extra events, ceiling " x; exit 1 }
	}'
