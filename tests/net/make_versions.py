#!/usr/bin/python3
"""net/make_versions: two versions of a small Reddit thread for the update test.

Usage: make_versions.py OUTDIR. Version 1: a (b (c)), d, e. Version 2: a's text
edited, b deleted, c unchanged, d gone, e unchanged, f new under a, g new at
the top, and a "more" stub for h (so the update expands stubs too). Writes
v1.json, v2.json, more.json and routes-v1.json, routes-v2.json.
"""
import json
import os
import sys

out = sys.argv[1]
PATH = "/r/test/comments/up1/.json"


def c(cid, body, parent, replies=(), author=None):
    return {"kind": "t1", "data": {
        "id": cid, "name": "t1_" + cid, "author": author or "user_" + cid, "body": body,
        "body_html": "&lt;p&gt;x&lt;/p&gt;", "created_utc": 1700000000 + len(cid),
        "parent_id": parent, "replies": {"kind": "Listing", "data": {"children": list(replies)}}
        if replies else ""}}


def page(comments):
    post = {"kind": "t3", "data": {"id": "up1", "name": "t3_up1", "title": "Update me",
                                   "author": "op", "subreddit": "test", "selftext": "Body.",
                                   "selftext_html": "&lt;p&gt;Body.&lt;/p&gt;",
                                   "permalink": "/r/test/comments/up1/update_me/",
                                   "created_utc": 1700000000}}
    return [{"kind": "Listing", "data": {"children": [post]}},
            {"kind": "Listing", "data": {"children": comments}}]


v1 = page([c("a", "First version of a.", "t3_up1",
             [c("b", "Reply b.", "t1_a", [c("c", "Reply c.", "t1_b")])]),
           c("d", "Comment d.", "t3_up1"), c("e", "Comment e.", "t3_up1")])
more = {"kind": "more", "data": {"id": "h", "name": "t1_h", "count": 1, "parent_id": "t3_up1",
                                 "children": ["h"]}}
v2 = page([c("a", "Second version of a, edited.", "t3_up1",
             [c("b", "[deleted]", "t1_a", [c("c", "Reply c.", "t1_b")], author="[deleted]"),
              c("f", "New reply f.", "t1_a")]),
           c("e", "Comment e.", "t3_up1"), c("g", "New comment g.", "t3_up1"), more])
answer = {"json": {"errors": [], "data": {"things": [c("h", "Hidden h.", "t3_up1")]}}}
for name, obj in (("v1.json", v1), ("v2.json", v2), ("more.json", answer)):
    json.dump(obj, open(os.path.join(out, name), "w"))
json.dump({PATH: {"file": os.path.join(out, "v1.json")},
           "/r/test/comments/up1/_/c/.json": {"file": os.path.join(out, "v1.json")}},
          open(os.path.join(out, "routes-v1.json"), "w"))
# A server that answers a stub with the same stub again, and an HN item that
# is its own reply: a fetch must end all the same.
loop = page([c("l", "Looping.", "t3_up1"),
             {"kind": "more", "data": {"id": "q1", "name": "t1_q1", "count": 1,
                                       "parent_id": "t3_up1", "children": ["q1"]}}])
json.dump(loop, open(os.path.join(out, "loop.json"), "w"))
again = {"json": {"errors": [], "data": {"things": [
    {"kind": "more", "data": {"id": "q2", "name": "t1_q2", "count": 1,
                              "parent_id": "t3_up1", "children": ["q1"]}}]}}}
json.dump(again, open(os.path.join(out, "again.json"), "w"))
LOOPS = {"/r/test/comments/loop1/.json": {"file": os.path.join(out, "loop.json")},
         "/api/morechildren.json?children=q1": {"file": os.path.join(out, "again.json")},
         "/v0/item/77.json": {"body": json.dumps(
             {"id": 77, "type": "story", "title": "Self", "by": "x", "time": 1, "kids": [77, 78]})},
         "/v0/item/78.json": {"body": json.dumps(
             {"id": 78, "type": "comment", "by": "y", "time": 2, "parent": 77, "text": "hi",
              "kids": [77, 78]})}}
json.dump(dict({PATH: {"file": os.path.join(out, "v2.json")},
           "/api/morechildren.json?children=h": {"file": os.path.join(out, "more.json")}},
               **LOOPS),
          open(os.path.join(out, "routes-v2.json"), "w"))
