#!/usr/bin/env python3
"""align.py: the learned model's records with their fields read by the page's own alignment, measured by leaving sets out.

Usage (from the source tree, after a build of threadtag and html_features):
    /usr/bin/python3 tests/model/align.py [--build build] [--only SET,...] [--rounds N]

Shares learn.py's loading, labelling and learner. For each left-out set the
record model is trained on the other sets (as learn.py does) and its
records on each page of the left-out set are aligned: every element of a
record, nested records left out, gets its slot, the path of (tag, place
among its siblings of that tag) from the record down to it. A slot's
template features are read across the page's records of the record's tag:
how many records have it, how often its text differs between them, how
often the date readers take it for a time, its mean length, its share in
links. Fields are then read two ways:
  rule   author: the earliest slot most records have whose short text
         varies, is its own and is not a time; time: the slot most often a time (the
         lowest of its kind); text: the slot of the longest varying text,
         then its first part that holds the first 40 characters
  model  one model per role (learn.py's trees) on the element's features,
         its place in the record and its slot's template features,
         trained on the other sets' labelled records
Prints per left-out set: comments, records P / R, then per reader the
author, time and text accuracy on the labelled records the model found,
and whole (record found and every labelled field right, over all the
set's comments); learn.py's own fields (element features, last cycle's
reader) beside them; with --importer, whole on the pages where today's
importer finds no comment; with --rules-run RUN (a saved output of
tests/test_import_html, TT_ROUNDS naming the worked-on sets and html),
whole on the pages the importer gets no comment right of, as read and with
class names scrambled (the model reads no class name: its figure is the
same on both). Nothing is chosen by a left-out set's score.
"""
import argparse
import os
import re
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import learn  # noqa: E402

ROLES = learn.ROLES
SLOT_COLS = ("support", "varies", "date_rate", "mean_len", "link_share", "first_short",
             "records", "rank_len", "rank_date", "slot_order")


def canonical_records(pg, elems):
    """One element per record span: the deepest holding it (the labeller's
    record is the lowest element holding a comment's fields)."""
    sp = learn.spans_of(pg)
    best = {}
    for e in elems:
        best[int(sp[e])] = None
    for e in range(pg.n):  # document order: a deeper element of a span comes later
        k = int(sp[e])
        if k in best and pg.col["tlast"][e] > pg.col["tfirst"][e]:
            best[k] = e
    return sorted(e for e in best.values() if e is not None)


def owners(pg, recs):
    """Each element's nearest record at or above it (-1 for none); parents
    come before children in document order, so one pass."""
    own = np.full(pg.n, -1, dtype=np.int64)
    isrec = np.zeros(pg.n, dtype=bool)
    isrec[recs] = True
    par = pg.parent
    for e in range(pg.n):
        if isrec[e]:
            own[e] = e
        elif par[e] >= 0:
            own[e] = own[par[e]]
    return own


def slots_of(pg, recs):
    """Each record's elements (its own, not a nested record's) and their
    slot paths: (tag, n-th sibling of that tag) from the record down."""
    own = owners(pg, recs)
    path = {}
    nth = np.zeros(pg.n, dtype=np.int64)
    seen = {}
    par = pg.parent
    for e in range(pg.n):
        k = (int(par[e]), pg.tag[e])
        nth[e] = seen.get(k, 0)
        seen[k] = nth[e] + 1
    members = {r: [] for r in recs}
    for e in range(pg.n):
        r = own[e]
        if r < 0 or r == e:
            continue
        path[e] = path.get(int(par[e]), ()) + ((pg.tag[e], int(nth[e])),) if par[e] != r \
            else ((pg.tag[e], int(nth[e])),)
        members[int(r)].append(e)
    return members, path


def first_text(pg, e):
    c = pg.col
    return pg.text_ns[c["tfirst"][e]] if c["tlast"][e] > c["tfirst"][e] else ""


