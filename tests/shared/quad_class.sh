#!/usr/bin/env bash
# Issue 8's measure, held as a floor: the quad class of dyad's first event
# per sentence, with the built-in dictionaries, agrees with ConfliBERT's
# label on at least the share the "quad" line of tests/validate.floors
# gives (percent). bench/quad_eval.sh does the work and prints the
# confusion matrix.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
data=${DYAD_SHARED:-$root/../shared}/corpus/conflibert-train/cameo_class__train.tsv
[ -e "$data" ] || { echo "skipped: $data not found (shared reference data absent)"; exit 77; }
floor=$(awk '$1 == "quad" { print $2 }' "$root/tests/validate.floors")
[ -n "$floor" ] || { echo "no \"quad\" line in tests/validate.floors"; exit 1; }
out=$(DYAD_CODE_OPTS=--no-cache DYAD_BUILD=$(dirname "$DYAD_BIN") "$root/bench/quad_eval.sh" --data "$data") || exit 1
echo "$out"
got=$(sed -n 's/.*accuracy \([0-9.]*\)%.*/\1/p' <<< "$out" | head -n 1)
[ -n "$got" ] || { echo "no accuracy in quad_eval.sh's output"; exit 1; }
if awk -v g="$got" -v f="$floor" 'BEGIN { exit !(g + 0 >= f + 0) }'; then
	echo "quad class accuracy $got% (floor $floor%)"
else
	echo "quad class accuracy $got%, below the floor of $floor%"
	exit 1
fi
