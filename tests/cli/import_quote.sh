#!/usr/bin/env bash
# cli/import_quote: warnings, errors and --explain rows that quote the input cut it between characters and show it inert.
set -u
BIN=${TT_BIN:?TT_BIN must name the threadtag binary}
# Scratch space inside the build tree, never the machine's /tmp.
TMP=$(mktemp -d "${TT_BUILDDIR:-.}/import-quote.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() { [ "$1" = "$2" ] || fail "$3: exit $2, expected $1"; }
FFFD=$'\xef\xbf\xbd'

# repeat WORD N: WORD written N times.
repeat() {
	local out='' i
	for ((i = 0; i < $2; i++)); do out+=$1; done
	printf '%s' "$out"
}

# clean FILE WHAT: FILE is valid UTF-8 (iconv refuses anything else), holds no
# U+FFFD (the input has none: one would be half a letter made inert) and no
# raw escape or other control but the line ends.
clean() {
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || fail "$2: not valid UTF-8: $(od -c "$1" | tail -3)"
	LC_ALL=C grep -q "$FFFD" "$1" && fail "$2: a character was cut: $(cat "$1")"
	LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$1" && fail "$2: a raw control byte: $(cat -v "$1")"
}

# A page whose stray paragraph is dropped and quoted in a warning.
page() { # PARAGRAPH
	cat <<HTML
<html><head><meta charset="utf-8"><title>Counting</title></head><body>
<article><p>One paragraph of the article, long enough to be the article's text, with a comma, and another.</p></article>
<section><div class="x"><div class="y"><p>$1</p></div></div></section>
<h2>5 Comments</h2><ol><li class="comment"><cite class="fn">Dee</cite><div class="comment-content"><p>Only one.</p></div></li></ol></body></html>
HTML
}

# Letters of 2, 3 and 4 bytes and a letter with a combining accent, after
# 0-3 ASCII letters, so a cut by bytes would fall inside each kind.
for letter in 'Ж' '山' '🦊' $'e\xcc\x81'; do
	for lead in '' a ab abc; do
		para=$lead$(repeat "$letter" 80)
		what="dropped text of '$letter' after '$lead'"
		page "$para" >"$TMP/p.html"
		"$BIN" import "$TMP/p.html" -o "$TMP/t.yaml" 2>"$TMP/err"
		expect_rc 0 $? "$what"
		clean "$TMP/err" "$what"
		q=$(sed -n 's/^threadtag: .*p\.html: warning: line 3: dropped text (neither article nor comment): \(.*\)\.\.\.$/\1/p' "$TMP/err")
		[ -n "$q" ] || fail "$what: no warning quoting it: $(cat "$TMP/err")"
		[[ $para == "$q"* ]] || fail "$what: the quote is not the paragraph's start: $q"
		# What is left after the quote starts with a whole letter.
		rest=${para#"$q"}
		[[ $rest == "$letter"* ]] || fail "$what: cut inside a letter: $q"
		"$BIN" import --explain "$TMP/p.html" >"$TMP/explain" 2>/dev/null
		expect_rc 0 $? "$what, --explain"
		clean "$TMP/explain" "$what, --explain"
		grep -q "^3: dropped: $lead$letter" "$TMP/explain" || fail "$what: --explain row: $(cat "$TMP/explain")"
	done
done

# Untrusted bytes in a quote are inert: an escape never reaches stderr raw
# (the HTML parser may drop it; the sanitiser shows it as "^[").
page "$(repeat 'Ж' 40)"$'\x1b[31m'"$(repeat 'Ж' 40)" >"$TMP/esc.html"
"$BIN" import "$TMP/esc.html" -o "$TMP/t.yaml" 2>"$TMP/err"
expect_rc 0 $? "escape in dropped text"
clean "$TMP/err" "escape in dropped text"
grep -qE 'line 3: dropped text .*ЖЖ(\^\[)?\[31mЖЖ' "$TMP/err" || fail "no warning quoting the escape: $(cat -v "$TMP/err")"

# The loaders' errors: FILE:LINE:COL: message, the quote cut between letters.
for letter in 'Ж' '山' '🦊'; do
	printf 'threadtag: 1\narticle:\n  title: x\n  %s: 1\ncomments: []\n' "$(repeat "$letter" 300)" >"$TMP/key.yaml"
	"$BIN" check "$TMP/key.yaml" 2>"$TMP/err"
	expect_rc 65 $? "thread file with a long unknown key of '$letter'"
	clean "$TMP/err" "unknown key of '$letter'"
	grep -q "^threadtag: .*key\.yaml:4:3: unknown key '$letter$letter.*\.\.\.$" "$TMP/err" ||
		fail "unknown key of '$letter': $(cat "$TMP/err")"

	rm -f "$TMP/t.yaml"
	printf '{"id": 1, "title": "t", "author": "a", "created_at_i": "a%s", "children": []}\n' \
		"$(repeat "$letter" 50)" >"$TMP/hn.json"
	"$BIN" import --from hn "$TMP/hn.json" -o "$TMP/t.yaml" 2>"$TMP/err"
	expect_rc 65 $? "Hacker News time of '$letter'"
	clean "$TMP/err" "Hacker News time of '$letter'"
	grep -q "^threadtag: .*hn\.json:1:[0-9]*: .*found a$letter.*$letter\.\.\.$" "$TMP/err" ||
		fail "Hacker News time of '$letter': $(cat "$TMP/err")"
	[ -e "$TMP/t.yaml" ] && fail "a refused import wrote its output"
done

# Invalid UTF-8 in a thread file is refused with its place, and never echoed raw.
printf 'threadtag: 1\narticle:\n  title: x\n  \xd0\xb6\xff\x1b[31m: 1\ncomments: []\n' >"$TMP/bad.yaml"
"$BIN" check "$TMP/bad.yaml" 2>"$TMP/err"
expect_rc 65 $? "invalid UTF-8 in a thread file"
clean "$TMP/err" "invalid UTF-8 in a thread file"
grep -q '^threadtag: .*bad\.yaml:4:[0-9]*: ' "$TMP/err" || fail "invalid UTF-8: $(cat "$TMP/err")"

[ "$fails" -eq 0 ] && echo "import_quote: all passed"
exit $((fails > 0))
