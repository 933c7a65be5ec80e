"""A parse/match worker exits once the polling process that started it is gone, also
when that process died while the worker was still starting (a worker blocks on the
shared task queue, which its siblings hold open, so it would otherwise wait forever
and keep the poll's output pipes open). Checked with a real process."""

from __future__ import annotations

import subprocess
import sys

# The worker's start-up, as the pool runs it, in a process whose parent is not the
# polling process named: that process is already gone (pid 1 is never a poll).
PROBE = """
import time
from tracker.poll.parallel import _init_worker
_init_worker(None, 1)
time.sleep(60)
"""


def test_a_worker_started_after_its_polling_process_died_exits() -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, timeout=30)
    assert proc.returncode == 1  # os._exit(1) from the orphan watch, not the 60 s sleep
