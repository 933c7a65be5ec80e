"""systemd liveness: READY=1, WATCHDOG=1 while jobs make progress, STOPPING=1.

A local AF_UNIX datagram socket plays systemd's part (path and abstract names).
The watchdog logic runs on an injected monotonic clock; one test runs the real
service as a subprocess with NOTIFY_SOCKET set.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.service.notify import Liveness, Notifier, watchdog_ping

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = tmp_path / "notify.sock"
    sock.bind(str(path))
    sock.settimeout(20)
    yield sock, str(path)
    sock.close()


def _received(sock: socket.socket) -> str:
    return sock.recv(4096).decode()


def test_ready_to_a_path_socket(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    assert Notifier(path).ready()
    assert _received(sock) == "READY=1"


def test_abstract_socket_names_start_with_at() -> None:
    name = f"claimtracker-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        assert Notifier("@" + name).send("WATCHDOG=1")
        assert _received(sock) == "WATCHDOG=1"


def test_without_notify_socket_nothing_is_sent() -> None:
    notifier = Notifier.from_env({})
    assert not notifier.ready()
    assert notifier.watchdog_interval is None


def test_a_missing_socket_is_logged_not_raised(tmp_path: Path) -> None:
    assert not Notifier(str(tmp_path / "nobody-listens")).ready()


def test_watchdog_interval_is_half_of_watchdog_usec_and_only_for_our_pid() -> None:
    mine = Notifier.from_env({"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "30000000",
                              "WATCHDOG_PID": str(os.getpid())})
    assert mine.watchdog_interval == 15.0
    other = Notifier.from_env({"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "30000000",
                               "WATCHDOG_PID": "1"})
    assert other.watchdog_interval is None
    assert Notifier.from_env({"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "junk"}
                             ).watchdog_interval is None


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_pings_stop_while_a_running_job_makes_no_progress(
        listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    sock.settimeout(0.2)
    clock = FakeMonotonic()
    liveness = Liveness(stall_after=60, monotonic=clock)
    ping = watchdog_ping(Notifier(path), liveness)

    ping()  # idle: healthy
    assert _received(sock) == "WATCHDOG=1"

    def job() -> None:
        clock.now += 30
        ping()                   # 30 s into a job: still healthy
        assert _received(sock) == "WATCHDOG=1"
        clock.now += 50
        liveness.beat()          # a feed stored at 80 s
        clock.now += 50
        ping()                   # 50 s after the last progress: healthy
        assert _received(sock) == "WATCHDOG=1"
        clock.now += 11
        ping()                   # 61 s without progress: hung, no ping
        with pytest.raises(TimeoutError):
            sock.recv(4096)

    liveness.track(job)()
    ping()  # the job ended: healthy again
    assert _received(sock) == "WATCHDOG=1"


def test_the_real_service_notifies_systemd(tmp_path: Path,
                                           listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    config = tmp_path / "config.toml"
    config.write_text("[storage]\ndatabase = \"db.sqlite3\"\n[digest]\noutput_dir = \"d\"\n"
                      "[search_feeds]\nenabled = false\n[schedule]\njitter_seconds = 0\n",
                      encoding="utf-8")
    env = {**os.environ, "NOTIFY_SOCKET": path, "WATCHDOG_USEC": "400000"}
    env.pop("WATCHDOG_PID", None)
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "--config", str(config), "serve"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        messages = [_received(sock)]
        while messages.count("WATCHDOG=1") < 2:
            messages.append(_received(sock))
        assert messages[0] == "READY=1"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    tail = []
    sock.settimeout(1)
    while "STOPPING=1" not in tail:
        tail.append(_received(sock))
    assert proc.returncode == 0, stderr
    assert "systemd watchdog: pinging every 0.2 s while jobs make progress" in stderr
