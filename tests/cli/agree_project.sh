# agree_project.sh: `threadtag agree DIR` over a project, its errors, hostile text, and the status cache.
. "$(dirname "$0")/../helpers/cli.sh"

W=$(mktemp -d "${TMPDIR:-/tmp}/tt-agree-project.XXXXXX")
trap 'rm -rf "$W"' EXIT
export HOME="$W/home" XDG_CACHE_HOME="$W/cache"
P="$W/study"
expect_status 0 "$BIN" init "$P"

# A thread whose author and body carry terminal escapes.
esc=$(printf '\033]0;owned\007')
cat >"$P/threads/one.yaml" <<YAML
threadtag: 1
id: one
article:
  title: One
comments:
  - id: c1
    author: "mallory\e[31m"
    body: ["first words\e]0;x\a of c1"]
  - id: c2
    author: zoe
    body: [second]
    parent: c1
YAML
store() { # store NAME THREAD-ID TAGS...
	mkdir -p "$P/tags/$1"
	f="$P/tags/$1/$2.yaml"
	printf 'threadtag_tags: 1\nthread: {id: %s}\nannotator: %s\ntags:\n' "$2" "$1" >"$f"
	shift 2
	for t in "$@"; do printf '  %s\n' "$t" >>"$f"; done
}

# One annotator is not enough for agreement: a clear error, exit 65.
store ann one 'c1: {stance: favor}' 'c2: {stance: against}'
expect_status 65 "$BIN" agree "$P"
expect_err 'two or more annotators'

store bob one 'c1: {stance: against}' 'c2: {stance: against}'
expect_status 0 "$BIN" agree "$P"
expect_out '^project: +study \(1 threads\)'
expect_out '^  ann / bob: kappa .*; 2 both coded, 0 only by the first, 0 only by the second'
expect_out '^  top-level comments +1 items'
expect_out '^disagreements: 1$'
expect_out '^  one.yaml  c1 .*ann: favor  bob: against'
expect_out 'first words.* of c1'
if grep -q "$esc" "$OUT" || grep -q "$(printf '\033')" "$OUT"; then
	bad "an escape sequence from the thread reached the output"
else ok; fi

# yaml: the disagreement names its thread, author, first words and depth.
expect_status 0 "$BIN" agree "$P" --format yaml
expect_out '^  thread: one.yaml$'
expect_out '^  depth: 0$'
expect_out '^per_depth:$'

# A project names its own stores; a missing folder or thread is 66.
expect_status 64 "$BIN" agree "$P" --tags "$P/tags/ann/one.yaml"
expect_err 'no --tags with a folder'
expect_status 64 "$BIN" agree "$P" --format csv
expect_status 66 "$BIN" agree "$W/nowhere" --tags a --tags b
expect_status 65 "$BIN" agree "$P" --dimension nosuch
expect_err "no dimension 'nosuch'"

# A broken store is reported with its place and the exit is 65, on every run
# (status's cache never hides it).
printf 'threadtag_tags: [\n' >"$P/tags/bob/one.yaml"
for run in 1 2; do
	expect_status 65 "$BIN" status "$P"
	expect_err 'tags/bob/one.yaml:'
done
expect_status 65 "$BIN" agree "$P"

# status: a second run reads the cache (under XDG_CACHE_HOME, never in the
# project) and prints the same; a changed store shows at once.
store bob one 'c1: {stance: favor}'
expect_status 0 "$BIN" status "$P"
cp "$OUT" "$W/first"
expect_status 0 "$BIN" status "$P"
cmp -s "$OUT" "$W/first" && ok || bad "status from the cache differs"
ls "$W"/cache/threadtag/projects/*.yaml >/dev/null 2>&1 && ok || bad "no cache under XDG_CACHE_HOME"
[ -z "$(find "$P" -name '*cache*')" ] && ok || bad "a cache file was written into the project"
store bob one 'c1: {stance: favor}' 'c2: {stance: favor}'
expect_status 0 "$BIN" status "$P"
expect_out '^  bob +2/2 tagged'
printf 'garbage: [\n' >"$(ls "$W"/cache/threadtag/projects/*.yaml)"
expect_status 0 "$BIN" status "$P"
expect_out '^  bob +2/2 tagged'
# A cache that cannot be written (its folder is a file) is skipped, silently.
: >"$W/not-a-dir"
XDG_CACHE_HOME="$W/not-a-dir" expect_status 0 "$BIN" status "$P"
expect_out '^  bob +2/2 tagged'
[ -s "$ERR" ] && bad "status complained about its cache: $(cat "$ERR")" || ok
finish
