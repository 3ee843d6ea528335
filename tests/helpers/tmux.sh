# tmux.sh: a private tmux server for the end-to-end tests (sourced, not run).
# The sourcing script defines fail MESSAGE, which shows what it needs and exits.

# need_tmux: ends the test as skipped (77, which ctest counts as a skip and
# .ci/run as a failure) where tmux is missing. Whether the binary works is
# never probed here: a broken binary must fail the test, not skip it.
need_tmux() {
	if ! command -v tmux >/dev/null 2>&1; then
		echo "SKIP: tmux is not installed (make deps-test installs it)"
		exit 77
	fi
}

# tmux_server NAME: a server of its own (socket SOCK), a scratch folder STATE,
# both gone when the script exits however it exits.
tmux_server() {
	SOCK="tt-$1-$$-$RANDOM"
	STATE=$(mktemp -d)
	SOCKDIR=
	TMUX_SOCK=(-L "$SOCK")
	# A unix socket's path holds at most 107 bytes. The server's socket goes
	# in TMUX_TMPDIR (the test's folder in the build tree); under a build
	# tree that deep it would not fit, so it goes in a short private folder
	# of its own instead, removed with the server.
	local dir=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK
	if [ ${#dir} -gt 100 ]; then
		SOCKDIR=$(mktemp -d /tmp/tt.XXXXXX)
		TMUX_SOCK=(-S "$SOCKDIR/s")
	fi
	trap tmux_cleanup EXIT
}
tmux_cleanup() {
	tmux "${TMUX_SOCK[@]}" kill-server 2>/dev/null || true
	rm -rf "$STATE" 2>/dev/null || true
	[ -z "${SOCKDIR:-}" ] || rm -rf "$SOCKDIR" 2>/dev/null || true
}
T() { tmux "${TMUX_SOCK[@]}" "$@"; }

# tmux_session NAME COLS ROWS: a detached session whose panes stay after their
# program ends, so that its last screen and exit status can be read.
tmux_session() {
	T -f /dev/null new-session -d -s "$1" -x "$2" -y "$3" "sleep 600"
	T set -g remain-on-exit on
}

# tmux_poll PANE TEXT: polls the pane until TEXT shows; 1 at the deadline.
tmux_poll() {
	local deadline=$((SECONDS + 10))
	while ((SECONDS < deadline)); do
		T capture-pane -p -t "$1" 2>/dev/null | grep -qF -- "$2" && return 0
		sleep 0.05
	done
	return 1
}

# tmux_poll_joined PANE TEXT: like tmux_poll, but with every space and line
# break taken out of both the screen and TEXT, so a message the viewer wrapped
# is found wherever the break fell (the break depends on a path's length).
tmux_poll_joined() {
	local deadline=$((SECONDS + 10)) want
	want=$(printf '%s' "$2" | tr -d ' \n')
	while ((SECONDS < deadline)); do
		T capture-pane -p -t "$1" 2>/dev/null | tr -d ' \n' | grep -qF -- "$want" && return 0
		sleep 0.05
	done
	return 1
}

# tmux_wait_file FILE: waits for FILE to have content and prints it; 1 at the
# deadline. The viewer's wrapper shell writes its exit status there.
tmux_wait_file() {
	local deadline=$((SECONDS + 10))
	while ((SECONDS < deadline)); do
		[ -s "$1" ] && { cat "$1"; return 0; }
		sleep 0.05
	done
	return 1
}
