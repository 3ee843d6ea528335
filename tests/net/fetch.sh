#!/usr/bin/env bash
# net/fetch: `threadtag import URL` against a local server: whole Reddit trees, HN, the cache, bad answers.
. "${TT_SRCDIR:-.}/tests/helpers/net.sh"
H=$SRC/tests/data/hn/algolia-story.json
FX=$TMP/fx
reddit_fixtures "$FX"
serve "$FX/routes.json"
URL=https://www.reddit.com/r/$SUB/comments/$LINK/a_title/

# The whole tree comes back: identical to importing the complete JSON.
"$BIN" import "$FX/complete.json" -o "$TMP/direct.yaml" 2>/dev/null; expect_rc 0 $? "direct import"
"$BIN" import "$URL" -o "$TMP/fetched.yaml" 2>"$TMP/err"; expect_rc 0 $? "import URL"
diff <(plain "$TMP/direct.yaml") <(plain "$TMP/fetched.yaml") >/dev/null ||
	fail "fetched thread differs from the direct import"
grep -q "^source_url: $URL\$" "$TMP/fetched.yaml" || fail "no source_url"
grep -Eq "^fetched: .?[0-9]{4}-[0-9]{2}-[0-9]{2}T" "$TMP/fetched.yaml" || fail "no fetched time"
grep -q "^/r/$SUB/comments/$LINK/.json?raw_json=1&limit=500&sort=" "$LOG" ||
	fail "first page not asked for as the issue says: $(head -1 "$LOG")"
more=$(grep -c "^/api/morechildren.json?api_type=json&link_id=t3_$LINK&children=" "$LOG")
[ "$more" -ge 4 ] || fail "expected at least 4 morechildren requests, got $more"
awk -F'children=' '/morechildren/ { split($2, a, "&"); if (split(a[1], ids, ",") > 100) bad = 1 }
	END { exit bad }' "$LOG" || fail "a morechildren request asked for more than 100 ids"
grep -q "^/r/$SUB/comments/$LINK/_/[a-z0-9]*/.json" "$LOG" || fail "continue-this-thread not fetched"
"$BIN" check -q "$TMP/fetched.yaml"; expect_rc 0 $? "check of the fetched thread"

grep -q "^GZIP /r/$SUB/comments/$LINK/.json" "$LOG" || fail "the first page did not come gzipped"
grep -q "^UA threadtag/[0-9]" "$LOG" || fail "requests do not name threadtag in User-Agent"
grep -q "^AUTH" "$LOG" && fail "an Authorization header without a token command"

# A token command: run without a shell, its output sent as a bearer token.
mkdir -p "$XDG_CONFIG_HOME/threadtag"
echo 'fetch: {reddit_token_command: "printf tok-123"}' >"$XDG_CONFIG_HOME/threadtag/config.yaml"
: >"$LOG"
"$BIN" cache clear >/dev/null 2>&1
"$BIN" import "$URL" -o "$TMP/token.yaml" 2>/dev/null; expect_rc 0 $? "with a token"
grep -q "^AUTH bearer tok-123$" "$LOG" || fail "token not sent"
printf 'fetch: {reddit_token_command: "printf x$(touch %s/pwned)"}\n' "$TMP" \
	>"$XDG_CONFIG_HOME/threadtag/config.yaml"
"$BIN" cache clear >/dev/null 2>&1
"$BIN" import "$URL" -o "$TMP/token2.yaml" 2>"$TMP/err"; expect_rc 0 $? "refused token command"
[ -e "$TMP/pwned" ] && fail "the token command ran a command substitution"
grep -q "no usable token" "$TMP/err" || fail "a refused token command is not reported"
rm "$XDG_CONFIG_HOME/threadtag/config.yaml"

# A comment's permalink: that comment with its context.
"$BIN" import "https://www.reddit.com/r/$SUB/comments/$LINK/a_title/$CONT/" \
	-o "$TMP/perma.yaml" 2>/dev/null
grep -q "^/r/$SUB/comments/$LINK/_/$CONT/.json?raw_json=1&limit=500&sort=confidence&context=8$" "$LOG" ||
	fail "a permalink is not asked for as that comment with its context"
"$BIN" import "$FX/cont.json" -o "$TMP/perma-direct.yaml" 2>/dev/null; expect_rc 0 $? "direct permalink page"
diff <(plain "$TMP/perma-direct.yaml") <(plain "$TMP/perma.yaml") >/dev/null ||
	fail "the fetched permalink differs from importing its page"

