"""``claimtracker status``: feeds never polled are counted as such, before and after
the first poll (feeds served on 127.0.0.1)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from helpers.feedgen import item, rss
from pytest_httpserver import HTTPServer
from test_poll_cli import write_project

from tracker.cli import main
from tracker.models import FeedSpec
from tracker.service.status import configured_states, feed_health
from tracker.store.records import FeedState

# Dated now: the CLI polls on the real clock, and an old entry would make the feed stale.
NEWS = rss([item("Rice prices climb again", link="https://news.example/rice",
                 published=datetime.now(UTC), summary="Prices rose.")], language="en")


def _feeds_line(config: Path) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), "status"])
    assert result.exit_code == 0, result.output
    return next(line for line in result.stdout.splitlines() if line.startswith("feeds:"))


def test_before_the_first_poll_every_feed_is_never_polled(tmp_path: Path) -> None:
    feeds = {f"Feed {n}": f"http://127.0.0.1:9/{n}.xml" for n in range(3)}
    config = write_project(tmp_path, feeds, disabled=("Feed 2",))
    assert _feeds_line(config) == (
        "feeds: 2 feeds never polled (no poll has run yet), 1 disabled")


def test_after_a_poll_new_feeds_are_counted_apart_from_ok_and_erroring(
    httpserver: HTTPServer, tmp_path: Path,
) -> None:
    httpserver.expect_request("/news.xml").respond_with_data(
        NEWS, content_type="application/rss+xml")
    httpserver.expect_request("/dead.xml").respond_with_data("no", status=404)
    feeds = {"News": httpserver.url_for("/news.xml"), "Dead": httpserver.url_for("/dead.xml")}
    config = write_project(tmp_path, feeds)
    CliRunner().invoke(main, ["--config", str(config), "poll"])
    # A feed added to config.toml after the poll: the store has no row for it yet.
    write_project(tmp_path, {**feeds, "Added": httpserver.url_for("/added.xml")})
    # One failed fetch is "retrying"; "failing" takes 3 in a row, as in the digest.
    assert _feeds_line(config) == (
        "feeds: 1 ok, 1 retrying, 0 failing, 0 disabled, 0 stale, 1 never polled")


def _row(url: str, **changes: object) -> FeedState:
    base: dict[str, object] = {
        "url": url, "name": url, "etag": None, "last_modified": None,
        "last_success": datetime(2030, 1, 1, tzinfo=UTC), "last_error": None,
        "error_message": None, "consecutive_errors": 0, "next_attempt": None,
        "disabled_reason": None, "last_new_entry": None, "newest_entry_published": None,
    }
    base.update(changes)
    return FeedState(**base)  # type: ignore[arg-type]


def test_configured_states_follow_the_config_not_the_stale_store() -> None:
    stored = {
        "https://moved.example/new": _row("https://moved.example/new",
                                          config_url="https://moved.example/old"),
        "https://removed.example/": _row("https://removed.example/"),  # left config.toml
        "https://off.example/": _row("https://off.example/"),
    }
    states = configured_states([
        FeedSpec("Moved", "https://moved.example/old"),
        FeedSpec("Off", "https://off.example/", enabled=False),
        FeedSpec("Brand new", "https://new.example/"),
    ], stored)
    health = feed_health(states)
    assert (health.ok, health.disabled, health.never_polled, health.failing) == (1, 1, 1, 0)
    assert [s.url for s in states] == [
        "https://moved.example/new", "https://off.example/", "https://new.example/"]


def test_a_feed_is_failing_only_after_three_errors_in_a_row() -> None:
    states = [_row(f"https://f{n}.example/", consecutive_errors=n, in_config=True)
              for n in (0, 1, 2, 3, 7)]
    health = feed_health(states)
    assert (health.ok, health.retrying, health.failing) == (1, 2, 2)
    assert [s.consecutive_errors for s in health.failing_feeds] == [7, 3, 2, 1]
