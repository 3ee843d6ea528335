#!/usr/bin/env bash
# store_faults: system calls made to fail under `threadtag` (tests/helpers/faults.c
# preloaded): a failed directory fsync or journal write is reported with exit
# 74, keeps the journal, and never leaves a change half-applied or unreported.
set -u
. tests/helpers/cli.sh
: "${TT_FAULTS:?TT_FAULTS must name the fault-injection library}"
if [ ! -e "$TT_FAULTS" ]; then
	echo "fault library not built: skipped"
	exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tt-faults-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
thread=tests/data/tags-thread.yaml
# The sanitizer runtime must come first unless told otherwise.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
faulty() { env LD_PRELOAD="$TT_FAULTS" "$@"; }
tag() { "$BIN" tag "$thread" --annotator a "$@"; }
stance_of() { # the stance export reports for an item (store and journal)
	"$BIN" export "$thread" --tags "$1" --format csv --no-text 2>/dev/null |
		awk -F, -v id="$2" '$2 == id { print $8 }'
}

# 1. The journal's folder entry cannot be made durable: nothing is claimed.
s=$tmp/one.yaml
expect_status 74 faulty env TT_FAULT_DIR_FSYNC=1 "$BIN" tag "$thread" --tags "$s" --id c1 --stance favor
expect_err "cannot make the new journal durable"

# 2. The save after the journal append fails at the folder's fsync (the
#    rename is done): exit 74, the message says where the tag is, the
#    journal stays, and the tag is there for the next reader.
s=$tmp/two.yaml
expect_status 74 faulty env TT_FAULT_DIR_FSYNC=2 "$BIN" tag "$thread" --tags "$s" --id c1 --stance favor
expect_err "recorded in the journal .*two.yaml.journal.*folded into the store next time"
if [ -s "$s.journal" ]; then ok; else bad "the journal was not kept after a failed save"; fi
if [ "$(stance_of "$s" c1)" = favor ]; then ok; else bad "the tag recorded in the journal is missing"; fi
expect_status 0 tag --tags "$s" --id c2 --stance against
if [ ! -e "$s.journal" ] || [ "$(stance_of "$s" c1)" = favor ]; then ok; else bad "c1 lost by the next save"; fi

# 3. Several --id are one record: a failing journal write changes none of
#    them, and says so; the next write then saves both.
s=$tmp/three.yaml
expect_status 0 tag --tags "$s" --id c1 --stance neutral
for n in 1 2; do
	faulty env TT_FAULT_JOURNAL_WRITE=$n "$BIN" tag "$thread" --tags "$s" --annotator a \
		--id c1 --id c2 --stance against >"$tmp/out" 2>"$tmp/err"
	rc=$?
	a=$(stance_of "$s" c1) b=$(stance_of "$s" c2)
	if [ "$rc" -eq 0 ]; then
		if [ "$a" = against ] && [ "$b" = against ]; then ok; else bad "write $n: exit 0 but c1=$a c2=$b"; fi
	else
		if [ "$rc" -eq 74 ] && [ "$a" = neutral ] && [ -z "$b" ]; then ok; else bad "write $n: exit $rc with c1=$a c2=$b (half applied?)"; fi
		if grep -q "nothing was changed" "$tmp/err"; then ok; else bad "write $n: the message does not say nothing changed"; fi
	fi
done

# 4. export -o and import -o: a failed fsync of the folder is exit 74.
s=$tmp/three.yaml
expect_status 74 faulty env TT_FAULT_DIR_FSYNC=1 "$BIN" export "$thread" --tags "$s" -o "$tmp/out.yaml"
expect_err "out.yaml: Input/output error|imp.yaml: Input/output error"
expect_status 74 faulty env TT_FAULT_DIR_FSYNC=1 "$BIN" import tests/data/hn/algolia-story.json -o "$tmp/imp.yaml"
expect_err "out.yaml: Input/output error|imp.yaml: Input/output error"
expect_status 0 "$BIN" import tests/data/hn/algolia-story.json -o "$tmp/imp.yaml"

# 5. Inputs that never end or never come.
expect_status 65 timeout 20 "$BIN" check /dev/zero
expect_err "binary input"
expect_status 65 timeout 20 "$BIN" check /dev/urandom
expect_err "binary input"
ln -s /dev/zero "$tmp/zero.yaml"
expect_status 65 timeout 20 "$BIN" tag "$thread" --tags "$tmp/zero.yaml" --id c1 --stance favor
expect_status 65 timeout 20 "$BIN" export "$thread" --tags "$tmp/zero.yaml"
expect_err "binary input"
finish
