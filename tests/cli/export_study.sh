# export_study.sh: the conversations and rumoureval exports, checked where analysts load them.
. "$(dirname "$0")/../helpers/cli.sh"

if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import pandas, yaml' 2>/dev/null; then
	echo "python3 with pandas and yaml not installed: skipped"
	exit 77
fi
W=$(mktemp -d "${TT_BUILDDIR:-build}/tt-export-study.XXXXXX")
W=$(cd "$W" && pwd)
trap 'rm -rf "$W"' EXIT
export HOME="$W/home" XDG_DATA_HOME="$W/data" XDG_CONFIG_HOME="$W/config" \
	XDG_STATE_HOME="$W/state" XDG_CACHE_HOME="$W/cache"
T=samples/nested-old-town-car-ban.yaml
tag() { # tag STORE ID STANCE
	"$BIN" tag "$T" --id "$2" --stance "$3" --tags "$W/$1.yaml" --annotator "$1" \
		>/dev/null 2>&1 || bad "tag $*"
}
tag ann c01 favor
tag ann c02 against
tag ann c05 unclear
tag bob c01 favor
tag bob c02 neutral
tag cid c02 against
"$BIN" tag "$T" --id c05 --state flagged --reason 'sarcasm? ask the group' --tags "$W/ann.yaml" \
	>/dev/null 2>&1 || bad "tag --state"
S="--tags $W/ann.yaml --tags $W/bob.yaml --tags $W/cid.yaml"

# One line per comment and annotator, with the path and the parent's text.
expect_status 0 "$BIN" export "$T" $S --format conversations -o "$W/conv.jsonl"
/usr/bin/python3 - "$W/conv.jsonl" <<'PY' && ok || bad "conversations lines"
import sys, pandas
d = pandas.read_json(sys.argv[1], lines=True, dtype=False)
assert len(d) == 6, len(d)
assert list(d.columns[:10]) == ["thread", "title", "comment", "parent", "depth", "path",
                                "author", "time", "parent_text", "text"], list(d.columns)
r = d[(d.comment == "c02") & (d.annotator == "bob")].iloc[0]
assert r.stance == "neutral" and r.parent == "c01" and r.depth == 1, r
assert r.path == ["c01", "c02"], r.path
assert r.parent_text.startswith("I have lived on Kupfergasse"), r.parent_text
assert r.text.startswith("Easy to say when you live there"), r.text
c5 = d[d.comment == "c05"].iloc[0]
assert c5.path == ["c01", "c02", "c03", "c04", "c05"], c5.path
assert d[d.comment == "c01"].parent.isna().all()
assert c5.state == "flagged" and c5.reason == "sarcasm? ask the group", c5
assert d[d.comment == "c01"].state.isna().all() and d[d.comment == "c01"].reason.isna().all()
assert d.scheme_version.str.fullmatch("[0-9a-f]{16}").all(), d.scheme_version
PY

# Aggregated: majority, counts, agreement per comment.
expect_status 0 "$BIN" export "$T" $S --format conversations --aggregate majority -o "$W/agg.jsonl"
/usr/bin/python3 - "$W/agg.jsonl" <<'PY' && ok || bad "aggregated conversations"
import sys, pandas
d = pandas.read_json(sys.argv[1], lines=True, dtype=False).set_index("comment")
assert list(d.index) == ["c01", "c02", "c05"], list(d.index)
assert d.loc["c01", "stance"] == "favor" and d.loc["c01", "stance_agreement"] == 1.0
assert d.loc["c02", "stance"] == "against", d.loc["c02"]
assert d.loc["c02", "stance_counts"] == {"against": 2, "neutral": 1}
assert abs(d.loc["c02", "stance_agreement"] - 1 / 3) < 1e-3
assert pandas.isna(d.loc["c05", "stance_agreement"])  # one coder: no agreement
PY
expect_status 64 "$BIN" export "$T" $S --format csv --aggregate majority
expect_status 64 "$BIN" export "$T" $S --format conversations --aggregate mean

