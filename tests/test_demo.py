"""``claimtracker demo`` end to end, and ``claimtracker status`` on what it built."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.project import REPO, copy_shipped_claims

from tracker.cli import main
from tracker.cli.context import CliContext
from tracker.cli.demo_cmd import demo_claims_dir
from tracker.service.status import feed_health
from tracker.store.records import FeedState


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_demo_runs_offline_and_writes_a_digest(tmp_path: Path) -> None:
    # Run from a folder with no config, on a copy of the shipped claims.
    copy_shipped_claims(tmp_path / "shipped")
    workdir = tmp_path / "demo"
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "--config", str(tmp_path / "none.toml"), "demo",
         "--claims", str(tmp_path / "shipped" / "claims"), "--workdir", str(workdir)],
        cwd=tmp_path, capture_output=True, text=True, timeout=100,
    )
    assert result.returncode == 0, result.stderr
    assert "error:" not in result.stderr
    assert "polled 5 feeds: 5 ok" in result.stdout
    status_lines = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()
                    if line.startswith("  ") and len(line.split()) > 2}
    assert status_lines["jjoc-launch"] == "confirmed"

    md = workdir / "digests" / "2025-03-30.md"
    html = workdir / "digests" / "2025-03-30.html"
    assert str(md) in result.stdout
    text = md.read_text(encoding="utf-8")
    assert "**jjoc-launch**: new → **confirmed**" in text
    # The story carried by two feeds is stored once plus a copy, and shown once
    # (under its status change and its finding), not once per feed.
    assert "(1 copies)" in result.stdout
    assert text.count("Japan launches Joint Operations Command") == 2
    page = html.read_text(encoding="utf-8")
    # The hostile title is shown as text, never as markup.
    assert "&lt;script&gt;" in page
    assert "<script" not in page
    assert "onerror" not in page

    # status on the demo's configuration.
    status = CliRunner().invoke(main, ["--config", str(workdir / "config.toml"), "status"])
    assert status.exit_code == 0, status.output
    assert "service: not running" in status.output
    assert "newest successful fetch: 2025-03-30T12:00+00:00" in status.output
    assert "feeds: 5 ok, 0 retrying, 0 failing, 0 disabled, 0 stale" in status.output
    assert any(line.split()[:2] == ["jjoc-launch", "confirmed"]
               for line in status.output.splitlines())


def _state(name: str, **changes: object) -> FeedState:
    base: dict[str, object] = {
        "url": f"https://{name}.example/rss", "name": name, "etag": None,
        "last_modified": None, "last_success": datetime(2030, 1, 1, tzinfo=UTC),
        "last_error": None, "error_message": None, "consecutive_errors": 0,
        "next_attempt": None, "disabled_reason": None, "last_new_entry": None,
        "newest_entry_published": None,
    }
    base.update(changes)
    return FeedState(**base)  # type: ignore[arg-type]


def test_feed_health_counts_each_feed_once() -> None:
    health = feed_health([
        _state("ok"),
        _state("down", consecutive_errors=3, error_message="HTTP 503"),
        _state("worse", consecutive_errors=9, error_message="timeout"),
        _state("gone", disabled_reason="410 Gone on 2030-01-01", consecutive_errors=1),
        _state("old", stale=True),
        _state("new", last_success=None),
        _state("removed", in_config=False, consecutive_errors=5),
    ])
    assert (health.ok, health.failing, health.disabled, health.stale, health.never_polled) == (
        1, 2, 1, 1, 1)
    assert [s.name for s in health.failing_feeds] == ["worse", "down"]
    assert [s.name for s in health.disabled_feeds] == ["gone"]
    assert health.newest_success == datetime(2030, 1, 1, tzinfo=UTC)


def test_demo_falls_back_to_the_checkout_claims(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from a folder with no config and no claims, the demo uses the claims of the
    checkout it runs from (the folder, not its content: a user may have added some)."""
    monkeypatch.chdir(tmp_path)
    cli = CliContext(config_path=tmp_path / "none.toml")
    assert demo_claims_dir(cli, None) == REPO / "claims"
    assert demo_claims_dir(cli, tmp_path / "mine") == tmp_path / "mine"  # --claims wins
    (tmp_path / "claims").mkdir()
    assert demo_claims_dir(cli, None) == tmp_path / "claims"  # ./claims when it exists