def template(pg, recs, members, path):
    """Each slot's features across the page's records of one tag."""
    c = pg.col
    groups = {}
    for r in recs:
        groups.setdefault(pg.tag[r], []).append(r)
    feats = {}
    for tag, rs in groups.items():
        slot = {}
        for r in rs:
            for e in members[r]:
                slot.setdefault(path[e], {}).setdefault(r, e)  # a record's first
        rows = []
        for key, at in slot.items():
            es = list(at.values())
            texts = [first_text(pg, e) for e in es]
            sub = np.array([c["sub_len"][e] for e in es], dtype=float)
            date = np.array([c["own_date"][e] > 0 or c["time_elem"][e] > 0 or
                             (c["dates"][e] == 1 and c["sub_len"][e] <= 60) for e in es])
            link = np.array([c["link_len"][e] for e in es], dtype=float)
            order = np.mean([(e - r) / max(len(members[r]), 1) for r, e in at.items()])
            rows.append([key, len(es) / len(rs),
                         len(set(texts)) / len(es) if len(es) > 1 else 0.5,
                         float(date.mean()), float(np.log1p(sub).mean()),
                         float(link.sum() / max(sub.sum(), 1)),
                         float(np.mean([0 < len(t) <= 40 for t in texts])),
                         float(np.log1p(len(rs))), 0.0, 0.0, float(order)])
        lens = sorted(set(r[4] for r in rows), reverse=True)
        dates = sorted(set(r[3] for r in rows), reverse=True)
        for row in rows:
            row[8] = lens.index(row[4]) / max(len(lens), 1)
            row[9] = dates.index(row[3]) / max(len(dates), 1)
            feats[(tag, row[0])] = row[1:]
    return feats


def slot_vector(pg, r, e, path, feats):
    return feats.get((pg.tag[r], path[e]), [0.0] * len(SLOT_COLS))


def candidates(pg, X, recs, members, path, feats):
    """Per record: its own elements (a nested record's left out) and their
    rows: the element's features, its place in the record, its slot's."""
    out = {}
    for r in recs:
        idx, F = learn.field_features(pg, X, r)
        mine = set(members[r])
        keep = [i for i, e in enumerate(idx) if int(e) in mine]
        idx = idx[keep]
        S = np.array([slot_vector(pg, r, int(e), path, feats) for e in idx]).reshape(
            len(idx), len(SLOT_COLS))
        out[r] = (idx, np.hstack([F[keep], S]))
    return out


def aligned(pg, X, recs):
    members, path = slots_of(pg, recs)
    return candidates(pg, X, recs, members, path, template(pg, recs, members, path))


# --- the rule reader ------------------------------------------------------

NS = len(SLOT_COLS)
SI = {k: i for i, k in enumerate(SLOT_COLS)}


def first_part(pg, e, children):
    """The lowest part of e starting where it starts and holding its first
    40 characters (the labeller's text element)."""
    c = pg.col
    want = min(40, int(c["sub_len"][e]))
    while True:
        nxt = [k for k in children.get(e, ()) if c["tfirst"][k] == c["tfirst"][e]
               and c["sub_len"][k] >= want and c["tlast"][k] > c["tfirst"][k]]
        if not nxt:
            return e
        e = nxt[0]


