#!/bin/sh
# Installs the Debian packages threadtag needs to build and test, or says how.
# Usage: scripts/deps.sh [build|test]   (test adds what the test suite drives)
set -eu
kind=${1:-build}
pkgs="cmake make gcc pkg-config libncurses-dev libyaml-dev libyajl-dev zlib1g-dev libcsv-dev libcurl4-openssl-dev libxml2-dev libxxhash-dev"
if [ "$kind" = test ]; then
	pkgs="$pkgs libcmocka-dev tmux valgrind groff-base python3 python3-yaml python3-pandas ncurses-base"
fi
missing=""
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0
if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "threadtag: not a Debian system; install the equivalents of:$missing" >&2
	exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
	echo "threadtag: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing
else
	echo "threadtag: missing Debian packages:$missing" >&2
	echo "threadtag: run: sudo apt-get install -y --no-install-recommends$missing" >&2
	exit 1
fi
