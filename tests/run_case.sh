#!/usr/bin/env bash
# Run one end-to-end case file (tests/cases/*.test) through the dyad binary.
#
# A case file is a sequence of sections, each opened by a line "--- NAME":
#   requires         paths under the shared reference data ($SHARED) that
#                    the case needs; when one is missing it is skipped (77)
#   args             the command line after `dyad` (one line, shell words;
#                    $DATA expands to tests/data, $ROOT to the repo,
#                    $SHARED to ../shared)
#   setup            bash run first in the scratch directory (make inputs)
#   stdin            bytes fed to standard input (default: none)
#   exit             expected exit code (default 0)
#   stdout           expected standard output, exactly
#   stdout-contains  lines that must each appear somewhere in stdout
#   stdout-lines     expected number of stdout lines
#   stderr           expected standard error, exactly
#   stderr-contains  lines that must each appear somewhere in stderr
# Lines before the first section are comments. dyad runs in the scratch
# directory, so file names in messages are relative and stable.
set -u
case_file=$1
: "${DYAD_BIN:?DYAD_BIN must name the dyad binary}"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${DYAD_TEST_DATA:-$ROOT/tests/data}
SHARED=${DYAD_SHARED:-$ROOT/../shared}
export ROOT DATA SHARED

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Split the case into one file per section.
awk -v dir="$work/.sections" '
	BEGIN { system("mkdir -p \"" dir "\"") }
	/^--- [a-z-]+[ \t]*$/ { name = $2; file = dir "/" name; printf "" > file; next }
	name != "" { print >> file }
' "$case_file"
sec() { [ -f "$work/.sections/$1" ]; }
body() { cat "$work/.sections/$1"; }

fail() { echo "FAIL $(basename "$case_file"): $*"; exit 1; }

if sec requires; then
	while IFS= read -r need; do
		[ -z "$need" ] && continue
		[ -e "$SHARED/$need" ] || { echo "skipped: $SHARED/$need not found (shared reference data absent)"; exit 77; }
	done < "$work/.sections/requires"
fi
if sec setup; then
	(cd "$work" && bash -e "$work/.sections/setup") || fail "setup failed"
fi
args=$(sec args && head -n 1 "$work/.sections/args")
stdin_file=/dev/null
if sec stdin; then
	# The section's final newline belongs to the file format, not the input,
	# unless the section ends with an empty line.
	printf '%s' "$(body stdin)" > "$work/.stdin"
	[ -z "$(tail -c 1 "$work/.sections/stdin" | tr -d '\n')" ] && printf '\n' >> "$work/.stdin"
	stdin_file="$work/.stdin"
fi
expected_exit=0
sec exit && expected_exit=$(head -n 1 "$work/.sections/exit")

(cd "$work" && eval "\"\$DYAD_BIN\" $args" < "$stdin_file" > "$work/.out" 2> "$work/.err")
status=$?

show() { echo "--- stdout:"; head -c 3000 "$work/.out"; echo "--- stderr:"; head -c 3000 "$work/.err"; }

[ "$status" = "$expected_exit" ] || { show; fail "exit $status, expected $expected_exit"; }
if sec stdout; then
	# DYAD_CASE_UPDATE=DIR keeps the output a changed case now gives, for
	# tests/update_cases.py to write back after the diff has been read.
	[ -n "${DYAD_CASE_UPDATE:-}" ] && cp "$work/.out" "$DYAD_CASE_UPDATE/$(basename "$case_file" .test).stdout"
	diff -u "$work/.sections/stdout" "$work/.out" > "$work/.diff" || { cat "$work/.diff"; fail "stdout differs"; }
fi
if sec stderr; then
	diff -u "$work/.sections/stderr" "$work/.err" > "$work/.diff" || { cat "$work/.diff"; fail "stderr differs"; }
fi
check_contains() {
	local section=$1 file=$2 line
	while IFS= read -r line; do
		[ -z "$line" ] && continue
		grep -qF -- "$line" "$file" || { show; fail "$section: missing line: $line"; }
	done < "$work/.sections/$section"
}
sec stdout-contains && check_contains stdout-contains "$work/.out"
sec stderr-contains && check_contains stderr-contains "$work/.err"
if sec stdout-lines; then
	want=$(head -n 1 "$work/.sections/stdout-lines")
	got=$(wc -l < "$work/.out")
	[ "$got" -eq "$want" ] || { show; fail "stdout has $got lines, expected $want"; }
fi
echo "ok $(basename "$case_file")"
