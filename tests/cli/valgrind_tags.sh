# valgrind_tags: no leak and no memory error in tag, export, stats and agree,
# on success and on refusal.
. "$(dirname "$0")/../helpers/cli.sh"
need_valgrind
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
t=tests/data/tags-thread.yaml
expect_status 0 vg "$BIN" tag "$t" --tags "$tmp/a.yaml" --annotator a --id c1 --stance favor \
	--label sarcasm --note $'two\nlines'
expect_status 0 vg "$BIN" tag "$t" --tags "$tmp/a.yaml" --id c2 --stance against --reply agree
expect_status 0 vg "$BIN" tag "$t" --tags "$tmp/b.yaml" --annotator b --id c1 --stance against
expect_status 0 vg "$BIN" tag "$t" --tags "$tmp/b.yaml" --id @article/1 --stance neutral
expect_status 65 vg "$BIN" tag "$t" --tags "$tmp/a.yaml" --id nope --stance favor
expect_status 65 vg "$BIN" tag "$t" --tags "$tmp/a.yaml" --id c1 --stance maybe
expect_status 64 vg "$BIN" tag "$t" --tags "$tmp/a.yaml" --id c1
for f in yaml csv jsonl; do
	expect_status 0 vg "$BIN" export "$t" --tags "$tmp/a.yaml" --tags "$tmp/b.yaml" --format $f
done
expect_status 0 vg "$BIN" stats "$t" --tags "$tmp/a.yaml" --tags "$tmp/b.yaml"
expect_status 0 vg "$BIN" stats "$t" --tags "$tmp/a.yaml" --format yaml
expect_status 0 vg "$BIN" agree "$t" --tags "$tmp/a.yaml" --tags "$tmp/b.yaml"
expect_status 0 vg "$BIN" agree "$t" --tags "$tmp/a.yaml" --tags "$tmp/b.yaml" --format yaml
# Hostile stores, wide names, a page opened as a thread, failed writes.
h=tests/data/hostile.yaml
expect_status 0 vg "$BIN" stats "$h" --tags tests/data/hostile-tags.yaml
expect_status 0 vg "$BIN" agree "$h" --tags tests/data/hostile-tags.yaml --tags tests/data/hostile-tags-2.yaml
expect_status 0 vg "$BIN" tag tests/data/wide-names.yaml --tags "$tmp/w.yaml" --id a3 --stance favor
expect_status 0 vg "$BIN" stats tests/data/wide-names.yaml --tags "$tmp/w.yaml"
p=tests/data/pages/garden-nested.txt
expect_status 0 vg "$BIN" tag "$p" --tags "$tmp/p.yaml" --id c2cb45d7a915e --stance favor
expect_status 0 vg "$BIN" export "$p" --tags "$tmp/p.yaml" --format csv
expect_status 65 vg "$BIN" check "$p"
expect_status 74 vg "$BIN" export "$t" --tags "$tmp/a.yaml" -o /dev/full
expect_status 73 vg "$BIN" export "$t" --tags "$tmp/a.yaml" -o "$tmp/no/such/out.csv"
expect_status 64 vg "$BIN" export "$t" --no-text=1
printf 'threadtag_tags: 1\ntags:\n  c1: {stance: [\n' >"$tmp/bad.yaml"
expect_status 65 vg "$BIN" stats "$t" --tags "$tmp/bad.yaml"
expect_err "bad.yaml:[0-9]+:[0-9]+: "
finish
