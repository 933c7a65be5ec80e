"""A local feed server for benchmarks, run in its own process.

It serves generated feeds on several 127.0.0.1 ports (so the poller's per-host
limit sees many "hosts"), answers conditional GETs with 304, and can be switched
by control URLs to ignore conditional headers or to add new items to 5% of feeds.

    python -m benchmarks.feedserver FEEDS ITEMS PORTS   # prints "READY port1,port2,..."
"""

from __future__ import annotations

import hashlib
import sys
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from benchmarks.datagen import feed_documents


class FeedState:
    def __init__(self, n_feeds: int, n_items: int) -> None:
        self.n_feeds = n_feeds
        self.n_items = n_items
        self.conditional = True
        self.version = 0
        self._install(feed_documents(n_feeds, n_items))

    def _install(self, docs: list[bytes]) -> None:
        self.docs = docs
        self.etags = [f'"{hashlib.sha1(d).hexdigest()}"' for d in docs]
        self.modified = formatdate(1_740_000_000 + self.version * 3600, usegmt=True)

    def grow(self) -> None:
        self.version += 1
        self._install(feed_documents(self.n_feeds, self.n_items, extra=10, grow_every=20))


def make_handler(state: FeedState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def _send(self, code: int, body: bytes = b"",
                  headers: dict[str, str] | None = None) -> None:
            self.send_response(code)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path
            if path == "/_ctl/conditional-off":
                state.conditional = False
                return self._send(200, b"ok")
            if path == "/_ctl/conditional-on":
                state.conditional = True
                return self._send(200, b"ok")
            if path == "/_ctl/grow":
                state.grow()
                return self._send(200, b"ok")
            if not path.startswith("/feed/"):
                return self._send(404)
            n = int(path.removeprefix("/feed/").split(".")[0])
            etag = state.etags[n]
            if state.conditional and (
                self.headers.get("If-None-Match") == etag
                or self.headers.get("If-Modified-Since") == state.modified
            ):
                return self._send(304, headers={"ETag": etag})
            ctype = "application/rss+xml" if n % 2 == 0 else "application/atom+xml"
            return self._send(200, state.docs[n], {
                "Content-Type": ctype, "ETag": etag, "Last-Modified": state.modified})

    return Handler


def main() -> None:
    n_feeds, n_items, n_ports = (int(a) for a in sys.argv[1:4])
    state = FeedState(n_feeds, n_items)
    handler = make_handler(state)
    ports = []
    for _ in range(n_ports):
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        ports.append(server.server_address[1])
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print("READY " + ",".join(map(str, ports)), flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin


if __name__ == "__main__":
    main()
