"""``claimtracker digest`` end to end: config file, real store, real claim files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.project import copy_shipped_claims
from test_deliver_email import smtp_server

from tracker.cli import main
from tracker.models import Entry, Evidence, FeedSpec, Finding, Verdict
from tracker.store import Store

FEED = FeedSpec("NHK", "https://nhk.example/rss")


def _config(tmp_path: Path, email_port: int | None = None) -> Path:
    text = f"""
[storage]
database = "db.sqlite3"
[claims]
dir = "claims"
seeds_dir = "seeds"
[schedule]
timezone = "Asia/Tokyo"
[digest]
output_dir = "digests"
[[feeds]]
name = "{FEED.name}"
url = "{FEED.url}"
"""
    if email_port is not None:
        text += f"""
[delivery.email]
enabled = true
host = "127.0.0.1"
port = {email_port}
security = "none"
sender = "tracker@example.org"
recipients = ["you@example.org"]
"""
    copy_shipped_claims(tmp_path)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = _config(tmp_path)
    # 2025-03-24 10:30 in Tokyo: one confirming story for jjoc-launch.
    seen = datetime(2025, 3, 24, 1, 30, tzinfo=UTC)
    with Store.open(tmp_path / "db.sqlite3") as store:
        store.sync_feeds([FEED])
        store.record_fetched(
            FEED.url,
            [Entry(FEED.url, "Japan launches <b>JJOC</b> command", link="https://nhk.example/1",
                   published=seen)],
            now=seen, etag=None, last_modified=None, body_hash=None,
            next_attempt=seen + timedelta(hours=1),
        )
        ((entry_id, _),) = store.pending_entries()
        finding = Finding("jjoc-launch", Verdict.CONFIRMS, 0.9,
                          Evidence(("JJOC",), "The JJOC was launched."))
        store.save_findings([(entry_id, [finding])], now=seen, matcher_version="t",
                            claims_hash="h")
    return path


def _run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), "digest", *args])
    return result.exit_code, result.stdout, result.stderr


def test_writes_both_files_for_a_day_and_prints_paths(config: Path) -> None:
    code, out, err = _run(config, "--date", "2025-03-24")
    assert code == 0, err
    digests = config.parent / "digests"
    assert out.splitlines() == [str(digests / "2025-03-24.md"), str(digests / "2025-03-24.html")]
    md = (digests / "2025-03-24.md").read_text(encoding="utf-8")
    assert "### jjoc-launch" in md and r"\<b\>JJOC\</b\>" in md
    assert "2025-03-24 10:30" in md  # shown in the configured zone
    html = (digests / "2025-03-24.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;JJOC&lt;/b&gt;" in html


def test_day_boundaries_follow_the_time_zone(config: Path) -> None:
    # 01:30 UTC on the 24th is the 24th in Tokyo, not the 23rd.
    _, out, _ = _run(config, "--date", "2025-03-23", "--output", "-")
    assert "No new findings." in out


def test_output_to_stdout_and_to_a_file(config: Path, tmp_path: Path) -> None:
    code, out, _ = _run(config, "--date", "2025-03-24", "--output", "-", "--format", "html")
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    target = tmp_path / "one.md"
    code, out, _ = _run(config, "--date", "2025-03-24", "--output", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").startswith("# Claim Tracker digest")
    assert not (config.parent / "digests").exists()


def test_since_covers_until_now(config: Path) -> None:
    code, out, err = _run(config, "--since", "2025-03-20T12:00", "--output", "-")
    assert code == 0, err
    assert "### jjoc-launch" in out
    assert "Period: 2025-03-20 12:00 – " in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "2025-03-24", "--since", "2025-03-20"), "not both"),
        (("--since", "yesterday"), "neither YYYY-MM-DD nor an ISO date-time"),
        (("--since", "2999-01-01"), "not in the past"),
        (("--date", "24/03/2025"), "--date"),
    ],
)
def test_bad_arguments_are_usage_errors(config: Path, args: tuple[str, ...], message: str) -> None:
    code, _, err = _run(config, *args)
    assert code == 2 and message in err


def test_send_emails_the_digest(config: Path) -> None:
    with smtp_server() as (inbox, port):
        _config(config.parent, email_port=port)
        code, _, err = _run(config, "--date", "2025-03-24", "--send")
    assert code == 0, err
    (envelope,) = inbox.received
    assert envelope.rcpt_tos == ["you@example.org"]
    assert b"multipart/alternative" in envelope.original_content


def test_failed_delivery_keeps_the_files_and_exits_1(config: Path) -> None:
    with smtp_server() as (_, port):
        pass  # the port is now closed: the connection will be refused
    _config(config.parent, email_port=port)
    code, out, err = _run(config, "--date", "2025-03-24", "--send")
    assert code == 1
    assert err.startswith("error: e-mail via 127.0.0.1:")
    assert all(Path(line).exists() for line in out.splitlines())
    assert len(out.splitlines()) == 2


def test_send_without_delivery_configured_is_an_error(config: Path) -> None:
    code, out, err = _run(config, "--date", "2025-03-24", "--send")
    assert code == 1 and "nothing to send" in err
    assert len(out.splitlines()) == 2  # the files were still written
