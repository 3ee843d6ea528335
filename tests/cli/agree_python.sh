#!/usr/bin/env bash
# agree_python: `threadtag agree` against a second, independent implementation
# of the coefficients (written here in Python) on random tag stores with gaps.
set -euo pipefail
: "${TT_BIN:?TT_BIN must name the threadtag binary}"
py=/usr/bin/python3
if ! [ -x "$py" ] || ! "$py" -c 'import yaml' 2>/dev/null; then
	echo "SKIP: $py with the yaml module (Debian python3-yaml) is not installed"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" - "$TT_BIN" "$tmp" <<'PY'
import random, subprocess, sys, yaml
from collections import Counter
binary, d = sys.argv[1], sys.argv[2]
cats = ["favor", "against", "neutral", "unclear", "off-topic"]

def cohen(a, b):
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    n = len(pairs)
    po = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    pe = sum(ca[c] * cb[c] for c in cats) / n / n
    return (po - pe) / (1 - pe)

def scott(a, b):
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    n = len(pairs)
    po = sum(x == y for x, y in pairs) / n
    pooled = Counter([x for x, _ in pairs] + [y for _, y in pairs])
    pe = sum((pooled[c] / (2 * n)) ** 2 for c in cats)
    return (po - pe) / (1 - pe)

def fleiss(rows):
    full = [r for r in rows if all(v is not None for v in r)]
    m, n = len(full[0]), len(full)
    p_i = []
    tot = Counter()
    for r in full:
        c = Counter(r)
        tot.update(c)
        p_i.append((sum(k * k for k in c.values()) - m) / (m * (m - 1)))
    pbar = sum(p_i) / n
    pe = sum((tot[c] / (n * m)) ** 2 for c in cats)
    return (pbar - pe) / (1 - pe)

def alpha(rows):
    o = Counter()
    for r in rows:
        vals = [v for v in r if v is not None]
        m = len(vals)
        if m < 2:
            continue
        for i, x in enumerate(vals):
            for j, y in enumerate(vals):
                if i != j:
                    o[(x, y)] += 1 / (m - 1)
    n = sum(o.values())
    nc = Counter()
    for (x, _), w in o.items():
        nc[x] += w
    do = sum(w for (x, y), w in o.items() if x != y)
    de = sum(nc[x] * nc[y] for x in cats for y in cats if x != y) / (n - 1)
    return 1 - do / de

def run(ncoders, units, missing, seed):
    rnd = random.Random(seed)
    ids = [f"u{i}" for i in range(1, units + 1)]
    with open(f"{d}/t.yaml", "w") as f:
        f.write("threadtag: 1\nid: rnd\narticle:\n  title: Random\ncomments:\n")
        for i in ids:
            f.write(f"  - id: {i}\n    body: [text]\n")
    # coders agree more often than chance, so the coefficients are not all ~0
    truth = [rnd.choice(cats) for _ in ids]
    rows = [[None] * ncoders for _ in ids]
    args = [binary, "agree", f"{d}/t.yaml", "--format", "yaml"]
    for k in range(ncoders):
        lines = ["threadtag_tags: 1", "thread: {id: rnd}", f"annotator: c{k}", "tags:"]
        for u, i in enumerate(ids):
            if rnd.random() < missing:
                continue
            v = truth[u] if rnd.random() < 0.6 else rnd.choice(cats)
            rows[u][k] = v
            lines.append(f"  {i}: {{stance: {v}}}")
        with open(f"{d}/c{k}.yaml", "w") as f:
            f.write("\n".join(lines) + "\n")
        args += ["--tags", f"{d}/c{k}.yaml"]
    out = yaml.safe_load(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    rows = [r for r in rows if any(v is not None for v in r)]
    want = {"krippendorff_alpha": alpha(rows), "fleiss_kappa": fleiss(rows)}
    if ncoders == 2:
        a, b = [r[0] for r in rows], [r[1] for r in rows]
        want["cohen_kappa"] = cohen(a, b)
        want["scott_pi"] = scott(a, b)
    assert out["items"] == len(rows), (out["items"], len(rows))
    for key, w in want.items():
        got = out[key]
        assert abs(got - w) < 1e-9, (seed, key, got, w)
    return len(want)

checked = 0
for seed in range(12):
    checked += run(2 + seed % 3, 30 + 7 * seed, 0.2 if seed % 2 else 0.0, seed)
print(f"ok: {checked} coefficients match an independent implementation")
PY
