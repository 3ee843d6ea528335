# fuzz_regressions.sh: inputs the fuzzers once broke the importers with import
# cleanly now (a thread or exit 65, never a crash or a sanitizer report, and no
# message on stderr but threadtag's own).
. "$(dirname "$0")/../helpers/cli.sh"
for f in tests/fuzz/regressions/*; do
	[ -e "$f" ] || continue
	timeout 10 "$BIN" import "$f" >/dev/null 2>"$TT_TMP/tt-fuzz-err.$$"
	rc=$?
	case $rc in
	0 | 65) ok ;;
	*) bad "$f: exit $rc: $(head -c 300 "$TT_TMP/tt-fuzz-err.$$")" ;;
	esac
	# Every message is the program's own (a library's words on stderr once were not).
	if grep -qv '^threadtag: ' "$TT_TMP/tt-fuzz-err.$$"; then
		bad "$f: stderr not in threadtag's form: $(grep -v '^threadtag: ' "$TT_TMP/tt-fuzz-err.$$" | head -c 300)"
	else
		ok
	fi
done
rm -f "$TT_TMP/tt-fuzz-err.$$"
finish
