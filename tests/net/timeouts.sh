#!/usr/bin/env bash
# net/timeouts: a host name that does not resolve and a connection that never completes end in exit 69, naming the URL and the cause, and write nothing.
. "${TT_SRCDIR:-.}/tests/helpers/net.sh"
URL=https://www.reddit.com/r/x/comments/abc/t/ # asked for at the base the test sets

# nothing_written NAME: no thread file, nothing in the cache.
nothing_written() {
	[ -e "$TMP/out.yaml" ] && fail "$1: a thread file was written"
	[ -z "$("$BIN" cache list 2>/dev/null)" ] || fail "$1: something was cached"
}

ms() { echo $(($(date +%s%N) / 1000000)); }

# run MAX_MS NAME ARGS...: the import, bounded by `timeout` so a resolver
# that tries the network cannot hang the test; sets rc, took (ms) and err.
run() {
	local max=$1 name=$2
	shift 2
	local start
	start=$(ms)
	timeout 60 "$@" "$BIN" import "$URL" -o "$TMP/out.yaml" 2>"$TMP/err"
	rc=$?
	took=$(($(ms) - start))
	err=$(cat "$TMP/err")
	[ "$rc" = 124 ] && fail "$name: still running after 60 s"
	[ "$took" -le "$max" ] || fail "$name: took $took ms (at most $max ms expected)"
}

# 1. DNS: the reserved .invalid top-level domain (RFC 2606, RFC 6761) never
# resolves. The connect timeout (3 s) bounds the lookup too.
run 20000 "dns" env THREADTAG_CONNECT_TIMEOUT=3 THREADTAG_REDDIT_URL=http://threadtag-test.invalid
expect_rc 69 "$rc" "an unresolvable host"
grep -qF "threadtag: http://threadtag-test.invalid/r/x/comments/abc/" <<<"$err" ||
	fail "dns: the message does not name the URL: $err"
grep -q "could not resolve threadtag-test.invalid" <<<"$err" ||
	fail "dns: the message does not say the name did not resolve: $err"
nothing_written dns

# 2. The connect timeout: a port whose listen queue is full never completes
# a connection, so only the timeout ends the attempt. The bounds say the
# setting took effect: at least its 1 or 2 s, well under the default 10 s.
"$PY" "$SRC/tests/net/blackhole.py" "$TMP/bport" 2>"$TMP/bh.err" &
SERVER_PID=$!
for _ in $(seq 100); do
	[ -s "$TMP/bport" ] && break
	kill -0 "$SERVER_PID" 2>/dev/null || break
	sleep 0.05
done
[ -s "$TMP/bport" ] || { echo "the listener could not be filled: $(cat "$TMP/bh.err"); skipped"; exit 77; }
HOLE=http://127.0.0.1:$(cat "$TMP/bport")
run 5000 "connect timeout (environment)" env THREADTAG_CONNECT_TIMEOUT=1 THREADTAG_REDDIT_URL=$HOLE
expect_rc 69 "$rc" "a connection that never completes"
grep -qF "threadtag: $HOLE/r/x/comments/abc/" <<<"$err" ||
	fail "connect: the message does not name the URL: $err"
grep -q "connect timeout: no connection to 127.0.0.1 within 1 s" <<<"$err" ||
	fail "connect: the message does not name the cause: $err"
[ "$took" -ge 900 ] || fail "connect: gave up after $took ms, before its timeout"
nothing_written "connect timeout"

# The same from config.yaml, and the environment wins over it.
mkdir -p "$XDG_CONFIG_HOME/threadtag"
echo 'fetch: {connect_timeout: 2}' >"$XDG_CONFIG_HOME/threadtag/config.yaml"
run 8000 "connect timeout (config)" env THREADTAG_REDDIT_URL=$HOLE
expect_rc 69 "$rc" "connect timeout from the config"
grep -q "within 2 s" <<<"$err" || fail "config: fetch.connect_timeout not used: $err"
[ "$took" -ge 1900 ] || fail "config: gave up after $took ms, before its 2 s"
run 5000 "connect timeout (environment over config)" env THREADTAG_CONNECT_TIMEOUT=1 \
	THREADTAG_REDDIT_URL=$HOLE
grep -q "within 1 s" <<<"$err" || fail "THREADTAG_CONNECT_TIMEOUT does not win over the config: $err"
nothing_written "connect timeout (config)"

echo "$fails failed"
[ "$fails" -eq 0 ]
