#!/usr/bin/env bash
# e2e tagging_store: what the viewer shows as tagged is in the store on disk,
# for scripts to read while it is still open; a second viewer and `threadtag
# tag` find the lock; undo is saved like any change; kill -9 loses nothing.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux
thread=samples/ukraine-security-guarantees.yaml
[ -f "$thread" ] || { echo "FAIL: $thread, a file of the repository, is missing" >&2; exit 1; }

tmux_server e2e-store
fail() {
	echo "FAIL: $*" >&2
	for p in a b; do
		echo "---- pane $p ----" >&2
		T capture-pane -p -t "$p" >&2 2>/dev/null || true
	done
	exit 1
}
# wait_for PANE TEXT: polls the pane until TEXT shows, with a deadline.
wait_for() { tmux_poll "$1" "$2" || fail "pane $1: timed out waiting for: $2"; }
# wait_exit PANE: the exit status the wrapper shell wrote when the viewer ended.
wait_exit() { tmux_wait_file "$STATE/rc.$1" || fail "the viewer in pane $1 did not exit"; }
store=$STATE/tags.yaml
start() {
	rm -f "$STATE/rc.$1"
	T respawn-pane -k -t "$1" "env TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data $BIN --tags $store --annotator e2e \
$thread 2>$STATE/err.$1; echo \$? >$STATE/rc.$1"
}
# JSON lines of the store, read as a script would while the viewer runs.
records() {
	"$BIN" export "$thread" --tags "$store" --format jsonl --no-text 2>/dev/null
}
# field NAME: the string value of NAME in a JSON line on stdin.
field() {
	sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"
}
# stance ID: the stance the store holds for a comment (empty when untagged).
stance() {
	records | grep -F "\"comment\":\"$1\"" | field stance
}
# record N: the Nth tagged item (1-based, thread order) as "id stance".
record() {
	local line
	line=$(records | sed -n "$1p")
	echo "$(field comment <<<"$line") $(field stance <<<"$line")"
}

tmux_session e2e 140 45
T rename-window -t e2e a
T new-window -d -t e2e -n b "sleep 600"

# 1. Tag two comments by keys; a script sees them while the viewer is open.
start a
wait_for a "Comments ("
T send-keys -t a g 1 2
wait_for a "2 tagged"
read -r first s1 <<<"$(record 1)"
read -r second s2 <<<"$(record 2)"
[ "$s1" = favor ] && [ "$s2" = against ] ||
	fail "the store holds '$first $s1' and '$second $s2' while the view shows favor, against"

# 2. A second viewer on the same store is read-only and says so; keys change nothing.
start b
wait_for b "READ-ONLY"
T send-keys -t b g 3
wait_for b "read-only"
[ "$(stance "$first")" = favor ] || fail "a read-only viewer changed the store"
# ... and a script is refused without a change (75: try again later).
set +e
"$BIN" tag "$thread" --tags "$store" --id "$first" --stance neutral 2>"$STATE/tag.err"
rc=$?
set -e
[ "$rc" = 75 ] || fail "threadtag tag on a locked store exited $rc, want 75"
T send-keys -t b q
[ "$(wait_exit b)" = 0 ] || fail "the read-only viewer did not quit cleanly"

# 3. Undo is a change like any other: on disk at once.
T send-keys -t a u
wait_for a "1 tagged"
[ -z "$(stance "$second")" ] || fail "undo of $second is not on disk"

# 4. kill -9 the viewer: every tag it showed is still there, and reopening folds the journal.
pid=$(ps -o pid= --ppid "$(T display -p -t a '#{pane_pid}')" | tr -d ' ')
kill -9 "$pid"
wait_exit a >/dev/null
[ -e "$store.journal" ] || fail "no journal left after kill -9 (was the tag saved at all?)"
[ "$(stance "$first")" = favor ] || fail "$first lost after kill -9"
start a
wait_for a "1 tagged"
T send-keys -t a q
[ "$(wait_exit a)" = 0 ] || fail "quit after reopening"
[ ! -e "$store.journal" ] || fail "the journal is still there after a clean quit"
grep -q "stance: favor" "$store" || fail "the store file lacks the tag after a clean quit"
# 5. A read-only viewer follows the writer within a second, and takes over when it quits.
start a
wait_for a "1 tagged"
start b
wait_for b "READ-ONLY"
T send-keys -t a G 3
wait_for a "2 tagged"
t0=$(date +%s%N)
wait_for b "2 tagged"
ms=$((($(date +%s%N) - t0) / 1000000))
((ms < 1500)) || fail "the read-only viewer took $ms ms to show the writer's change"
echo "follow: the read-only viewer showed the change after $ms ms (screen polling included)"
T send-keys -t a q
[ "$(wait_exit a)" = 0 ] || fail "the writer did not quit cleanly"
wait_for b "makes this one writable"
T send-keys -t b W
wait_for b "Writable"
T send-keys -t b g x
wait_for b "1 tagged"
T send-keys -t b q
[ "$(wait_exit b)" = 0 ] || fail "the viewer that took over did not quit cleanly"
[ -z "$(stance "$first")" ] || fail "the change made after taking over is not on disk"

# 6. A tag store that cannot be created does not stop the viewer: read-only, with a way out.
echo "a file where the data folder should be" >"$STATE/blocker"
rm -f "$STATE/rc.a"
T respawn-pane -k -t a "env TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/blocker $BIN --annotator e2e \
$thread 2>$STATE/err.a; echo \$? >$STATE/rc.a"
wait_for a "READ-ONLY"
wait_for a "--tags FILE"
T send-keys -t a q
[ "$(wait_exit a)" = 0 ] || fail "the viewer on an unwritable store did not open and quit cleanly"
echo "ok: e2e tag store"