def rule_fields(pg, idx, F, children):
    """author, time, text of one record by its slots' template features."""
    if not len(idx):
        return {}
    S = F[:, -NS:]
    sub = pg.col["sub_len"][idx]
    got = {}
    # the name's own box: it holds text of its own, all of it short (a
    # header that holds the name and the time is not the name)
    own = pg.col["own_len"][idx]
    ok = (S[:, SI["support"]] >= 0.5) & (S[:, SI["date_rate"]] < 0.5) & \
        (S[:, SI["varies"]] >= 0.5) & (S[:, SI["first_short"]] >= 0.5) & \
        (own > 0) & (sub <= 40)
    if ok.any():
        got["author"] = int(idx[np.flatnonzero(ok)[0]])
    dr = S[:, SI["date_rate"]] + 1e-3 * S[:, SI["support"]]
    if dr.max() >= 0.5:
        best = np.flatnonzero(dr >= dr.max() - 1e-9)
        got["time"] = int(idx[best[np.argmin(sub[best])]])
    tx = np.where((S[:, SI["varies"]] >= 0.5) & (S[:, SI["support"]] >= 0.5),
                  S[:, SI["mean_len"]] * (1 - S[:, SI["link_share"]]), -1)
    if tx.max() > 0:
        got["text"] = first_part(pg, int(idx[int(np.argmax(tx))]), children)
    return got


# --- training and the measure ---------------------------------------------

def train_fields(pages_, rng, rounds):
    """One model per role on the labelled records' aligned candidates."""
    xs = {r: ([], [], []) for r in ROLES}
    for p in pages_:
        pg = p["pg"]
        labs = [l for l in p["labels"] if l["record"] is not None]
        if not pg.n or not labs:
            continue
        recs = canonical_records(pg, [l["record"] for l in labs])
        cand = aligned(pg, p["X"], recs)
        sp = learn.spans_of(pg)
        byspan = {int(sp[r]): r for r in recs}
        for l in labs:
            r = byspan.get(int(sp[l["record"]]))
            if r is None:
                continue
            idx, F = cand[r]
            for role in ROLES:
                if l[role] is None or l[role] == l["record"] or not len(idx):
                    continue
                y = (sp[idx] == sp[l[role]]).astype(float)
                if not y.any():
                    continue
                keep = (y == 1) | (rng.random(len(y)) < 0.1)
                xs[role][0].append(F[keep])
                xs[role][1].append(y[keep])
                xs[role][2].append(np.where(y[keep] == 1, 1.0, 10.0))
    return {r: learn.train(np.vstack(a), np.concatenate(b), np.concatenate(c), rounds=rounds)
            for r, (a, b, c) in xs.items()}


def children_of(pg):
    ch = {}
    for e in range(pg.n):
        if pg.parent[e] >= 0:
            ch.setdefault(int(pg.parent[e]), []).append(e)
    return ch


def measure(test_pages, rec_model, fmodels, empty, groups):
    """Per reader: fields right on the found labelled records, whole; and
    whole on the pages of each named group (label -> set of pages)."""
    readers = ("rule", "model")
    right = {(k, r): 0 for k in readers for r in ROLES}
    total = {r: 0 for r in ROLES}
    whole = {k: 0 for k in readers}
    ewhole = {k: 0 for k in readers}
    ecomments = epages = comments = 0
    tp = fp = fn = 0
    gw = {(g, k): 0 for g in groups for k in readers}
    for p in test_pages:
        pg = p["pg"]
        comments += len(p["labels"])
        mine = [g for g, ps in groups.items() if p["page"] in ps]
        is_empty = p["page"] in empty
        if is_empty:
            epages += 1
            ecomments += len(p["labels"])
        if not pg.n:
            fn += sum(l["record"] is not None for l in p["labels"])
            continue
        prob = learn.predict(rec_model, p["X"])
        sp = learn.spans_of(pg)
        predicted = np.flatnonzero(prob > 0.5)
        pred = set(int(x) for x in sp[predicted])
        truth = learn.record_spans(p)
        tp, fp, fn = tp + len(pred & truth), fp + len(pred - truth), fn + len(truth - pred)
        recs = canonical_records(pg, predicted)
        if not recs:
            continue
        cand = aligned(pg, p["X"], recs)
        byspan = {int(sp[r]): r for r in recs}
        children = children_of(pg)
        nonempty = [cand[r] for r in recs if len(cand[r][0])]
        scores = {}
        if nonempty:
            allF = np.vstack([F for _, F in nonempty])
            scores = {role: learn.margin(fmodels[role], allF) for role in ROLES}
        at, start = 0, {}
        for r in recs:
            start[r] = at
            at += len(cand[r][0])
        for l in p["labels"]:
            if l["record"] is None or int(sp[l["record"]]) not in byspan:
                continue
            r = byspan[int(sp[l["record"]])]
            idx, F = cand[r]
            guess = {"rule": rule_fields(pg, idx, F, children), "model": {}}
            for role in ROLES:
                if len(idx):
                    s = scores[role][start[r]:start[r] + len(idx)]
                    guess["model"][role] = int(idx[int(np.argmax(s))])
            ok = {k: True for k in readers}
            for role in ROLES:
                if l[role] is None or l[role] == l["record"]:
                    continue
                total[role] += 1
                for k in readers:
                    g = guess[k].get(role)
                    hit = g is not None and sp[g] == sp[l[role]]
                    right[(k, role)] += hit
                    ok[k] = ok[k] and hit
            for k in readers:
                whole[k] += ok[k]
                ewhole[k] += ok[k] and is_empty
                for g in mine:
                    gw[(g, k)] += ok[k]
    return {"tp": tp, "fp": fp, "fn": fn, "right": right, "total": total, "whole": whole,
            "comments": comments, "ewhole": ewhole, "epages": epages, "ecomments": ecomments,
            "groups": gw}


