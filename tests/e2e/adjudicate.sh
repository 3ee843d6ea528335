#!/usr/bin/env bash
# e2e adjudicate: `threadtag adjudicate DIR` on a two-annotator project in
# tmux: accept ann's value on one comment, bob's on another, set a third value
# on a third, add a note, quit; each decision is in the gold store as soon as
# the screen shows it, and `export` and `status` read the result. Bad input is
# refused before any screen with its message and exit code.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux

tmux_server e2e-adjudicate
fail() {
	echo "FAIL: $*" >&2
	echo "---- pane ----" >&2
	T capture-pane -p -t a >&2 2>/dev/null || true
	cat "$STATE/err" >&2 2>/dev/null || true
	exit 1
}
wait_for() { tmux_poll a "$1" || fail "timed out waiting for: $1"; }

export XDG_CONFIG_HOME=$STATE/config XDG_STATE_HOME=$STATE/state \
	XDG_CACHE_HOME=$STATE/cache XDG_DATA_HOME=$STATE/data
dir=$STATE/study
"$BIN" init "$dir" --name "Adjudication study" >/dev/null || fail "init failed"
thread=$dir/threads/t.yaml
cat >"$thread" <<'YAML'
threadtag: 1
id: town
article:
  title: Closing the old town to cars
comments:
  - id: k1
    author: carol
    body: ["Finally, a square to sit in."]
  - id: k2
    author: dave
    body: [Deliveries will take twice as long.]
  - id: k3
    author: erin
    body: ["Who decided this, and when?"]
  - id: k4
    author: finn
    body: [The buses are the real question.]
YAML
tag() { # tag ANNOTATOR ID VALUE
	"$BIN" tag "$thread" --tags "$dir/tags/$1/town.yaml" --annotator "$1" --id "$2" \
		--stance "$3" >/dev/null || fail "tagging $2 as $1 failed"
}
mkdir -p "$dir/tags/ann" "$dir/tags/bob"
tag ann k1 favor
tag bob k1 against
tag ann k2 against
tag bob k2 neutral
tag ann k3 favor
tag bob k3 against
tag ann k4 neutral
tag bob k4 neutral
gold=$dir/tags/gold/town.yaml
gold_csv() { "$BIN" export "$thread" --tags "$gold" --format csv; }
# The stance of comment $1 in the gold store, read from outside the viewer.
gold_stance() { gold_csv | awk -F, -v id="$1" '$2 == id { print $8 }'; }

tmux_session e2e 130 30
T rename-window -t e2e a
T respawn-pane -k -t a "env TERM=xterm-256color XDG_CONFIG_HOME=$XDG_CONFIG_HOME \
XDG_STATE_HOME=$XDG_STATE_HOME XDG_CACHE_HOME=$XDG_CACHE_HOME XDG_DATA_HOME=$XDG_DATA_HOME \
$BIN adjudicate $dir 2>$STATE/err; echo \$? >$STATE/rc"

# 1. The first disagreement, every annotator's value beside it.
wait_for "Disagreement 1/3, 0 adjudicated, 3 remaining"
wait_for "Comment k1 by carol"
wait_for "1 ann     stance favor"
wait_for "2 bob     stance against"

# 2. a 1: ann's value; on disk before the screen moves on.
T send-keys -t a a
wait_for "Accept whose values? 1 ann, 2 bob"
T send-keys -t a 1
wait_for "Disagreement 2/3, 1 adjudicated, 2 remaining"
[ "$(gold_stance k1)" = favor ] || fail "k1 is not favor in the gold store while shown"

# 3. a 2: bob's value on the second.
T send-keys -t a a 2
wait_for "Disagreement 3/3, 2 adjudicated, 1 remaining"
[ "$(gold_stance k2)" = neutral ] || fail "k2 is not bob's neutral in the gold store"

# 4. A value neither gave (4: unclear) on the third, then a note.
T send-keys -t a 4
wait_for "3 adjudicated, 0 remaining"
[ "$(gold_stance k3)" = unclear ] || fail "k3 is not unclear in the gold store"
T send-keys -t a i
T send-keys -t a -l "asks for the record, not a stance"
T send-keys -t a Enter
wait_for "note: asks for the record, not a stance"
gold_csv | grep -F ",k3," | grep -qF "asks for the record, not a stance" ||
	fail "the note of k3 is not in the gold store"

# 5. Quit: exit 0; the gold store holds exactly the three decisions.
T send-keys -t a q
rc=$(tmux_wait_file "$STATE/rc") || fail "adjudicate did not exit"
[ "$rc" = 0 ] || fail "adjudicate exited $rc"
n=$("$BIN" export "$thread" --tags "$gold" --format jsonl | wc -l)
[ "$n" = 3 ] || { gold_csv >&2; fail "the gold store holds $n items, want 3"; }
gold_csv | grep -F ",k1," | grep -qF ",gold," || fail "the gold items are not the annotator gold's"
[ -z "$(gold_stance k4)" ] || fail "k4, agreed, was written though never asked"
# status still sees the two annotators and counts no gold store as one of them
"$BIN" status "$dir" --format yaml >"$STATE/status" || fail "status failed on the adjudicated project"
grep -qE '^  ann:' "$STATE/status" && grep -qE '^  bob:' "$STATE/status" ||
	{ cat "$STATE/status" >&2; fail "status lost an annotator"; }
grep -qE '^  gold:' "$STATE/status" && fail "status counts the gold store as an annotator"
# Nothing left: a second run says so and opens no screen.
"$BIN" adjudicate "$dir" </dev/null >/dev/null 2>"$STATE/err2" || fail "a finished project exited non-zero"
grep -qF "nothing to adjudicate" "$STATE/err2" || fail "no word that nothing is left"

# 6. Bad input, before any screen.
expect() { # expect CODE TEXT ARGS...
	local code=$1 text=$2 rc
	shift 2
	set +e
	"$BIN" adjudicate "$@" </dev/null >/dev/null 2>"$STATE/err3"
	rc=$?
	set -e
	[ "$rc" = "$code" ] || fail "adjudicate $* exited $rc, want $code"
	grep -qF -- "$text" "$STATE/err3" || { cat "$STATE/err3" >&2; fail "no message '$text'"; }
}
expect 64 "give two or more --tags" "$thread"
expect 64 "give two or more --tags" "$thread" --tags "$dir/tags/ann/town.yaml"
rm -r "$dir/tags/bob"
expect 66 "one annotator folder (ann): adjudication needs two or more" "$dir"
expect 66 "missing.yaml" "$thread" --tags "$dir/tags/ann/town.yaml" --tags "$STATE/missing.yaml"
echo "ok"
