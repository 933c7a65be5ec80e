"""Small real HTTP servers on 127.0.0.1 for the fetch tests.

pytest-httpserver covers ordinary responses; these cover what it cannot: a
server that stalls mid-body, trickles, sends a gzip bomb, counts concurrent
requests, or acts as a proxy. Each server gets its own free port (xdist-safe).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tracker.models import HttpSettings

Handler = Callable[[BaseHTTPRequestHandler], None]


def fast_settings(**overrides: float | int | str | bool) -> HttpSettings:
    """Settings with small timeouts so failing cases end in about a second."""
    values: dict[str, float | int | str | bool] = {
        "connect_timeout": 2.0, "read_timeout": 2.0, "total_timeout": 5.0,
        "max_bytes": 1024 * 1024, "max_redirects": 5, "per_host": 2, "workers": 4,
    }
    values.update(overrides)
    return HttpSettings(**values)  # type: ignore[arg-type]


@contextmanager
def serve(handler: Handler, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Run ``handler(request)`` for every GET on a fresh local server; yield its base URL.

    ``host`` may be another loopback address (127.0.0.2: the SSRF tests call it public)."""

    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go in separate writes

        def do_GET(self) -> None:
            # the client giving up mid-response is what several tests want
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                handler(self)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return None

    server = ThreadingHTTPServer((host, port), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def send_head(request: BaseHTTPRequestHandler, status: int = 200,
              headers: dict[str, str] | None = None) -> None:
    request.send_response(status)
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.end_headers()
    request.wfile.flush()


@contextmanager
def refused_url() -> Iterator[str]:
    """A URL whose port is bound but not listening: connecting is refused at once."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/feed"
    finally:
        sock.close()