def importer_empty(build, data):
    """The pages where today's importer finds no comment (its report line)."""
    exe = os.path.join(build, "threadtag")
    out = set()
    for s in data:
        for p in data[s]:
            r = subprocess.run([exe, "import", "--from", "html", p["page"], "-o", os.devnull],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
            m = re.search(r"(\d+) comments?\b", r.stderr.decode("utf-8", "replace"))
            if not m or int(m.group(1)) == 0:
                out.add(p["page"])
    return out


PAGE_LINE = re.compile(r"^(\S+\.html) +(\d+) of +(\d+) comments right")
SET_LINE = re.compile(r"^fidelity(-scrambled)? \(([^,)]+)")


def rules_run(path):
    """From a saved run of tests/test_import_html (TT_ROUNDS naming the
    worked-on sets and html), the pages it gets no comment of right: as the
    importer reads them ("rules") and with their class names scrambled
    ("scrambled"). A set's page lines come before its fidelity line."""
    groups, pending = {}, []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = PAGE_LINE.match(line)
            if m and m.group(2) == "0" and m.group(3) != "0":
                pending.append(m.group(1))
                continue
            m = SET_LINE.match(line)
            if not m:
                continue
            label = m.group(2)
            s = ("dev" if label.startswith("development") else "heldout" if label == "round 4"
                 else "templates" if label.startswith("template") else
                 "round" + label[6:] if re.fullmatch(r"round \d+", label) else None)
            for b in pending:
                page = os.path.join(learn.DATA if s == "dev" else os.path.join(learn.DATA, s), b)
                if s in learn.SETS and os.path.exists(page):
                    groups.setdefault("scrambled" if m.group(1) else "rules", set()).add(page)
            pending = []
    return groups


def pct(a, b):
    return 100.0 * a / b if b else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--only", default="")
    ap.add_argument("--rounds", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1,
                    help="the sampling of non-records and non-fields (a second run's spread)")
    ap.add_argument("--importer", action="store_true",
                    help="also measure whole on the pages where today's importer finds no comment")
    ap.add_argument("--pages", default="",
                    help="a file of LABEL<tab>PAGE lines (say, the pages where the importer, or "
                    "the importer on class names scrambled, gets no comment right): whole on "
                    "each label's pages, summed over the left-out sets")
    ap.add_argument("--rules-run", default="",
                    help="a saved run of tests/test_import_html (TT_ROUNDS of the worked-on sets "
                    "and html): whole on the pages it gets no comment right, as read and "
                    "scrambled")
    a = ap.parse_args()
    only = set(a.only.split(",")) if a.only else None
    groups = {}
    if a.pages:
        with open(a.pages, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    g, page = line.rstrip("\n").split("\t")
                    groups.setdefault(g, set()).add(page)
    if a.rules_run:
        groups.update(rules_run(a.rules_run))
    data, st = learn.load(a.build, False, only)
    print("labelling: %d pages, %d comments, %d labelled" % (st["pages"], st["comments"],
                                                             st["labelled"]))
    empty = importer_empty(a.build, data) if a.importer else set()
    if a.importer:
        print("pages where the importer finds no comment: %d of %d" % (len(empty), st["pages"]))
    sys.stdout.flush()
    rng = np.random.default_rng(a.seed)
    print("set\tcomments\trec_P\trec_R\trule: author\ttime\ttext\twhole"
          "\tmodel: author\ttime\ttext\twhole\telement fields: whole"
          "\tempty pages (comments)\trule whole\tmodel whole")
    sums = []
    gsum = {g: [0, 0, 0, 0, 0] for g in groups}  # pages, comments, rule, model, element
    for s in data:
        train_pages = [p for t in data if t != s for p in data[t]]
        X, y, w = learn.record_xy(train_pages, rng)
        rec = learn.train(X, y, w, rounds=a.rounds)
        fm = train_fields(train_pages, rng, a.rounds // 2)
        old = {}
        for role in ROLES:
            FX, Fy, Fw = learn.field_xy(train_pages, role, rng)
            old[role] = learn.train(FX, Fy, Fw, rounds=a.rounds // 2)
        e = measure(data[s], rec, fm, empty, groups)
        base = learn.evaluate(data[s], rec, old)
        for g, ps in groups.items():
            sub = [p for p in data[s] if p["page"] in ps]
            gsum[g][0] += len(sub)
            gsum[g][1] += sum(len(p["labels"]) for p in sub)
            gsum[g][2] += e["groups"][(g, "rule")]
            gsum[g][3] += e["groups"][(g, "model")]
            gsum[g][4] += learn.evaluate(sub, rec, old)["whole"] if sub else 0
        P = pct(e["tp"], e["tp"] + e["fp"])
        R = pct(e["tp"], e["tp"] + e["fn"])
        row = [P, R]
        for k in ("rule", "model"):
            row += [pct(e["right"][(k, r)], e["total"][r]) for r in ROLES]
            row.append(pct(e["whole"][k], e["comments"]))
        row.append(pct(base["whole"], base["comments"]))
        er = [pct(e["ewhole"][k], e["ecomments"]) for k in ("rule", "model")]
        print("%s\t%d\t%s\t%d (%d)\t%s" % (
            s, e["comments"], "\t".join("%.1f" % v for v in row), e["epages"], e["ecomments"],
            "\t".join("%.1f" % v for v in er) if e["ecomments"] else "-\t-"))
        sys.stdout.flush()
        sums.append(row + [e["ewhole"]["rule"], e["ewhole"]["model"], e["ecomments"],
                           e["epages"]])
    m = np.nanmean(np.array([r[:-4] for r in sums]), axis=0)
    ew = np.sum(np.array([r[-4:] for r in sums]), axis=0)
    print("mean\t\t%s\t%d (%d)\t%.1f\t%.1f" % ("\t".join("%.1f" % v for v in m), ew[3], ew[2],
                                             pct(ew[0], ew[2]), pct(ew[1], ew[2])))
    for g, (np_, nc, rw, mw, ow) in sorted(gsum.items()):
        print("pages %s: %d pages, %d comments; whole: rule %d (%.1f%%), aligned model %d "
              "(%.1f%%), element fields %d (%.1f%%)" % (g, np_, nc, rw, pct(rw, nc), mw, pct(mw, nc),
                                                       ow, pct(ow, nc)))


if __name__ == "__main__":
    main()
