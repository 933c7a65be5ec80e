"""A tiny HTTP server on 127.0.0.1 (ephemeral port) serving fixed documents, in a thread."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


class _Handler(BaseHTTPRequestHandler):
    documents: Mapping[str, tuple[bytes, str]] = {}

    def do_GET(self) -> None:
        found = self.documents.get(self.path.split("?", 1)[0])
        if found is None:
            self.send_error(404)
            return
        body, content_type = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass  # the demo prints its own summary


class LocalServer:
    """Serves ``documents`` (path -> (body, content type)) until closed."""

    def __init__(self, documents: Mapping[str, tuple[bytes, str]]) -> None:
        handler = type("DemoHandler", (_Handler,), {"documents": dict(documents)})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="demo-http", daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