# --limit stops early: fewer requests, fewer comments, the rest counted as more.
"$BIN" cache clear >/dev/null 2>&1
: >"$LOG"
"$BIN" import --limit 50 "$URL" -o "$TMP/limited.yaml" 2>/dev/null; expect_rc 0 $? "--limit"
[ "$(grep -c morechildren "$LOG")" -lt "$more" ] || fail "--limit made every request"
[ "$(grep -c '^  *- id:\|^- id:' "$TMP/limited.yaml")" -lt "$(grep -c '^  *- id:\|^- id:' "$TMP/fetched.yaml")" ] ||
	fail "--limit kept every comment"
grep -q "more: [1-9]" "$TMP/limited.yaml" || fail "--limit leaves no count of what was not loaded"
# What --limit loads is the whole thread's comments, each as in the whole
# thread (text, author, parent) and in its order.
"$PY" - "$TMP/limited.yaml" "$TMP/fetched.yaml" <<'PYEOF' || fail "--limit gave comments unlike the whole thread's"
import sys, yaml
def flat(path):
    doc = yaml.safe_load(open(path))
    out, more, stack = [], doc.get("more", 0), [(c, None) for c in reversed(doc.get("comments", []))]
    while stack:
        c, parent = stack.pop()
        out.append((c["id"], c.get("parent", parent), c.get("author"), c.get("body")))
        more += c.get("more", 0)
        stack.extend((r, c["id"]) for r in reversed(c.get("replies", [])))
    return out, more
part, pmore = flat(sys.argv[1])
whole, _ = flat(sys.argv[2])
at = {c[0]: i for i, c in enumerate(whole)}
assert part and all(c[0] in at and whole[at[c[0]]] == c for c in part), "a comment differs"
assert [at[c[0]] for c in part] == sorted(at[c[0]] for c in part), "out of order"
assert pmore > 0 and len(part) < len(whole), "nothing left out"
PYEOF
"$BIN" import "$URL" -o "$TMP/fetched.yaml" 2>/dev/null; expect_rc 0 $? "import URL again"

# The cache: offline opens what was fetched, with no request; cache list/clear.
: >"$LOG"
"$BIN" import --offline "$URL" -o "$TMP/offline.yaml" 2>"$TMP/err"; expect_rc 0 $? "--offline"
[ -s "$LOG" ] && fail "--offline made requests: $(head -2 "$LOG")"
grep -q "from the cache" "$TMP/err" || fail "cached import does not say so: $(cat "$TMP/err")"
diff <(plain "$TMP/fetched.yaml") <(plain "$TMP/offline.yaml") >/dev/null || fail "offline differs"
# Rebuilt offline from the raw answers alone (another --limit is another
# finished thread), a second after they were fetched.
sleep 1
"$BIN" import --offline --limit 100000 "$URL" -o "$TMP/raw.yaml" 2>/dev/null
expect_rc 0 $? "offline from the raw answers"
[ -s "$LOG" ] && fail "rebuilding from the cache made requests"
diff <(plain "$TMP/fetched.yaml") <(plain "$TMP/raw.yaml") >/dev/null || fail "rebuilt thread differs"
# The thread the rebuild kept opens with the answers' fetch time, not the
# rebuild's, and is the same thread.
"$BIN" import --offline --limit 100000 "$URL" -o "$TMP/raw2.yaml" 2>/dev/null
expect_rc 0 $? "offline from the kept thread"
diff "$TMP/raw.yaml" "$TMP/raw2.yaml" >/dev/null ||
	fail "the kept thread differs from the one it was kept from: $(diff "$TMP/raw.yaml" "$TMP/raw2.yaml" | head -5)"
: >"$LOG"
"$BIN" import --refresh "$URL" -o "$TMP/refreshed.yaml" 2>/dev/null; expect_rc 0 $? "--refresh"
grep -q "^/r/$SUB/comments/$LINK/.json" "$LOG" || fail "--refresh did not ask the network"
"$BIN" import --refresh --offline "$URL" 2>/dev/null; expect_rc 64 $? "--refresh with --offline"
"$BIN" cache list >"$TMP/list"; expect_rc 0 $? "cache list"
grep -q "/r/$SUB/comments/$LINK/.json" "$TMP/list" || fail "cache list lacks the page"
"$BIN" cache clear 2>/dev/null; expect_rc 0 $? "cache clear"
"$BIN" import --offline "$URL" -o "$TMP/gone.yaml" 2>"$TMP/err"; expect_rc 69 $? "--offline after clear"
[ -e "$TMP/gone.yaml" ] && fail "--offline miss wrote a file"

