"""Serving the web app with waitress (pure Python, threaded WSGI server): in the
foreground (``claimtracker web``) or in a thread beside the service (``serve``
with ``[web] enabled = true``)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping

from waitress.server import create_server

from tracker.config import Config
from tracker.web.app import create_app
from tracker.web.context import Clock

log = logging.getLogger("tracker.web")


class WebServer:
    """A bound server (port 0 picks a free one); ``run`` it or ``start`` a thread."""

    def __init__(self, config: Config, host: str, port: int, *, clock: Clock | None = None,
                 env: Mapping[str, str] | None = None, threads: int = 4) -> None:
        app = create_app(config, host=host, clock=clock, env=env)
        self._server = create_server(app, host=host, port=port, threads=threads,
                                     ident="claimtracker", clear_untrusted_proxy_headers=True)
        self._thread: threading.Thread | None = None
        self.host = host

    @property
    def port(self) -> int:
        return int(self._server.effective_port)  # type: ignore[union-attr]

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def run(self) -> None:
        """Serve until closed (or KeyboardInterrupt)."""
        self._server.run()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, name="web", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            self._server.run()
        except Exception:  # the service goes on without its web app
            log.exception("web app stopped")

    def close(self, timeout: float = 5.0) -> None:
        self._server.close()
        if self._thread is not None:
            self._thread.join(timeout)