# RumourEval layout: the tree, every reply, and labels mapped to SDQC.
expect_status 0 "$BIN" export "$T" --tags "$W/ann.yaml" --format rumoureval -o "$W/re"
/usr/bin/python3 - "$W/re/kessburg-old-town-cars" "$T" <<'PY' && ok || bad "rumoureval layout"
import sys, os, json, yaml
d, thread = sys.argv[1], yaml.safe_load(open(sys.argv[2]))
parents = {}
def walk(cs, parent):
    for c in cs:
        parents[c["id"]] = parent
        walk(c.get("replies", []), c["id"])
walk(thread["comments"], None)
src = json.load(open(os.path.join(d, "source-tweet", "kessburg-old-town-cars.json")))
assert src["id_str"] == "kessburg-old-town-cars" and src["in_reply_to_status_id_str"] is None
assert src["text"].startswith(thread["article"]["title"])
replies = os.listdir(os.path.join(d, "replies"))
assert len(replies) == len(parents) == 35, (len(replies), len(parents))
for cid, parent in parents.items():
    r = json.load(open(os.path.join(d, "replies", cid + ".json")))
    assert r["in_reply_to_status_id_str"] == (parent or "kessburg-old-town-cars"), (cid, r)
seen = {}
def flat(node, parent):
    for k, v in node.items():
        seen[k] = parent
        if isinstance(v, dict):
            flat(v, k)
        else:
            assert v == [], (k, v)
st = json.load(open(os.path.join(d, "structure.json")))
flat(st["kessburg-old-town-cars"], None)
assert seen == parents, "structure.json differs from the thread"
assert json.load(open(os.path.join(d, "labels.json"))) == {
    "c01": "support", "c02": "deny", "c05": "query"}
PY
expect_status 64 "$BIN" export "$T" --tags "$W/ann.yaml" --format rumoureval

# A scheme value without a class is refused, and nothing claims success.
cat >"$W/scheme.yaml" <<'YAML'
threadtag_scheme: 1
name: mine
dimensions:
- name: stance
  values:
  - {name: pro, key: "1", sdqc: support, examples: ["Yes, close it.", "About time."]}
  - {name: odd, key: "2"}
YAML
"$BIN" tag "$T" --id c01 --stance odd --tags "$W/mine.yaml" --scheme "$W/scheme.yaml" \
	--annotator m >/dev/null 2>&1 || bad "tag with a custom scheme"
expect_status 65 "$BIN" export "$T" --tags "$W/mine.yaml" --format rumoureval -o "$W/re2"
expect_err "the value 'odd' of 'stance' has no RumourEval class"
[ -e "$W/re2/kessburg-old-town-cars/structure.json" ] && bad "wrote a layout after refusing" || ok
"$BIN" tag "$T" --id c01 --stance pro --tags "$W/mine.yaml" --annotator m >/dev/null 2>&1 ||
	bad "retag"
expect_status 0 "$BIN" export "$T" --tags "$W/mine.yaml" --format rumoureval -o "$W/re3"
grep -q '"c01":"support"' "$W/re3/kessburg-old-town-cars/labels.json" && ok || bad "sdqc map"
# The scheme's examples and class survive being stored with the tags.
grep -q 'sdqc: support' "$W/mine.yaml" && grep -q 'About time' "$W/mine.yaml" && ok ||
	bad "the store lost the scheme's sdqc or examples"
printf 'threadtag_scheme: 1\nname: x\ndimensions:\n- name: s\n  values:\n  - {name: a, sdqc: maybe}\n' >"$W/bad-scheme.yaml"
expect_status 65 "$BIN" tag "$T" --id c01 --set s=a --tags "$W/x.yaml" --scheme "$W/bad-scheme.yaml"
expect_err "bad-scheme.yaml:6:[0-9]+: 'sdqc' is support, deny, query or comment, found 'maybe'"
finish
