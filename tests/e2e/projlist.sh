#!/usr/bin/env bash
# e2e projlist: `threadtag DIR` on a project shows its thread list; Enter opens
# a thread with the annotator's store, tags set there are on disk, q comes back
# to the list, which shows the new progress; > opens the next untagged thread.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux
for f in samples/ukraine-security-guarantees.yaml samples/nested-old-town-car-ban.yaml; do
	[ -f "$f" ] || { echo "FAIL: $f, a file of the repository, is missing" >&2; exit 1; }
done

tmux_server e2e-projlist
fail() {
	echo "FAIL: $*" >&2
	echo "---- pane ----" >&2
	T capture-pane -p -t a >&2 2>/dev/null || true
	cat "$STATE/err" >&2 2>/dev/null || true
	exit 1
}
wait_for() { tmux_poll a "$1" || fail "timed out waiting for: $1"; }

dir=$STATE/study
"$BIN" init "$dir" --name "Car-free study" >/dev/null || fail "init failed"
cp samples/nested-old-town-car-ban.yaml "$dir/threads/a-kessburg.yaml"
cp samples/ukraine-security-guarantees.yaml "$dir/threads/b-ukraine.yaml"

tmux_session e2e 120 30
T rename-window -t e2e a
T respawn-pane -k -t a "env TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_CACHE_HOME=$STATE/cache XDG_DATA_HOME=$STATE/data \
$BIN --annotator e2e $dir 2>$STATE/err; echo \$? >$STATE/rc"

# 1. The list: both threads, nothing tagged yet.
wait_for "Car-free study: 2 threads"
wait_for "e2e: 0/46 comments tagged (0%)"
T capture-pane -p -t a | grep -F "Kessburg council" | grep -qF "0/35" ||
	fail "the Kessburg row does not show 0/35"

# 2. Open the second thread, tag two comments, return.
T send-keys -t a j Enter
wait_for "Comments (11)"
T send-keys -t a 1 2
wait_for "2 tagged"
# The store is named after the thread's id; the project's own tools read it.
"$BIN" status "$dir" | grep -A2 -F "b-ukraine.yaml" | grep -qE "e2e +2/11" ||
	{ "$BIN" status "$dir" >&2; fail "status does not see the 2 tags in tags/e2e/"; }
T send-keys -t a q
wait_for "e2e: 2/46 comments tagged (4%)"
T capture-pane -p -t a | grep -F "Two Words" | grep -qF "2/11" ||
	fail "the Ukraine row does not show 2/11 after tagging"

# 3. > opens the next thread with untagged comments: from the Ukraine row, wrapping to Kessburg.
T send-keys -t a '>'
wait_for "Comments (35)"
T send-keys -t a q
wait_for "e2e: 2/46"
T send-keys -t a q
rc=$(tmux_wait_file "$STATE/rc") || fail "the list did not exit"
[ "$rc" = 0 ] || fail "threadtag DIR exited $rc"

# 4. An annotator name that cannot be a folder is refused before any screen.
set +e
"$BIN" --annotator ../evil "$dir" </dev/null >/dev/null 2>"$STATE/err2"
rc=$?
set -e
[ "$rc" = 64 ] || fail "--annotator ../evil exited $rc, want 64"
grep -q '^threadtag: .*annotator' "$STATE/err2" || fail "no message for a bad annotator"
# 5. --tags names one store; a project has one per thread: refused.
set +e
"$BIN" --tags "$STATE/x.yaml" "$dir" </dev/null >/dev/null 2>"$STATE/err3"
rc=$?
set -e
[ "$rc" = 64 ] || fail "--tags with a project exited $rc, want 64"
grep -q '^threadtag: --tags' "$STATE/err3" || fail "no message for --tags with a project"
echo "ok"
