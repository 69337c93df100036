#!/usr/bin/env bash
# bench_code.sh — end-to-end coding throughput, run by hand (never by tests).
#
#   bench/bench_code.sh [BUILD_DIR] [CORPUS.jsonl] [DICT...]
#
# Runs `dyad code` over the corpus with the given dictionaries (default: the
# Phoenix set in ../shared), one thread, reading, coding and writing JSON
# Lines to /dev/null, with a warm dictionary cache; prints sentences/s,
# events/s, wall time, CPU time (and sentences per CPU-second, which a busy
# machine disturbs less than wall time), peak RSS and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
corpus=${2:-../shared/corpus/news.jsonl}
shift $(( $# > 2 ? 2 : $# ))
dicts=("$@")
[ ${#dicts[@]} -gt 0 ] || dicts=(../shared/dictionaries/phoenix/*.txt)
args=()
for d in "${dicts[@]}"; do args+=(--dict "$d"); done
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

# Warm the dictionary cache first: loading is measured by bench_dict.
echo '{"text":"warm up"}' | "$build/dyad" code -q --cache-dir "$cache" "${args[@]}" >/dev/null

start=$(date +%s.%N)
/usr/bin/time -f '%M %U %S' -o "$cache/rss" "$build/dyad" code --cache-dir "$cache" "${args[@]}" \
	"$corpus" -o /dev/null 2> "$cache/err" || true
end=$(date +%s.%N)
summary=$(grep 'dyad code:' "$cache/err" | tail -n 1)
sentences=$(sed -n 's/.* \([0-9]*\) sentences.*/\1/p' <<< "$summary")
events=$(sed -n 's/.* \([0-9]*\) events.*/\1/p' <<< "$summary")
secs=$(echo "$end - $start" | bc -l)
echo "bench_code: $corpus, ${#dicts[@]} dictionary files, 1 thread"
echo "  $summary"
printf '  time         %.2f s\n' "$secs"
printf '  sentences/s  %.0f\n' "$(echo "$sentences / $secs" | bc -l)"
printf '  events/s     %.0f\n' "$(echo "${events:-0} / $secs" | bc -l)"
read -r rss user sys < "$cache/rss"
cpu=$(echo "$user + $sys" | bc -l)
printf '  cpu time     %.2f s (user %.2f, sys %.2f)\n' "$cpu" "$user" "$sys"
# Per CPU second: what one core does, whatever else the machine is running.
printf '  sentences per cpu-second  %.0f\n' "$(echo "$sentences / $cpu" | bc -l)"
printf '  peak RSS     %.1f MB\n' "$(echo "$rss / 1024" | bc -l)"
echo "  load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
