#!/usr/bin/env bash
# The default organisations and agents dictionaries (dictionaries/
# organizations.dyad, dictionaries/agents.dyad) check clean with
# `dyad dict check`, and every actor and agent code in them is built from
# CAMEO's code lists in ../shared/cameo:
#   * each 3-character block of the code is a block of a code in the code
#     column of country_codes.csv, actor_role_codes.csv, actor_types.csv,
#     international_org_codes.csv, international_generic_codes.csv or
#     region_codes.csv, or of a full code given as an example in
#     international_generic_codes.csv ("al-Qaeda => IMGMOSALQ"); or
#   * the whole code is one the CAMEO manual lists for a named actor (its
#     chapter 7 list of KEDS codes and Table 10.3, e.g. LBNREBHEZ), when
#     ../shared/docs holds the manual.
set -u
shared=${DYAD_SHARED:-../shared}
cameo=$shared/cameo
manual=$shared/docs/CAMEO.Manual.1.1b3.txt
root=$(cd "$(dirname "$0")/../.." && pwd)
files=("$root/dictionaries/organizations.dyad" "$root/dictionaries/agents.dyad")
[ -d "$cameo" ] || { echo "skipped: $cameo not found"; exit 77; }
status=0

for f in "${files[@]}"; do
	out=$("$DYAD_BIN" dict check --no-cache "$f" 2>&1)
	case "$out" in
	*", 0 errors, 0 warnings"*) echo "ok   $(basename "$f"): ${out##*: }" ;;
	*) echo "FAIL $(basename "$f"):"; echo "$out"; status=1 ;;
	esac
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Allowed blocks: the code column of each table (named "code" or "...code",
# else the first), split into 3-character blocks; plus the example codes.
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
sort -u -o "$tmp/blocks" "$tmp/blocks"

# Whole codes the manual lists for named actors: the first column of its
# chapter 7 code list and the code column of Table 10.3.
: > "$tmp/manual"
if [ -f "$manual" ]; then
	awk '/Table 7.1: List of Keds Project Actor Codes/ { on = 1 }
		/^Chapter 8/ { on = 0 }
		/Table 10.3: Special Actor Codes for the Middle East/ { me = 1 }
		me && /^CHAPTER 10/ { me = 0 }
		on && $1 ~ /^[A-Z]+$/ && length($1) % 3 == 0 { print $1 }
		me { for (i = 1; i <= NF; i++) { w = $i; gsub(/,/, "", w)
			if (w ~ /^[A-Z]+$/ && length(w) >= 6 && length(w) % 3 == 0) print w } }' \
		"$manual" | sort -u > "$tmp/manual"
fi

# Every code in the two files: actor `code` lines and agent `=> CODE`.
for f in "${files[@]}"; do
	awk -v file="$(basename "$f")" '
		/^[ \t]+code[ \t]/ { print file ":" NR ": " $2 }
		/^agent .*=>/ { c = $0; sub(/.*=>[ \t]*/, "", c); sub(/[ \t].*/, "", c); print file ":" NR ": " c }' "$f"
done > "$tmp/codes"
[ -s "$tmp/codes" ] || { echo "FAIL: no codes found"; exit 1; }

# One pass: a code is fine when the manual lists it whole or each of its
# blocks is an allowed block.
awk 'FILENAME == ARGV[1] { block[$1] = 1; next }
	FILENAME == ARGV[2] { whole[$1] = 1; next }
	{ c = $2; gsub(/~/, "", c)
	  if (c in whole) next
	  if (c == "" || length(c) % 3) { print "FAIL " $1 " " $2 ": not made of 3-character blocks"; bad = 1; next }
	  for (i = 1; i <= length(c); i += 3)
		if (!(substr(c, i, 3) in block)) {
			print "FAIL " $1 " " $2 ": block " substr(c, i, 3) " is in no CAMEO code list"; bad = 1; next }
	}
	END { exit bad }' "$tmp/blocks" "$tmp/manual" "$tmp/codes"
bad=$?
n=$(wc -l < "$tmp/codes")
[ $bad -eq 0 ] && echo "ok   $n codes built from CAMEO's code lists" || status=1
exit $status
