# valgrind.sh: no leak and no memory error on check of every sample and bad file.
. "$(dirname "$0")/../helpers/cli.sh"
need_valgrind
for f in samples/*.yaml tests/data/threads/*.yaml; do
	[ -e "$f" ] || continue
	expect_status 0 vg "$BIN" check "$f"
done
for f in tests/data/bad/*.yaml; do
	expect_status 65 vg "$BIN" check "$f"
done
finish
