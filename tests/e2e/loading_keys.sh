#!/usr/bin/env bash
# e2e loading keys: keys typed on the loading screen wait, counted in its status line, and are carried out in order once the viewer opens (j j j lands on the 4th comment; a stance key tags the comment it would have tagged, durably); q during the load drops them and writes nothing.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux
tmux_server e2e-loadkeys
fail() {
	echo "FAIL: $*" >&2
	echo "---- screen ----" >&2
	T capture-pane -p -t tt >&2 2>/dev/null || true
	exit 1
}
screen() { T capture-pane -p -t tt; }
wait_for() { tmux_poll tt "$1" || fail "timed out waiting for: $1"; }
wait_exit() { tmux_wait_file "$STATE/rc.$run" || fail "the viewer did not exit"; }

# A thread of 6 MB (in the test's scratch folder, inside the build tree):
# 3,000 top-level comments with three replies each, so in tree order the
# comments are c0, c0-0, c0-1, c0-2, c1, ...
big=$STATE/big.yaml
awk 'BEGIN {
	pad = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
	body = pad " " pad " " pad " " pad " " pad " " pad
	print "threadtag: 1\narticle:\n  title: Keys typed while it loads\n  body:\n  - The article.\ncomments:"
	for (i = 0; i < 3000; i++) {
		printf "- id: c%d\n  author: top%d\n  posted: \"2025-03-01T10:00:00Z\"\n  body:\n  - \"%s\"\n  replies:\n", i, i, body
		for (j = 0; j < 3; j++)
			printf "  - id: c%d-%d\n    author: reply%d\n    body:\n    - \"%s\"\n", i, j, j, body
	}
}' >"$big"
size=$(wc -c <"$big")
((size > 5000000)) || fail "the generated thread is only $size bytes"
store=$STATE/tags.yaml

run=0
# start: the viewer on $big, the load held back as a disk that reads the file
# in 4 s would, so keys can be typed while it loads on any machine.
start() {
	run=$((run + 1))
	rm -rf "$STATE/cache" "$STATE/state" "$STATE/data" "$STATE/config" "$store"
	T respawn-pane -k -t tt "env TERM=xterm-256color HOME=$HOME XDG_CACHE_HOME=$STATE/cache \
XDG_CONFIG_HOME=$STATE/config XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data \
THREADTAG_TEST_LOAD_DELAY_MS=4000 $BIN --tags $store --annotator e2e $big 2>$STATE/err.$run; \
echo \$? >$STATE/rc.$run"
}
status_line() { screen | tail -n 1; }
# The stance the store holds for a comment, as a script reads it.
stance() {
	"$BIN" export "$big" --tags "$store" --format jsonl --no-text 2>/dev/null |
		grep -F "\"comment\":\"$1\"" | sed -n 's/.*"stance":"\([^"]*\)".*/\1/p'
}
tmux_session tt 120 30

# 1. j j j during the load: counted, then carried out: the 4th comment.
start
wait_for "loading: "
T send-keys -t tt j
T send-keys -t tt j
T send-keys -t tt j
wait_for "3 keys waiting"
status_line | grep -qF "loading: " || fail "the keys' count is not on the progress line: $(status_line)"
grep -qE " [0-9]+/12000 " <<<"$(screen)" && fail "the load ended before the keys were typed (too fast a machine?)"
wait_for " 4/12000 "
status_line | grep -qF "LOADING" && fail "the viewer still says LOADING"
T send-keys -t tt q
[ "$(wait_exit)" = 0 ] || fail "the viewer did not exit 0: $(cat "$STATE/err.$run")"

# 2. j 1 during the load: nothing written while it loads; once open, the
# second comment is tagged, shown, and on disk (kill -9 loses nothing).
start
wait_for "loading: "
T send-keys -t tt j
T send-keys -t tt 1
wait_for "2 keys waiting"
[ -e "$store" ] && fail "the store was written before the viewer opened it"
wait_for "1 tagged"
pid=$(ps -o pid= --ppid "$(T display -p -t tt '#{pane_pid}')" | tr -d ' ')
kill -9 "$pid"
wait_exit >/dev/null
[ "$(stance c0-0)" = favor ] || fail "the 2nd comment (c0-0) is not tagged favor on disk: '$(stance c0-0)'"
[ -z "$(stance c0)" ] || fail "the 1st comment was tagged: $(stance c0)"

# 3. q during the load drops the keys waiting: exit 0, nothing written.
start
wait_for "loading: "
T send-keys -t tt j
T send-keys -t tt 1
wait_for "2 keys waiting"
T send-keys -t tt q
[ "$(wait_exit)" = 0 ] || fail "q during the load did not exit 0"
[ -s "$STATE/err.$run" ] && fail "q during the load printed: $(cat "$STATE/err.$run")"
left=$(find "$STATE/cache" "$STATE/state" "$STATE/data" "$STATE/config" -type f 2>/dev/null || true)
[ -z "$left" ] || fail "q during the load left files: $left"
[ -e "$store" ] && fail "q during the load wrote the store"
echo "ok"
