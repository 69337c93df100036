#!/usr/bin/env bash
# The default people dictionaries (dictionaries/people.dyad, and
# people-1995.dyad with the earlier years):
#  1. `dyad dict check` is clean on it, and on it together with the other
#     default actor and agent files (no phrase defined twice);
#  2. every code is built from CAMEO's code lists in ../shared/cameo the way
#     tests/shared/check_default_codes_orgs.sh checks organizations.dyad
#     (each 3-character block in a list or in an example code of
#     international_generic_codes.csv, IMGMOSALQ, or the whole code one the
#     manual lists for a named group, e.g. AFGGOVTAL), with SSD (South Sudan) also
#     allowed as a country block, as countries.dyad uses it;
#  3. every actor ends with an undated code, its country or organisation:
#     the file's convention, so that a date outside every role still codes.
set -u
shared=${DYAD_SHARED:-../shared}
cameo=$shared/cameo
manual=$shared/docs/CAMEO.Manual.1.1b3.txt
root=$(cd "$(dirname "$0")/../.." && pwd)
dict=$root/dictionaries/people.dyad
early=$root/dictionaries/people-1995.dyad
[ -d "$cameo" ] || { echo "skipped: $cameo not found"; exit 77; }
status=0

check() {
	local out
	out=$("$DYAD_BIN" dict check --no-cache "$@" 2>&1)
	case "$out" in
	*", 0 errors, "*) ;;
	*) echo "FAIL dict check $*:"; echo "$out"; status=1; return ;;
	esac
	if printf '%s\n' "$out" | grep -q "people[-0-9]*.dyad.*warning"; then
		echo "FAIL warnings on people*.dyad:"; printf '%s\n' "$out" | grep "people"; status=1
	else
		echo "ok   ${out##*: }"
	fi
}
check "$dict"
check "$early"
check "$root/dictionaries/countries.dyad" "$root/dictionaries/organizations.dyad" \
	"$root/dictionaries/agents.dyad" "$dict" "$early"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in country_codes actor_role_codes actor_types international_org_codes \
	international_generic_codes region_codes; do
	awk -F, 'NR == 1 { col = 1; for (i = 1; i <= NF; i++) { h = tolower($i); gsub(/"/, "", h)
			if (h == "code" || h ~ /code$/) { col = i; break } } next }
		{ c = $col; gsub(/[" \r]/, "", c); c = toupper(c)
		  if (c ~ /^[A-Z0-9]+$/ && length(c) % 3 == 0)
			for (i = 1; i <= length(c); i += 3) print substr(c, i, 3) }' "$cameo/$t.csv"
done > "$tmp/blocks"
grep -o '=> *[A-Z]\{3,\}' "$cameo/international_generic_codes.csv" | sed 's/=> *//' |
	awk 'length % 3 == 0 { for (i = 1; i <= length; i += 3) print substr($0, i, 3) }' >> "$tmp/blocks"
echo SSD >> "$tmp/blocks"
: > "$tmp/manual"
if [ -f "$manual" ]; then
	awk '/Table 7.1: List of Keds Project Actor Codes/ { on = 1 }
		/^Chapter 8/ { on = 0 }
		/Table 10.3: Special Actor Codes for the Middle East/ { me = 1 }
		me && /^CHAPTER 10/ { me = 0 }
		on && $1 ~ /^[A-Z]+$/ && length($1) % 3 == 0 { print $1 }
		me { for (i = 1; i <= NF; i++) { w = $i; gsub(/,/, "", w)
			if (w ~ /^[A-Z]+$/ && length(w) >= 6 && length(w) % 3 == 0) print w } }' \
		"$manual" > "$tmp/manual"
fi

# Codes, and each actor's last code line (undated: exactly two fields
# before any note).
awk '/^[ \t]+code[ \t]/ { n = FILENAME; sub(/.*\//, "", n); print n ":" FNR ": " $2 }' "$dict" "$early" > "$tmp/codes"
awk 'function done() { if (name != "" && !undated) { print "FAIL " name ": the last code is dated: " last; bad = 1 } }
	/^actor / { done(); name = $0; undated = 0; last = ""; next }
	/^[ \t]+code[ \t]/ { line = $0; sub(/[ \t]+#.*/, "", line); n = split(line, f, /[ \t]+/)
		undated = (n == 3); last = line }
	END { done(); exit bad }' "$dict" "$early" || status=1
[ -s "$tmp/codes" ] || { echo "FAIL: no codes found"; exit 1; }
awk 'FILENAME == ARGV[1] { block[$1] = 1; next }
	FILENAME == ARGV[2] { whole[$1] = 1; next }
	{ c = $2
	  if (c in whole) next
	  if (length(c) % 3) { print "FAIL " $1 " " c ": not made of 3-character blocks"; bad = 1; next }
	  for (i = 1; i <= length(c); i += 3)
		if (!(substr(c, i, 3) in block)) { print "FAIL " $1 " " c ": block " substr(c, i, 3) " is in no CAMEO code list"; bad = 1; next }
	}
	END { exit bad }' "$tmp/blocks" "$tmp/manual" "$tmp/codes" || status=1
[ $status -eq 0 ] && echo "ok   $(wc -l < "$tmp/codes") codes built from CAMEO's code lists; every actor ends with an undated code"
exit $status
