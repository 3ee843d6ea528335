#!/usr/bin/python3
"""net/make_fixtures: cuts a complete Reddit thread into the answers Reddit would give.

Usage: make_fixtures.py REDDIT_JSON HN_JSON OUTDIR. Writes OUTDIR/complete.json
(the thread with Reddit's own "more" stubs removed: the reference), a first
page with stubs (top-level, nested, and one "continue this thread"), the
morechildren answers (100 ids a request, the last of the first round holding
a further stub, so expansion must repeat), and OUTDIR/routes.json for
server.py, with the error cases of the fetch tests.
"""
import copy
import json
import os
import sys

src, hn_src, out = sys.argv[1], sys.argv[2], sys.argv[3]
page = json.load(open(src))
post = page[0]["data"]["children"][0]["data"]
SUB, LINK = post["subreddit"], post["id"]
routes = {}
CONT = ""


def strip_more(listing):
    """Removes Reddit's own stubs, so what is left is complete by definition."""
    stack = [listing]
    while stack:
        l = stack.pop()
        kids = [k for k in l["data"]["children"] if k["kind"] != "more"]
        l["data"]["children"] = kids
        for k in kids:
            if isinstance(k["data"].get("replies"), dict):
                stack.append(k["data"]["replies"])


def flatten(things, parent):
    """Comments in preorder as morechildren gives them: flat, with parent_id."""
    flat, stack = [], [(t, parent) for t in reversed(things)]
    while stack:
        t, p = stack.pop()
        d = copy.deepcopy(t["data"])
        d["parent_id"] = p
        kids = d["replies"]["data"]["children"] if isinstance(d.get("replies"), dict) else []
        d["replies"] = ""
        flat.append({"kind": "t1", "data": d})
        stack.extend((k, "t1_" + d["id"]) for k in reversed(kids))
    return flat


def stub(ids, parent, sid="more1"):
    return {"kind": "more", "data": {"count": len(ids), "name": "t1_" + sid, "id": sid,
                                     "parent_id": parent, "depth": 0, "children": ids}}


def write(name, obj):
    path = os.path.join(out, name)
    json.dump(obj, open(path, "w"))
    return path


def answers(flat, tail=None):
    """morechildren answers for flat, 100 ids each; tail: a stub in the last one."""
    ids = [t["data"]["id"] for t in flat]
    chunks = [ids[i:i + 100] for i in range(0, len(ids), 100)]
    for n, chunk in enumerate(chunks):
        things = [t for t in flat if t["data"]["id"] in set(chunk)]
        if tail and n == len(chunks) - 1:
            things.append(tail)
        f = write("more-%s.json" % chunk[0], {"json": {"errors": [], "data": {"things": things}}})
        routes["/api/morechildren.json?children=" + ",".join(chunk)] = {"file": f}
    return ids


strip_more(page[1])
write("complete.json", page)
first = copy.deepcopy(page)
top = first[1]["data"]["children"]
keep, rest = top[:3], top[3:]
link = "t3_" + LINK
# Top level: the rest in two rounds, the second announced by the first's answers.
flat = flatten(rest, link)
half = max(len(flat) - 20, 0)  # a first round over 100 ids: two requests
while half < len(flat) and flat[half]["data"]["parent_id"] != link:
    half += 1  # a round starts at a top-level comment, so parents come first
