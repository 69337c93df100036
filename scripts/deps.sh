#!/usr/bin/env bash
# Install the Debian packages dyad needs to build, test and run, when they
# are missing. Safe to run again: it installs nothing when all are present.
# Runs apt-get directly as root, or through sudo otherwise.
set -euo pipefail

packages=(
	build-essential cmake ninja-build pkg-config
	libutf8proc-dev libxml2-dev libcjson-dev libsqlite3-dev libcmocka-dev
	wordnet-base festlex-poslex
)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
	echo "deps: all ${#packages[@]} Debian packages present"
	exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "deps: done"
