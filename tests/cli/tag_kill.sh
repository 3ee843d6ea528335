#!/usr/bin/env bash
# tag_kill: a script tagging through `threadtag tag` is killed with SIGKILL at
# random moments; every change a command confirmed (exit 0) must survive, and
# the store must open every time.
set -euo pipefail
: "${TT_BIN:?TT_BIN must name the threadtag binary}"
rounds=${TT_KILL_ROUNDS:-30}
tmp=$(mktemp -d)
loop_pid=
cleanup() {
	if [ -n "$loop_pid" ]; then kill -9 -- "-$loop_pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
thread=tests/data/tags-thread.yaml
store=$tmp/tags.yaml
acks=$tmp/acks
items=(c1 c2 c3 c4 105 c6)
stances=(favor against neutral unclear off-topic)
: >"$acks"

# The tagging script: change n sets item n%6 to note n; n is written to the
# acknowledgement file only after threadtag said it was done.
cat >"$tmp/loop.sh" <<'LOOP'
n=$1
while :; do
	"$TT_BIN" tag "$THREAD" --tags "$STORE" --annotator killer --id "${ITEMS[n % 6]}" \
		--stance "${STANCES[n % 5]}" --note "$n" || exit 1
	echo "$n" >>"$ACKS"
	n=$((n + 1))
done
LOOP

last_acked() { tail -n 1 "$acks" 2>/dev/null || true; }

# Waits (with a deadline) until the file of acknowledgements grows past $1 lines.
wait_for_ack() {
	local want=$1 deadline=$((SECONDS + 20))
	while [ "$(wc -l <"$acks")" -le "$want" ]; do
		if [ $SECONDS -ge $deadline ]; then
			echo "FAIL: the tagging loop made no progress" >&2
			exit 1
		fi
		if ! kill -0 "$loop_pid" 2>/dev/null; then
			echo "FAIL: the tagging loop stopped by itself" >&2
			exit 1
		fi
	done
}

check() {
	local out n item note expected_min
	out=$("$TT_BIN" export "$thread" --tags "$store" --format csv --no-text 2>"$tmp/err") || {
		echo "FAIL: the store did not open after a kill:" >&2
		cat "$tmp/err" >&2
		exit 1
	}
	local next=$(( $(last_acked) + 1 ))
	for i in "${!items[@]}"; do
		item=${items[$i]}
		# the last acknowledged change of this item
		expected_min=$(awk -v i="$i" '$1 % 6 == i { m = $1 } END { print (m == "" ? -1 : m) }' "$acks")
		[ "$expected_min" -ge 0 ] || continue
		note=$(printf '%s\n' "$out" | awk -F, -v id="$item" '$2 == id { print $11 }')
		if [ "$note" != "$expected_min" ] && [ "$note" != "$next" ]; then
			echo "FAIL: $item has note '$note'; confirmed $expected_min (in flight: $next)" >&2
			exit 1
		fi
	done
}

export TT_BIN THREAD=$thread STORE=$store ACKS=$acks
for round in $(seq 1 "$rounds"); do
	start=$(( $(last_acked) + 1 ))
	before=$(wc -l <"$acks")
	ITEMS_DEF=$(declare -p items | sed 's/items/ITEMS/'); STANCES_DEF=$(declare -p stances | sed 's/stances/STANCES/')
	setsid bash -c "$ITEMS_DEF; $STANCES_DEF; source '$tmp/loop.sh'" _ "$start" &
	loop_pid=$!
	wait_for_ack "$before"
	# a random moment: somewhere inside one of the next few commands
	sleep "0.0$((RANDOM % 10))$((RANDOM % 10))"
	kill -9 -- "-$loop_pid" 2>/dev/null || true
	wait "$loop_pid" 2>/dev/null || true
	loop_pid=
	check
done
echo "ok: $rounds kills, $(wc -l <"$acks") confirmed changes, none lost"
