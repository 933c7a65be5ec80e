"""Notice when the system clock jumps (set back or forward, or a suspend ended).

APScheduler waits on the wall clock: set it back two days and the next poll is
two days away. The main thread compares the wall clock with the monotonic clock
every tick; when their difference moves by more than ``threshold`` seconds, the
clock jumped and the service reschedules its jobs from the new time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

JUMP_THRESHOLD_S = 60.0


class ClockWatch:
    """``jumped()`` returns how far the wall clock moved against the monotonic
    one since the last call (seconds), when more than ``threshold``; else None."""

    def __init__(self, wall: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic,
                 threshold: float = JUMP_THRESHOLD_S) -> None:
        self._wall = wall
        self._monotonic = monotonic
        self._threshold = threshold
        self._offset = wall() - monotonic()

    def jumped(self) -> float | None:
        offset = self._wall() - self._monotonic()
        moved = offset - self._offset
        self._offset = offset
        return moved if abs(moved) > self._threshold else None
