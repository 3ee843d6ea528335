# project.sh: init, status and gold on a project folder, and two annotators on git.
. "$(dirname "$0")/../helpers/cli.sh"

W=$(mktemp -d "${TT_BUILDDIR:-build}/tt-project.XXXXXX")
W=$(cd "$W" && pwd)
trap 'rm -rf "$W"' EXIT
export HOME="$W/home" XDG_DATA_HOME="$W/data" XDG_CONFIG_HOME="$W/config" \
	XDG_STATE_HOME="$W/state" XDG_CACHE_HOME="$W/cache"
P="$W/study"
SRC=$(pwd)

# init makes the layout, and refuses to make it twice.
expect_status 0 "$BIN" init "$P"
[ -f "$P/threadtag-project.yaml" ] && [ -d "$P/threads" ] && [ -d "$P/tags" ] && ok ||
	bad "init did not make the layout"
expect_status 65 "$BIN" init "$P"
expect_err 'already a project'
expect_status 64 "$BIN" init
expect_status 66 "$BIN" init "$W/other" --scheme "$W/no-such-scheme.yaml"
[ -e "$W/other/threadtag-project.yaml" ] && bad "init wrote a project with a missing scheme" || ok
expect_status 0 "$BIN" init "$W/rumour" --scheme samples/schemes/rumour.yaml --name 'Rumour study'
grep -q '^scheme: scheme.yaml' "$W/rumour/threadtag-project.yaml" && ok || bad "scheme not recorded"
cmp -s samples/schemes/rumour.yaml "$W/rumour/scheme.yaml" && ok || bad "scheme not copied"
grep -q "^name: Rumour study" "$W/rumour/threadtag-project.yaml" && ok || bad "name not written"

# status and gold on something that is not a project.
expect_status 66 "$BIN" status "$W/nothing"
expect_err 'not a project folder'

cp samples/nested-old-town-car-ban.yaml "$P/threads/"
T="$P/threads/nested-old-town-car-ban.yaml"
tag() { # tag ANNOTATOR ID STANCE
	mkdir -p "$P/tags/$1"
	"$BIN" tag "$T" --id "$2" --stance "$3" --annotator "$1" \
		--tags "$P/tags/$1/kessburg-old-town-cars.yaml" >/dev/null 2>&1 || bad "tag $*"
}
tag ann c01 favor
tag ann c02 against
tag ann c03 neutral
tag bob c01 favor
tag bob c02 neutral
tag bob c03 neutral
tag cid c02 against
# tag leaves small changes in the journal: status counts them and says so.
expect_status 0 "$BIN" status "$P"
expect_out '^  ann +3/35 tagged  \(journal not folded in\)$'
expect_status 0 "$BIN" compact "$P"
expect_out '^threadtag compact: [1-9][0-9]* journals? folded in$'
expect_status 0 "$BIN" status "$P"
if grep -q 'not folded' "$OUT"; then bad "status warns after compact"; else ok; fi

expect_status 0 "$BIN" status "$P"
expect_out '^  ann +3/35 tagged$'
expect_out '^  cid +1/35 tagged$'
expect_out '^  stance +[0-9.-]+$'
expect_status 0 "$BIN" status "$P" --format yaml
/usr/bin/python3 - "$OUT" <<'PY' && ok || bad "status YAML does not hold the counts"
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
t = [x for x in d["threads"] if x["file"] == "nested-old-town-car-ban.yaml"][0]
assert t["comments"] == 35, t
assert t["annotators"]["bob"]["tagged"] == 3, t
assert d["annotators"]["cid"]["tagged"] == 1, d
assert d["agreement"]["stance"]["pairable"] == 7, d["agreement"]
PY
expect_status 64 "$BIN" status "$P" --format xml

# status counts skipped and flagged items, and tags made under an older scheme.
Q="$W/states"
expect_status 0 "$BIN" init "$Q"
cp samples/nested-old-town-car-ban.yaml "$Q/threads/"
QT="$Q/threads/nested-old-town-car-ban.yaml"
mkdir -p "$Q/tags/ann" "$Q/tags/bob"
qtag() { # qtag ANNOTATOR OPTIONS...
	"$BIN" tag "$QT" --annotator "$1" --tags "$Q/tags/$1/kessburg-old-town-cars.yaml" "${@:2}" \
		>/dev/null 2>&1 || bad "tag $*"
}
qtag ann --id c01 --stance favor
qtag ann --id c02 --state skipped
qtag ann --id c03 --id c04 --state flagged --reason 'ask the group'
sed 's/^target: .*/target: the claim as the guideline said it last week/' \
	samples/schemes/default.yaml >"$W/old-scheme.yaml"
