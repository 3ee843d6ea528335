#!/usr/bin/env bash
# agree_python: `threadtag agree` against a second, independent implementation
# of the coefficients and breakdowns (written here in Python) on random tag
# stores with gaps, over one thread's stores and over a project folder.
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
import os, random, subprocess, sys, yaml
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

def fleiss(rows, cats=cats):
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

def alpha(rows, cats=cats):
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

def undefined_is_none(f, *args):
    try:
        return f(*args)
    except ZeroDivisionError:
        return None

def close(got, want, what):
    if want is None:
        assert got is None, (what, got)
    else:
        assert got is not None and abs(got - want) < 1e-9, (what, got, want)

def write_thread(path, tid, ids, rnd):
    """A thread whose comments reply to earlier ones at random; returns depths."""
    depth, lines = {}, ["threadtag: 1", f"id: {tid}", "article:", "  title: Random", "comments:"]
    for n, i in enumerate(ids):
        parent = ids[rnd.randrange(n)] if n and rnd.random() < 0.6 else None
        depth[i] = depth[parent] + 1 if parent else 0
        lines += [f"  - id: {i}", f"    author: writer{n % 7}", f"    body: [text of {i}]"]
        if parent:
            lines.append(f"    parent: {parent}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return depth

def write_store(path, tid, coder, ids, truth, rows, k, missing, rnd):
    lines = ["threadtag_tags: 1", f"thread: {{id: {tid}}}", f"annotator: {coder}", "tags:"]
    for u, i in enumerate(ids):
        if rnd.random() < missing:
            continue
        v = truth[u] if rnd.random() < 0.6 else rnd.choice(cats)
        rows[u][k] = v
        lines.append(f"  {i}: {{stance: {v}}}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

def check_breakdowns(out, rows, units, depth, author, ncoders):
    """pairs, per_value, per_depth, confusion and disagreements, figure by figure."""
    names = out["annotators"]
    pairs = [(a, b) for a in range(ncoders) for b in range(a + 1, ncoders)]
    assert len(out["pairs"]) == len(pairs)
    for (a, b), got in zip(pairs, out["pairs"]):
        x, y = [r[a] for r in rows], [r[b] for r in rows]
        both = sum(p is not None and q is not None for p, q in zip(x, y))
        assert (got["both"], got["only_a"], got["only_b"]) == (
            both, sum(p is not None and q is None for p, q in zip(x, y)),
            sum(p is None and q is not None for p, q in zip(x, y))), got
        close(got["cohen_kappa"], undefined_is_none(cohen, x, y), "pair kappa")
        close(got["scott_pi"], undefined_is_none(scott, x, y), "pair pi")
        agree = sum(p == q for p, q in zip(x, y) if p is not None and q is not None)
        close(got["observed"], agree / both if both else None, "observed")
        m = [[sum(p == ci and q == cj for p, q in zip(x, y)) for cj in cats] for ci in cats]
        conf = [c for c in out["confusion"] if (c["rows"], c["columns"]) == (names[a], names[b])]
        assert conf[0]["matrix"] == m, (conf, m)
    for c in cats:
        binary = [[None if v is None else v == c for v in r] for r in rows]
        got = out["per_value"][c]
        assert got["uses"] == sum(v == c for r in rows for v in r)
        close(got["alpha"], undefined_is_none(alpha, binary, [True, False]), "per value " + c)
        pairable = sum(m for m in (sum(v is not None for v in r) for r in rows) if m > 1)
        assert got.get("pairable") == (pairable if got["alpha"] is not None else None), got
    for key, keep in (("top_level", lambda d: d == 0), ("replies", lambda d: d > 0)):
        sub = [r for r, u in zip(rows, units) if keep(depth[u])]
        got = out["per_depth"][key]
        assert got["items"] == len(sub)
        close(got["krippendorff_alpha"], undefined_is_none(alpha, sub) if sub else None, key)
        full = [r for r in sub if all(v is not None for v in r)]
        close(got["fleiss_kappa"], undefined_is_none(fleiss, sub) if full else None, key)
    want = [u for r, u in zip(rows, units) if len({v for v in r if v is not None}) > 1]
    got = out["disagreements"]
    # listed in thread order (preorder), which the file order here is not
    keys = [(d["thread"], d["item"]) if "thread" in d else d["item"] for d in got]
    assert sorted(keys) == sorted(want), (keys, want)
    for d in got:
        u = (d["thread"], d["item"]) if "thread" in d else d["item"]
        assert d["author"] == author[u] and d["snippet"] == f"text of {d['item']}", d
        assert d["depth"] == depth[u]

def run(ncoders, units, missing, seed):
    rnd = random.Random(seed)
    ids = [f"u{i}" for i in range(1, units + 1)]
    depth = write_thread(f"{d}/t.yaml", "rnd", ids, rnd)
    author = {i: f"writer{n % 7}" for n, i in enumerate(ids)}
    # coders agree more often than chance, so the coefficients are not all ~0
    truth = [rnd.choice(cats) for _ in ids]
    rows = [[None] * ncoders for _ in ids]
    args = [binary, "agree", f"{d}/t.yaml", "--format", "yaml"]
    for k in range(ncoders):
        write_store(f"{d}/c{k}.yaml", "rnd", f"c{k}", ids, truth, rows, k, missing, rnd)
        args += ["--tags", f"{d}/c{k}.yaml"]
    out = yaml.safe_load(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    kept = [(r, i) for r, i in zip(rows, ids) if any(v is not None for v in r)]
    rows, units = [r for r, _ in kept], [i for _, i in kept]
    want = {"krippendorff_alpha": alpha(rows), "fleiss_kappa": fleiss(rows)}
    if ncoders == 2:
        a, b = [r[0] for r in rows], [r[1] for r in rows]
        want["cohen_kappa"] = cohen(a, b)
        want["scott_pi"] = scott(a, b)
    assert out["items"] == len(rows), (out["items"], len(rows))
    for key, w in want.items():
        got = out[key]
        assert abs(got - w) < 1e-9, (seed, key, got, w)
    check_breakdowns(out, rows, units, depth, author, ncoders)
    return len(want) + 1

def run_project(ncoders, nthreads, seed):
    """`agree DIR`: every annotator of every thread, units (thread, comment)."""
    rnd = random.Random(seed)
    p = f"{d}/project{seed}"
    subprocess.run([binary, "init", p], check=True, capture_output=True)
    rows, units, depth, author = [], [], {}, {}
    for t in range(nthreads):
        ids = [f"u{i}" for i in range(1, 15 + 7 * t)]
        file = f"t{t}.yaml"
        dep = write_thread(f"{p}/threads/{file}", f"thread-{t}", ids, rnd)
        truth = [rnd.choice(cats) for _ in ids]
        trows = [[None] * ncoders for _ in ids]
        for k in range(ncoders):
            os.makedirs(f"{p}/tags/c{k}", exist_ok=True)
            write_store(f"{p}/tags/c{k}/thread-{t}.yaml", f"thread-{t}", f"c{k}", ids, truth,
                        trows, k, 0.25, rnd)
        for n, (r, i) in enumerate(zip(trows, ids)):
            depth[(file, i)] = dep[i]
            author[(file, i)] = f"writer{n % 7}"
            if any(v is not None for v in r):
                rows.append(r)
                units.append((file, i))
    res = subprocess.run([binary, "agree", p, "--format", "yaml"], check=True,
                         capture_output=True, text=True)
    out = yaml.safe_load(res.stdout)
    assert out["threads"] == nthreads and out["items"] == len(rows), out
    close(out["krippendorff_alpha"], alpha(rows), "project alpha")
    close(out["fleiss_kappa"], undefined_is_none(fleiss, rows), "project fleiss")
    check_breakdowns(out, rows, units, depth, author, ncoders)
    # status sums alpha per thread from its cache: the same figure
    st = yaml.safe_load(subprocess.run([binary, "status", p, "--format", "yaml"], check=True,
                                       capture_output=True, text=True).stdout)
    assert abs(st["agreement"]["stance"]["alpha"] - alpha(rows)) < 1e-6, st["agreement"]
    return 3

checked = 0
for seed in range(12):
    checked += run(2 + seed % 3, 30 + 7 * seed, 0.2 if seed % 2 else 0.0, seed)
for seed in range(3):
    checked += run_project(2 + seed, 2 + seed, 100 + seed)
print(f"ok: {checked} coefficient sets match an independent implementation")
PY
