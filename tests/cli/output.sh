# output.sh: what the commands print: UTF-8 as it is, columns by display width,
# strangers' text inert, and every failed write reported (exit 74 or 73).
. "$(dirname "$0")/../helpers/cli.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
thread=tests/data/wide-names.yaml
for id in a1 a2 a3 a4 a5; do
	expect_status 0 "$BIN" tag "$thread" --id "$id" --stance favor --tags "$work/z.yaml" \
		--annotator 'Zoë 山'
done
expect_status 0 "$BIN" tag "$thread" --id a1 --stance against --tags "$work/y.yaml" --annotator 'Þór'

# Valid UTF-8 prints as it is under any locale the user has (issue: "Szab\xef\xbf\xbd").
for loc in C.UTF-8 C; do
	LC_ALL=$loc expect_status 0 "$BIN" check "$thread"
	expect_out '^title: +President Macron: «Moscow needs guarantees» — Szabó, Renée$'
	expect_out '山田太郎 \(1\)'
	LC_ALL=$loc expect_status 0 "$BIN" stats "$thread" --tags "$work/z.yaml"
	expect_out '^annotator: Zoë 山$'
	expect_out '^  🦊fox '
	LC_ALL=$loc expect_status 0 "$BIN" agree "$thread" --tags "$work/z.yaml" --tags "$work/y.yaml"
	expect_out '^annotators:  Zoë 山, Þór$'
	if LC_ALL=C grep -q "$(printf '\357\277\275')" "$OUT"; then
		bad "LC_ALL=$loc: agree printed U+FFFD for valid text"
	else
		ok
	fi
done

# The per-author rows line up by display width: every row is as wide on the
# screen, though their byte lengths differ (CJK and emoji take two columns).
LC_ALL=C.UTF-8 "$BIN" stats "$thread" --tags "$work/z.yaml" >"$work/stats"
sed -n '/^per author/,/^$/p' "$work/stats" | sed '1,2d;/^$/d' >"$work/rows"
[ "$(wc -l <"$work/rows")" -eq 5 ] && ok || bad "stats: want 5 author rows, got $(cat "$work/rows")"
widths=$(while IFS= read -r l; do printf '%s' "$l" | LC_ALL=C.UTF-8 wc -L; done <"$work/rows" | sort -u | wc -l)
bytes=$(while IFS= read -r l; do printf '%s' "$l" | wc -c; done <"$work/rows" | sort -u | wc -l)
[ "$widths" -eq 1 ] && ok || bad "stats author rows differ in display width: $(cat "$work/rows")"
[ "$bytes" -gt 1 ] && ok || bad "the rows should differ in bytes (the test lost its wide names)"
# The agree confusion columns too: a long category is cut between characters.
expect_status 0 "$BIN" agree "$thread" --tags "$work/z.yaml" --tags "$work/y.yaml"
expect_out '^disagreements: 1$'

# Hostile stores: annotator names, the scheme's target and orphan ids print inert.
h=tests/data/hostile.yaml
raw() { LC_ALL=C grep -q "$(printf '[\033\007]')" "$1" || LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1"; }
inert() { # inert WHAT: neither stdout nor stderr of the last command holds a control
	if raw "$OUT" || raw "$ERR"; then bad "$1 printed raw controls"; else ok; fi
}
expect_status 0 "$BIN" stats "$h" --tags tests/data/hostile-tags.yaml
inert stats
expect_out '^annotator: al\^\[\]0;PWNED-TITLE\^Gice'
expect_out 'target: claim \^\[\]2;PWNED2'
expect_out '^  gone\^\[\]0;PWNED-TITLE\^G$'
expect_err "item 'gone\^\[\]0;PWNED-TITLE\^G' has stance 'bogus'"
expect_status 0 "$BIN" agree "$h" --tags tests/data/hostile-tags.yaml --tags tests/data/hostile-tags-2.yaml
inert agree
expect_out "^Cohen's kappa \(al\^\[\]0;PWNED-TITLE"
expect_status 65 "$BIN" tag "$h" --tags "$work/t.yaml" --id "$(printf 'x\033]0;PWNED\007')" --stance favor
inert "tag --id"
expect_err "no comment with id 'x\^\[\]0;PWNED\^G'"
expect_status 64 "$BIN" tag "$h" "$(printf -- '--x\033]52;c;cHduZWQ=\007')"
inert "a usage error"
expect_err "unknown option '--x\^\[\]52;c;"
expect_status 66 "$BIN" check "$(printf 'no\033]0;T\007such')"
inert "a missing file's name"
# Exports: byte-exact into a file or a pipe, inert on a terminal.
expect_status 0 "$BIN" export "$h" --tags tests/data/hostile-tags.yaml --format csv
raw "$OUT" && ok || bad "export into a pipe must stay byte-exact"
cp "$OUT" "$work/piped.csv"
expect_status 0 "$BIN" export "$h" --tags tests/data/hostile-tags.yaml --format csv -o "$work/e.csv"
cmp -s "$work/e.csv" "$work/piped.csv" && ok || bad "export -o and export | differ"
TERM=dumb script -qec "$BIN export $h --tags tests/data/hostile-tags.yaml --format csv" /dev/null \
	>"$work/tty" 2>&1 </dev/null
raw "$work/tty" && bad "export to a terminal printed raw controls" || ok
grep -q 'PWNED-TITLE\^G' "$work/tty" && ok || bad "export to a terminal lost the text: $(head -c 200 "$work/tty")"

# Output errors: a full disk or a closed standard output is exit 74, said once.
for cmd in "check $thread" "stats $thread --tags $work/z.yaml" \
	"agree $thread --tags $work/z.yaml --tags $work/y.yaml" \
	"export $thread --tags $work/z.yaml" "import tests/data/pages/$(ls tests/data/pages | head -1)" \
	"--help" "check --help"; do
	for out in full closed; do
		# shellcheck disable=SC2086
		if [ $out = full ]; then "$BIN" $cmd >/dev/full 2>"$work/err"; else "$BIN" $cmd >&- 2>"$work/err"; fi
		rc=$?
		[ "$rc" -eq 74 ] && ok || bad "$cmd into a $out stdout exited $rc, want 74"
		msg='No space left on device'
		[ $out = full ] || msg='Bad file descriptor'
		grep -q "^threadtag: <stdout>: $msg\$" "$work/err" && ok || bad "$cmd, $out: $(cat "$work/err")"
		[ "$(grep -c '<stdout>' "$work/err")" -eq 1 ] && ok || bad "$cmd, $out: said more than once: $(cat "$work/err")"
	done
done
# export -o: cannot create is 73, a write that fails is 74; one message shape.
expect_status 73 "$BIN" export "$thread" --tags "$work/z.yaml" -o "$work/no/such/dir/out.yaml"
expect_err "^threadtag: $work/no/such/dir/out.yaml: No such file or directory$"
expect_status 74 "$BIN" export "$thread" --tags "$work/z.yaml" -o /dev/full
expect_err '^threadtag: /dev/full: No space left on device$'
expect_status 73 "$BIN" import "$thread" -o "$work/no/such/dir/out.yaml"
expect_err "^threadtag: $work/no/such/dir/out.yaml: No such file or directory$"
expect_status 74 "$BIN" import "$thread" -o /dev/full
expect_err '^threadtag: /dev/full: No space left on device$'
finish
