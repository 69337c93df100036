#!/usr/bin/env bash
# Every dictionary file in ../shared loads with zero errors (warnings about
# real problems in them are allowed and printed by `dyad dict check`).
set -u
shared=${DYAD_SHARED:-../shared}
[ -d "$shared/dictionaries" ] || { echo "skipped: $shared/dictionaries not found"; exit 77; }
files=(
	"$shared"/dictionaries/phoenix/*.txt
	"$shared"/dictionaries/globalnet-tabari/GLOBALNET.131001.*
	"$shared"/testdata/tabari-validation/*.actors "$shared"/testdata/tabari-validation/*.verbs
	"$shared"/testdata/tabari-validation/*.agents "$shared"/testdata/tabari-validation/*.options
	"$shared"/testdata/tabari-validation/*.project
	"$shared"/testdata/petrarch-unit/PETR.Validate.*.txt
)
status=0
for f in "${files[@]}"; do
	[ -e "$f" ] || continue
	summary=$("$DYAD_BIN" dict check "$f" 2>&1 >/dev/null | tail -n 1)
	case "$summary" in
	*", 0 errors,"*) echo "ok   $(basename "$f"): ${summary#*: }" ;;
	*) echo "FAIL $(basename "$f"): $summary"; status=1 ;;
	esac
done
exit $status
