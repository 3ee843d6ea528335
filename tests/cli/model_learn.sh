#!/usr/bin/env bash
# model_learn: the learned model's tools still run end to end: html_features
# gives rows the labeller matches to the .expect comments, and a model
# trained on one set finds records on the other (doc/import.md, "A learned
# model of records"); the held-out rounds are never read.
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
# The held-out sets are out by construction: round 12's HTML and the round
# chosen last (the highest numbered) are in no set the tools read.
"$py" - <<'PY'
import os, re, sys
sys.path.insert(0, "tests/model")
import learn
last = max(int(m.group(1)) for d in os.listdir("tests/data/html")
           for m in [re.fullmatch(r"round(\d+)", d)] if m)
for held in ("round12", "round%d" % last):
    assert held not in learn.SETS and held in learn.HELD_OUT, held
PY
