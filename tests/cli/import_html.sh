#!/usr/bin/env bash
# cli/import_html: saved web pages through `threadtag import`: detection, the report, refusals.
set -u
BIN=${TT_BIN:?TT_BIN must name the threadtag binary}
SRC=${TT_SRCDIR:-.}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() { # expected, actual, what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1"
}
page=$SRC/tests/data/html/wordpress-lemire-en.html

# A page is told by its content, under any name; the summary names the layout.
cp "$page" "$TMP/saved.txt"
"$BIN" import "$TMP/saved.txt" -o "$TMP/t.yaml" 2>"$TMP/err"; expect_rc 0 $? "page under .txt"
grep -q '^threadtag: imported .*saved.txt as html (WordPress comments): article [0-9]* paragraphs, 5 comments, depth 2; the page says 5$' "$TMP/err" ||
	fail "summary: $(cat "$TMP/err")"
"$BIN" check -q "$TMP/t.yaml"; expect_rc 0 $? "check of an imported page"
grep -q "^  title: 'JSON parsing: simdjson vs. JSON for Modern C++'" "$TMP/t.yaml" || fail "title"
"$BIN" import --from html "$TMP/saved.txt" >"$TMP/forced.yaml" 2>/dev/null; expect_rc 0 $? "--from html"
cmp -s "$TMP/t.yaml" "$TMP/forced.yaml" || fail "--from html and auto differ"
"$BIN" import --from=html "$SRC/tests/data/pages/garden-nested.txt" >/dev/null 2>&1
expect_rc 0 $? "--from html on page text (read as HTML without markup)"

# --explain: one row per block on stdout, nothing written.
"$BIN" import --explain "$page" >"$TMP/explain" 2>/dev/null; expect_rc 0 $? "--explain"
grep -q '^[0-9]*: article: JSON is the ubiquitous' "$TMP/explain" || fail "--explain lacks the article"
grep -q '^[0-9]*: comment header: degski August 3, 2019' "$TMP/explain" || fail "--explain lacks a header"
grep -q '^[0-9]*: furniture: ' "$TMP/explain" || fail "--explain lacks furniture"

# A count the page states that differs is a warning; --strict makes it exit 65, writing nothing.
cat >"$TMP/short.html" <<'HTML'
<html><head><title>Short</title></head><body><article><p>An article long enough to be
one, with a comma, and a second clause for good measure.</p></article>
<h2>4 Comments</h2><ol><li class="comment"><cite class="fn">Ann</cite>
<div class="comment-content"><p>Only one is here.</p></div></li></ol></body></html>
HTML
"$BIN" import "$TMP/short.html" -o "$TMP/short.yaml" 2>"$TMP/err"; expect_rc 0 $? "mismatch without --strict"
grep -q 'warning: found 1 comments where the page says 4' "$TMP/err" || fail "no mismatch warning"
"$BIN" import --strict "$TMP/short.html" -o "$TMP/strict.yaml" 2>/dev/null; expect_rc 65 $? "--strict"
[ ! -e "$TMP/strict.yaml" ] || fail "--strict wrote its output"

# Binary input is refused with what was seen, by auto and by every --from; nothing is written.
for from in auto text html hn reddit; do
	"$BIN" import --from "$from" /bin/ls -o "$TMP/ls.yaml" 2>"$TMP/err"; expect_rc 65 $? "/bin/ls as $from"
	grep -q 'binary input (an ELF executable)' "$TMP/err" || fail "/bin/ls as $from: $(cat "$TMP/err")"
	[ ! -e "$TMP/ls.yaml" ] || fail "/bin/ls as $from wrote output"
done

# A page with neither article nor comments is refused, not imported empty.
printf '<!DOCTYPE html><html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>' >"$TMP/empty.html"
"$BIN" import "$TMP/empty.html" -o "$TMP/e.yaml" 2>"$TMP/err"; expect_rc 65 $? "empty page"
grep -q 'found an HTML page with no text' "$TMP/err" || fail "empty page: $(cat "$TMP/err")"

# Control characters in a page never reach the terminal raw (the summary is made inert).
printf '<html><head><title>\033]0;pwned\007 T</title></head><body><article><p>Some text, long enough to be an article, here.</p></article></body></html>' >"$TMP/esc.html"
"$BIN" import "$TMP/esc.html" -o "$TMP/esc.yaml" 2>"$TMP/err"; expect_rc 0 $? "escape in title"
if grep -q $'\033' "$TMP/err"; then fail "an escape reached stderr"; fi

[ "$fails" -eq 0 ] && echo "import_html: all passed"
exit $((fails > 0))
