#!/usr/bin/env bash
# e2e fold: the viewer folds a grown journal into the store by itself while
# it sits idle (a child process writes the store; no key waits for it), and
# every tag shown is in the store before the viewer quits.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux

tmux_server fold
fail() {
	echo "FAIL: $*" >&2
	echo "---- screen ----" >&2
	T capture-pane -p -t tt >&2 || true
	echo "---- stderr ----" >&2
	cat "$STATE/err" >&2 2>/dev/null || true
	exit 1
}
wait_for() { tmux_poll tt "$1" || fail "timed out waiting for: $1"; }

# 1,200 top-level comments: one stance key tags one and moves to the next.
thread=$STATE/many.yaml
awk 'BEGIN {
	print "threadtag: 1\narticle:\n  title: Many short comments\n  body:\n  - The article.\ncomments:"
	for (i = 0; i < 1200; i++)
		printf "- id: c%d\n  author: a%d\n  body:\n  - Comment number %d.\n", i, i % 50, i
}' >"$thread"
store=$STATE/tags.yaml
journal=$store.journal

tmux_session tt 120 40
T respawn-pane -k -t tt "env TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state XDG_DATA_HOME=$STATE/data $BIN --tags $store --annotator e2e \
$thread 2>$STATE/err; echo \$? >$STATE/rc"
wait_for "Many short comments"
keys=()
for ((i = 0; i < 1000; i++)); do keys+=(1); done
T send-keys -t tt "${keys[@]}"
# A thousand durable changes: more time than one poll's deadline on a slow disk.
for ((i = 0; i < 6; i++)); do tmux_poll tt "1000 tagged" && break; done
wait_for "1000 tagged"
# The journal grew past a quarter of the store (there was none): the next
# idle moments fold it, and the journal is emptied while the viewer runs.
deadline=$((SECONDS + 20))
while ((SECONDS < deadline)); do
	[ -f "$journal" ] && [ ! -s "$journal" ] && break
	sleep 0.1
done
[ -f "$journal" ] || fail "the journal is gone: the viewer ended or never wrote one"
[ -s "$journal" ] && fail "the journal was not folded while the viewer sat idle ($(wc -c <"$journal") bytes)"
[ -f "$STATE/rc" ] && fail "the viewer ended"
n=$(grep -c 'stance: favor' "$store" || true)
[ "$n" = 1000 ] || fail "the folded store holds $n tags, not 1000"
"$BIN" export "$thread" --tags "$store" --format jsonl --no-text >"$STATE/out.jsonl" ||
	fail "export failed while the viewer runs"
[ "$(wc -l <"$STATE/out.jsonl")" = 1000 ] || fail "export sees $(wc -l <"$STATE/out.jsonl") tags"
# Tagging goes on after the fold, and quitting keeps it all.
T send-keys -t tt 2
wait_for "1001 tagged"
T send-keys -t tt q
rc=$(tmux_wait_file "$STATE/rc") || fail "the viewer did not exit"
[ "$rc" = 0 ] || fail "the viewer exited $rc"
"$BIN" export "$thread" --tags "$store" --format jsonl --no-text >"$STATE/out.jsonl"
[ "$(wc -l <"$STATE/out.jsonl")" = 1001 ] || fail "after quitting: $(wc -l <"$STATE/out.jsonl") tags"
[ -s "$STATE/err" ] && fail "stderr: $(cat "$STATE/err")"
echo "ok: journal folded in the background, 1001 tags kept"
