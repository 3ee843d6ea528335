#!/usr/bin/env bash
# export_python: the three export formats load unchanged in Python's yaml and
# pandas, and agree with each other field by field.
set -euo pipefail
: "${TT_BIN:?TT_BIN must name the threadtag binary}"
py=/usr/bin/python3
if ! [ -x "$py" ] || ! "$py" -c 'import yaml, pandas' 2>/dev/null; then
	echo "SKIP: $py with the yaml and pandas modules (Debian python3-yaml, python3-pandas) is not installed"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
thread=tests/data/tags-thread.yaml
tag() { "$TT_BIN" tag "$thread" --tags "$tmp/$1.yaml" --annotator "$1" "${@:2}"; }
tag alice --id @article --stance neutral --note 'about the article'
tag alice --id c1 --stance favor --label sarcasm --label question \
	--note $'commas, "double" and \'single\' quotes\nsecond line: colon # hash'
tag alice --id c2 --stance against --reply disagree
tag alice --id 105 --stance off-topic --note 'yes'
tag bob --id c2 --stance against --reply agree --label insult --note 'no'
tag bob --id c3 --stance unclear --note '12:30'
tag bob --id c3 --state flagged --reason 'is "unclear" right, or against?'
tag alice --id 105 --state skipped
for f in yaml csv jsonl; do
	"$TT_BIN" export "$thread" --tags "$tmp/alice.yaml" --tags "$tmp/bob.yaml" \
		--format "$f" -o "$tmp/out.$f"
done
"$py" - "$tmp" <<'PY'
import sys, yaml, pandas as pd
d = sys.argv[1]
cols = ["thread", "comment", "parent", "depth", "author", "posted", "time", "stance",
        "reply", "labels", "note", "state", "reason", "annotator", "tagged", "scheme_version",
        "text"]
with open(d + "/out.yaml", encoding="utf-8") as f:
    doc = yaml.safe_load(f)
assert doc["threadtag_export"] == 1, doc.keys()
assert doc["thread"]["id"] == "tags-test"
assert doc["thread"]["title"] == "Should the bridge be rebuilt?"
assert doc["scheme"]["dimensions"][0]["name"] == "stance"
recs = doc["tags"]
ydf = pd.DataFrame(recs)
cdf = pd.read_csv(d + "/out.csv", dtype=str, keep_default_na=False)
jdf = pd.read_json(d + "/out.jsonl", lines=True, dtype=False, convert_dates=False)
for name, df in (("yaml", ydf), ("csv", cdf), ("jsonl", jdf)):
    assert list(df.columns) == cols, (name, list(df.columns))
    assert len(df) == 6, (name, len(df))

def norm(v):
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, list):
        return ";".join(v)
    if isinstance(v, float) and v.is_integer():   # pandas widens a column with nulls
        return str(int(v))
    return str(v)

for i, r in enumerate(recs):
    assert isinstance(r["comment"], str), r["comment"]   # "105" stays a string
    assert r["depth"] is None or isinstance(r["depth"], int), r["depth"]
    assert isinstance(r["labels"], list)
    for c in cols:
        y, cv, j = norm(r[c]), norm(cdf.iloc[i][c]), norm(jdf.iloc[i][c])
        assert y == cv == j, (i, c, y, cv, j)

by = {(r["comment"], r["annotator"]): r for r in recs}
c1 = by[("c1", "alice")]
assert c1["note"] == "commas, \"double\" and 'single' quotes\nsecond line: colon # hash"
assert c1["labels"] == ["sarcasm", "question"]
assert c1["depth"] == 0 and c1["parent"] is None
assert by[("105", "alice")]["note"] == "yes"          # not the boolean true
assert by[("c3", "bob")]["note"] == "12:30"           # not a sexagesimal number
assert by[("c3", "bob")]["depth"] == 2
assert by[("c3", "bob")]["state"] == "flagged"
assert by[("c3", "bob")]["reason"] == 'is "unclear" right, or against?'
assert by[("105", "alice")]["state"] == "skipped"
assert by[("105", "alice")]["reason"] is None
assert by[("c1", "alice")]["state"] is None
versions = {r["scheme_version"] for r in recs}
assert len(versions) == 1 and len(versions.pop()) == 16, [r["scheme_version"] for r in recs]
assert by[("c2", "bob")]["reply"] == "agree"
assert by[("c2", "alice")]["reply"] == "disagree"
assert by[("@article", "alice")]["text"].startswith("The council votes")
assert [(r["comment"], r["annotator"]) for r in recs] == [
    ("@article", "alice"), ("c1", "alice"), ("c2", "alice"), ("c2", "bob"), ("c3", "bob"),
    ("105", "alice")], [(r["comment"], r["annotator"]) for r in recs]
print("ok: yaml, csv and jsonl load in pandas and agree field by field")
PY
