# cli.sh: shared helpers for the shell tests (sourced, not run).
set -u
BIN=${TT_BIN:-build/threadtag}
# Scratch files go under TMPDIR, which ctest points into the build tree.
TT_TMP=${TMPDIR:-/tmp}
OUT=$TT_TMP/tt-cli-out.$$
ERR=$TT_TMP/tt-cli-err.$$
fails=0
passes=0
ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
# expect_status WANT CMD...: runs CMD, compares its exit status.
expect_status() {
	want=$1
	shift
	"$@" >"$OUT" 2>"$ERR"
	got=$?
	if [ "$got" -eq "$want" ]; then ok; else bad "$* exited $got, want $want: $(head -c 300 "$ERR")"; fi
}
# expect_err REGEX: the last command's stderr matches.
expect_err() {
	if grep -Eq -- "$1" "$ERR"; then ok; else bad "stderr lacks /$1/: $(head -c 300 "$ERR")"; fi
}
expect_out() {
	if grep -Eq -- "$1" "$OUT"; then ok; else bad "stdout lacks /$1/: $(head -c 300 "$OUT")"; fi
}
finish() {
	rm -f "$OUT" "$ERR"
	echo "$passes passed, $fails failed"
	[ "$fails" -eq 0 ]
}
# need_valgrind: ends the test as skipped (77) where valgrind is not installed.
# (A sanitizer build does not register the valgrind tests at all.)
need_valgrind() {
	if ! command -v valgrind >/dev/null 2>&1; then
		echo "SKIP: valgrind is not installed (make deps-test installs it)"
		exit 77
	fi
}
# vg CMD...: runs CMD under valgrind; any error or leak makes it exit 99.
vg() {
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all "$@"
}
