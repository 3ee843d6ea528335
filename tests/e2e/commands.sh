#!/usr/bin/env bash
# e2e commands: every command run on a real terminal (a private tmux server)
# with the hostile thread, hostile tag stores and hostile arguments leaves the
# pane title, the window name and the paste buffers as they were. A control
# run first shows that raw escapes would change all three.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux

tmux_server commands
fail() {
	echo "FAIL: $*" >&2
	T capture-pane -p -t tt >&2 || true
	exit 1
}
tmux_session tt 200 50
T set -g allow-rename on
T set -g set-clipboard on
T set -g automatic-rename off
# An interactive shell, as a user has; each command is typed as "bash FILE" so
# that its escapes never pass through the line editor.
T respawn-pane -k -t tt "env PS1='sh> ' HISTFILE=$STATE/history bash --norc --noprofile -i"
tmux_poll tt "sh>" || fail "the shell did not start"
run=0
# in_pane CMD: runs a shell command in the pane (a terminal) and waits for its end.
in_pane() {
	run=$((run + 1))
	printf '%s\n' "$1" >"$STATE/cmd.$run"
	T send-keys -t tt "clear" Enter
	T select-pane -t tt -T tt-title
	T rename-window -t tt tt-window
	T send-keys -t tt "bash $STATE/cmd.$run; echo \"rc=\$? end-\$((7 * $run))\"" Enter
	tmux_poll tt "end-$((7 * run))" || fail "run $run did not end: $1"
}
title() { T display -p -t tt '#{pane_title}'; }
window() { T display -p -t tt '#{window_name}'; }
buffers() { T list-buffers 2>/dev/null | wc -l; }

# The control: raw escapes do reach this terminal, so the checks below can fail.
in_pane "printf '\\033]2;PWNED-CONTROL\\007\\033kPWNED-WINDOW\\033\\\\\\033]52;c;cHduZWQ=\\007'"
[ "$(title)" = PWNED-CONTROL ] || fail "control: OSC 2 did not set the title ($(title))"
[ "$(window)" = PWNED-WINDOW ] || fail "control: the window name did not change ($(window))"
[ "$(buffers)" -gt 0 ] || fail "control: OSC 52 made no paste buffer"
while [ "$(buffers)" -gt 0 ]; do T delete-buffer; done

h=tests/data/hostile.yaml
s1=tests/data/hostile-tags.yaml
s2=tests/data/hostile-tags-2.yaml
esc=$(printf '\033]0;PWNED\007\033]52;c;cHduZWQ=\007\033kPWNED\033\\')
work=$STATE/work
mkdir -p "$work"
cp "$s1" "$work/t.yaml"
commands=(
	"$BIN check $h"
	"$BIN stats $h --tags $s1"
	"$BIN stats $h --tags $s1 --format yaml"
	"$BIN agree $h --tags $s1 --tags $s2"
	"$BIN agree $h --tags $s1 --tags $s2 --format yaml"
	"$BIN export $h --tags $s1"
	"$BIN export $h --tags $s1 --format csv"
	"$BIN export $h --tags $s1 --format jsonl"
	"$BIN import $h"
	"$BIN tag $h --tags $work/t.yaml --id '$esc' --stance favor"
	"$BIN tag $h --tags $work/t.yaml --id esc --label '$esc'"
	"$BIN tag $h --tags $work/t.yaml --id esc --set '$esc=1'"
	"$BIN check '$esc'"
	"$BIN export '$esc'"
	"$BIN stats $h --tags '$esc'"
	"$BIN agree $h --tags $s1 --tags $s2 --dimension '$esc'"
	"$BIN '--$esc'"
	"$BIN export $h --tags $s1 --format '$esc'"
)
for cmd in "${commands[@]}"; do
	in_pane "env TERM=xterm-256color $cmd"
	[ "$(title)" = tt-title ] || fail "$cmd: the pane title became '$(title)'"
	[ "$(window)" = tt-window ] || fail "$cmd: the window name became '$(window)'"
	[ "$(buffers)" -eq 0 ] || fail "$cmd: a paste buffer appeared (OSC 52 reached the terminal)"
done
# What was shown is the text made visible, not nothing.
in_pane "env TERM=xterm-256color $BIN stats $h --tags $s1"
tmux_poll tt 'annotator: al^[]0;PWNED-TITLE^Gice' || fail "stats did not show the annotator inert"
in_pane "env TERM=xterm-256color $BIN export $h --tags $s1 --format csv"
tmux_poll tt 'PWNED-TITLE^G' || fail "export did not show the text inert"
echo "ok: ${#commands[@]} commands"
