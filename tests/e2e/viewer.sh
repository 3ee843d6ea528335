#!/usr/bin/env bash
# e2e: drives the real viewer in a private tmux server under three TERMs, through
# a scripted session with resizes down to 1x1, on ordinary and hostile threads.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
if ! command -v tmux >/dev/null 2>&1; then
	echo "SKIP: tmux is not installed (make deps-test installs it)"
	exit 77
fi
if [ ! -c /dev/null ]; then
	echo "FAIL: /dev/null is not a character device (something replaced it); tmux cannot start" >&2
	exit 1
fi
# The private server, its scratch folder and T come from the shared helper,
# which also keeps the socket's path short enough under a deep build tree.
# shellcheck source=tests/helpers/tmux.sh
. "$SRC/tests/helpers/tmux.sh"
tmux_server e2e
fail() {
	echo "FAIL: $*" >&2
	echo "---- screen ----" >&2
	T capture-pane -p -t tt >&2 || true
	exit 1
}

# Waits until the pane shows text (fixed string), up to a deadline.
wait_for() {
	local want=$1 deadline=$((SECONDS + ${2:-10}))
	while ((SECONDS < deadline)); do
		if T capture-pane -p -t tt 2>/dev/null | grep -qF -- "$want"; then
			return 0
		fi
		sleep 0.05
	done
	fail "timed out waiting for: $want"
}
# Waits until the viewer has exited; prints its exit status. A wrapper shell
# records it, so nothing depends on when tmux reaps the pane.
wait_exit() {
	local deadline=$((SECONDS + 10))
	while ((SECONDS < deadline)); do
		if [ -s "$STATE/rc.$run" ]; then
			cat "$STATE/rc.$run"
			return 0
		fi
		sleep 0.05
	done
	fail "the viewer did not exit"
}
# Waits until the pane no longer shows text, up to a deadline.
wait_gone() {
	local deadline=$((SECONDS + 10))
	while ((SECONDS < deadline)); do
		T capture-pane -p -t tt 2>/dev/null | grep -qF -- "$1" || return 0
		sleep 0.05
	done
	fail "timed out waiting for '$1' to go"
}
keys() { T send-keys -t tt "$@"; }
size() {
	T resize-window -t tt -x "$1" -y "$2"
}

# Starts the viewer on a file under a TERM in a fresh window of W x H.
start() {
	local term=$1 file=$2 w=$3 h=$4
	size "$w" "$h"
	run=$((run + 1))
	T respawn-pane -k -t tt "env TERM=$term XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data $BIN $file; echo \$? >$STATE/rc.$run"
}

T -f /dev/null new-session -d -s tt -x 80 -y 24 "sleep 600"
T set -g remain-on-exit on
T set -g window-size manual
run=0
send() { keys "$@"; }

small="$SRC/tests/data/small.yaml"
deep="$SRC/tests/data/deep.yaml"
hostile="$SRC/tests/data/hostile.yaml"
sample="$SRC/samples/ukraine-security-guarantees.yaml"
[ -f "$sample" ] || sample=$small
nested="$SRC/samples/nested-old-town-car-ban.yaml"
last=$("$BIN" check "$sample" | sed -n 's/^comments: \([0-9]*\) .*/\1/p')
[ -n "$last" ] || fail "cannot count the comments of $sample"
[ -f "$nested" ] || nested=$deep