ids2 = [t["data"]["id"] for t in flat[half:]]
answers(flat[half:])
ids1 = answers(flat[:half], stub(ids2, link, "more2") if ids2 else None)
top[3:] = [stub(ids1, link)] if ids1 else []
# Nested: a kept comment's replies after its first go behind a stub; a deeper
# one's replies behind "continue this thread".
for k in keep:
    r = k["data"].get("replies")
    kids = r["data"]["children"] if isinstance(r, dict) else []
    if len(kids) >= 2 and "nested" not in routes:
        nflat = flatten(kids[1:], "t1_" + k["data"]["id"])
        r["data"]["children"] = kids[:1] + [stub(answers(nflat), "t1_" + k["data"]["id"], "more3")]
        routes["nested"] = True
        cont_parent = kids[0]
        cr = cont_parent["data"].get("replies")
        if isinstance(cr, dict) and cr["data"]["children"]:
            whole = copy.deepcopy(cont_parent)
            cp = cont_parent["data"]
            CONT = cp["id"]
            cp["replies"]["data"]["children"] = [
                {"kind": "more", "data": {"count": 0, "name": "t1__", "id": "_",
                                          "parent_id": "t1_" + cp["id"], "depth": 10,
                                          "children": []}}]
            f = write("cont.json", [page[0], {"kind": "Listing",
                                              "data": {"children": [whole]}}])
            routes["/r/%s/comments/%s/_/%s/.json" % (SUB, LINK, cp["id"])] = {"file": f}
routes.pop("nested", None)
fp = write("first.json", first)
T = "/r/%s/comments/%s/.json" % (SUB, LINK)
routes[T] = {"file": fp, "gzip": True}
# HN: the story, and one of its comments (which opens the story).
hn = json.load(open(hn_src))
routes["/api/v1/items/%s" % hn["id"]] = {"file": write("hn.json", hn)}
kid = hn["children"][0]
routes["/api/v1/items/%s" % kid["id"]] = {"body": json.dumps(
    {"id": kid["id"], "type": "comment", "story_id": hn["id"], "children": []})}
# The official HN API, item by item, made from the same tree.
stack = [(hn, None)]
while stack:
    it, parent = stack.pop()
    fb = {"id": it["id"], "type": it["type"], "time": it["created_at_i"]}
    for a, b in (("author", "by"), ("text", "text"), ("title", "title"), ("url", "url"),
                 ("points", "score")):
        if it.get(a) is not None:
            fb[b] = it[a]
    if parent:
        fb["parent"] = parent
    if it.get("children"):
        fb["kids"] = [k["id"] for k in it["children"]]
    routes["/v0/item/%s.json" % it["id"]] = {"body": json.dumps(fb)}
    stack.extend((k, it["id"]) for k in it.get("children", []))
# An ordinary page (a text capture of the project's own), served as text.
routes["/2023/garden.html"] = {"file": os.path.join(os.path.dirname(hn_src), "..", "pages",
                                                    "garden-nested.txt"),
                               "headers": {"Content-Type": "text/plain; charset=utf-8"}}
# Bad answers.
routes["/r/x/comments/e404/.json"] = {"status": 404, "body": "{}"}
routes["/r/x/comments/ehtml/.json"] = {"body": "<html><body>Log in</body></html>",
                                       "headers": {"Content-Type": "text/html"}}
routes["/r/x/comments/etrunc/.json"] = {"body": open(fp).read()[:500]}
routes["/r/x/comments/eshape/.json"] = {"body": '{"kind": "Listing", "data": {}}'}
routes["/r/x/comments/eloop/.json"] = {"redirect": "/r/x/comments/eloop/.json"}
routes["/r/x/comments/eclose/.json"] = {"file": fp, "close": 300}
routes["/r/x/comments/estall/.json"] = {"file": fp, "stall": 20}
routes["/r/x/comments/eslow/.json"] = {"file": fp, "stall": 20}
routes["/r/x/comments/rdr/.json"] = {"redirect": T}
routes["/r/x/comments/rlim/.json"] = {"file": fp, "headers": {"X-Ratelimit-Remaining": "0.0",
                                                              "X-Ratelimit-Reset": "1"}}
routes["/r/x/comments/r429/.json"] = {"redirect": T, "first_status": 429,
                                      "first_headers": {"Retry-After": "1"}}
json.dump(routes, open(os.path.join(out, "routes.json"), "w"), indent=1)
# What the tests need to know of the thread, as shell assignments.
with open(os.path.join(out, "info.sh"), "w") as f:
    f.write("SUB=%s LINK=%s CONT=%s\n" % (SUB, LINK, CONT))
print("%d comments, top-level rounds of %d and %d ids" % (
    len(flatten(page[1]["data"]["children"], link)), len(ids1), len(ids2)))
