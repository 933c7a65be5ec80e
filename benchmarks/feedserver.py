"""A local feed server for benchmarks, run in its own process.

It serves generated feeds on several 127.0.0.1 ports (so the poller's per-host
limit sees many "hosts"), answers conditional GETs with 304, and can be switched
by control URLs to ignore conditional headers or to add new items to 5% of feeds.

    python -m benchmarks.feedserver FEEDS ITEMS PORTS   # prints "READY port1,port2,..."
"""

from __future__ import annotations

import asyncio
import hashlib
import sys
from email.utils import formatdate

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


class FeedProtocol(asyncio.Protocol):
    """A lean HTTP/1.1 keep-alive responder: the benchmark measures the tracker, so
    the server must cost as little CPU as possible on the same two cores
    (http.server's per-request header parsing cost about as much as the client)."""

    def __init__(self, state: FeedState) -> None:
        self.state = state
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            self.respond(head.decode("latin-1"))

    def respond(self, head: str) -> None:
        lines = head.split("\r\n")
        path = lines[0].split(" ")[1]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        code, body, extra = self.route(path, headers)
        reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[code]
        head_out = [f"HTTP/1.1 {code} {reason}", f"Content-Length: {len(body)}"]
        head_out += [f"{k}: {v}" for k, v in extra.items()]
        assert self.transport is not None
        self.transport.write(("\r\n".join(head_out) + "\r\n\r\n").encode() + body)

    def route(self, path: str, headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
        state = self.state
        if path == "/_ctl/conditional-off":
            state.conditional = False
            return 200, b"ok", {}
        if path == "/_ctl/conditional-on":
            state.conditional = True
            return 200, b"ok", {}
        if path == "/_ctl/grow":
            state.grow()
            return 200, b"ok", {}
        if not path.startswith("/feed/"):
            return 404, b"", {}
        n = int(path.removeprefix("/feed/").split(".")[0])
        etag = state.etags[n]
        if state.conditional and (
            headers.get("if-none-match") == etag
            or headers.get("if-modified-since") == state.modified
        ):
            return 304, b"", {"ETag": etag}
        ctype = "application/rss+xml" if n % 2 == 0 else "application/atom+xml"
        return 200, state.docs[n], {
            "Content-Type": ctype, "ETag": etag, "Last-Modified": state.modified}


async def serve(n_feeds: int, n_items: int, n_ports: int) -> None:
    state = FeedState(n_feeds, n_items)
    loop = asyncio.get_running_loop()
    servers = [await loop.create_server(lambda: FeedProtocol(state), "127.0.0.1", 0)
               for _ in range(n_ports)]
    ports = [srv.sockets[0].getsockname()[1] for srv in servers]
    print("READY " + ",".join(map(str, ports)), flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # serve until stdin closes


def main() -> None:
    n_feeds, n_items, n_ports = (int(a) for a in sys.argv[1:4])
    asyncio.run(serve(n_feeds, n_items, n_ports))


if __name__ == "__main__":
    main()
