#!/usr/bin/env bash
# e2e loading: a big thread file opens on a loading screen (the article's title, the first comments, a progress line) before the viewer, which then opens at the first comment and carries out the keys typed meanwhile; q and Ctrl-C during the load end it with nothing written; a file bad past its first comments exits 65 with the position.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux
tmux_server e2e-loading
fail() {
	echo "FAIL: $*" >&2
	echo "---- screen ----" >&2
	T capture-pane -p -t tt >&2 2>/dev/null || true
	exit 1
}
screen() { T capture-pane -p -t tt; }
wait_for() { tmux_poll tt "$1" || fail "timed out waiting for: $1"; }
wait_exit() { tmux_wait_file "$STATE/rc.$run" || fail "the viewer did not exit"; }

# A thread of 6 MB: 3,000 top-level comments with three nested replies each,
# bodies of ~480 bytes; the first comment's opening words are unique.
big=$STATE/big.yaml
awk 'BEGIN {
	pad = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
	body = pad " " pad " " pad " " pad " " pad " " pad
	print "threadtag: 1\narticle:\n  title: A very long loading thread\n  body:\n  - The article.\ncomments:"
	for (i = 0; i < 3000; i++) {
		first = i == 0 ? "Opening words of the first comment. " : ""
		printf "- id: c%d\n  author: top%d\n  posted: \"2025-03-01T10:00:00Z\"\n  body:\n  - \"%s%s\"\n  replies:\n", i, i, first, body
		for (j = 0; j < 3; j++)
			printf "  - id: c%d-%d\n    author: reply%d\n    body:\n    - \"%s\"\n", i, j, j, body
	}
}' >"$big"
size=$(wc -c <"$big")
((size > 5000000)) || fail "the generated thread is only $size bytes"

run=0
# start: the viewer on $big in the pane, the load held back as a disk that
# reads the file in 5 s would, so each stage can be seen on any machine.
start() {
	run=$((run + 1))
	T respawn-pane -k -t tt "env TERM=xterm-256color HOME=$HOME XDG_CACHE_HOME=$XDG_CACHE_HOME \
XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME XDG_DATA_HOME=$XDG_DATA_HOME \
THREADTAG_TEST_LOAD_DELAY_MS=5000 $BIN $big 2>$STATE/err.$run; echo \$? >$STATE/rc.$run"
}
# nothing_written WHEN: no index, tag store or reading position anywhere.
nothing_written() {
	local left
	left=$(find "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CONFIG_HOME" -type f)
	[ -z "$left" ] || fail "$1 left files: $left"
}
tmux_session tt 120 30

# 1. The loading page first: the title, the first comment's words and the
# progress line, while the viewer's own status line (k/N) is not there yet.
start
wait_for "Opening words of the first comment"
s=$(screen)
grep -qF "A very long loading thread" <<<"$s" || fail "the loading page lacks the article's title"
tail -n 1 <<<"$s" | grep -qE "loading: [0-9]+ comments, [0-9.]+ of [0-9.]+ MB \([0-9]+%\)" ||
	fail "no progress line under the first comments: $(tail -n 1 <<<"$s")"
tail -n 1 <<<"$s" | grep -qF "LOADING" || fail "the status line does not say LOADING"
grep -qE " [0-9]+/12000 " <<<"$s" && fail "the viewer's status line was there before the load ended"
grep -qE "loading: 12000 comments" <<<"$s" && fail "the first comments came only with the whole load"
# A key that needs the thread waits: the page stays, the status counts it.
tail -n 1 <<<"$s" | grep -qF "keys wait" || fail "the status line does not say keys wait"
T send-keys -t tt j
wait_for "1 key waiting"
[ -s "$STATE/rc.$run" ] && fail "j during the load ended the program"
# ? shows the keys during the load; q closes them, not the program.
T send-keys -t tt '?'
wait_for "Keys (Esc or q closes"
T send-keys -t tt q
wait_for "A very long loading thread"
[ -s "$STATE/rc.$run" ] && fail "q in the keys ended the program"
# Then the viewer, its own status line, the j typed during the load carried
# out (tests/e2e/loading_keys.sh goes further): the second comment.
wait_for "2/12000"
tail -n 1 <<<"$(screen)" | grep -qF "LOADING" && fail "the viewer still says LOADING"
grep -qF "Opening words of the first comment" <<<"$(screen)" || fail "the viewer is not at the thread's top"
T send-keys -t tt q
[ "$(wait_exit)" = 0 ] || fail "the viewer did not exit 0: $(cat "$STATE/err.$run")"
ls "$XDG_CACHE_HOME"/threadtag/index/*.idx >/dev/null 2>&1 || fail "a full load left no index"

# 2. q during the load: exit 0, no message, nothing written.
rm -rf "${XDG_CACHE_HOME:?}"/* "${XDG_STATE_HOME:?}"/* "${XDG_DATA_HOME:?}"/*
start
wait_for "loading: "
T send-keys -t tt q
[ "$(wait_exit)" = 0 ] || fail "q during the load did not exit 0"
[ -s "$STATE/err.$run" ] && fail "q during the load printed: $(cat "$STATE/err.$run")"
nothing_written "q during the load"

# 3. Ctrl-C during the load: 130, "interrupted" on stderr, nothing written.
start
wait_for "loading: "
T send-keys -t tt C-c
[ "$(wait_exit)" = 130 ] || fail "Ctrl-C during the load did not exit 130"
grep -qF "big.yaml: interrupted" "$STATE/err.$run" || fail "Ctrl-C: no message: $(cat "$STATE/err.$run")"
nothing_written "Ctrl-C during the load"
# 4. A file that goes bad past its first comments: the screen closes, the
# message is on stderr with its position, exit 65, nothing written.
bad=$STATE/bad.yaml
{ cat "$big"; printf -- '- id: [unclosed\n'; } >"$bad"
rm -rf "${XDG_CACHE_HOME:?}"/* "${XDG_STATE_HOME:?}"/* "${XDG_DATA_HOME:?}"/*
big=$bad start
wait_for "loading: "
[ "$(wait_exit)" = 65 ] || fail "a bad file did not exit 65: $(cat "$STATE/err.$run")"
grep -qE "^threadtag: .*bad\.yaml:[0-9]+:[0-9]+: " "$STATE/err.$run" ||
	fail "no positioned message for a bad file: $(cat "$STATE/err.$run")"
nothing_written "a bad file"
echo "ok"
