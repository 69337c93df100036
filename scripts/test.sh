#!/usr/bin/env bash
# The whole test suite: unit, end-to-end, fuzz-corpus replay and the
# ../shared reference suites, first in a normal build (./build), then in an
# AddressSanitizer + UBSan build (./build-asan). Suites that need ../shared
# are skipped with a message when it is absent. Exits non-zero if any test
# fails in either build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
status=0

run_build() {
	local dir=$1; shift
	echo "=== test: $dir ($*)"
	cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
	cmake --build "$dir" --parallel "$jobs"
	(cd "$dir" && ctest --output-on-failure --parallel "$jobs") || status=1
}

run_build build -DCMAKE_BUILD_TYPE=Release
run_build build-asan -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON
exit $status
