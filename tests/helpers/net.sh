# net.sh: a private test folder and the local answer server (sourced by tests/net/*.sh).
set -u
BIN=${TT_BIN:?TT_BIN must name the threadtag binary}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
SRC=$(cd "${TT_SRCDIR:-.}" && pwd)
BUILD=$(cd "${TT_BUILDDIR:-build}" && pwd)
PY=/usr/bin/python3
CORPUS=${TT_CORPUS:-$SRC/../shared/corpus} # real captures, used when present
[ -x "$PY" ] || { echo "no /usr/bin/python3: skipped"; exit 77; }
# Everything the test writes stays in the build tree.
TMP=$(mktemp -d "$BUILD/net-test.XXXXXX")
export HOME=$TMP/home XDG_CACHE_HOME=$TMP/cache XDG_CONFIG_HOME=$TMP/config \
	XDG_STATE_HOME=$TMP/state XDG_DATA_HOME=$TMP/data TMPDIR=$TMP
mkdir -p "$HOME"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy=127.0.0.1
SERVER_PID=
cleanup() {
	[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() { [ "$1" = "$2" ] || fail "$3: exit $2, expected $1"; }

# serve ROUTES: starts server.py on a free port; sets BASE and LOG.
serve() {
	LOG=$TMP/requests.log
	: >"$LOG"
	rm -f "$TMP/port"
	"$PY" "$SRC/tests/net/server.py" "$1" "$LOG" "$TMP/port" >/dev/null 2>"$TMP/server.err" &
	SERVER_PID=$!
	for _ in $(seq 100); do
		[ -s "$TMP/port" ] && break
		kill -0 "$SERVER_PID" 2>/dev/null || break
		sleep 0.05
	done
	[ -s "$TMP/port" ] || { echo "the test server did not start: $(cat "$TMP/server.err")"; exit 1; }
	BASE=http://127.0.0.1:$(cat "$TMP/port")
	export THREADTAG_REDDIT_URL=$BASE THREADTAG_HN_URL=$BASE
}

# need_valgrind: ends the test as skipped (77) without valgrind, or in a
# sanitizer build (which covers the same ground and cannot run under it).
need_valgrind() {
	command -v valgrind >/dev/null 2>&1 || { echo "valgrind not installed: skipped"; exit 77; }
	if grep -q 'TT_SANITIZE:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
		echo "sanitizer build: valgrind skipped (ASan covers it)"
		exit 77
	fi
}

# reddit_fixtures DIR: the answers of a Reddit thread cut for the server, from
# the corpus when it is there, else from a generated 600-comment thread; sets
# SUB, LINK (the post id) and CONT (a comment whose replies hide behind
# "continue this thread").
reddit_fixtures() {
	local src=$CORPUS/reddit_cmwov_askreddit_tattoos_2010_sort_top.json
	mkdir -p "$1"
	if [ ! -r "$src" ]; then
		src=$1/generated.json
		"$PY" "$SRC/bench/gen_reddit.py" 600 "$src" || exit 1
	fi
	"$PY" "$SRC/tests/net/make_fixtures.py" "$src" "$SRC/tests/data/hn/algolia-story.json" "$1" \
		>/dev/null || exit 1
	. "$1/info.sh"
}

# the thread file without the fields only a fetch writes
plain() { grep -v -e '^source_url:' -e '^fetched:' "$1"; }
