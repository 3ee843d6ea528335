# usage.sh: every command parses with getopt_long: --help, -h, options before
# or after the thread, --opt=value, and one usage-error shape (exit 64).
. "$(dirname "$0")/../helpers/cli.sh"

for cmd in check import tag export stats agree init status gold compact; do
	expect_status 0 "$BIN" $cmd --help
	expect_out "^usage: threadtag $cmd"
	expect_status 0 "$BIN" $cmd -h
	expect_out "^usage: threadtag $cmd"
	expect_status 64 "$BIN" $cmd --no-such-option x
	expect_err "^threadtag $cmd: unknown option '--no-such-option'$"
	expect_err "^Try 'threadtag $cmd --help'\.$"
done
for cmd in tag export stats agree; do
	expect_status 64 "$BIN" $cmd x --tags
	expect_err "^threadtag $cmd: option '--tags' needs a value$"
	expect_status 64 "$BIN" $cmd a b --tags t
	expect_err "^threadtag $cmd: more than one thread given \('b'\)$"
done
expect_status 64 "$BIN" check -z x
expect_err "^threadtag check: unknown option '-z'$"
expect_status 64 "$BIN" export x --no-text=yes
expect_err "^threadtag export: option '--no-text' takes no value$"
# A value that looks like --help is a value, not a request for help.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
expect_status 0 "$BIN" tag tests/data/threads/small.yaml --tags "$work/t.yaml" --id x1 --note --help
expect_status 0 "$BIN" export tests/data/threads/small.yaml --tags="$work/t.yaml" --format=csv
expect_out '^thread,comment,'
expect_out ',--help,'
# Options after the thread and -o glued to its value.
expect_status 0 "$BIN" export --format jsonl tests/data/threads/small.yaml -o"$work/o.jsonl" --tags "$work/t.yaml"
grep -q '"note":"--help"' "$work/o.jsonl" && ok || bad "export -oFILE: $(cat "$work/o.jsonl")"
finish
