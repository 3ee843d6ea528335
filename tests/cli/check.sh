# check.sh: `threadtag check`, --help and --version: exit codes and message shapes.
. "$(dirname "$0")/../helpers/cli.sh"

expect_status 0 "$BIN" --version
expect_out '^threadtag [0-9]+\.[0-9]+'
expect_status 0 "$BIN" --help
expect_out '^  check '
expect_out '--theme NAME'
expect_out '^  agree '
expect_status 64 "$BIN"
expect_status 0 "$BIN" check --help
expect_out 'usage: threadtag check'
expect_status 64 "$BIN" check --bogus tests/data/threads/small.yaml
expect_err "unknown option '--bogus'"
expect_status 64 "$BIN" check
expect_status 66 "$BIN" check no/such/file.yaml
expect_err '^threadtag: no/such/file.yaml: No such file'
expect_status 0 "$BIN" check tests/data/threads/refs-and-flags.yaml
expect_out '^comments: 4 \(2 top-level, 1 deleted, 2 more not loaded\)'
expect_out '^depth: +3'
expect_out '^authors: +4: \[deleted\] \(1\), alpha \(1\), beta \(1\), gamma \(1\)$'
expect_out '^dates: +2022-12-05T10:14 to 2022-12-05T10:14'
expect_status 0 "$BIN" check -q tests/data/threads/small.yaml
[ -s "$OUT" ] && bad "--quiet printed" || ok
expect_status 65 "$BIN" check tests/data/bad/unknown-comment-key.yaml
expect_err '^threadtag: tests/data/bad/unknown-comment-key.yaml:6:5: unknown key .score.'
# Authors are listed most active first.
printf 'threadtag: 1\narticle: {title: t}\ncomments: [{author: b}, {author: a}, {author: b}]\n' >"$TT_TMP/tt-authors.$$"
expect_status 0 "$BIN" check "$TT_TMP/tt-authors.$$"
expect_out '^authors: +2: b \(2\), a \(1\)$'
rm -f "$TT_TMP/tt-authors.$$"
# Untrusted text never reaches the terminal raw: no ESC, BEL or C1 in the summary.
expect_status 0 "$BIN" check tests/data/hostile.yaml
if LC_ALL=C grep -q "$(printf '[\033\007]')" "$OUT" ||
	LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$OUT"; then
	bad "check printed raw control characters"
else
	ok
fi
expect_out '\^\[\]0;PWNED-TITLE\^G'
# Error messages quote the input: shown inert too.
expect_status 65 "$BIN" check tests/data/bad/escape-in-key.yaml
if LC_ALL=C grep -q "$(printf '[\033\007]')" "$ERR"; then
	bad "an error message printed raw control characters"
else
	ok
fi
expect_err "unknown key 'bad\^\[\]0;T\^Gkey'"
# The same for stats, whose per-author table prints comment authors.
tags=$(mktemp -d)
expect_status 0 "$BIN" tag tests/data/hostile.yaml --id esc --stance favor --tags "$tags/t.yaml"
expect_status 0 "$BIN" stats tests/data/hostile.yaml --tags "$tags/t.yaml"
if LC_ALL=C grep -q "$(printf '[\033\007]')" "$OUT"; then
	bad "stats printed raw control characters"
else
	ok
fi
expect_out 'eve\^\[\[1;31m'
rm -rf "$tags"
# stdin as "-"
expect_status 0 sh -c "\"$BIN\" check - < tests/data/threads/small.yaml"
# Every sample is valid.
for f in samples/*.yaml; do
	[ -e "$f" ] || continue
	expect_status 0 "$BIN" check "$f"
done
# Every bad file: 65, FILE:LINE:COL, fast (a hang would hit the timeout).
for f in tests/data/bad/*.yaml; do
	expect_status 65 timeout 5 "$BIN" check "$f"
	expect_err "^threadtag: $f:[0-9]+:[0-9]+: "
done
finish
