#!/usr/bin/env bash
# model_learn: the learned model's tools still run end to end: html_features
# gives rows the labeller matches to the .expect comments, and a model
# trained on one set finds records on the other (doc/import.md, "A learned
# model of records"), and so does the aligned-fields reader beside it;
# the held-out rounds are never read.
set -euo pipefail
: "${TT_BUILDDIR:?TT_BUILDDIR must name the build directory}"
py=/usr/bin/python3
if ! [ -x "$py" ] || ! "$py" -c 'import numpy' 2>/dev/null; then
	echo "SKIP: $py with numpy (Debian python3-numpy, pulled in by python3-pandas) is not installed"
	exit 77
fi
out=$("$py" tests/model/learn.py --build "$TT_BUILDDIR" --only dev,round5 --rounds 5)
echo "$out"
"$py" - "$out" <<'PY'
import re, sys
out = sys.argv[1]
m = re.search(r"labelling: (\d+) pages, (\d+) comments, (\d+) labelled", out)
assert m, "no labelling line"
pages, comments, labelled = map(int, m.groups())
assert pages >= 40 and comments >= 600, (pages, comments)
assert labelled >= 0.95 * comments, "only %d of %d comments labelled" % (labelled, comments)
rows = {l.split("\t")[0]: l.split("\t") for l in out.splitlines() if re.match(r"(dev|round5)\t", l)}
assert set(rows) == {"dev", "round5"}, rows
for s, r in rows.items():
    rec_p, rec_r = float(r[3]), float(r[4])
    assert rec_p > 0.3 and rec_r > 0.3, "%s: records %.3f precise, %.3f found" % (s, rec_p, rec_r)
PY
# The aligned-fields reader (tests/model/align.py) runs end to end on a
# small fold: the model's records of the left-out set, their fields read
# by the page's own slots, by rule and by a model of template features.
out=$("$py" tests/model/align.py --build "$TT_BUILDDIR" --only dev,round5 --rounds 5)
echo "$out"
"$py" - "$out" <<'PY'
import re, sys
rows = {l.split("\t")[0]: l.split("\t") for l in sys.argv[1].splitlines()
        if re.match(r"(dev|round5|mean)\t", l)}
assert set(rows) == {"dev", "round5", "mean"}, rows
for s in ("dev", "round5"):
    r = rows[s]
    P, R, rule_whole, model_whole = float(r[2]), float(r[3]), float(r[7]), float(r[11])
    assert P > 30 and R > 30, "%s: records %.1f precise, %.1f found" % (s, P, R)
    assert rule_whole > 5 and model_whole > 5, "%s: whole %.1f (rule), %.1f (model)" % (
        s, rule_whole, model_whole)
PY
# The held-out sets are out by construction: round 12's HTML and the round
# chosen last (the highest numbered in HELD_OUT, above every set) are in no
# set the tools read, and every round present is either a set or held out.
"$py" - <<'PY'
import os, re, sys
sys.path.insert(0, "tests/model")
import learn
num = lambda s: int(s[5:])
present = {d for d in os.listdir("tests/data/html") if re.fullmatch(r"round\d+", d)}
assert "round12" in learn.HELD_OUT and not learn.HELD_OUT & set(learn.SETS)
last = max(learn.HELD_OUT - {"round12"}, key=num)
assert all(num(s) < num(last) for s in learn.SETS if s.startswith("round")), last
for d in present:
    assert d in learn.SETS or d in learn.HELD_OUT, d
PY
