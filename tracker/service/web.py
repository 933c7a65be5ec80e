"""The web app beside the service (``[web] enabled = true``): started in a thread
after the service's own checks; a web app that cannot start (port taken, no login
token for a public address) is logged and the service runs without it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from tracker.config import Config
from tracker.errors import TrackerError
from tracker.service.service import Clock

if TYPE_CHECKING:
    from tracker.web.server import WebServer

log = logging.getLogger("tracker.service")


def start_web(config: Config, clock: Clock, env: Mapping[str, str] | None) -> WebServer | None:
    if not config.web.enabled:
        return None
    from tracker.web.server import WebServer  # Flask and waitress only when enabled

    try:
        server = WebServer(config, config.web.host, config.web.port, clock=clock, env=env)
    except (TrackerError, OSError) as exc:
        log.error("web app not started: %s", exc)
        return None
    server.start()
    log.info("web app on %s", server.url)
    return server
