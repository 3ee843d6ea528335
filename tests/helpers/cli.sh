# cli.sh: shared helpers for the shell tests (sourced, not run).
set -u
BIN=${TT_BIN:-build/threadtag}
fails=0
passes=0
ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
# expect_status WANT CMD...: runs CMD, compares its exit status.
expect_status() {
	want=$1
	shift
	"$@" >/tmp/tt-cli-out.$$ 2>/tmp/tt-cli-err.$$
	got=$?
	if [ "$got" -eq "$want" ]; then ok; else bad "$* exited $got, want $want: $(head -c 300 /tmp/tt-cli-err.$$)"; fi
}
# expect_err REGEX: the last command's stderr matches.
expect_err() {
	if grep -Eq -- "$1" /tmp/tt-cli-err.$$; then ok; else bad "stderr lacks /$1/: $(head -c 300 /tmp/tt-cli-err.$$)"; fi
}
expect_out() {
	if grep -Eq -- "$1" /tmp/tt-cli-out.$$; then ok; else bad "stdout lacks /$1/: $(head -c 300 /tmp/tt-cli-out.$$)"; fi
}
finish() {
	rm -f /tmp/tt-cli-out.$$ /tmp/tt-cli-err.$$
	echo "$passes passed, $fails failed"
	[ "$fails" -eq 0 ]
}
# need_valgrind: ends the test as skipped where valgrind cannot run it (not
# installed, or a sanitizer build, which covers the same ground).
need_valgrind() {
	if ! command -v valgrind >/dev/null 2>&1; then
		echo "valgrind not installed: skipped"
		exit 0
	fi
	if grep -q 'TT_SANITIZE:BOOL=ON' "${TT_BUILDDIR:-build}/CMakeCache.txt" 2>/dev/null; then
		echo "sanitizer build: valgrind skipped (ASan covers it)"
		exit 0
	fi
}
# vg CMD...: runs CMD under valgrind; any error or leak makes it exit 99.
vg() {
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all "$@"
}
