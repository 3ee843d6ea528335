#!/usr/bin/env bash
# e2e themes: the real viewer in a private tmux server with every shipped theme,
# a bad theme, NO_COLOR, a colourless TERM, a theme chosen by the config file, a
# bad config, and a reading position kept across runs.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux

tmux_server themes
fail() {
	echo "FAIL: $*" >&2
	echo "---- screen ----" >&2
	T capture-pane -p -t tt >&2 || true
	echo "---- stderr ----" >&2
	cat "$STATE/err.$run" >&2 2>/dev/null || true
	exit 1
}

# Polls the pane for a fixed string until a deadline: no fixed sleeps.
wait_for() { tmux_poll tt "$1" || fail "timed out waiting for: $1"; }
# The exit status the wrapper shell recorded once the viewer ended.
wait_exit() { tmux_wait_file "$STATE/rc.$run" || fail "the viewer did not exit"; }
# Starts the viewer with extra environment (VAR=value...) and arguments.
run=0
start() {
	local envs=$1
	shift
	run=$((run + 1))
	T respawn-pane -k -t tt "env -u NO_COLOR TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data $envs $BIN $* 2>$STATE/err.$run; \
echo \$? >$STATE/rc.$run"
}
quit() {
	T send-keys -t tt q
	local rc
	rc=$(wait_exit)
	[ "$rc" = 0 ] || fail "exit status $rc after q"
}
# SGR colour parameters (30-38, 40-48, 90-97, 100-107) anywhere on the screen.
has_color() {
	T capture-pane -p -e -t tt | grep -oE $'\e\\[[0-9;]*m' | tr -d '\033[m' | tr ';' '\n' |
		grep -qxE '3[0-8]|4[0-8]|9[0-7]|10[0-7]'
}
has_reverse() {
	T capture-pane -p -e -t tt | grep -oE $'\e\\[[0-9;]*m' | tr -d '\033[m' | tr ';' '\n' |
		grep -qx 7
}

tmux_session tt 100 30

thread=tests/data/threads/small.yaml
title="A test"

# Every shipped theme starts cleanly; all but mono draw in colour.
for f in themes/*.yaml; do
	name=$(basename "$f" .yaml)
	start "" --theme "$name" "$thread"
	wait_for "$title"
	if [ "$name" = mono ]; then
		has_color && fail "theme mono drew colours"
	else
		has_color || fail "theme $name drew no colours"
	fi
	quit
	[ -s "$STATE/err.$run" ] && fail "theme $name printed: $(cat "$STATE/err.$run")"
done

# A bad theme is reported with its position and the default theme is used.
start "" --theme tests/data/themes/bad-color.yaml "$thread"
wait_for "$title"
has_color || fail "no colours after a bad theme (the default should be used)"
quit
grep -qF "tests/data/themes/bad-color.yaml:2:21: unknown background colour 'purpel'" \
	"$STATE/err.$run" || fail "bad theme not reported with FILE:LINE:COL"

# NO_COLOR set and not empty: attributes only.
start "NO_COLOR=1" "$thread"
wait_for "$title"
has_color && fail "colours drawn under NO_COLOR"
has_reverse || fail "no reverse video under NO_COLOR (selection and status need it)"
quit
# NO_COLOR set but empty does not count.
start "NO_COLOR=" "$thread"
wait_for "$title"
has_color || fail "an empty NO_COLOR turned colours off"
quit

# A terminal without colours.
start "TERM=vt100" "$thread"
wait_for "$title"
has_color && fail "colours drawn on vt100"
quit

# The config names a theme by a path relative to itself; it builds on default.
mkdir -p "$STATE/config/threadtag"
printf 'theme: mine.yaml\n' >"$STATE/config/threadtag/config.yaml"
printf 'base: default\nroles:\n  title: 201 bold\n' >"$STATE/config/threadtag/mine.yaml"
start "" "$thread"
wait_for "$title"
T capture-pane -p -e -t tt | grep -qF $'\e[38;5;201m' || fail "the config's theme is not used"
quit

# A bad config is reported and the program starts with the defaults.
printf 'theme: light\nmouse: maybe\n' >"$STATE/config/threadtag/config.yaml"
start "" "$thread"
wait_for "$title"
quit
grep -qF "config.yaml:2:8: 'mouse' must be true or false" "$STATE/err.$run" ||
	fail "bad config not reported with FILE:LINE:COL"
rm "$STATE/config/threadtag/config.yaml"

# Shipped themes are found from any folder (they are beside the program), with
# no theme folder in the XDG paths and none in the current folder.
absbin=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
mkdir -p "$STATE/elsewhere"
run=$((run + 1))
T respawn-pane -k -t tt "cd $STATE/elsewhere && env -u NO_COLOR TERM=xterm-256color \
XDG_CONFIG_HOME=$STATE/config XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data \
XDG_DATA_DIRS=$STATE/none $absbin --theme light $PWD/$thread 2>$STATE/err.$run; \
echo \$? >$STATE/rc.$run"
wait_for "$title"
has_color || fail "theme light from another folder drew no colours"
quit
[ -s "$STATE/err.$run" ] && fail "theme light from another folder: $(cat "$STATE/err.$run")"

# A theme that does not exist is said on screen at once, not after quitting.
start "" --theme no-such-theme-here "$thread"
wait_for "$title"
wait_for "no-such-theme-here: no such theme"
quit

# So is a mistake in the config, and M lists every message of the session.
printf 'mouse: maybe\n' >"$STATE/config/threadtag/config.yaml"
start "" --theme no-such-theme-here "$thread"
wait_for "$title"
wait_for "2 messages"
T send-keys -t tt M
wait_for "Messages of this session"
# Long messages (a config's full path) wrap in the log instead of being cut.
# Where the line breaks depends on how long the path is, so the whole message is
# looked for with spaces and line breaks taken out.
tmux_poll_joined tt "config/threadtag/config.yaml:1:8: 'mouse' must be true or false, found maybe" ||
	fail "the config error is not whole in the log"
wait_for "no-such-theme-here: no such theme"
T send-keys -t tt Escape
wait_for "$title"
quit
rm "$STATE/config/threadtag/config.yaml"

# The reading position is kept: move, quit, reopen at the same comment.
position() {
	T capture-pane -p -t tt | tail -n 1 | grep -oE '[0-9]+/[0-9]+' | head -n 1
}
start "" "$thread"
wait_for "$title"
first=$(position)
T send-keys -t tt j j
deadline=$((SECONDS + 10))
while [ "$(position)" = "$first" ] && ((SECONDS < deadline)); do sleep 0.05; done
moved=$(position)
[ -n "$moved" ] && [ "$moved" != "$first" ] || fail "j did not move ($first)"
quit
ls "$STATE"/state/threadtag/positions/*.yaml >/dev/null 2>&1 || fail "no position file written"
start "" "$thread"
wait_for "$title"
wait_for "$moved"
quit

echo "ok: themes, NO_COLOR, config and positions in $run runs"
