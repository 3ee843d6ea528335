#!/usr/bin/env bash
# e2e: tagging by keys in the real viewer — ten comments tagged, quit, reopen and
# see them; one more tagged, kill -9, reopen and see it too.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
need_tmux
if ! "$BIN" tag --help >/dev/null 2>&1; then
	echo "SKIP: this build has no tag store"
	exit 0
fi
if [ ! -c /dev/null ]; then
	echo "FAIL: /dev/null is not a character device (something replaced it); tmux cannot start" >&2
	exit 1
fi
tmux_server e2e-tags
fail() {
	echo "FAIL: $*" >&2
	T capture-pane -p -t tt >&2 || true
	exit 1
}
wait_for() { tmux_poll tt "$1" || fail "timed out waiting for: $1"; }
run=0
start() {
	run=$((run + 1))
	T respawn-pane -k -t tt "env TERM=xterm-256color EDITOR=$STATE/ed.sh VISUAL= XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data $BIN --tags $STATE/tags.yaml \
--annotator e2e $1; echo \$? >$STATE/rc.$run"
}
wait_exit() { tmux_wait_file "$STATE/rc.$run" || fail "the viewer did not exit"; }

thread="$SRC/samples/ukraine-security-guarantees.yaml"
[ -f "$thread" ] || thread="$SRC/tests/data/deep.yaml"

# An "editor" that writes a note, standing in for $EDITOR with the terminal handed over.
printf '#!/bin/sh\nprintf "a long note from the editor\\n" >"$1"\n' >"$STATE/ed.sh"
chmod +x "$STATE/ed.sh"

tmux_session tt 140 45

start "$thread"
wait_for "Comments ("
T send-keys -t tt g 1 1 1 1 1 2 2 2 2 3
wait_for "10 tagged"
T send-keys -t tt q
[ "$(wait_exit)" = 0 ] || fail "quit after tagging"

start "$thread"
wait_for "10 tagged"
T send-keys -t tt g
wait_for " favor "
T send-keys -t tt G o 4
wait_for "11 tagged"
# The screen shows it, so it is on disk: kill -9 must not lose it.
pid=$(ps -o pid= --ppid "$(T display -p -t tt '#{pane_pid}')" | tr -d ' ')
kill -9 "$pid"
wait_exit >/dev/null

start "$thread"
wait_for "11 tagged"
T send-keys -t tt G
wait_for " unclear "
T send-keys -t tt I
wait_for "note saved"
wait_for "a long note from the editor"
T send-keys -t tt q
[ "$(wait_exit)" = 0 ] || fail "quit after reopening"
echo "ok: e2e tagging"
