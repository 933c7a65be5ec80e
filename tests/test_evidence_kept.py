"""A claim file that fails to load keeps its findings and status; status history
keeps its evidence when findings are re-judged away (docs/review.md)."""

from __future__ import annotations

import logging
import threading
import urllib.request
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.review_project import FEED, dump, write_project
from pytest_httpserver import HTTPServer

from tracker.cli import main
from tracker.config import load_config
from tracker.service.pipeline import Pipeline
from tracker.service.web import start_web
from tracker.store import Store


def run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    return result.exit_code, result.stdout, result.stderr


def _project(httpserver: HTTPServer, tmp_path: Path) -> Path:
    httpserver.expect_request("/widgets.xml").respond_with_data(
        FEED, content_type="application/rss+xml")
    return write_project(tmp_path, httpserver.url_for("/widgets.xml"))


def test_typo_rematch_fix_journey_changes_no_row(httpserver: HTTPServer, tmp_path: Path) -> None:
    config = _project(httpserver, tmp_path)
    database = tmp_path / "data" / "db.sqlite3"
    assert run(config, "poll")[0] == 0
    before = dump(database)
    assert len(before["findings"]) == 3
    assert [row[2] for row in before["claim_status_history"]] == ["open", "confirmed"]

    claim_file = tmp_path / "claims" / "widget-command.toml"
    good = claim_file.read_text(encoding="utf-8")
    claim_file.write_text(good.replace("expected_by = 2025-03-31",
                                       'expected_by = "2025-03-31"'), encoding="utf-8")

    code, out, err = run(config, "rematch")
    assert code == 1
    skipped = [line for line in err.splitlines() if line.startswith("skipped claim")]
    assert len(skipped) == 1
    assert "'widget-command'" in skipped[0] and str(claim_file) in skipped[0]
    assert "expected_by" in skipped[0]  # the key at fault
    assert "0 removed" in out
    assert dump(database) == before  # every row, every column

    # The service's path (poll with rematch) leaves them too; a second rematch as well.
    assert run(config, "poll", "--all")[0] == 0
    assert run(config, "rematch")[0] == 1
    assert dump(database) == before

    claim_file.write_text(good, encoding="utf-8")
    code, out, err = run(config, "rematch")
    assert code == 0, err
    assert "skipped" not in err
    assert dump(database) == before
    with Store.open(database) as store:
        assert store.held_claims() == frozenset()
        status = store.current_statuses()["widget-command"]
    assert status.finding is not None
    assert status.finding.entry.link == "https://example.test/1"


def test_history_keeps_its_evidence_when_the_finding_is_deleted(
    httpserver: HTTPServer, tmp_path: Path,
) -> None:
    config = _project(httpserver, tmp_path)
    database = tmp_path / "data" / "db.sqlite3"
    assert run(config, "poll")[0] == 0
    claim_file = tmp_path / "claims" / "widget-command.toml"
    # An edit that makes the claim match nothing: rematch deletes its findings.
    claim_file.write_text(claim_file.read_text(encoding="utf-8").replace(
        '"Widget Command"', '"Gadget Bureau"'), encoding="utf-8")
    code, out, _ = run(config, "rematch")
    assert code == 0
    assert "3 removed" in out
    rows = dump(database)
    assert not [r for r in rows["findings"] if r[2] == "widget-command"]
    with Store.open(database) as store:
        changes = store.status_changes_between(datetime(2000, 1, 1, tzinfo=UTC),
                                               datetime(2100, 1, 1, tzinfo=UTC))
    confirmed = next(c for c in changes if c.new_status == "confirmed")
    assert confirmed.finding is not None  # not "confirmed … -"
    assert confirmed.finding.entry.link == "https://example.test/1"
    assert confirmed.finding.verdict == "confirms"
    assert confirmed.finding.sentence
    assert changes[-1].new_status == "overdue"


def test_the_service_poll_keeps_a_broken_claims_findings_and_says_so_once(
    httpserver: HTTPServer, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    config_path = _project(httpserver, tmp_path)
    database = tmp_path / "data" / "db.sqlite3"
    config = load_config(config_path)
    pipeline = Pipeline(config, threading.Event(), lambda: datetime.now(UTC), env={})
    assert run(config_path, "poll")[0] == 0  # the service needs a database made first
    before = dump(database)
    claim_file = tmp_path / "claims" / "widget-command.toml"
    claim_file.write_text(claim_file.read_text(encoding="utf-8").replace(
        'id = "widget-command"', 'id = "widget-command"\nstatment = "typo"'), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tracker.service"):
        pipeline.poll()  # claims changed: the service rematches before polling
        pipeline.poll()
    held = [r.getMessage() for r in caplog.records if "skipped claim" in r.getMessage()]
    assert len(held) == 1 and "statment" in held[0] and str(claim_file) in held[0]
    after = dump(database)
    assert after["findings"] == before["findings"]
    assert after["claim_status_history"] == before["claim_status_history"]


def test_serve_starts_the_web_app_when_enabled(httpserver: HTTPServer, tmp_path: Path) -> None:
    config = load_config(write_project(tmp_path, httpserver.url_for("/w.xml"),
                                       extra="[web]\nenabled = true\n"))
    assert config.web.enabled and config.digest.web_url == "http://127.0.0.1:8765"
    config = replace(config, web=replace(config.web, port=0))  # any free port
    server = start_web(config, lambda: datetime.now(UTC), {})
    assert server is not None
    try:
        with urllib.request.urlopen(server.url + "/", timeout=10) as response:
            assert response.status == 200
            assert b"Claims board" in response.read()
    finally:
        server.close()
    public = replace(config, web=replace(config.web, host="0.0.0.0"))
    assert start_web(public, lambda: datetime.now(UTC), {}) is None  # no token: logged
    assert start_web(replace(config, web=replace(config.web, enabled=False)),
                     lambda: datetime.now(UTC), {}) is None


def test_no_claim_loaded_re_judges_nothing(httpserver: HTTPServer, tmp_path: Path) -> None:
    """A wrong claims folder must not turn into 'every claim is gone'."""
    config = _project(httpserver, tmp_path)
    database = tmp_path / "data" / "db.sqlite3"
    assert run(config, "poll")[0] == 0
    before = dump(database)
    (tmp_path / "claims").rename(tmp_path / "claims.moved")
    code, _, err = run(config, "rematch")
    assert code == 1
    assert "no claim loaded: nothing re-judged, stored findings kept" in err
    assert dump(database) == before
