# import-valgrind.sh: no leak and no memory error when importing every fixture, good or bad.
. "$(dirname "$0")/../helpers/cli.sh"
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind not installed: skipped"
	exit 0
fi
if grep -q 'TT_SANITIZE:BOOL=ON' "${TT_BUILDDIR:-build}/CMakeCache.txt" 2>/dev/null; then
	echo "sanitizer build: valgrind skipped (ASan covers it)"
	exit 0
fi
vg() {
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all "$@"
}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in tests/data/pages/*.txt tests/data/reddit/*.json tests/data/hn/*.json; do
	case $(basename "$f") in
	bad-* | empty.txt) want=65 ;;
	*) want=0 ;;
	esac
	expect_status "$want" vg "$BIN" import "$f" -o "$out/thread.yaml"
done
finish