qtag bob --id c01 --stance favor --scheme "$W/old-scheme.yaml"
qtag bob --id c02 --stance against --scheme "$W/old-scheme.yaml"
qtag bob --id c03 --stance neutral --scheme samples/schemes/default.yaml # the built-in one
expect_status 0 "$BIN" compact "$Q"
expect_status 0 "$BIN" status "$Q"
expect_out '^  ann +4/35 tagged(, [0-9]+ tags/hour)?, 1 skipped, 2 flagged$'
expect_out '^  bob +3/35 tagged(, [0-9]+ tags/hour)?, 2 tags made under an older scheme$'
expect_status 0 "$BIN" status "$Q" --format yaml
/usr/bin/python3 - "$OUT" <<'PY' && ok || bad "status YAML does not hold the states"
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
a, b = d["annotators"]["ann"], d["annotators"]["bob"]
assert (a["skipped"], a["flagged"], a["other_scheme"]) == (1, 2, 0), a
assert (b["skipped"], b["flagged"], b["other_scheme"]) == (0, 0, 2), b
t = d["threads"][0]["annotators"]
assert t["ann"]["flagged"] == 2 and t["bob"]["other_scheme"] == 2, t
PY
# the cached summary holds the same counts
expect_status 0 "$BIN" status "$Q"
expect_out '^  ann +4/35 tagged(, [0-9]+ tags/hour)?, 1 skipped, 2 flagged$'

# gold: unanimous takes c01 and c03 (c02 is split), majority adds c02.
expect_status 0 "$BIN" gold "$P" --rule unanimous
expect_out 'c02	Harald K\.	Easy to say.*	ann=against	bob=neutral	cid=against$'
expect_err '2 written to the gold store, 0 already there, 1 left'
G="$P/tags/gold/kessburg-old-town-cars.yaml"
expect_status 0 "$BIN" export "$T" --tags "$G" --format csv
expect_out '^kessburg-old-town-cars,c01,.*,favor,'
if grep -q '^kessburg-old-town-cars,c02,' "$OUT"; then bad "unanimous gold took a split item"; else ok; fi
expect_status 0 "$BIN" gold "$P" --rule majority
expect_err '1 written to the gold store, 2 already there, 0 left'
expect_status 0 "$BIN" export "$T" --tags "$G" --format csv
expect_out '^kessburg-old-town-cars,c02,.*,against,'
expect_status 64 "$BIN" gold "$P"
expect_status 64 "$BIN" gold "$P" --rule majority -o "$W/g.yaml"
# A thread and stores given by hand, outside any project.
expect_status 0 "$BIN" gold "$T" --tags "$P/tags/ann/kessburg-old-town-cars.yaml" \
	--tags "$P/tags/bob/kessburg-old-town-cars.yaml" --rule unanimous -o "$W/g.yaml"
expect_out 'c02	Harald K\.	Easy to say.*	ann=against	bob=neutral$'
expect_err '2 written to the gold store, 0 already there, 1 left'
expect_status 0 "$BIN" export "$T" --tags "$W/g.yaml" --format csv
expect_out '^kessburg-old-town-cars,c03,.*,neutral,'
expect_status 64 "$BIN" gold "$T" --tags "$P/tags/ann/kessburg-old-town-cars.yaml" --rule majority
expect_status 64 "$BIN" gold "$P" --rule most

# compact folds a journal left behind (a crash) into its store.
J="$P/tags/cid/kessburg-old-town-cars.yaml.journal"
printf '{item: "c05", stance: "against", annotator: "cid", time: "2026-11-23T14:34:19Z"}\n' >>"$J"
expect_status 0 "$BIN" status "$P"
expect_out '^  cid +2/35 tagged  \(journal not folded in\)$'
expect_out '1 journal not folded in \(threadtag compact\)'
expect_status 0 "$BIN" compact "$P"
expect_out '1 journal folded in'
[ -s "$J" ] && bad "compact left the journal" || ok
expect_status 0 "$BIN" export "$T" --tags "$P/tags/cid/kessburg-old-town-cars.yaml" --format csv
expect_out '^kessburg-old-town-cars,c05,.*,against,'
expect_status 0 "$BIN" status "$P"
if grep -q 'not folded' "$OUT"; then bad "status still warns after compact"; else ok; fi
expect_status 0 "$BIN" compact "$P"
expect_out '0 journals folded in'

# A store whose thread left threads/ is kept and named, never dropped.
cp "$P/tags/ann/kessburg-old-town-cars.yaml" "$P/tags/ann/gone-thread.yaml"
expect_status 0 "$BIN" status "$P"
expect_out '^tags/ann/gone-thread.yaml: no thread in threads/ has this store \(kept\)$'
expect_status 0 "$BIN" status "$P" --format yaml
/usr/bin/python3 -c 'import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); assert d["orphan_stores"] == ["tags/ann/gone-thread.yaml"], d' "$OUT" && ok || bad "orphan_stores in YAML"
[ -f "$P/tags/ann/gone-thread.yaml" ] && ok || bad "status removed an orphan store"
rm "$P/tags/ann/gone-thread.yaml"

# A scheme edit that drops a value in use: status, gold, agree and the thread
# list refuse, naming each tag that uses it, and leave the stores as they were.
R="$W/rumour"
cp samples/nested-old-town-car-ban.yaml "$R/threads/"
for who in ann bob; do
	mkdir -p "$R/tags/$who"
	"$BIN" tag "$R/threads/nested-old-town-car-ban.yaml" --id c01 --stance query \
		--annotator $who --scheme "$R/scheme.yaml" \
		--tags "$R/tags/$who/kessburg-old-town-cars.yaml" >/dev/null 2>&1 || bad "tag $who"
