#!/usr/bin/env bash
# quad_eval.sh — how often dyad's first event per sentence has the right
# quad class on the ConfliBERT training sentences; run by hand (not a test).
#
#   bench/quad_eval.sh [--build DIR] [--data TSV] [--dict FILE...]
#
# The data (../shared/corpus/conflibert-train/cameo_class__train.tsv) holds
# one sentence a line, a tab, and a label 0-4 (../shared/README.md): 0 =
# CAMEO roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14, 15 and
# 17-20. Each sentence is coded as a story of its own (JSON Lines, the line
# number as id, so that events map back); the first event's root gives the
# class, and a sentence with no event counts as 0. Prints the accuracy and
# the 5x5 confusion matrix (rows: label, columns: dyad's class).
#
# Dictionaries: dyad's built-in ones (dictionaries/) unless --dict is given, e.g.
#   bench/quad_eval.sh --dict ../shared/dictionaries/phoenix/*.txt
# (a --dict may name several files, as a shell glob expands them).
#
# Use the sentences to measure only: tuning dictionaries to their words
# would make the figure meaningless.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${DYAD_BUILD:-build}
data=../shared/corpus/conflibert-train/cameo_class__train.tsv
dicts=()
while [ $# -gt 0 ]; do
	case $1 in
	--build) build=$2; shift 2 ;;
	--data) data=$2; shift 2 ;;
	--dict)
		shift
		while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do dicts+=("$1"); shift; done ;;
	-h|--help) sed -n '2,20p' "$0"; exit 0 ;;
	*) echo "quad_eval.sh: unknown argument '$1'" >&2; exit 2 ;;
	esac
done
if [ ! -f "$data" ]; then
	echo "quad_eval.sh: $data not found (needs ../shared)" >&2
	exit 77
fi
args=()
for d in "${dicts[@]}"; do args+=(--dict "$d"); done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# sentences as JSON Lines, id = line number; labels alongside
awk -F'\t' '{
	t = $1
	gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t); gsub(/\r/, "", t); gsub(/\t/, " ", t)
	printf "{\"id\":\"%d\",\"text\":\"%s\"}\n", NR, t
}' "$data" > "$tmp/in.jsonl"
cut -f2 "$data" | tr -d '\r' > "$tmp/labels"

"$build/dyad" code -q "${args[@]}" ${DYAD_CODE_OPTS:-} --output tsv "$tmp/in.jsonl" > "$tmp/events.tsv"

# events.tsv: date, source, target, code, doc id, sentence; the first row of
# an id is its first event
awk -F'\t' '
	function quad(code,   r) {
		r = substr(code, 1, 2) + 0
		if (r <= 2) return 0
		if (r <= 5) return 1
		if (r <= 8) return 2
		if (r <= 13 || r == 16) return 3
		return 4
	}
	FNR == NR { if (!($5 in first)) first[$5] = $4; next }
	{
		n++
		label = $1 + 0
		got = (n in first) ? quad(first[n]) : 0
		none += !(n in first)
		m[label, got]++
		ok += label == got
		rows[label]++
	}
	END {
		printf "sentences %d, right %d, accuracy %.1f%%, no event %d\n", n, ok, n ? 100 * ok / n : 0, none
		printf "label\\dyad %6d %6d %6d %6d %6d   total\n", 0, 1, 2, 3, 4
		for (i = 0; i < 5; i++) {
			printf "%-10d", i
			for (j = 0; j < 5; j++) printf " %6d", m[i, j]
			printf "   %5d\n", rows[i]
		}
	}
' "$tmp/events.tsv" "$tmp/labels"
