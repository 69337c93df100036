#!/usr/bin/env bash
# One command from a fresh Debian machine to a working dyad: install the
# build dependencies, build (release build in ./build), and run the main job
# on the bundled example stories, writing examples/out/ and printing a
# summary.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --parallel
mkdir -p examples/out
# The main job, with dyad's built-in dictionaries (no --dict).
echo "setup: running: build/dyad code examples/stories.jsonl -o examples/out/stories.events.jsonl"
build/dyad code examples/stories.jsonl -o examples/out/stories.events.jsonl
echo "setup: wrote examples/out/stories.events.jsonl ($(grep -c "\"type\":\"event\"" examples/out/stories.events.jsonl) events, $(grep -c "\"type\":\"statement\"" examples/out/stories.events.jsonl) statements)"
