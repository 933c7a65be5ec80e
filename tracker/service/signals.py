"""Run a started service until SIGTERM/SIGINT, then stop it cleanly."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_STOP_GRACE_S = 10.0
"""Seconds a stopping service waits for a running job (``serve --stop-timeout``)."""

log = logging.getLogger("tracker.service")


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Set ``stop`` on SIGTERM or SIGINT while inside the block; restore handlers after."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s, stopping", signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def wait_until_set(stop: threading.Event, tick: float = 0.5,
                   every_tick: Callable[[], None] | None = None) -> None:
    """Block the main thread until ``stop`` is set (short waits keep signals prompt);
    ``every_tick`` runs after each wait (it must not raise)."""
    while not stop.wait(tick):
        if every_tick is not None:
            every_tick()
