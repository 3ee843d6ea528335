#!/usr/bin/env bash
# cli/import: `threadtag import` end to end — detection, output, overrides, errors, exit codes.
set -u
BIN=${TT_BIN:?TT_BIN must name the threadtag binary}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN") # the test changes directory
SRC=${TT_SRCDIR:-.}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() { # expected, actual, what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1"
}

# --help on stdout with exit 0; bad usage is 64.
out=$("$BIN" import --help); expect_rc 0 $? "--help"
grep -q -- "--from KIND" <<<"$out" || fail "--help does not describe --from"
"$BIN" import >/dev/null 2>&1; expect_rc 64 $? "no input"
"$BIN" import --from nntp x >/dev/null 2>&1; expect_rc 64 $? "unknown --from"
"$BIN" import --encoding ebcdic x >/dev/null 2>&1; expect_rc 64 $? "unknown --encoding"
"$BIN" import --bogus x >/dev/null 2>&1; expect_rc 64 $? "unknown option"
"$BIN" import a b >/dev/null 2>&1; expect_rc 64 $? "two inputs"
"$BIN" import --title >/dev/null 2>&1; expect_rc 64 $? "option without its value"
"$BIN" import "$TMP/missing.txt" >/dev/null 2>&1; expect_rc 66 $? "missing input"

# Auto detection looks at the content, not the name.
cp "$SRC/tests/data/reddit/selfpost-escaped.json" "$TMP/looks-like-a-page.txt"
cp "$SRC/tests/data/pages/garden-nested.txt" "$TMP/looks-like-json.json"
"$BIN" import "$TMP/looks-like-a-page.txt" -o "$TMP/r.yaml"; expect_rc 0 $? "reddit under .txt"
grep -q '^id: t3_abc123$' "$TMP/r.yaml" || fail "reddit content not imported as reddit"
"$BIN" import "$TMP/looks-like-json.json" -o "$TMP/g.yaml"; expect_rc 0 $? "page under .json"
grep -q 'title: The Quiet Return of the Allotment Garden' "$TMP/g.yaml" || fail "page not imported as text"

# Every importer's output passes check; stdout and -o give the same bytes; stdin works.
for f in pages/garden-nested.txt pages/market-date-first-cp1252-crlf.txt reddit/permalink-raw.json \
	hn/algolia-story.json hn/hnpwa-item.json; do
	"$BIN" import "$SRC/tests/data/$f" >"$TMP/stdout.yaml"; expect_rc 0 $? "import $f"
	"$BIN" import -o "$TMP/file.yaml" "$SRC/tests/data/$f"; expect_rc 0 $? "import -o $f"
	cmp -s "$TMP/stdout.yaml" "$TMP/file.yaml" || fail "$f: stdout and -o differ"
	"$BIN" check -q "$TMP/file.yaml"; expect_rc 0 $? "check of imported $f"
	"$BIN" import - <"$SRC/tests/data/$f" >"$TMP/stdin.yaml"; expect_rc 0 $? "stdin $f"
	diff <(grep -v '^source:' "$TMP/stdin.yaml") <(grep -v '^source:' "$TMP/file.yaml") >/dev/null ||
		fail "$f: stdin import differs"
done

# "--" ends the options: a file may start with a dash.
cp "$SRC/tests/data/pages/garden-nested.txt" "$TMP/-dash.txt"
(cd "$TMP" && "$BIN" import -- -dash.txt >/dev/null); expect_rc 0 $? "input after --"

# Overrides, in both spellings.
"$BIN" import --title "T" --author="A" --site S --url=https://example.com --published "Dec 3, 2022" \
	"$SRC/tests/data/pages/library-no-comments.txt" >"$TMP/o.yaml"; expect_rc 0 $? "overrides"
for line in 'title: T' 'author: A' 'site: S' 'url: https://example.com' 'published: Dec 3, 2022' \
	'time: "2022-12-03"'; do
	grep -qF "  $line" "$TMP/o.yaml" || fail "override missing: $line"
done

# The samples are reproduced by the commands in samples/README.md.
"$BIN" import --site 19FortyFive "$SRC/tests/data/pages/000_ad0407a9d237ef29.txt" -o "$TMP/s1.yaml"
cmp -s "$TMP/s1.yaml" "$SRC/samples/ukraine-security-guarantees.yaml" || fail "sample 1 differs"
"$BIN" import "$SRC/tests/data/pages/003_0073e05e403a6fd3.txt" -o "$TMP/s2.yaml"
cmp -s "$TMP/s2.yaml" "$SRC/samples/macron-security-guarantees.yaml" || fail "sample 2 differs"