done
"$BIN" tag "$R/threads/nested-old-town-car-ban.yaml" --id c02 --stance support \
	--annotator bob --scheme "$R/scheme.yaml" \
	--tags "$R/tags/bob/kessburg-old-town-cars.yaml" >/dev/null 2>&1 || bad "tag bob c02"
expect_status 0 "$BIN" status "$R"
cp "$R/scheme.yaml" "$W/rumour-scheme.yaml"
/usr/bin/python3 - "$R/scheme.yaml" <<'PY' || bad "could not edit the scheme"
import sys, yaml
p = sys.argv[1]
d = yaml.safe_load(open(p))
d["dimensions"][0]["values"] = [v for v in d["dimensions"][0]["values"] if v["name"] != "query"]
yaml.safe_dump(d, open(p, "w"), sort_keys=False)
PY
before=$(cd "$R/tags" && find . -type f | sort | xargs cat | cksum)
expect_status 65 "$BIN" status "$R"
expect_err 'thread kessburg-old-town-cars, comment c01, annotator ann: stance .query. is not in'
expect_err 'thread kessburg-old-town-cars, comment c01, annotator bob: stance .query. is not in'
if grep -q 'comment c02' "$ERR"; then bad "status named a tag whose value is known"; else ok; fi
# Again, with the summaries from the cache the first run wrote.
expect_status 65 "$BIN" status "$R" --format yaml
expect_err 'comment c01, annotator bob: stance .query.'
expect_status 65 "$BIN" gold "$R" --rule majority
expect_err 'comment c01, annotator bob: stance .query.'
expect_status 65 "$BIN" agree "$R"
expect_err 'comment c01, annotator ann: stance .query.'
expect_status 65 "$BIN" --annotator ann "$R"
expect_err 'comment c01, annotator ann: stance .query.'
after=$(cd "$R/tags" && find . -type f | sort | xargs cat | cksum)
[ "$before" = "$after" ] && [ ! -e "$R/tags/gold" ] && ok || bad "a refused command changed the stores"
cp "$W/rumour-scheme.yaml" "$R/scheme.yaml"
expect_status 0 "$BIN" status "$R"
expect_out '^  bob +2/35 tagged'

# Bad projects: an unknown key, a bad version, folders differing only in case.
printf 'threadtag-project: 1\nname: x\nbogus: 1\n' >"$W/bad.yaml"
mkdir -p "$W/badp/threads" "$W/badp/tags"
cp "$W/bad.yaml" "$W/badp/threadtag-project.yaml"
expect_status 65 "$BIN" status "$W/badp"
expect_err 'threadtag-project.yaml:3:1: unknown key .bogus.'
printf 'threadtag-project: 7\n' >"$W/badp/threadtag-project.yaml"
expect_status 65 "$BIN" status "$W/badp"
expect_err ':1:20: this project file is of version 7'
printf 'threadtag-project: 1\n' >"$W/badp/threadtag-project.yaml"
mkdir -p "$W/badp/tags/Ann" "$W/badp/tags/ann"
expect_status 65 "$BIN" status "$W/badp"
expect_err "differ only in case"

# A team on git: two clones, each annotator tags in their own, the merge
# has no conflict, and status and gold see both.
if command -v git >/dev/null 2>&1; then
	G1="$W/team"
	"$BIN" init "$G1" >/dev/null
	cp samples/nested-old-town-car-ban.yaml "$G1/threads/"
	gitq() { git -C "$1" -c user.name=t -c user.email=t@example.org "${@:2}" >/dev/null 2>&1; }
	gitq "$G1" init -q -b main && gitq "$G1" add -A && gitq "$G1" commit -qm start
	git clone -q "$G1" "$W/clone-a" && git clone -q "$G1" "$W/clone-b" || bad "git clone"
	for who in a b; do
		C="$W/clone-$who"
		mkdir -p "$C/tags/$who"
		for id in c01 c02 c03; do
			v=favor
			[ "$who" = b ] && [ "$id" = c02 ] && v=against
			"$BIN" tag "$C/threads/nested-old-town-car-ban.yaml" --id $id --stance $v \
				--annotator $who --tags "$C/tags/$who/kessburg-old-town-cars.yaml" \
				>/dev/null 2>&1 || bad "tag in clone $who"
		done
		"$BIN" compact "$C" >/dev/null || bad "compact in clone $who"
		gitq "$C" add -A && gitq "$C" commit -qm "tags of $who" && gitq "$C" push -q origin main:$who ||
			bad "commit in clone $who"
	done
	gitq "$G1" merge -q a && gitq "$G1" merge -q --no-edit b && ok || bad "the merge conflicted"
	expect_status 0 "$BIN" status "$G1"
	expect_out '^  a +3/35 tagged$'
	expect_out '^  b +3/35 tagged$'
	expect_status 0 "$BIN" gold "$G1" --rule unanimous
	expect_err '2 written to the gold store, 0 already there, 1 left'
else
	echo "git not installed: skipped"
	exit 77
fi
finish
