# import_charset.sh: a Shift_JIS page with a byte not valid in it imports with the byte as U+FFFD, one warning in threadtag's words, and --strict refuses it.
. "$(dirname "$0")/../helpers/cli.sh"
page=$TT_TMP/tt-sjis.$$.html
# 0x81 is a Shift_JIS lead byte; before a space it starts no character.
printf '<html><head><meta charset="shift_jis"><title>x</title></head><body>\n<article><h1>Notes</h1><p>The article, long enough to be one, with a comma, and another.</p></article>\n<ol class="comment-list"><li class="comment depth-1"><cite class="fn">Aki</cite><div class="comment-content"><p>\x93\xf1\x94\xd4\x96\xda\x81 \x82\xc5\x82\xb7</p></div></li></ol></body></html>\n' >"$page"
expect_status 0 "$BIN" import "$page"
expect_err "^threadtag: .*tt-sjis\.$$\.html: warning: 1 bytes not valid in shift_jis replaced by U\+FFFD \(first at line 3\)$"
expect_out "二番目$(printf '\xef\xbf\xbd') です"
if grep -qv '^threadtag: ' "$ERR"; then bad "stderr not in threadtag's form: $(head -c 300 "$ERR")"; else ok; fi
if [ "$(grep -c 'not valid in' "$ERR")" -eq 1 ]; then ok; else bad "warned $(grep -c 'not valid in' "$ERR") times"; fi
expect_status 65 "$BIN" import --strict "$page" -o "$TT_TMP/tt-sjis.$$.yaml"
if [ -e "$TT_TMP/tt-sjis.$$.yaml" ]; then bad "--strict wrote its output"; else ok; fi
rm -f "$page"
finish