# Bad input: exit 65, a message naming the file, and -o left untouched.
for f in reddit/bad-truncated.json reddit/bad-one-listing.json reddit/bad-comment-without-id.json \
	hn/bad-syntax.json hn/bad-replies-not-list.json hn/bad-no-id.json pages/empty.txt; do
	echo "keep me" >"$TMP/out.yaml"
	err=$("$BIN" import "$SRC/tests/data/$f" -o "$TMP/out.yaml" 2>&1 >/dev/null)
	expect_rc 65 $? "bad $f"
	grep -q "^threadtag: .*$(basename "$f"):" <<<"$err" || fail "bad $f: message '$err'"
	[ "$(cat "$TMP/out.yaml")" = "keep me" ] || fail "bad $f: output was overwritten"
done
err=$("$BIN" import "$SRC/tests/data/hn/bad-syntax.json" 2>&1 >/dev/null)
grep -q 'bad-syntax.json:2:[0-9]*: JSON syntax error' <<<"$err" || fail "no position: $err"
"$BIN" import --from reddit "$SRC/tests/data/hn/hnpwa-item.json" >/dev/null 2>&1
expect_rc 65 $? "forced wrong kind"
leftover=$(ls -A "$TMP" | grep -v -e '\.yaml$' -e '\.txt$' -e '\.json$')
[ -z "$leftover" ] || fail "temp files left behind: $leftover"

# A page's text under a logged JSON object (wrapped by the browser inside a
# string) is page text, said so; broken JSON with no prose after it, or with
# --from json, keeps the JSON error and its position.
{
	printf '{"method":"get","path":"self.navigator","url":"https:\n//example.org/post/","stack":\n'
	printf '[{"lineNumber":"986"}]}\n\nWhy Allotments Came Back\n\n'
	printf 'Waiting lists for allotment plots have doubled in ten years.\n\n'
	printf 'Councils are now dividing the old plots in two.\n\n2 Comments\n\n'
	printf 'Maria Keller\nMarch 3, 2021 at 9:14 am\n\nWe waited four years for ours.\n\n'
	printf 'Tom Hardy\nMarch 4, 2021 at 10:02 am\n\nHalf plots suit beginners better.\n'
} >"$TMP/logged-json-then-page.txt"
err=$("$BIN" import "$TMP/logged-json-then-page.txt" -o "$TMP/lj.yaml" 2>&1)
expect_rc 0 $? "JSON log over page text"
grep -q 'warning: not JSON (1:[0-9]*: JSON syntax error.*), read as page text' <<<"$err" ||
	fail "no warning that the JSON was read as text: $err"
grep -q 'imported .* as text' <<<"$err" || fail "JSON log over page text: not text: $err"
grep -q 'title: Why Allotments Came Back' "$TMP/lj.yaml" || fail "JSON log over page text: title"
grep -q 'author: Tom Hardy' "$TMP/lj.yaml" || fail "JSON log over page text: comments"
err=$("$BIN" import --from json "$TMP/logged-json-then-page.txt" 2>&1 >/dev/null)
expect_rc 65 $? "--from json on page text"
grep -q 'logged-json-then-page.txt:1:[0-9]*: JSON syntax error' <<<"$err" || fail "--from json: $err"
"$BIN" import --strict "$TMP/logged-json-then-page.txt" >/dev/null 2>&1
expect_rc 65 $? "--strict with JSON read as text"
{ printf '{"id": 1, "title": "t", "kids": [2]}\n'; printf '{"id": 2, "text": "one more", }\n'; } \
	>"$TMP/two-values.json"
err=$("$BIN" import "$TMP/two-values.json" 2>&1 >/dev/null)
expect_rc 65 $? "JSON with a second value"
grep -q 'two-values.json:2:[0-9]*: JSON syntax error' <<<"$err" || fail "second value: $err"
"$BIN" import --from json "$SRC/tests/data/hn/hnpwa-item.json" >/dev/null
expect_rc 0 $? "--from json on HN JSON"

# Output that cannot be created: 73.
"$BIN" import "$SRC/tests/data/pages/garden-nested.txt" -o "$TMP/no/such/dir/x.yaml" 2>/dev/null
expect_rc 73 $? "uncreatable output"

[ "$fails" = 0 ] && echo "cli/import: all passed"
exit $((fails > 0))
