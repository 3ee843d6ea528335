#!/usr/bin/env bash
# cli/import_text_report: the import report, --strict and --explain on page text; refusals of binary and title-only input.
set -u
BIN=${TT_BIN:?TT_BIN must name the threadtag binary}
SRC=${TT_SRCDIR:-.}
# Scratch space inside the build tree, never the machine's /tmp.
TMP=$(mktemp -d "${TT_BUILDDIR:-.}/import-text-report.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() { [ "$1" = "$2" ] || fail "$3: exit $2, expected $1"; }
P=$SRC/tests/data/pages

# The summary names the format, the layout, the counts and what the page says.
"$BIN" import "$P/german-numbered-sagt.txt" -o "$TMP/g.yaml" 2>"$TMP/err"
expect_rc 0 $? "german page"
grep -qx "threadtag: $P/german-numbered-sagt.txt as text (numbered 'NAME WORD:' author/date lines, indented replies): article 2 paragraphs, 5 comments, depth 3; the page says 5" \
	<(sed 's/^threadtag: imported /threadtag: /' "$TMP/err") || fail "summary: $(cat "$TMP/err")"
[ "$(wc -l <"$TMP/err")" -eq 1 ] || fail "a clean page warned: $(cat "$TMP/err")"

# Warnings name the input line; the count the page states is checked.
"$BIN" import "$P/dropped-subtitle.txt" -o "$TMP/d.yaml" 2>"$TMP/err"
expect_rc 0 $? "page with warnings"
grep -q "dropped-subtitle.txt: warning: line 9: found 1 comments where the page says 3" "$TMP/err" ||
	fail "no count warning: $(cat "$TMP/err")"
grep -q "dropped-subtitle.txt: warning: line 3: 1 line of text dropped" "$TMP/err" ||
	fail "no dropped-text warning: $(cat "$TMP/err")"
[ -s "$TMP/d.yaml" ] || fail "without --strict the thread is written"

# --strict: warnings refuse the import with 65 and leave -o alone.
echo "keep me" >"$TMP/s.yaml"
"$BIN" import --strict "$P/dropped-subtitle.txt" -o "$TMP/s.yaml" 2>"$TMP/err"
expect_rc 65 $? "--strict with warnings"
grep -q "not written" "$TMP/err" || fail "--strict says nothing: $(cat "$TMP/err")"
[ "$(cat "$TMP/s.yaml")" = "keep me" ] || fail "--strict overwrote the output"
"$BIN" import --strict "$P/german-numbered-sagt.txt" -o "$TMP/s.yaml" 2>/dev/null
expect_rc 0 $? "--strict on a clean page"
grep -q '^  author: Petra Vogel$' "$TMP/s.yaml" || fail "--strict clean page not written"

# --explain: one row per block with its line numbers and what it was taken as.
"$BIN" import --explain "$P/german-numbered-sagt.txt" >"$TMP/x" 2>/dev/null
expect_rc 0 $? "--explain"
for row in '^1: furniture: Startseite' '^3: title: Warum ich wieder Brot backe$' \
	'^5: byline: ' '^14: furniture: ' '^24: comments heading: 5 Kommentare$' \
	'^26-27: comment header: 1\. \[avatar\] Jonas sagt:$' '^29: comment body: ' \
	'^31: comment links: Antworten$' '^61: furniture: Kommentar \['; do
	grep -q -- "$row" "$TMP/x" || fail "--explain lacks /$row/"
done
grep -q '^threadtag:' "$TMP/x" && fail "--explain printed a thread instead of blocks"

# Binary input: 65, what was seen, nothing written.
printf '\177ELF\002\001\001\000\000\000' >"$TMP/prog"
for f in "$TMP/prog" "$P/bad-title-only.txt"; do
	echo "keep me" >"$TMP/out.yaml"
	"$BIN" import "$f" -o "$TMP/out.yaml" 2>"$TMP/err"
	expect_rc 65 $? "refused $f"
	[ "$(cat "$TMP/out.yaml")" = "keep me" ] || fail "$f: output overwritten"
done
"$BIN" import "$TMP/prog" 2>&1 | grep -q 'binary input (an ELF executable)' || fail "ELF not named"
printf 'A title\n\nSome text\000more\n' >"$TMP/nul.txt"
"$BIN" import "$TMP/nul.txt" 2>&1 | grep -q 'nul.txt:3:10: binary input (a NUL byte)' ||
	fail "NUL position not given"
"$BIN" import --from text "$TMP/nul.txt" >/dev/null 2>&1
expect_rc 65 $? "--from text does not let binary through"
"$BIN" import "$P/bad-title-only.txt" 2>&1 | grep -q 'not a page' || fail "title-only not explained"
"$BIN" import --title T "$P/bad-title-only.txt" >/dev/null 2>&1
expect_rc 0 $? "a title given makes any text a thread"

[ "$fails" -eq 0 ] && echo "import_text_report: ok"
exit $((fails > 0))