for term in xterm-256color screen-256color tmux-256color; do
	# ---- an ordinary thread: moving, folding, search, help, resizes ----
	start "$term" "$sample" 120 40
	wait_for "Comments ("
	send g # the position of an earlier run is restored
	wait_for " 1/"
	send j j j k
	wait_for " 3/"
	send G
	wait_for " $last/$last"
	send g
	wait_for " 1/"
	send E # folds are remembered with the position: start from none
	wait_gone "[+"
	send Space
	wait_for "[+"
	send Enter
	wait_gone "[+"
	send C
	wait_for "[+"
	send E
	wait_gone "[+"
	send ?
	wait_for "Keys (Esc or q closes"
	wait_for "[move-down]"
	send j j
	send Escape
	wait_for "Comments ("
	send / x y z z y Enter
	wait_for "No match"
	send / e Enter n n N
	wait_for "/e "
	send g
	wait_for " 1/$last"
	send J
	wait_for " 2/$last"
	send K
	wait_for " 1/$last"
	send ]
	wait_for " 2/$last"
	send [
	wait_for " 1/$last"
	send p
	wait_for "has no parent"
	send Tab Tab Tab z
	wait_for "ZOOM"
	send z
	size 40 10
	wait_for "Comments"
	send j j k
	size 39 9
	wait_for "Terminal too small: 40x10"
	size 1 1
	send j k
	size 20 5
	wait_for "Terminal too small"
	size 120 40
	wait_for "Comments ("
	size 60 20
	wait_for "Comments ("
	send C-d C-u C-f C-b
	send F
	send q
	status=$(wait_exit)
	[ "$status" = 0 ] || fail "$term: q exited with $status"

	# ---- a deep thread in a narrow window ----
	start "$term" "$nested" 50 30
	wait_for "Comments ("
	send g j j j j j j j j
	send F
	wait_for "replies]"
	send E G p J K
	send q
	status=$(wait_exit)
	[ "$status" = 0 ] || fail "$term: deep thread: exit $status"

	# ---- hostile text: nothing reaches the terminal raw ----
	T select-pane -t tt -T "tt-title-$term"
	title_before=$(T display -p -t tt '#{pane_title}')
	[ "$title_before" = "tt-title-$term" ] || fail "$term: cannot set a pane title to compare"
	start "$term" "$hostile" 140 50
	wait_for "Hostile text"
	wait_for "^[[2J"
	wait_for "<9B>2J"
	wait_for "<U+202E>"
	send j j j
	size 40 10
	wait_for "Comments"
	size 140 50
	wait_for "Hostile text"
	send G z
	wait_for "^G"
	title=$(T display -p -t tt '#{pane_title}')
	[ "$title" = "$title_before" ] || fail "$term: the pane title changed to '$title'"
	if T list-buffers 2>/dev/null | grep -q .; then
		fail "$term: a paste buffer appeared (OSC 52 reached the terminal)"
	fi
	# The screen was not cleared: the viewer's own frame is still there.
	wait_for "Hostile text"
	send q
	status=$(wait_exit)
	[ "$status" = 0 ] || fail "$term: hostile: exit $status"
	echo "ok: $term"
done

# ---- pages and JSON open directly (imported in memory), when the corpus is there ----
for f in ../shared/corpus/hn_algolia_item17.json ../shared/corpus/text_dragnet_238_moz_algorithm_crowd.txt; do
	[ -f "$f" ] || continue
	start xterm-256color "$f" 100 30
	wait_for "Comments ("
	keys j G q
	[ "$(wait_exit)" = 0 ] || fail "$f: exit status"
done

# ---- the reading position is remembered per thread ----
start xterm-256color "$small" 80 24
wait_for "1/6"
keys g j j j
wait_for "4/6"
keys q
[ "$(wait_exit)" = 0 ] || fail "position: exit"
start xterm-256color "$small" 80 24
wait_for "Comments ("
wait_for "4/6"
[ -n "$(ls "$STATE/state/threadtag/positions" 2>/dev/null)" ] ||
	fail "position: nothing was saved under XDG_STATE_HOME/threadtag/positions"
keys g q
wait_exit >/dev/null

# ---- signals restore the terminal and end with 128 + signal ----
for sig in TERM HUP INT; do
	start xterm-256color "$small" 80 24
	wait_for "Comments ("
	pid=$(ps -o pid= --ppid "$(T display -p -t tt '#{pane_pid}')" | tr -d ' ')
	if [ "$sig" = INT ]; then keys C-c; else kill -s "$sig" "$pid"; fi
	status=$(wait_exit)
	case $sig in TERM) want=143 ;; HUP) want=129 ;; INT) want=130 ;; esac
	[ "$status" = "$want" ] || fail "SIG$sig: exit $status, want $want"
	# endwin() leaves the alternate screen: the viewer's frame is gone.
	if T capture-pane -p -t tt | grep -qF "Comments ("; then
		fail "SIG$sig: the screen was not restored"
	fi
done

# ---- Ctrl-Z suspends (terminal restored) and fg brings the view back ----
# Job control needs a real interactive shell around the viewer, as a user has.
size 80 24
T respawn-pane -k -t tt "env PS1='sh> ' TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data bash --norc --noprofile -i"
wait_for "sh>"
keys "$BIN $small" Enter
wait_for "Comments ("
keys C-z
wait_for "Stopped"
if T capture-pane -p -t tt | grep -qF "Comments ("; then
	fail "Ctrl-Z: the screen was not restored before stopping"
fi
keys "fg" Enter
wait_for "Comments ("
keys j
wait_for "2/6"
keys q
wait_for "sh>"
keys 'echo "RC=$?"' Enter
wait_for "RC=0"

