#!/bin/sh
# bench/run.sh: threadtag's benchmarks (`make bench`); slow, so never part of `make test`.
#
# Usage: sh bench/run.sh [BUILD_DIR]
# Environment:
#   TT_BENCH_COMMENTS   size of the mixed thread (default 100000)
#   TT_BENCH_CHAIN      depth of the reply chain (default 100000)
#   TT_BENCH_THREADS    threads of the generated project (default 500; its
#                       comments are TT_BENCH_COMMENTS, 3 annotators)
#   TT_BENCH_WALL=1     compare by CPU time even when valgrind is installed
#   TT_BENCH_KEEP=DIR   keep the generated files in DIR
# Exit status: 0 when every check meets its target, 1 when one does not, 2 on
# a setup problem.
set -eu

BUILD=${1:-build}
BIN=$BUILD/bench
N=${TT_BENCH_COMMENTS:-100000}
CHAIN=${TT_BENCH_CHAIN:-100000}
MIXED_CHAIN=10000   # the deep chain inside the mixed thread
LOAD_TARGET=1.30    # tt_thread_load may cost this many times the bare parse
DEPTH_TARGET=1.30   # load time may grow at most as depth^this along a chain
STACK_KB=256        # chains are walked with this little stack: no recursion allowed

fail=0

die() {
	echo "bench: $*" >&2
	exit 2
}

for prog in bench_gen bench_thread bench_import bench_project; do
	[ -x "$BIN/$prog" ] || die "$BIN/$prog is missing: build with -DTT_BENCH=ON (make build)"
done

if [ -n "${TT_BENCH_KEEP:-}" ]; then
	work=$TT_BENCH_KEEP
	mkdir -p "$work"
else
	work=$(mktemp -d "${TMPDIR:-/tmp}/threadtag-bench.XXXXXX")
	trap 'rm -rf "$work"' EXIT INT TERM
fi

