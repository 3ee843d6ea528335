#!/usr/bin/env bash
# e2e search in the background: a search typed right after the open, before the folded text is built, waits with an "indexing" line while j still moves the selection and is drawn, then lands on its hit; q during the wait quits at once (the worker is stopped and joined).
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux
tmux_server e2e-searchbg
fail() {
	echo "FAIL: $*" >&2
	echo "---- screen ----" >&2
	T capture-pane -p -t tt >&2 2>/dev/null || true
	exit 1
}
screen() { T capture-pane -p -t tt; }
wait_for() { tmux_poll tt "$1" || fail "timed out waiting for: $1"; }

# 400 comments; only c300's author is "zebra".
big=$STATE/big.yaml
awk 'BEGIN {
	print "threadtag: 1\narticle:\n  title: Searching while it folds\n  body:\n  - The article.\ncomments:"
	for (i = 0; i < 400; i++)
		printf "- id: c%d\n  author: %s\n  body:\n  - \"Comment number %d says little.\"\n", i, i == 300 ? "zebra" : "user" i, i
}' >"$big"

run=0
# start: the viewer on $big with the worker held back 6 s, as a thread far
# bigger would hold it, so the search is typed before its text is ready.
start() {
	run=$((run + 1))
	rm -rf "$STATE/cache" "$STATE/state" "$STATE/data" "$STATE/config"
	T respawn-pane -k -t tt "env TERM=xterm-256color HOME=$HOME XDG_CACHE_HOME=$STATE/cache \
XDG_CONFIG_HOME=$STATE/config XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data \
THREADTAG_TEST_FOLD_DELAY_MS=6000 $BIN --tags $STATE/tags.yaml --annotator e2e $big \
2>$STATE/err.$run; echo \$? >$STATE/rc.$run"
}
tmux_session tt 120 30

# 1. /zebra Enter at once: it waits, j moves meanwhile, then the hit.
start
wait_for "Searching while it folds"
T send-keys -t tt / z e b r a Enter
tmux_poll_joined tt "indexing" || fail "no indexing line while the text is folded"
before=$(screen)
T send-keys -t tt j
moved=0
for _ in $(seq 40); do
	[ "$(screen)" != "$before" ] && { moved=1; break; }
	sleep 0.05
done
((moved)) || fail "j was not drawn while the search waited"
screen | grep -qF "indexing" || fail "the search was done before j: the test did not test the wait"
tmux_poll_joined tt "zebra  (wrapped" || tmux_poll_joined tt "/zebra (" || fail "the waiting search did not land on its hit"
screen | grep -F "zebra" | grep -qv "/zebra" || fail "the hit is not on the screen"
T send-keys -t tt q
tmux_wait_file "$STATE/rc.$run" >/dev/null || fail "the viewer did not exit"
[ "$(cat "$STATE/rc.$run")" = 0 ] || fail "exit status $(cat "$STATE/rc.$run")"

# 2. q while the search waits: out at once, not after the worker's 6 s.
start
wait_for "Searching while it folds"
T send-keys -t tt / z e b r a Enter
tmux_poll_joined tt "indexing" || fail "no indexing line (run 2)"
t0=$(date +%s%N)
T send-keys -t tt q
tmux_wait_file "$STATE/rc.$run" >/dev/null || fail "the viewer did not exit on q"
ms=$((($(date +%s%N) - t0) / 1000000))
((ms < 3000)) || fail "q took $ms ms while the worker folded"
[ "$(cat "$STATE/rc.$run")" = 0 ] || fail "exit status $(cat "$STATE/rc.$run") (run 2)"

# 3. Esc drops the waiting search: the selection stays where j put it.
start
wait_for "Searching while it folds"
T send-keys -t tt / z e b r a Enter
tmux_poll_joined tt "indexing" || fail "no indexing line (run 3)"
T send-keys -t tt Escape
tmux_poll_joined tt "Search cancelled" || fail "Esc did not cancel the waiting search"
T send-keys -t tt q
tmux_wait_file "$STATE/rc.$run" >/dev/null || fail "the viewer did not exit (run 3)"
echo "ok"
