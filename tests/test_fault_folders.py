"""Read-only folders, a locked database and a deleted database (issue 12, items
8-10): one line naming the path, never a traceback, and ``status`` says which
job failed last."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers.faults import SCHEDULE, run, run_process, write_project

from tracker.errors import DeliveryError, DigestError
from tracker.service.service import Service
from tracker.store import Store

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def read_only() -> Iterator[list[Path]]:
    """Folders made read-only by a test; writable again afterwards (for cleanup)."""
    folders: list[Path] = []
    yield folders
    for folder in folders:
        folder.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)


def make_read_only(folder: Path, registry: list[Path]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    registry.append(folder)


def assert_one_line_naming(result_stderr: str, path: Path) -> None:
    assert "Traceback" not in result_stderr
    errors = [line for line in result_stderr.splitlines() if line.lower().startswith("error")]
    assert len(errors) == 1, result_stderr
    assert str(path) in errors[0]


def test_serve_with_a_read_only_database_folder_says_so(
        tmp_path: Path, read_only: list[Path]) -> None:
    config = write_project(tmp_path)
    make_read_only(tmp_path / "data", read_only)
    result = run_process(config, "serve")
    assert result.returncode == 1
    assert_one_line_naming(result.stderr, tmp_path / "data")


def test_serve_with_an_existing_database_in_a_read_only_folder_says_so(
        tmp_path: Path, read_only: list[Path]) -> None:
    config = write_project(tmp_path)
    assert run(config, "poll")[0] == 0  # creates the database
    (tmp_path / "data" / "db.sqlite3.lock").touch(mode=0o666)
    (tmp_path / "data" / "db.sqlite3.lock").chmod(0o666)
    make_read_only(tmp_path / "data", read_only)
    result = run_process(config, "serve")
    assert result.returncode == 1
    assert_one_line_naming(result.stderr, tmp_path / "data" / "db.sqlite3")


def test_digest_into_a_read_only_folder_says_so(tmp_path: Path, read_only: list[Path]) -> None:
    config = write_project(tmp_path)
    assert run(config, "poll")[0] == 0
    (tmp_path / "data").chmod(0o777)  # the subprocess may lack the right to write it
    for name in ("db.sqlite3", "db.sqlite3-wal", "db.sqlite3-shm"):
        if (tmp_path / "data" / name).exists():
            (tmp_path / "data" / name).chmod(0o666)
    make_read_only(tmp_path / "digests", read_only)
    result = run_process(config, "digest", "--date", "2025-03-24")
    assert result.returncode == 1
    assert_one_line_naming(result.stderr, tmp_path / "digests")


def test_status_shows_the_last_failure_of_each_job(tmp_path: Path) -> None:
    config = write_project(tmp_path)
    assert run(config, "poll")[0] == 0
    clock = datetime(2025, 3, 25, 8, 0, tzinfo=UTC)

    def digest_job(day: date) -> None:
        raise DigestError(f"{tmp_path / 'digests'}: cannot write the digest: "
                          "Read-only file system")

    def poll_job() -> str:
        raise sqlite3.OperationalError("disk I/O error")

    with Store.open(tmp_path / "data" / "db.sqlite3") as store:
        service = Service(schedule=SCHEDULE, poll_job=poll_job, digest_job=digest_job,
                          meta=store, clock=lambda: clock)
        service.run_digests()
        service.run_poll()

        def deliver(day: date) -> None:
            raise DeliveryError("smtp://127.0.0.1:1: connection refused")

        Service(schedule=SCHEDULE, poll_job=poll_job, digest_job=lambda day: None,
                meta=store, clock=lambda: clock, deliver_job=deliver).run_digests()
    code, out, _ = run(config, "status")
    assert code == 0
    assert ("last digest failure: 2025-03-25 08:00 — "
            f"{tmp_path / 'digests'}: cannot write the digest: Read-only file system") in out
    assert "last poll failure: 2025-03-25 08:00 — disk I/O error" in out
    assert ("last delivery failure: 2025-03-25 08:00 — the 2025-03-24 digest: "
            "smtp://127.0.0.1:1: connection refused") in out
