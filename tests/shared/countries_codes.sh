#!/usr/bin/env bash
# dictionaries/countries.dyad against CAMEO's code lists in $DYAD_SHARED/cameo:
#  1. every actor code is made of 3-letter blocks, the first a country
#     (country_codes.csv) or region (region_codes.csv), each later one a role
#     (actor_role_codes.csv) or a country used as a sub-state region, as in
#     CAMEO's SCGSRB (manual 3.1.2); the null code --- is allowed;
#  2. every country and region code of those lists is the whole code of
#     some entry (a capital's GOV code does not count as the country).
# The only codes allowed beyond the lists are the few below, each for a
# state that the CAMEO 1.1b3 table predates or that ceased to exist; the
# dictionary's header names them too. Skips (77) when ../shared is absent.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cameo=${DYAD_SHARED:-$root/../shared}/cameo
dict=$root/dictionaries/countries.dyad
[ -f "$cameo/country_codes.csv" ] || { echo "skipped: $cameo not found (shared reference data absent)"; exit 77; }
[ -f "$dict" ] || { echo "FAIL: $dict not found"; exit 1; }

# Codes beyond CAMEO 1.1b3's country table, with the reason for each.
extras="SSD KSV SUN CSK DDR YUG FRY SCG"
#  SSD  South Sudan, independent 2011-07-09 (ISO 3166-1 SSD)
#  KSV  Kosovo, independent 2008-02-17 (no ISO code; the code CAMEO
#       dictionaries give it; before 2008 it is the manual's *KSV province)
#  SUN  Soviet Union, CSK Czechoslovakia, DDR East Germany (ISO 3166-3)
#  YUG, FRY, SCG  the former Yugoslavia (CAMEO manual 10.0.8)
# Codes of the lists the dictionary does not use, and why.
unused="BAG GZS WSB"
#  BAG  Baghdad, a region block (IRQBAG), not a state: the capital codes IRQGOV
#  GZS  the Gaza Strip: PSEGZS, Palestine first (GZS a sub-state block)
#  WSB  the West Bank: PSE, as PETRARCH's dictionaries and GSR code it

# The first column of a CSV, header and quotes dropped.
codes() { awk -F, 'NR > 1 { gsub(/"/, "", $1); if ($1 != "") print $1 }' "$1"; }

status=0
out=$(awk -v countries="$(codes "$cameo/country_codes.csv" | tr '\n' ' ')" \
	-v regions="$(codes "$cameo/region_codes.csv" | tr '\n' ' ')" \
	-v roles="$(codes "$cameo/actor_role_codes.csv" | tr '\n' ' ')" \
	-v extras="$extras" -v unused="$unused" '
	function set(list, arr,   n, a, i) { n = split(list, a, " "); for (i = 1; i <= n; i++) arr[a[i]] = 1 }
	BEGIN {
		set(countries, C); set(regions, R); set(roles, O); set(extras, X); set(unused, U)
	}
	/^[ \t]+code[ \t]/ {
		code = $2
		if (code == "---")
			next
		bad = ""
		if (length(code) % 3 != 0 || code !~ /^[A-Z]+$/)
			bad = "not made of 3-letter blocks"
		else {
			first = substr(code, 1, 3)
			if (!(first in C) && !(first in R) && !(first in X))
				bad = "block " first " is no country or region"
			for (i = 4; bad == "" && i <= length(code); i += 3) {
				b = substr(code, i, 3)
				if (!(b in O) && !(b in C) && !(b in X))
					bad = "block " b " is no role"
			}
			if (length(code) == 3)
				used[first] = 1
			if (first in X)
				extra_used[first] = 1
		}
		if (bad != "") {
			printf "FAIL line %d: code %s: %s\n", FNR, code, bad
			fails++
		}
		n_codes++
	}
	END {
		for (c in C)
			if (!(c in used) && !(c in U)) { printf "FAIL country code %s is used by no entry\n", c; fails++ }
		for (c in R)
			if (!(c in used)) { printf "FAIL region code %s is used by no entry\n", c; fails++ }
		for (c in extra_used)
			listed = listed " " c
		printf "%d codes checked; beyond the CAMEO lists:%s\n", n_codes, listed
		exit fails > 0
	}
' "$dict") || status=1
echo "$out"
[ $status -eq 0 ] && echo "ok   countries.dyad: codes in CAMEO's lists, every country and region covered"
exit $status
