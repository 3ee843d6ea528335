#!/usr/bin/env bash
# net/urls: `threadtag import --urls FILE -d DIR`: many threads, pacing, resuming, failures and exit codes.
. "${TT_SRCDIR:-.}/tests/helpers/net.sh"
FX=$TMP/fx
reddit_fixtures "$FX"
serve "$FX/routes.json"
D=$TMP/out
cat >"$TMP/list" <<LIST
# threads for the test
https://www.reddit.com/r/$SUB/comments/$LINK/a_title/

https://news.ycombinator.com/item?id=4242
https://www.reddit.com/r/x/comments/e404/
https://www.reddit.com/r/x/comments/ehtml/
not-a-url
LIST
export THREADTAG_FETCH_PACE_MS=200
start=$(date +%s.%N)
"$BIN" import --urls "$TMP/list" -d "$D" 2>"$TMP/err"; expect_rc 75 $? "some failed for network reasons"
[ -s "$D/reddit-$LINK.yaml" ] || fail "reddit thread not written"
[ -s "$D/hn-4242.yaml" ] || fail "HN thread not written"
ls "$D" | grep -q e404 && fail "a failed URL left a file"
grep -q "comments/e404/.*failed: .*HTTP 404" "$TMP/err" || fail "404 not summarised: $(cat "$TMP/err")"
grep -q "comments/ehtml/.*failed: .*HTML page" "$TMP/err" || fail "login wall not summarised"
grep -q "not-a-url.*failed: not an http" "$TMP/err" || fail "a non-URL line not summarised"
grep -q "2 of 5 fetched, 3 failed" "$TMP/err" || fail "no count: $(tail -1 "$TMP/err")"
"$BIN" check -q "$D/reddit-$LINK.yaml"; expect_rc 0 $? "check of a listed thread"
# Pacing: requests to the one host are 200 ms apart (0.15 s allowed for the
# server's own delays on a busy machine; unpaced they are a millisecond apart).
awk '{ if (NR > 1 && $1 - last < 0.15) bad = 1; last = $1 } END { exit bad }' "$LOG.times" ||
	fail "requests closer than the pace: $(head -5 "$LOG.times")"

# Resuming: what is done is skipped, with no request.
: >"$LOG"
grep -v -e e404 -e ehtml -e not-a-url "$TMP/list" >"$TMP/good"
"$BIN" import --urls "$TMP/good" -d "$D" 2>"$TMP/err"; expect_rc 0 $? "all done already"
[ -s "$LOG" ] && fail "a resumed run fetched again: $(head -2 "$LOG")"

# Only bad data: 65. Usage errors: 64. A missing list: 66.
printf 'https://www.reddit.com/r/x/comments/eshape/\n' >"$TMP/bad"
"$BIN" import --urls "$TMP/bad" -d "$D" 2>/dev/null; expect_rc 65 $? "only bad data"
"$BIN" import --urls "$TMP/list" 2>/dev/null; expect_rc 64 $? "--urls without -d"
"$BIN" import --urls "$TMP/list" -d "$D" extra 2>/dev/null; expect_rc 64 $? "--urls with an input"
"$BIN" import --urls "$TMP/nope" -d "$D" 2>/dev/null; expect_rc 66 $? "missing list"

echo "$fails failed"
[ "$fails" -eq 0 ]
