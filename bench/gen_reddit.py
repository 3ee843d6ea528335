#!/usr/bin/python3
"""bench/gen_reddit: a complete Reddit comments page of N comments.

Usage: gen_reddit.py N OUT.json. Comments come in blocks of six at depths
0 1 2 3 1 2: each top-level comment has two replies, the first with a chain
below it. Deterministic, so every run measures the same thread. The network
tests use it too when the corpus is not present.
"""
import json
import sys

n, out = int(sys.argv[1]), sys.argv[2]


def comment(i):
    return {"kind": "t1", "data": {
        "id": "c%x" % i, "name": "t1_c%x" % i, "author": "user%d" % (i % 997),
        "created_utc": 1700000000 + i, "replies": "",
        "body": "Comment %d says something about the buses, at some length, with a "
                "second sentence that goes on a little." % i,
        "body_html": "<div class=\"md\"><p>Comment %d</p></div>" % i}}


DEPTHS = (0, 1, 2, 3, 1, 2)
top, chain = [], []
for i in range(n):
    c = comment(i)
    depth = DEPTHS[i % len(DEPTHS)]
    if depth == 0:
        top.append(c)
        chain = [c]
    else:
        parent = chain[depth - 1]["data"]
        if not parent["replies"]:
            parent["replies"] = {"kind": "Listing", "data": {"children": []}}
        parent["replies"]["data"]["children"].append(c)
        chain = chain[:depth] + [c]
post = {"kind": "t3", "data": {"id": "bench1", "name": "t3_bench1", "subreddit": "bench",
                               "title": "A generated thread", "author": "op",
                               "selftext": "Body.", "selftext_html": "<p>Body.</p>",
                               "permalink": "/r/bench/comments/bench1/generated/",
                               "created_utc": 1700000000}}
json.dump([{"kind": "Listing", "data": {"children": [post]}},
           {"kind": "Listing", "data": {"children": top}}], open(out, "w"))
