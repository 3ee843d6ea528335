#!/usr/bin/python3
"""net/server: recorded answers on 127.0.0.1 for the fetch tests (standard library only).

Usage: server.py ROUTES.json LOG PORTFILE. ROUTES maps a request path
("/api/v1/items/17", "/api/morechildren.json?children=a,b") to how to answer:
{"file": F} or {"body": TEXT}, and optionally "status", "headers", "gzip",
"stall" (seconds to wait mid-body), "close" (bytes sent before hanging up),
"redirect" (a Location), "first_status" (answered once before the normal answer).
Every request is appended to LOG as "PATH?QUERY". Binds port 0; writes the port
to PORTFILE once listening. With TT_TLS_CERT (a PEM holding a key and a
certificate) set, it speaks HTTPS.
"""
import gzip
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROUTES = json.load(open(sys.argv[1]))
LOG = sys.argv[2]
SEEN = set()
LOCK = threading.Lock()


def route_for(path, query):
    q = urllib.parse.parse_qs(query)
    if "children" in q and path + "?children=" + q["children"][0] in ROUTES:
        return ROUTES[path + "?children=" + q["children"][0]]
    return ROUTES.get(path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, as a real server sends them

    def log_message(self, *args):
        pass

    def do_GET(self):
        start = time.time()
        if self.path.startswith("http://"):  # asked as a proxy: keep the path, log the host
            parts = urllib.parse.urlsplit(self.path)
            with LOCK:
                with open(LOG, "a") as f:
                    f.write("PROXY " + parts.netloc + "\n")
            self.path = parts.path + ("?" + parts.query if parts.query else "")
        with LOCK:
            with open(LOG, "a") as f:
                f.write(self.path + "\n")
                if self.headers.get("Authorization"):
                    f.write("AUTH " + self.headers["Authorization"] + "\n")
                f.write("UA " + self.headers.get("User-Agent", "") + "\n")
        try:
            self.get()
        finally:
            # LOG.times: when each request came and how long the server took on it.
            with LOCK:
                with open(LOG + ".times", "a") as f:
                    f.write("%.6f %.6f %s\n" % (start, time.time() - start, self.path))

    def get(self):
        path, _, query = self.path.partition("?")
        r = route_for(path, query)
        if r is None:
            return self.answer(404, b"not here", {})
        with LOCK:
            first = path not in SEEN
            SEEN.add(path)
        if "first_status" in r and first:
            return self.answer(r["first_status"], b"wait", r.get("first_headers", {}))
        if "redirect" in r:
            return self.answer(r.get("status", 302), b"", {"Location": r["redirect"]})
        body = open(r["file"], "rb").read() if "file" in r else r.get("body", "").encode()
        headers = dict(r.get("headers", {}))
        if r.get("gzip") and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
            with LOCK:
                with open(LOG, "a") as f:
                    f.write("GZIP " + self.path + "\n")
        self.answer(r.get("status", 200), body, headers, r.get("stall"), r.get("close"))

    def answer(self, status, body, headers, stall=None, close=None):
        self.send_response(status)
        headers.setdefault("Content-Type", "application/json")
        for k, v in headers.items():
            self.send_header(k, str(v))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if close is not None:
            self.wfile.write(body[:close])
            self.wfile.flush()
            self.close_connection = True
            return
        if stall:
            self.wfile.write(body[:10])
            self.wfile.flush()
            time.sleep(stall)
        self.wfile.write(body[10:] if stall else body)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
if os.environ.get("TT_TLS_CERT"):
    import ssl
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.environ["TT_TLS_CERT"])
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
with open(sys.argv[3] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[3] + ".tmp", sys.argv[3])
server.serve_forever()
