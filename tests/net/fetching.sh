#!/usr/bin/env bash
# net/fetching: `threadtag URL` opens the screen at once and shows the fetch's progress in its status line before the thread; q and Ctrl-C stop it with nothing cached; a failure is shown on screen, then on stderr with its exit status.
. "${TT_SRCDIR:-.}/tests/helpers/net.sh"
. "$SRC/tests/helpers/tmux.sh"
need_tmux
FX=$TMP/fx
mkdir -p "$FX"
"$PY" "$SRC/tests/net/make_versions.py" "$FX" || exit 1
# Slow answers: the first page stalls 2 s mid-body, the morechildren answer 2 s
# more, so the thread takes seconds to come and the screen shows the wait.
"$PY" - "$FX/routes-v2.json" "$FX/routes-slow.json" <<'PY' || exit 1
import json, sys
r = json.load(open(sys.argv[1]))
for k, v in r.items():
    if k.startswith("/r/test/comments/up1/") or "children=h" in k:
        v["stall"] = 2
json.dump(r, open(sys.argv[2], "w"))
PY
serve "$FX/routes-slow.json"
tmux_server net-fetching
trap 'tmux_cleanup; cleanup' EXIT
fail_now() { fail "$*"; T capture-pane -p -t tt; exit 1; }
run=0
start() {
	run=$((run + 1))
	T respawn-pane -k -t tt "env TERM=xterm-256color HOME=$HOME XDG_CACHE_HOME=$XDG_CACHE_HOME \
XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME XDG_DATA_HOME=$XDG_DATA_HOME \
THREADTAG_REDDIT_URL=$BASE no_proxy=127.0.0.1 $BIN $* 2>$TMP/err.$run; echo \$? >$TMP/rc.$run"
}
screen() { T capture-pane -p -t tt; }
status_line() { screen | tail -n 1; }
cache_empty() { [ -z "$(ls -A "$XDG_CACHE_HOME/threadtag/responses" 2>/dev/null)" ]; }
tmux_session tt 100 30
URL=https://www.reddit.com/r/test/comments/up1/update_me/

# 1. The screen opens at once, the progress in its status line, the thread later.
start "$URL"
tmux_poll tt "Fetching $URL" || fail_now "no fetching screen"
grep -qF "Update me" <<<"$(screen)" && fail "the thread was there before any progress"
tmux_poll tt "fetching: " || fail_now "no progress on the fetching screen"
s=$(screen)
tail -n 1 <<<"$s" | grep -qE "fetching: [0-9]+ requests, [0-9]+ comments, [0-9.]+ MiB, [0-9]+ KiB/s" ||
	fail "the progress is not in the status line: $(tail -n 1 <<<"$s")"
grep -qF "Update me" <<<"$s" && fail "the progress came only with the thread"
grep -qF "threadtag: fetching" <<<"$s" && fail "the progress went to stderr, over the screen"
# ? shows the keys while the fetch goes on; q closes them, not the program.
T send-keys -t tt '?'
tmux_poll tt "Keys (Esc or q closes" || fail_now "? does not show the keys during the fetch"
T send-keys -t tt q
tmux_poll tt "Fetching $URL" || fail_now "q in the help did not go back to the fetching screen"
[ -s "$TMP/rc.$run" ] && fail "q in the help ended the program"
tmux_poll tt "Update me" || fail_now "the thread did not replace the fetching screen"
tmux_poll tt "fetched now" || fail_now "the status line does not say the thread was fetched"
T send-keys -t tt q
[ "$(tmux_wait_file "$TMP/rc.$run")" = 0 ] || fail "the viewer did not exit 0 after the fetch"
cache_empty && fail "a fetched thread was not cached"

# 2. q during the fetch: exit 0, nothing cached, no thread shown.
"$BIN" cache clear >/dev/null 2>&1
cache_empty || fail_now "the cache could not be cleared"
: >"$LOG"
start "$URL"
tmux_poll tt "fetching: " || fail_now "no progress on the second fetch"
T send-keys -t tt q
rc=$(tmux_wait_file "$TMP/rc.$run") || fail_now "q did not stop the fetch"
expect_rc 0 "$rc" "q during the fetch"
grep -q '^/r/test/comments/up1/' "$LOG" || fail "the fetch stopped by q never reached the server"
cache_empty || fail "q during the fetch left answers in the cache: $(ls "$XDG_CACHE_HOME/threadtag/responses")"
[ -s "$TMP/err.$run" ] && fail "q during the fetch printed: $(cat "$TMP/err.$run")"

# 3. Ctrl-C during the fetch: exit 130, "interrupted", nothing cached.
start "$URL"
tmux_poll tt "fetching: " || fail_now "no progress on the third fetch"
T send-keys -t tt C-c
rc=$(tmux_wait_file "$TMP/rc.$run") || fail_now "Ctrl-C did not stop the fetch"
expect_rc 130 "$rc" "Ctrl-C during the fetch"
grep -q "interrupted" "$TMP/err.$run" || fail "Ctrl-C: no message on stderr: $(cat "$TMP/err.$run")"
cache_empty || fail "Ctrl-C during the fetch left answers in the cache"

# 4. A failure: on screen until a key, then on stderr, exit 69 (network).
start "https://www.reddit.com/r/test/comments/nope/"
tmux_poll tt "Could not fetch the thread" || fail_now "the failure is not shown on screen"
tmux_poll tt "HTTP 404" || fail_now "the screen does not say why"
[ -s "$TMP/rc.$run" ] && fail "the failure screen closed without a key"
T send-keys -t tt x
rc=$(tmux_wait_file "$TMP/rc.$run") || fail_now "a key did not close the failure screen"
expect_rc 69 "$rc" "a thread that is not there"
grep -q "comments/nope/.*HTTP 404" "$TMP/err.$run" ||
	fail "the failure is not on stderr after the screen: $(cat "$TMP/err.$run")"
cache_empty || fail "a failed fetch left answers in the cache"

echo "$fails failed"
[ "$fails" -eq 0 ]
