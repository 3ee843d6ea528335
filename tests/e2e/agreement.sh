#!/usr/bin/env bash
# e2e agreement: in a project thread, a opens the agreement pane (two
# annotators' confusion matrix), Enter on a cell limits the comments to that
# cell's and n goes through them; a thread with two --tags gets the same grid
# (a missing store: 66); a blind project refuses. Then labelling
# speed: a two-dimension scheme tags every comment of a thread with exactly
# two keys per comment (advance on), and export sees every value.
set -euo pipefail

BIN=${TT_BIN:-build/threadtag}
SRC=${TT_SRCDIR:-.}
. "$(dirname "$0")/../helpers/tmux.sh"
cd "$SRC"
need_tmux
sample=samples/ukraine-security-guarantees.yaml
[ -f "$sample" ] || { echo "FAIL: $sample, a file of the repository, is missing" >&2; exit 1; }

tmux_server e2e-agreement
fail() {
	echo "FAIL: $*" >&2
	echo "---- pane ----" >&2
	T capture-pane -p -t a >&2 2>/dev/null || true
	cat "$STATE/err" >&2 2>/dev/null || true
	exit 1
}
wait_for() { tmux_poll a "$1" || fail "timed out waiting for: $1"; }
run_list() { # run_list ANNOTATOR DIR: the thread list of DIR in pane a
	# A state folder per project: the reading position is kept by thread id,
	# and each project must open its thread at the first comment.
	T respawn-pane -k -t a "env TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state-${2##*/} XDG_CACHE_HOME=$STATE/cache XDG_DATA_HOME=$STATE/data \
$BIN --annotator $1 $2 2>$STATE/err; echo \$? >$STATE/rc"
}
ids=$(sed -n 's/^- id: //p' "$sample")
tid=$(sed -n 's/^id: //p' "$sample")

# bob: favor on the first three comments, against on the next two.
dir=$STATE/study
"$BIN" init "$dir" >/dev/null || fail "init failed"
cp "$sample" "$dir/threads/ukraine.yaml"
mkdir -p "$dir/tags/bob"
n=0
for id in $ids; do
	n=$((n + 1))
	[ $n -le 5 ] || break
	v=favor
	[ $n -le 3 ] || v=against
	"$BIN" tag "$dir/threads/ukraine.yaml" --tags "$dir/tags/bob/$tid.yaml" --annotator bob \
		--id "$id" --stance "$v" >/dev/null || fail "tag as bob failed"
done

tmux_session e2e 120 40
T rename-window -t e2e a
rm -f "$STATE/rc"
run_list ann "$dir"
wait_for "1 threads"
T send-keys -t a Enter
wait_for "Comments (11)"
# ann: favor on all five bob tagged (advance moves on after each).
T send-keys -t a 1 1 1 1 1
wait_for "5 tagged"
T send-keys -t a %
wait_for "rows ann, columns bob"
wait_for "5 items both coded"
wait_for "cell favor×favor: 3 comments"
T send-keys -t a l
wait_for "cell favor×against: 2 comments"
T send-keys -t a Enter
wait_for "LIMIT"
wait_for "cell favor×against: 2 comments"
T send-keys -t a n
wait_for "comment 2 of 2"
T send-keys -t a q q
rc=$(tmux_wait_file "$STATE/rc") || fail "the viewer did not exit"
[ "$rc" = 0 ] || fail "threadtag DIR exited $rc"

# One thread and two --tags: the second store is bob's, read-only; the same grid.
rm -f "$STATE/rc"
T respawn-pane -k -t a "env TERM=xterm-256color XDG_CONFIG_HOME=$STATE/config \
XDG_STATE_HOME=$STATE/state-tags XDG_CACHE_HOME=$STATE/cache XDG_DATA_HOME=$STATE/data \
$BIN --tags $dir/tags/ann/$tid.yaml --tags $dir/tags/bob/$tid.yaml $dir/threads/ukraine.yaml \
2>$STATE/err; echo \$? >$STATE/rc"
wait_for "Comments (11)"
T send-keys -t a %
wait_for "rows ann, columns bob"
wait_for "5 items both coded"
T send-keys -t a Escape q
rc=$(tmux_wait_file "$STATE/rc") || fail "the viewer did not exit"
[ "$rc" = 0 ] || fail "threadtag --tags --tags exited $rc"
# A store that is not there: 66 and a message, before any screen.
rm -f "$STATE/rc"
T respawn-pane -k -t a "env TERM=xterm-256color XDG_STATE_HOME=$STATE/state-tags \
$BIN --tags $dir/tags/ann/$tid.yaml --tags $STATE/none.yaml $dir/threads/ukraine.yaml \
2>$STATE/err; echo \$? >$STATE/rc"
rc=$(tmux_wait_file "$STATE/rc") || fail "the viewer did not stop on a missing store"
[ "$rc" = 66 ] || fail "a missing --tags store exited $rc, want 66"
grep -qF "none.yaml: no such tag store" "$STATE/err" || fail "no message for a missing store"

# Blind: the same key refuses, and bob's values never show.
printf 'threadtag-project: 1\nblind: true\n' >"$dir/threadtag-project.yaml"
rm -f "$STATE/rc"
run_list ann "$dir"
wait_for "1 threads"
T send-keys -t a Enter
wait_for "Comments (11)"
T send-keys -t a %
wait_for "Agreement is off: this project is blind."
T capture-pane -p -t a | grep -qF "columns bob" && fail "a blind project showed the grid"
T send-keys -t a q q
tmux_wait_file "$STATE/rc" >/dev/null || fail "the viewer did not exit"

# Labelling speed: two dimensions, 11 comments, 22 keys, nothing else.
cat >"$STATE/two.yaml" <<'EOF'
threadtag_scheme: 1
name: two
dimensions:
- name: stance
  values:
  - {name: favor, key: "1"}
  - {name: against, key: "2"}
- name: tone
  values:
  - {name: calm, key: "3"}
  - {name: heated, key: "4"}
EOF
dir2=$STATE/speed
"$BIN" init "$dir2" --scheme "$STATE/two.yaml" >/dev/null || fail "init --scheme failed"
cp "$sample" "$dir2/threads/ukraine.yaml"
rm -f "$STATE/rc"
run_list ann "$dir2"
wait_for "1 threads"
T send-keys -t a Enter
wait_for "Comments (11)"
keys=(1 3 2 4 1 4 2 3 1 3 1 3 2 4 2 4 1 3 1 4 2 3)
[ ${#keys[@]} = 22 ] || fail "the test sends ${#keys[@]} keys, not 22"
T send-keys -t a "${keys[@]}"
wait_for "11 tagged"
T send-keys -t a q q
tmux_wait_file "$STATE/rc" >/dev/null || fail "the viewer did not exit"
"$BIN" export "$dir2/threads/ukraine.yaml" --tags "$dir2/tags/ann/$tid.yaml" \
	--format jsonl >"$STATE/out.jsonl" 2>"$STATE/err" || fail "export failed"
rows=$(grep -E '"stance": ?"(favor|against)"' "$STATE/out.jsonl" |
	grep -cE '"tone": ?"(calm|heated)"' || true)
[ "$rows" = 11 ] || { head -c 600 "$STATE/out.jsonl" >&2; fail "$rows comments have both values, want 11"; }
echo "ok"
