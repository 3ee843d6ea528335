# valgrind_project: no leak and no memory error in agree DIR and status, cold,
# warm, after a change, with a corrupt cache and with a broken store.
. "$(dirname "$0")/../helpers/cli.sh"
need_valgrind
W=$(mktemp -d "${TMPDIR:-/tmp}/tt-vg-project.XXXXXX")
trap 'rm -rf "$W"' EXIT
export XDG_CACHE_HOME="$W/cache"
P="$W/study"
expect_status 0 "$BIN" init "$P"
cp tests/data/small.yaml tests/data/hostile.yaml "$P/threads/"
"$BIN" tag "$P/threads/small.yaml" --tags "$P/tags/ann/small.yaml" --annotator ann \
	--id c1 --stance favor >/dev/null
"$BIN" tag "$P/threads/small.yaml" --tags "$P/tags/ann/small.yaml" --id c2 --stance against >/dev/null
"$BIN" tag "$P/threads/small.yaml" --tags "$P/tags/bob/small.yaml" --annotator bob \
	--id c2 --stance favor >/dev/null
"$BIN" tag "$P/threads/small.yaml" --tags "$P/tags/bob/small.yaml" --id c3 --stance neutral >/dev/null
for run in cold warm; do
	expect_status 0 vg "$BIN" status "$P"
	expect_status 0 vg "$BIN" status "$P" --format yaml
done
expect_status 0 vg "$BIN" agree "$P"
expect_status 0 vg "$BIN" agree "$P" --format yaml
expect_status 0 vg "$BIN" agree "$P" --dimension reply
expect_status 65 vg "$BIN" agree "$P" --dimension nosuch
"$BIN" tag "$P/threads/small.yaml" --tags "$P/tags/bob/small.yaml" --id c1 --stance favor >/dev/null
expect_status 0 vg "$BIN" status "$P"
printf 'threadtag-project-cache: 1\nthreads: [[[' >"$(ls "$W"/cache/threadtag/projects/*.yaml)"
expect_status 0 vg "$BIN" status "$P"
printf 'threadtag_tags: [\n' >"$P/tags/bob/small.yaml"
expect_status 65 vg "$BIN" status "$P"
expect_status 65 vg "$BIN" agree "$P"
finish