# Other address forms of the same thread; gzip, redirects, 429 with Retry-After.
"$BIN" import "https://old.reddit.com/r/$SUB/comments/$LINK/" -o "$TMP/old.yaml" 2>/dev/null
expect_rc 0 $? "old.reddit.com"
"$BIN" cache clear >/dev/null 2>&1
"$BIN" import "https://www.reddit.com/r/x/comments/rdr/t/" -o "$TMP/rdr.yaml" 2>/dev/null
expect_rc 0 $? "redirect followed"
start=$(date +%s)
"$BIN" import "https://np.reddit.com/r/x/comments/r429/" -o "$TMP/429.yaml" 2>"$TMP/err"
expect_rc 0 $? "429 then success"
grep -q "rate limited" "$TMP/err" || fail "429 not reported: $(cat "$TMP/err")"
[ $(($(date +%s) - start)) -ge 1 ] || fail "Retry-After not waited for"

# Reddit's allowance used up (X-Ratelimit-Remaining 0): wait X-Ratelimit-Reset.
start=$(date +%s.%N)
"$BIN" import "https://www.reddit.com/r/x/comments/rlim/" -o "$TMP/rlim.yaml" 2>"$TMP/err"
expect_rc 0 $? "rate-limit headers"
grep -q "rate limited; waiting 1 s" "$TMP/err" || fail "X-Ratelimit not honoured: $(cat "$TMP/err")"
awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { exit !(e - s >= 1) }' || fail "X-Ratelimit-Reset not waited"

# TLS is verified: a self-signed server is refused (69), and named.
if command -v openssl >/dev/null 2>&1 &&
	openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -days 1 \
		-keyout "$TMP/tls.pem" -out "$TMP/tls.crt" >/dev/null 2>&1; then
	cat "$TMP/tls.crt" >>"$TMP/tls.pem"
	keep_base=$BASE keep_pid=$SERVER_PID
	TT_TLS_CERT=$TMP/tls.pem serve "$FX/routes.json"
	tls=https://127.0.0.1:$(cat "$TMP/port")
	"$BIN" import "$tls/r/$SUB/comments/$LINK/.json" -o "$TMP/tls.yaml" 2>"$TMP/err"
	expect_rc 69 $? "self-signed TLS"
	grep -qi "certificate\|SSL" "$TMP/err" || fail "TLS failure not named: $(cat "$TMP/err")"
	[ -e "$TMP/tls.yaml" ] && fail "TLS failure wrote a file"
	kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
	SERVER_PID=$keep_pid BASE=$keep_base LOG=$TMP/requests.log
	export THREADTAG_REDDIT_URL=$BASE THREADTAG_HN_URL=$BASE
else
	echo "no openssl: the TLS check is skipped"
fi

# Any other page goes to the importers as the saved file would.
"$BIN" import "$SRC/tests/data/pages/garden-nested.txt" -o "$TMP/page-direct.yaml" 2>/dev/null
"$BIN" import "$BASE/2023/garden.html" -o "$TMP/page.yaml" 2>/dev/null; expect_rc 0 $? "a web page"
grep -q "title: The Quiet Return of the Allotment Garden" "$TMP/page.yaml" || fail "page not imported"
[ "$(grep -c 'author:' "$TMP/page.yaml")" = "$(grep -c 'author:' "$TMP/page-direct.yaml")" ] ||
	fail "the fetched page differs from the saved one"

# Proxies from the environment, as curl takes them: the request goes to the proxy.
"$BIN" cache clear >/dev/null 2>&1
: >"$LOG"
http_proxy=$BASE no_proxy= THREADTAG_REDDIT_URL=http://reddit.proxy.test \
	"$BIN" import "$URL" -o "$TMP/proxied.yaml" 2>/dev/null; expect_rc 0 $? "through a proxy"
grep -q "^PROXY reddit.proxy.test$" "$LOG" || fail "http_proxy not used"