# ---- key bindings from the config, by action name; unknown ones reported ----
mkdir -p "$STATE/cfg/threadtag"
printf 'keys:\n  nope: x\n  quit: Q\n' >"$STATE/cfg/threadtag/config.yaml"
run=$((run + 1))
T respawn-pane -k -t tt "env TERM=xterm-256color XDG_CONFIG_HOME=$STATE/cfg \
XDG_STATE_HOME=$STATE/state $BIN $small 2>$STATE/cfgerr; echo \$? >$STATE/rc.$run"
wait_for "Comments ("
keys q
wait_for "q is not bound"
keys Q
[ "$(wait_exit)" = 0 ] || fail "rebound quit: exit status"
grep -q "config.yaml:2:9: unknown action 'nope'" "$STATE/cfgerr" ||
	fail "unknown action not reported: $(cat "$STATE/cfgerr")"

# ---- links: U lists them; Enter opens $BROWSER with the URL as its one
# argument and the view comes back; y copies by OSC 52 (tmux keeps it) ----
links="$SRC/tests/data/reading/links.yaml"
printf '#!/bin/sh\nprintf "%%s\\n" "$#" "$@" >"%s/browsed"\n' "$STATE" >"$STATE/browser.sh"
chmod +x "$STATE/browser.sh"
size 120 30
run=$((run + 1))
T respawn-pane -k -t tt "env TERM=xterm-256color BROWSER=$STATE/browser.sh \
XDG_CONFIG_HOME=$STATE/config XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data \
$BIN $links; echo \$? >$STATE/rc.$run"
wait_for "Comments ("
keys g U
wait_for "Links of comment 1"
keys 1 Enter
wait_for "Opened with"
wait_for "Comments ("
[ "$(cat "$STATE/browsed")" = "1
https://example.test/report?id=1&x=2" ] || fail "the browser was given: $(cat "$STATE/browsed")"
T set -s set-clipboard on
keys U 2 y
wait_for "Copied to the terminal's clipboard"
got=$(T show-buffer 2>/dev/null || true)
T delete-buffer 2>/dev/null || true
T set -s set-clipboard external
[ "$got" = "https://example.test/plain-link" ] || fail "OSC 52 copied '$got'"
keys q
[ "$(wait_exit)" = 0 ] || fail "links: exit status"

# ---- a bad theme is reported at its position and the default is used ----
printf 'name: bad\nroles:\n  title: nosuchcolour\n' >"$STATE/bad-theme.yaml"
run=$((run + 1))
T respawn-pane -k -t tt "env TERM=xterm-256color XDG_STATE_HOME=$STATE/state \
$BIN --theme $STATE/bad-theme.yaml $small 2>$STATE/themeerr; echo \$? >$STATE/rc.$run"
wait_for "Comments ("
keys q
[ "$(wait_exit)" = 0 ] || fail "bad theme: exit status"
grep -q "bad-theme.yaml:3:10: " "$STATE/themeerr" || fail "bad theme not reported"

# ---- a terminal ncurses does not know: a message and 69, not a crash ----
# (libtinfo keeps a block from the failed newterm; LeakSanitizer would count it.)
run=$((run + 1))
T respawn-pane -k -t tt "env ASAN_OPTIONS=detect_leaks=0 TERM=no-such-terminal-type $BIN $small 2>$STATE/termerr; echo \$? >$STATE/rc.$run"
[ "$(wait_exit)" = 69 ] || fail "unknown TERM: wrong exit status"
grep -q "cannot use this terminal" "$STATE/termerr" || fail "unknown TERM: no message"

# ---- bad input fails before the screen opens ----
set +e
"$BIN" "$STATE/missing.yaml" 2>"$STATE/err"; rc=$?
[ $rc = 66 ] || fail "missing file: exit $rc"
printf 'threadtag: 1\narticle: [\n' >"$STATE/bad.yaml"
"$BIN" "$STATE/bad.yaml" 2>"$STATE/err"; rc=$?
[ $rc = 65 ] || fail "bad file: exit $rc"
grep -qE "bad.yaml:[0-9]+:[0-9]+: " "$STATE/err" || fail "bad file: no FILE:LINE:COL in $(cat "$STATE/err")"
"$BIN" --no-such-option "$small" 2>/dev/null; rc=$?
[ $rc = 64 ] || fail "bad option: exit $rc"
"$BIN" --help >/dev/null; rc=$?
[ $rc = 0 ] || fail "--help: exit $rc"
set -e
echo "ok: e2e viewer"
