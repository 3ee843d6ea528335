# tag_index.sh: `threadtag tag` opens a thread file through its index when a
# valid one is present and builds it when absent; through the index it accepts
# and refuses exactly the ids the loader does, and a stale index is ignored.
. "$(dirname "$0")/../helpers/cli.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
thread=$work/t.yaml
cp tests/data/small.yaml "$thread"
idxdir=$XDG_CACHE_HOME/threadtag/index

# The first run has no index: it loads the thread and leaves one. An index
# written within two seconds of the file's last change is racy (the file is
# hashed on every open until the index is stamped anew, as a new file): the
# wait makes this one trusted on its stamp, so the check of its inode holds.
sleep 2.1
expect_status 0 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c1 --stance favor
idx=$(ls "$idxdir"/*.idx 2>/dev/null | head -1)
[ -n "$idx" ] && ok || bad "tag left no index in $idxdir"
ino=$(stat -c %i "$idx")

# Every id, and ids that are not there: the same exit status through the
# index as through the loader (a fresh cache each time forces the loader).
ids=$(sed -n 's/^ *- id: //p' "$thread")
for id in $ids @article @article/1 @article/2 @article/3 @article/0 c999 C1 '' 'c1 ' small; do
	XDG_CACHE_HOME=$work/fresh "$BIN" tag "$thread" --tags "$work/l.yaml" --annotator a \
		--id "$id" --stance against >/dev/null 2>&1
	want=$?
	rm -rf "$work/fresh"
	expect_status "$want" "$BIN" tag "$thread" --tags "$work/i.yaml" --annotator a \
		--id "$id" --stance against
	case $id in
	c[1-9] | @article | @article/[12]) [ "$want" -eq 0 ] && ok || bad "loader refused '$id'" ;;
	*) [ "$want" -eq 65 ] && ok || bad "loader took '$id' ($want)" ;;
	esac
done
# The index was used, not rewritten: the loader's path replaces it (rename).
[ "$(stat -c %i "$idx")" = "$ino" ] && ok || bad "the index was rebuilt though valid"
# Both stores hold the same tags (the time of tagging aside).
expect_status 0 "$BIN" export "$thread" --tags "$work/l.yaml" --format csv --no-text
cut -d, -f1-14,16 "$OUT" | sort >"$work/l.csv"
expect_status 0 "$BIN" export "$thread" --tags "$work/i.yaml" --format csv --no-text
cut -d, -f1-14,16 "$OUT" | sort >"$work/i.csv"
[ "$(wc -l <"$work/i.csv")" -eq 10 ] && cmp -s "$work/l.csv" "$work/i.csv" && ok || bad "index and loader stores differ"

# An unknown id through the index changes nothing, store nor journal.
cat "$work/s.yaml"* >"$work/before" 2>/dev/null
expect_status 65 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id nope --stance favor
expect_err "^threadtag: $thread: no comment with id 'nope'$"
cat "$work/s.yaml"* >"$work/after" 2>/dev/null
cmp -s "$work/before" "$work/after" && ok || bad "a refused id changed the store"

# A stale index is ignored: c6 renamed to c7, the same size, after the index
# was made. The new id is taken and the old one refused.
sed -i 's/^  - id: c6$/  - id: c7/' "$thread"
expect_status 0 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c7 --stance favor
expect_status 65 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c6 --stance favor
expect_err "no comment with id 'c6'"
# A damaged index is ignored too, and replaced.
idx=$(ls "$idxdir"/*.idx | head -1)
printf 'garbage' | dd of="$idx" bs=1 seek=100 conv=notrunc status=none
expect_status 0 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c7 --stance against
expect_status 65 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c6 --stance favor
# A damaged id table (the index's last bytes: the ids' strings) is refused by
# `tag`, which reads the ids alone, and the index is rebuilt, not left so.
sleep 2.1 # past the racy window of the file changed above, for the inodes
expect_status 0 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c7 --stance favor
idx=$(ls "$idxdir"/*.idx | head -1)
ino=$(stat -c %i "$idx")
size=$(stat -c %s "$idx")
printf 'XX' | dd of="$idx" bs=1 seek=$((size - 12)) conv=notrunc status=none
cp "$idx" "$work/damaged"
expect_status 0 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c7 --stance against
[ "$(stat -c %i "$idx")" != "$ino" ] && ok || bad "a damaged id table was kept"
cmp -s "$idx" "$work/damaged" && bad "the damage is still there" || ok
expect_status 65 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c6 --stance favor
ino=$(stat -c %i "$idx")
expect_status 0 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c5 --stance favor
[ "$(stat -c %i "$idx")" = "$ino" ] && ok || bad "the rebuilt index was not used"
# An index the cache cannot hold is no error: the thread is loaded.
rm -rf "$XDG_CACHE_HOME"
printf 'x' >"$XDG_CACHE_HOME"
expect_status 0 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c7 --stance favor
expect_status 65 "$BIN" tag "$thread" --tags "$work/s.yaml" --annotator a --id c6 --stance favor
finish