# HN: a story, and a comment's id (opens its story).
"$BIN" import "$H" -o "$TMP/hn-direct.yaml" 2>/dev/null
"$BIN" import "https://news.ycombinator.com/item?id=4242" -o "$TMP/hn.yaml" 2>/dev/null
expect_rc 0 $? "HN story"
diff <(plain "$TMP/hn-direct.yaml") <(plain "$TMP/hn.yaml") >/dev/null || fail "HN fetch differs"
kid=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["children"][0]["id"])' "$H")
"$BIN" import "https://news.ycombinator.com/item?id=$kid" -o "$TMP/hn2.yaml" 2>/dev/null
expect_rc 0 $? "HN comment id"
grep -q "^/api/v1/items/4242$" "$LOG" || fail "HN story not asked for under /api/v1/items/"
# Algolia down: the official API, item by item, gives the same thread.
"$BIN" cache clear >/dev/null 2>&1
: >"$LOG"
THREADTAG_HN_URL=http://127.0.0.1:1 THREADTAG_HN_FIREBASE_URL=$BASE \
	"$BIN" import "https://news.ycombinator.com/item?id=4242" -o "$TMP/hn-fb.yaml" 2>"$TMP/err"
expect_rc 0 $? "HN through the official API"
grep -q "trying the official API" "$TMP/err" || fail "the fallback is not reported"
diff <(plain "$TMP/hn-direct.yaml") <(plain "$TMP/hn-fb.yaml") || fail "official API thread differs"
[ "$(grep -c '^/v0/item/' "$LOG")" -ge 3 ] || fail "items not fetched one by one"

# Bad answers: a message naming the URL, 69 or 65, nothing written, nothing cached.
export THREADTAG_STALL_TIMEOUT=1
for c in "e404 69" "eloop 69" "eclose 69" "estall 69" "ehtml 65" "etrunc 65" "eshape 65"; do
	set -- $c
	"$BIN" cache clear >/dev/null 2>&1
	start=$(date +%s)
	"$BIN" import "https://www.reddit.com/r/x/comments/$1/" -o "$TMP/$1.yaml" 2>"$TMP/err"
	expect_rc "$2" $? "$1"
	[ $(($(date +%s) - start)) -le 6 ] || fail "$1: took over 6 s (stall timeout 1 s)"
	grep -q "threadtag: https\?://127.0.0.1:[0-9]*/r/x/comments/$1/" "$TMP/err" ||
		fail "$1: message does not name the URL: $(cat "$TMP/err")"
	[ -e "$TMP/$1.yaml" ] && fail "$1: a file was written"
	[ -n "$("$BIN" cache list)" ] && fail "$1: the bad answer was cached"
done
grep -q "HTML page" <("$BIN" import https://www.reddit.com/r/x/comments/ehtml/ 2>&1) ||
	fail "login wall not named"
"$BIN" import "http://127.0.0.1:1/nothing" -o "$TMP/refused.yaml" 2>/dev/null
expect_rc 69 $? "connection refused"

# Hostile text in an address never reaches the terminal as an escape; overrides apply.
"$BIN" import $'http://127.0.0.1:1/\e]2;pwned\a\e[2J' -o "$TMP/h.yaml" 2>"$TMP/err"
[ $? -ne 0 ] || fail "a hostile address was fetched"
grep -q $'\e' "$TMP/err" && fail "an escape from the address reached stderr"
grep -q "threadtag: http://127.0.0.1:1/" "$TMP/err" || fail "hostile address not named: $(cat -v "$TMP/err")"
"$BIN" import --title "Given title" "$URL" -o "$TMP/title.yaml" 2>/dev/null
grep -q "title: Given title" "$TMP/title.yaml" || fail "--title not applied to a fetched thread"

# A progress line on a terminal once a fetch takes over half a second (script
# gives the command a terminal; the slow server stalls for the 1 s timeout).
if command -v script >/dev/null 2>&1; then
	"$BIN" cache clear >/dev/null 2>&1
	script -qec "$BIN import https://www.reddit.com/r/x/comments/estall/ -o $TMP/p.yaml" \
		"$TMP/typescript" >/dev/null 2>&1
	grep -q "threadtag: fetching: 0 requests, 0 comments" "$TMP/typescript" ||
		fail "no progress line on a terminal: $(cat -v "$TMP/typescript")"
	"$BIN" import "$URL" -o "$TMP/q.yaml" 2>"$TMP/err"
	grep -q "fetching:" "$TMP/err" && fail "a progress line where stderr is not a terminal"
fi

# Ctrl-C mid-fetch: exit 130, no output file.
"$BIN" import "https://www.reddit.com/r/x/comments/eslow/" -o "$TMP/int.yaml" 2>/dev/null &
pid=$!
for _ in $(seq 100); do grep -q eslow "$LOG" && break; sleep 0.05; done
sleep 0.2
kill -INT $pid
wait $pid
expect_rc 130 $? "SIGINT"
[ -e "$TMP/int.yaml" ] && fail "SIGINT left an output file"

echo "$fails failed"
[ "$fails" -eq 0 ]
