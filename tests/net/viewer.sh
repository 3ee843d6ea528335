#!/usr/bin/env bash
# net/viewer: `threadtag URL` opens a fetched thread in the real viewer (tmux), then again from the cache; a bad URL exits 69.
. "${TT_SRCDIR:-.}/tests/helpers/net.sh"
. "$SRC/tests/helpers/tmux.sh"
command -v tmux >/dev/null 2>&1 || { echo "tmux not installed: skipped"; exit 77; }
"$PY" -c "import yaml" 2>/dev/null || { echo "python3-yaml missing: skipped"; exit 77; }
FX=$TMP/fx
mkdir -p "$FX"
"$PY" "$SRC/tests/net/make_versions.py" "$FX" || exit 1
serve "$FX/routes-v1.json"
tmux_server net-viewer
trap 'tmux_cleanup; cleanup' EXIT
fail_now() { fail "$*"; T capture-pane -p -t tt; exit 1; }
run=0
start() {
	run=$((run + 1))
	T respawn-pane -k -t tt "env TERM=xterm-256color HOME=$HOME XDG_CACHE_HOME=$XDG_CACHE_HOME \
XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME XDG_DATA_HOME=$XDG_DATA_HOME \
THREADTAG_REDDIT_URL=$BASE no_proxy=127.0.0.1 $BIN $*; echo \$? >$TMP/rc.$run"
}
tmux_session tt 100 30
URL=https://www.reddit.com/r/test/comments/up1/update_me/
start "$URL"
tmux_poll tt "Update me" || fail_now "the fetched thread did not open"
tmux_poll tt "fetched now" || fail_now "the status line does not say it was fetched"
T send-keys -t tt q
tmux_wait_file "$TMP/rc.$run" >/dev/null || fail_now "the viewer did not exit"
# Again, from the cache: no request, and it says so.
: >"$LOG"
start "$URL"
tmux_poll tt "from the cache" || fail_now "a cached thread does not say so"
T send-keys -t tt q
tmux_wait_file "$TMP/rc.$run" >/dev/null
grep -q '^/r/' "$LOG" && fail "the cached thread was fetched again"
# A comment's permalink opens on that comment (c is the third of five), fetched and cached.
for pass in fetched cached; do
	start "https://www.reddit.com/r/test/comments/up1/update_me/c/"
	tmux_poll tt " 3/5 " || fail_now "the permalink did not open on its comment ($pass)"
	T send-keys -t tt q
	tmux_wait_file "$TMP/rc.$run" >/dev/null
done

# The update key on a thread file: fetch version 2, merge, save, mark what is new.
T_FILE=$TMP/thread.yaml
"$BIN" import "$URL" -o "$T_FILE" 2>/dev/null; expect_rc 0 $? "import for the viewer"
start "$T_FILE"
tmux_poll tt "Update me" || fail_now "the thread file did not open"
T send-keys -t tt q
tmux_wait_file "$TMP/rc.$run" >/dev/null
# Times have one-second steps: the update must come in a later second than the visit.
sleep 1.1
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
# Slow answers (a stall mid-body), so the update takes seconds: its progress
# shows in the viewer's status line, the thread still on screen.
"$PY" - "$FX/routes-v2.json" "$FX/routes-slow.json" <<'PY' || exit 1
import json, sys
r = json.load(open(sys.argv[1]))
for k, v in r.items():
    if k.startswith("/r/test/comments/up1/"):
        v["stall"] = 1
    elif "children=h" in k:
        v["stall"] = 3
json.dump(r, open(sys.argv[2], "w"))
PY
serve "$FX/routes-slow.json"
start "$T_FILE"
tmux_poll tt "Update me" || fail_now "the thread file did not open again"
T send-keys -t tt R
tmux_poll tt "fetching: " || fail_now "no fetch progress during the update"
screen=$(T capture-pane -p -t tt)
grep -qF "Update me" <<<"$screen" || fail "the thread left the screen during the fetch"
tail -n 2 <<<"$screen" | grep -qE "fetching: [0-9]+ requests, [0-9]+ comments, .* KiB/s" ||
	fail "the progress is not in the status line: $(tail -n 2 <<<"$screen")"
grep -qF "threadtag: fetching" <<<"$screen" && fail "the progress went to stderr, over the screen"
tmux_poll tt "updated: 3 new, 1 edited, 2 deleted" || fail_now "no update summary"
tmux_poll tt "[new]" || fail_now "no [new] marker after the update"
tmux_poll tt "[edited]" || fail_now "no [edited] marker"
T send-keys -t tt q
tmux_wait_file "$TMP/rc.$run" >/dev/null
grep -q "added:" "$T_FILE" || fail "the update was not saved to the thread file"
grep -q "previous:" "$T_FILE" || fail "the edit was not saved to the thread file"
# Seen now: the next visit marks nothing new.
start "$T_FILE"
tmux_poll tt "Update me" || fail_now "the updated file did not open"
T capture-pane -p -t tt | grep -qF "[new]" && fail "[new] still shown after the visit"
T send-keys -t tt q
tmux_wait_file "$TMP/rc.$run" >/dev/null

# A bad address: the viewer does not start, exit 69 with the URL named.
"$BIN" "https://www.reddit.com/r/x/comments/e404/" 2>"$TMP/err" </dev/null
expect_rc 69 $? "viewer on a missing thread"
grep -q "comments/e404" "$TMP/err" || fail "the viewer's fetch error does not name the URL"

echo "$fails failed"
[ "$fails" -eq 0 ]
