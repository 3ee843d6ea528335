# valgrind.sh: no leak and no memory error on check of every sample and bad file.
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
for f in samples/*.yaml tests/data/threads/*.yaml; do
	[ -e "$f" ] || continue
	expect_status 0 vg "$BIN" check "$f"
done
for f in tests/data/bad/*.yaml; do
	expect_status 65 vg "$BIN" check "$f"
done
finish