# field NAME LINE: the value of NAME=VALUE in a line of key=value pairs.
field() {
	printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

# calc EXPR: floating-point arithmetic.
calc() {
	awk "BEGIN { printf \"%.4g\", $1 }"
}

# le A B: success when A <= B.
le() {
	awk "BEGIN { exit !($1 <= $2) }"
}

# small_stack CMD...: runs CMD with a STACK_KB stack, so recursion shows as a crash.
small_stack() {
	(
		# shellcheck disable=SC3045 # dash, bash and busybox sh all have ulimit -s
		ulimit -s "$STACK_KB" 2>/dev/null || echo "bench: cannot limit the stack here" >&2
		exec "$@"
	)
}

# verdict VALUE TARGET: says whether VALUE meets TARGET (callers record a miss).
verdict() {
	if le "$1" "$2"; then echo "ok"; else echo "TOO SLOW"; fi
}

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
sanitize=$(sed -n 's/^TT_SANITIZE:[A-Z]*=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
echo "threadtag benchmarks: build $BUILD (${build_type:-default}), $(date -u '+%Y-%m-%d %H:%M UTC')"
case "$build_type:$sanitize" in
Debug:* | *:ON) echo "note: an unoptimised or sanitized build; times are not representative" ;;
esac

# ---- 1. Thread load against the libyaml parse it stands on ----------------

mixed=$work/mixed.yaml
gen=$("$BIN/bench_gen" mixed "$N" "$mixed" "$MIXED_CHAIN") || die "bench_gen failed"
size_mb=$(calc "$(wc -c <"$mixed") / 1048576")
echo
echo "1. Loading a thread of $N comments ($size_mb MiB, depths up to 40 and one $MIXED_CHAIN-deep chain)"
echo "   generated in $(field build_s "$gen") s, saved in $(field save_s "$gen") s"

# best PROG MODE FILE FIELD: the smallest FIELD over three runs.
best() {
	b=""
	for _ in 1 2 3; do
		line=$("$BIN/$1" "$2" "$3") || die "$1 $2 failed"
		v=$(field "$4" "$line")
		if [ -z "$b" ] || le "$v" "$b"; then b=$v; fi
	done
	echo "$b"
}

parse_line=$("$BIN/bench_thread" parse "$mixed") || die "the raw parse failed"
load_line=$("$BIN/bench_thread" load "$mixed") || die "the load failed"
parse_cpu=$(best bench_thread parse "$mixed" cpu_s)
load_cpu=$(best bench_thread load "$mixed" cpu_s)
parse_mb=$(calc "$(field maxrss_kb "$parse_line") / 1024")
load_mb=$(calc "$(field maxrss_kb "$load_line") / 1024")

# Instruction counts of just the measured functions: repeatable on a busy machine.
callgrind() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
		--toggle-collect='bench_region_*' "$BIN/bench_thread" "$1" "$mixed" 2>&1 >/dev/null |
		sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

printf '   %-22s %14s %14s %8s\n' "" "raw libyaml" "tt_thread_load" "ratio"
if [ -z "${TT_BENCH_WALL:-}" ] && command -v valgrind >/dev/null 2>&1; then
	parse_ir=$(callgrind parse)
	load_ir=$(callgrind load)
	if [ -z "$parse_ir" ] || [ -z "$load_ir" ]; then
		die "could not read callgrind's counts"
	fi
	ratio=$(calc "$load_ir / $parse_ir")
	printf '   %-22s %14s %14s %8s   target <= %s: %s\n' "instructions" "$parse_ir" \
		"$load_ir" "$ratio" "$LOAD_TARGET" "$(verdict "$ratio" "$LOAD_TARGET")"
	printf '   %-22s %14s %14s %8s\n' "CPU s (best of 3)" "$parse_cpu" "$load_cpu" \
		"$(calc "$load_cpu / $parse_cpu")"
else
	ratio=$(calc "$load_cpu / $parse_cpu")
	printf '   %-22s %14s %14s %8s   target <= %s: %s\n' "CPU s (best of 3)" "$parse_cpu" \
		"$load_cpu" "$ratio" "$LOAD_TARGET" "$(verdict "$ratio" "$LOAD_TARGET")"
fi
le "$ratio" "$LOAD_TARGET" || fail=1
printf '   %-22s %14s %14s %8s\n' "peak memory, MiB" "$parse_mb" "$load_mb" \
	"$(calc "$load_mb / $parse_mb")"
echo "   (both sides include reading the file; peak memory includes the file's bytes;"
echo "   CPU time also pays the page faults of the model's memory, which instructions do not show)"

# ---- 2. A reply chain as deep as the architecture promises ----------------

echo
echo "2. A reply chain $CHAIN deep (stack limited to $STACK_KB KiB, so any recursion would crash)"
chain=$work/chain.yaml
gen=$("$BIN/bench_gen" chain "$CHAIN" "$chain") || die "bench_gen chain failed"
echo "   generate: built in $(field build_s "$gen") s, saved in $(field save_s "$gen") s" \
	"($(calc "$(wc -c <"$chain") / 1048576") MiB)"
mem=$(small_stack "$BIN/bench_thread" chain-mem "$CHAIN") ||
	die "the in-memory chain failed (a crash here means recursion)"
echo "   in memory: build $(field build_s "$mem") s, walk $(field walk_s "$mem") s," \
	"save $(field save_s "$mem") s, free $(field free_s "$mem") s," \
	"peak $(calc "$(field maxrss_kb "$mem") / 1024") MiB"

# The full chain is loaded, walked, saved and freed; an eighth of it first, so
# the growth from 1/8 to the full depth shows whether loading stays linear.
line=$(small_stack "$BIN/bench_thread" chain "$chain") ||
	die "loading the $CHAIN-deep chain failed (a crash here means recursion)"
echo "   from the file: load $(field load_s "$line") s, walk $(field walk_s "$line") s," \
	"save $(field save_s "$line") s, free $(field free_s "$line") s," \
	"peak $(calc "$(field maxrss_kb "$line") / 1024") MiB"
eighth=$((CHAIN / 8))
[ "$eighth" -gt 0 ] || die "TT_BENCH_CHAIN must be at least 8"
f=$work/chain-eighth.yaml
"$BIN/bench_gen" chain "$eighth" "$f" >/dev/null || die "bench_gen chain $eighth failed"
small_line=$(small_stack "$BIN/bench_thread" chain "$f") ||
	die "loading a $eighth-deep chain failed (a crash here means recursion)"
rm -f "$f"
t_small=$(field load_cpu_s "$small_line")
t_full=$(field load_cpu_s "$line")
exponent=$(calc "log($t_full / $t_small) / log($CHAIN / $eighth)")
echo "   load CPU time: $t_small s at depth $eighth, $t_full s at $CHAIN:" \
	"grows as depth^$exponent (target <= $DEPTH_TARGET: $(verdict "$exponent" "$DEPTH_TARGET"))"
le "$exponent" "$DEPTH_TARGET" || fail=1

# ---- 3. Importers on large inputs ------------------------------------------

IMPORT_TARGET=1.20 # import time may grow at most as size^this
echo
echo "3. Importing $N generated comments (replies five deep), and an eighth of them"
for kind in text reddit hn; do
	big=$("$BIN/bench_import" "$kind" "$N") || die "bench_import $kind $N failed"
	small=$("$BIN/bench_import" "$kind" $((N / 8))) || die "bench_import $kind failed"
	t_big=$(field import_cpu_s "$big")
	t_small=$(field import_cpu_s "$small")
	if le "$t_small" 0.01; then t_small=0.01; fi
	growth=$(calc "log($t_big / $t_small) / log(8)")
	printf '   %-7s %6s MiB in %6s s, peak %6s MiB; grows as size^%s (target <= %s: %s)\n' \
		"$kind" "$(calc "$(field bytes "$big") / 1048576")" "$t_big" \
		"$(calc "$(field maxrss_kb "$big") / 1024")" "$growth" "$IMPORT_TARGET" \
		"$(verdict "$growth" "$IMPORT_TARGET")"
	le "$growth" "$IMPORT_TARGET" || fail=1
done

# ---- 4. The view's keypress cost on a huge thread ---------------------------
# The architecture promises that a keypress costs the same on 100 comments and
# on 100,000. bench_view (bench/bench_view.c, through tt_ui_headless) opens the
# view on an offscreen screen, replays each kind of move many times and prints
# one line per move: phase=view move=NAME ... per_key_us=U. Compared by the sum
# over all moves, which evens out the noise of single wall-clock figures.

VIEW_TARGET=1.50   # the sum of per-key costs on N comments, over that on 100
echo
echo "4. View keypress cost on 100 and on $N comments (wall time per key)"
[ -x "$BIN/bench_view" ] || die "$BIN/bench_view is missing: build with -DTT_BENCH=ON (make build)"
small=$work/small.yaml
"$BIN/bench_gen" mixed 100 "$small" 10 >/dev/null || die "bench_gen small failed"
"$BIN/bench_view" "$small" >"$work/view-small.txt" || die "bench_view failed"
"$BIN/bench_view" "$mixed" >"$work/view-big.txt" || die "bench_view failed"
view_ratio=$(awk -v target="$VIEW_TARGET" '
	function get(line, key,   i, n, kv) {
		n = split(line, kv, " ")
		for (i = 1; i <= n; i++) if (index(kv[i], key "=") == 1) return substr(kv[i], length(key) + 2)
		return ""
	}
	FNR == 1 { file++ }
	/move=/ { m = get($0, "move"); us = get($0, "per_key_us")
		if (file == 1) small[m] = us; else big[m] = us; order[m] = NR }
	END {
		printf "   %-14s %10s %10s\n", "move", "100", "big" > "/dev/stderr"
		for (m in small) { printf "   %-14s %10.1f %10.1f\n", m, small[m], big[m] > "/dev/stderr"
			s += small[m]; b += big[m] }
		printf "%.3f\n", b / s
	}' "$work/view-small.txt" "$work/view-big.txt" 2>&1 >"$work/view-ratio.txt")
echo "$view_ratio"
ratio=$(cat "$work/view-ratio.txt")
echo "   sum of per-key costs, $N over 100 comments: $ratio (target <= $VIEW_TARGET)"
awk -v r="$ratio" -v t="$VIEW_TARGET" 'BEGIN { exit !(r <= t) }' || fail=1

# ---- 5. A tag change in a small and in a huge tag store ------------------
# A change is one journal line and one fdatasync, whatever the store holds;
# the store is rewritten only every quarter-store of changes. Compared by the
# instructions of 1000 changes (stable on a busy machine) or their CPU time.

TAGS_TARGET=1.50   # a change in a store of N items may cost this many times one in 100
echo
echo "5. A tag change in a store of 100 items and of $N (1000 changes each)"
for prog in bench_tags; do
	[ -x "$BIN/$prog" ] || die "$BIN/$prog is missing: build with -DTT_BENCH=ON (make build)"
done
small_line=$("$BIN/bench_tags" 100 "$work") || die "bench_tags 100 failed"
big_line=$("$BIN/bench_tags" "$N" "$work") || die "bench_tags $N failed"
echo "   100 items: open $(field open_s "$small_line") s, a change $(field change_us "$small_line") us" \
	"($(field change_cpu_us "$small_line") us CPU, the rest is fdatasync), close $(field close_s "$small_line") s"
echo "   $N items: open $(field open_s "$big_line") s, a change $(field change_us "$big_line") us" \
	"($(field change_cpu_us "$big_line") us CPU), close $(field close_s "$big_line") s"
tags_ir() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
		--toggle-collect='bench_region_*' "$BIN/bench_tags" "$1" "$work" 2>&1 >/dev/null |
		sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
if [ -z "${TT_BENCH_WALL:-}" ] && command -v valgrind >/dev/null 2>&1; then
	small_ir=$(tags_ir 100)
	big_ir=$(tags_ir "$N")
	[ -n "$small_ir" ] && [ -n "$big_ir" ] || die "could not read callgrind's counts"
	ratio=$(calc "$big_ir / $small_ir")
	echo "   instructions per change: $(calc "$small_ir / 1000") at 100 items," \
		"$(calc "$big_ir / 1000") at $N: ratio $ratio" \
		"(target <= $TAGS_TARGET: $(verdict "$ratio" "$TAGS_TARGET"))"
else
	ratio=$(calc "$(field change_cpu_us "$big_line") / $(field change_cpu_us "$small_line")")
	echo "   CPU per change: ratio $ratio (target <= $TAGS_TARGET: $(verdict "$ratio" "$TAGS_TARGET"))"
fi
le "$ratio" "$TAGS_TARGET" || fail=1

# ---- 6. A project: thread list, status and agree ---------------------------
# 500 threads sharing the N comments, each tagged by 3 annotators (about nine
# comments in ten each). The thread list is the time to get every thread's
# summary (tt_project_summaries_get), cold (no cache) and warm; status and
# agree are whole runs of the binary. Compared by CPU time (user + system),
# which other work on a shared machine does not inflate; wall time is shown.

THREADS=${TT_BENCH_THREADS:-500}
LIST_TARGET=0.5    # seconds: the thread list, from the cache
STATUS_TARGET=2    # seconds: status, from the cache
AGREE_TARGET=3     # seconds: agree over the whole project (no cache)
echo
echo "6. A project of $THREADS threads, $N comments, 3 annotators (CPU s; wall s in brackets)"
proj=$work/project
gen=$("$BIN/bench_gen" project "$N" "$proj" "$THREADS" 3) || die "bench_gen project failed"
echo "   generated in $(field build_s "$gen") s"
XDG_CACHE_HOME=$work/cache
export XDG_CACHE_HOME
list=$("$BIN/bench_project" summaries "$proj") || die "the summaries failed"
cold=$(printf '%s\n' "$list" | grep 'cache=cold')
warm=$(printf '%s\n' "$list" | grep 'cache=warm')
[ "$(field rebuilt "$warm")" = 0 ] || die "the warm summaries rebuilt $(field rebuilt "$warm") entries"
# row NAME LINE TARGET: prints one measured row and records a miss.
row() {
	cpu=$(field cpu_s "$2")
	[ -n "$cpu" ] || die "$1: no measurement"
	if [ -n "$3" ]; then
		printf '   %-34s %7s (%s)   target <= %s: %s\n' "$1" "$cpu" "$(field wall_s "$2")" \
			"$3" "$(verdict "$cpu" "$3")"
		le "$cpu" "$3" || fail=1
	else
		printf '   %-34s %7s (%s)\n' "$1" "$cpu" "$(field wall_s "$2")"
	fi
}
row "thread list, cold (builds the cache)" "$cold" ""
row "thread list, warm" "$warm" "$LIST_TARGET"
line=$("$BIN/bench_project" run "$BUILD/threadtag" status "$proj") || die "status failed"
row "status, warm" "$line" "$STATUS_TARGET"
touch "$proj"/tags/a1/*.yaml
line=$("$BIN/bench_project" run "$BUILD/threadtag" status "$proj") || die "status failed"
row "status, every store changed" "$line" ""
line=$("$BIN/bench_project" run "$BUILD/threadtag" agree "$proj") || die "agree failed"
row "agree over the project" "$line" "$AGREE_TARGET"

echo
if [ "$fail" -ne 0 ]; then
	echo "bench: a target was missed (see TOO SLOW above)"
	exit 1
fi
echo "bench: every target met"
