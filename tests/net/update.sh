#!/usr/bin/env bash
# net/update: `threadtag update` merges a new version (new, edited, deleted, vanished comments) keeping every tag.
. "${TT_SRCDIR:-.}/tests/helpers/net.sh"
"$PY" -c "import yaml" 2>/dev/null || { echo "python3-yaml missing: skipped"; exit 77; }
FX=$TMP/fx
mkdir -p "$FX"
"$PY" "$SRC/tests/net/make_versions.py" "$FX" || exit 1
URL=https://www.reddit.com/r/test/comments/up1/update_me/
T=$TMP/thread.yaml
serve "$FX/routes-v1.json"
"$BIN" import "$URL" -o "$T" 2>/dev/null; expect_rc 0 $? "import version 1"
for id in a b c d e; do
	"$BIN" tag "$T" --id "$id" --stance against --note "note on $id" 2>/dev/null
	expect_rc 0 $? "tag $id"
done
"$BIN" export "$T" --format csv --no-text >"$TMP/tags-before.csv"; expect_rc 0 $? "export before"

# Without a server: exit 69 and the file untouched.
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=
cp "$T" "$TMP/before.yaml"
"$BIN" update "$T" 2>"$TMP/err"; expect_rc 69 $? "update without a server"
cmp -s "$T" "$TMP/before.yaml" || fail "a failed update changed the file"

serve "$FX/routes-v2.json"
"$BIN" update "$T" 2>"$TMP/err"; expect_rc 0 $? "update"
grep -q "2 new\|3 new" "$TMP/err" || fail "update summary: $(cat "$TMP/err")"
grep -q "review: comment a was edited" "$TMP/err" || fail "tag on an edited comment not flagged: $(cat "$TMP/err")"
grep -q "review: comment e" "$TMP/err" && fail "an unchanged comment flagged for review"
"$BIN" check -q "$T"; expect_rc 0 $? "check after update"

# Every tag survives, on the same comments.
"$BIN" export "$T" --format csv --no-text >"$TMP/tags-after.csv"; expect_rc 0 $? "export after"
for id in a b c d e; do
	grep -q ",$id,.*note on $id" "$TMP/tags-after.csv" || fail "tag of $id lost: $(cat "$TMP/tags-after.csv")"
done

# The markers, read back with the project's YAML reader's other user: python3-yaml.
"$PY" - "$T" <<'PYEOF' || fail "markers wrong"
import sys, yaml
t = yaml.safe_load(open(sys.argv[1]))
by = {}
stack = list(t["comments"])
while stack:
    c = stack.pop()
    by[c["id"]] = c
    stack.extend(c.get("replies") or [])
def want(ok, what):
    if not ok:
        print("FAIL:", what, file=sys.stderr)
        sys.exit(1)
want(by["a"]["body"] == ["Second version of a, edited."], "a has the new text")
want(by["a"]["previous"] == ["First version of a."], "a keeps the old text as previous")
want("edited" in by["a"], "a is marked edited")
want(by["b"].get("deleted") is True and by["b"]["body"] == ["Reply b."], "b deleted, text kept")
want(by["b"]["author"] == "user_b", "b keeps its author")
want(by["d"].get("deleted") is True and by["d"]["body"] == ["Comment d."], "d gone: kept, deleted")
for n in "fgh":
    want(n in by and "added" in by[n], n + " added with a time")
for n in "abcde":
    want("added" not in by[n], n + " is not new")
want(not by["e"].get("deleted") and "edited" not in by["e"], "e untouched")
want([r["id"] for r in by["a"]["replies"]] == ["b", "f"], "f placed under a")
want("source_url" in t and "fetched" in t, "source_url and fetched kept")
PYEOF

# A second update with nothing new changes no marker and adds nothing.
"$BIN" update "$T" 2>"$TMP/err"; expect_rc 0 $? "second update"
grep -q "0 new, 0 edited, 0 deleted" "$TMP/err" || fail "second update: $(cat "$TMP/err")"

# Servers that answer in circles: the fetch ends, every request made once.
: >"$LOG"
timeout 30 "$BIN" import https://www.reddit.com/r/test/comments/loop1/ -o "$TMP/loop.yaml" 2>/dev/null
expect_rc 0 $? "a stub answered by the same stub"
[ "$(grep -c morechildren "$LOG")" -eq 1 ] || fail "the looping stub was asked for $(grep -c morechildren "$LOG") times"
: >"$LOG"
THREADTAG_HN_URL=http://127.0.0.1:1 THREADTAG_HN_FIREBASE_URL=$BASE timeout 30 \
	"$BIN" import "https://news.ycombinator.com/item?id=77" -o "$TMP/self.yaml" 2>/dev/null
expect_rc 0 $? "an HN item that replies to itself"
[ "$(grep -c '^/v0/item/' "$LOG")" -eq 2 ] || fail "HN items fetched more than once: $(grep '^/v0' "$LOG")"

# A thread that was not fetched cannot be updated.
"$BIN" import "$SRC/tests/data/reddit/permalink-raw.json" -o "$TMP/plain.yaml" 2>/dev/null
"$BIN" update "$TMP/plain.yaml" 2>"$TMP/err"; expect_rc 65 $? "update without source_url"
grep -q "no source_url" "$TMP/err" || fail "no message for a thread without source_url"
"$BIN" update "$TMP/missing.yaml" 2>/dev/null; expect_rc 66 $? "update of a missing file"
"$BIN" update 2>/dev/null; expect_rc 64 $? "update without a file"

echo "$fails failed"
[ "$fails" -eq 0 ]
