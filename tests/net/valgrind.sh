#!/usr/bin/env bash
# net/valgrind: fetching, the cache, --urls and update under valgrind: no error, no leak.
. "${TT_SRCDIR:-.}/tests/helpers/net.sh"
need_valgrind
vg() { valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all "$@"; }
FX=$TMP/fx
mkdir -p "$FX"
"$PY" "$SRC/tests/net/make_versions.py" "$FX" || exit 1
serve "$FX/routes-v1.json"
URL=https://www.reddit.com/r/test/comments/up1/update_me/
T=$TMP/t.yaml
vg "$BIN" import "$URL" -o "$T" 2>"$TMP/err"; expect_rc 0 $? "import URL under valgrind: $(cat "$TMP/err")"
vg "$BIN" import --offline "$URL" -o "$TMP/o.yaml" 2>"$TMP/err"; expect_rc 0 $? "cached: $(cat "$TMP/err")"
vg "$BIN" import "https://www.reddit.com/r/x/comments/nothere/" 2>"$TMP/err"
expect_rc 69 $? "a 404 under valgrind: $(cat "$TMP/err")"
printf '%s\nhttps://www.reddit.com/r/x/comments/nothere/\n' "$URL" >"$TMP/list"
THREADTAG_FETCH_PACE_MS=0 vg "$BIN" import --urls "$TMP/list" -d "$TMP/d" 2>"$TMP/err"
expect_rc 75 $? "--urls under valgrind: $(cat "$TMP/err")"
vg "$BIN" cache list >/dev/null 2>"$TMP/err"; expect_rc 0 $? "cache list: $(cat "$TMP/err")"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
serve "$FX/routes-v2.json"
vg "$BIN" update "$T" 2>"$TMP/err"; expect_rc 0 $? "update under valgrind: $(cat "$TMP/err")"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
# A thread behind stubs: every answer built in as it comes, --limit, a
# permalink, the set of answers and the kept index read back offline.
reddit_fixtures "$TMP/fx2"
serve "$TMP/fx2/routes.json"
R=https://www.reddit.com/r/$SUB/comments/$LINK/t/
vg "$BIN" import "$R" -o "$TMP/r.yaml" 2>"$TMP/err"; expect_rc 0 $? "stubs: $(cat "$TMP/err")"
vg "$BIN" import --limit 5 "$R" -o "$TMP/r5.yaml" 2>"$TMP/err"; expect_rc 0 $? "--limit: $(cat "$TMP/err")"
vg "$BIN" import --offline --limit 9 "$R" -o "$TMP/r9.yaml" 2>"$TMP/err"
expect_rc 0 $? "offline from the answers: $(cat "$TMP/err")"
vg "$BIN" import --offline "$R" -o "$TMP/ro.yaml" 2>"$TMP/err"
expect_rc 0 $? "offline, the kept thread: $(cat "$TMP/err")"
cmp -s "$TMP/r.yaml" "$TMP/ro.yaml" || fail "the kept thread differs"
vg "$BIN" import "https://www.reddit.com/r/$SUB/comments/$LINK/t/$CONT/" -o "$TMP/rp.yaml" \
	2>"$TMP/err"; expect_rc 0 $? "permalink: $(cat "$TMP/err")"
vg "$BIN" cache clear 2>"$TMP/err"; expect_rc 0 $? "cache clear: $(cat "$TMP/err")"
echo "$fails failed"
[ "$fails" -eq 0 ]
