"""``claimtracker feeds ...`` end to end: real files, a real database, a local HTTP server."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers.feedgen import item, rss
from helpers.project import FIXTURES
from pytest_httpserver import HTTPServer

from tracker.cli import main
from tracker.config import load_config
from tracker.models import FeedSpec


@pytest.fixture
def config_copy(tmp_path: Path) -> Path:
    """A copy of the shipped config.toml (tests/fixtures), beside empty claims/ and seeds/."""
    path = tmp_path / "config.toml"
    shutil.copy(FIXTURES / "config.toml", path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds").mkdir()
    return path


def run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(config), "feeds", *args])


def comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def test_add_keeps_every_comment_and_line(config_copy: Path) -> None:
    before = config_copy.read_text(encoding="utf-8")
    result = run(config_copy, "add", "--no-check", "Stars & \"Stripes\"",
                 "https://stripes.example/rss",
                 "--language", "en", "--interval", "90")
    assert result.exit_code == 0, result.output
    after = config_copy.read_text(encoding="utf-8")
    # every original line is still there, in order, with the new table inserted
    old_lines, new_lines = before.splitlines(), after.splitlines()
    it = iter(new_lines)
    assert all(line in it for line in old_lines)
    assert len(new_lines) == len(old_lines) + 6
    feeds = load_config(config_copy).feeds
    assert feeds[-1] == FeedSpec('Stars & "Stripes"', "https://stripes.example/rss", "en", 90)
    # inserted after the last feed, not after some other table
    assert after.rstrip().endswith("interval_minutes = 90")


def test_remove_by_name_keeps_neighbours_comments(config_copy: Path) -> None:
    before = config_copy.read_text(encoding="utf-8")
    result = run(config_copy, "remove", "Courrier international")
    assert result.exit_code == 0, result.output
    assert "removed feed 'Courrier international'" in result.output
    after = config_copy.read_text(encoding="utf-8")
    lost = [c for c in comments(before) if c not in comments(after)]
    assert lost == []
    assert "# --- Japanese ---" in after
    names = [f.name for f in load_config(config_copy).feeds]
    assert "Courrier international" not in names and len(names) == 25


def test_remove_by_url_then_add_back_restores_the_feed_list(config_copy: Path) -> None:
    original = load_config(config_copy).feeds
    url = "https://www.mod.go.jp/j/rss/news.xml"
    assert run(config_copy, "remove", url).exit_code == 0
    assert url not in {f.url for f in load_config(config_copy).feeds}
    assert run(config_copy, "add", "--no-check", "防衛省 news", url, "-l", "ja", "--interval", "180"
               ).exit_code == 0
    assert set(load_config(config_copy).feeds) == set(original)


def test_add_and_remove_in_a_file_with_crlf_and_no_feeds(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"# mine\r\n[schedule]\r\npoll_minutes = 30  # half-hourly\r\n")
    assert run(path, "add", "--no-check", "A", "https://a.example/rss").exit_code == 0
    assert run(path, "add", "--no-check", "B", "https://b.example/rss", "--disabled"
               ).exit_code == 0
    data = path.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert data.startswith(b"# mine\r\n[schedule]\r\npoll_minutes = 30  # half-hourly\r\n")
    assert [(f.name, f.enabled) for f in load_config(path).feeds] == [("A", True), ("B", False)]
    assert run(path, "remove", "A").exit_code == 0
    assert [f.name for f in load_config(path).feeds] == ["B"]


@pytest.mark.parametrize(("args", "message"), [
    (("add", "X", "ftp://x.example/rss"), "URL must be an http:// or https:// URL"),
    (("add", "X", "https://japantoday.com/feed"), "already configured as 'Japan Today'"),
    (("add", "Japan Today", "https://x.example/rss"), "a feed named 'Japan Today' already"),
    (("add", "--no-check", "X", "https://x.example/rss", "-l", "Japanese"),
     "feeds[27].language must be a language code"),
    (("remove", "No such feed"), "no configured feed named or with URL 'No such feed'"),
    (("remove", "search:google:en:x"), "is a generated search feed"),
])
def test_bad_edits_fail_with_one_line_and_leave_the_file_alone(
        config_copy: Path, args: tuple[str, ...], message: str) -> None:
    before = config_copy.read_bytes()
    result = run(config_copy, *args)
    assert result.exit_code == 1
    assert message in result.output
    assert config_copy.read_bytes() == before


def test_missing_config_is_a_clear_error(tmp_path: Path) -> None:
    result = run(tmp_path / "absent.toml", "list")
    assert result.exit_code == 1
    assert "absent.toml: no such file" in result.output


def test_list_shows_kinds_and_health_from_the_database(tmp_path: Path) -> None:
    from tracker.store import Store

    shutil.copytree(FIXTURES / "claims" / "valid", tmp_path / "claims")
    shutil.copytree(FIXTURES / "claims" / "seeds", tmp_path / "seeds")
    path = tmp_path / "config.toml"
    path.write_text("""
[search_feeds]
engines = ["google"]
languages = ["ja"]
[[feeds]]
name = "Good"
url = "https://good.example/rss"
language = "en"
[[feeds]]
name = "Broken"
url = "https://broken.example/rss"
[[feeds]]
name = "Off"
url = "https://off.example/rss"
enabled = false
""", encoding="utf-8")
    config = load_config(path)
    now = datetime(2025, 3, 24, 7, 0, tzinfo=UTC)
    with Store.open(config.database) as store:
        store.sync_feeds(config.feeds)
        store.record_fetched("https://good.example/rss", [], now=now, etag=None,
                             last_modified=None, body_hash=None,
                             next_attempt=now + timedelta(hours=1))
        for _ in range(3):
            store.record_failure("https://broken.example/rss", "HTTP 403 Forbidden", now=now,
                                 next_attempt=now + timedelta(hours=2))
    result = run(path, "list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "ok       feed   en  Good" in lines
    assert "failing  feed   --  Broken" in lines
    assert any("3 error(s) in a row, last: HTTP 403 Forbidden" in line for line in lines)
    assert any("next attempt 2025-03-24 09:00" in line for line in lines)
    assert "disabled feed   --  Off" in lines
    assert "new      search ja  search:google:ja:sample-claim" in lines
    assert lines[-1].startswith("4 feeds (3 configured, 1 generated search feeds)")
    assert "search:" not in run(path, "list", "--no-search").output


def test_enable_brings_back_a_feed_switched_off_by_410(tmp_path: Path) -> None:
    from tracker.store import Store

    path = tmp_path / "config.toml"
    path.write_text('[search_feeds]\nenabled = false\n[[feeds]]\nname = "Moved"\n'
                    'url = "https://moved.example/rss"\n', encoding="utf-8")
    config = load_config(path)
    now = datetime(2025, 3, 24, 7, 0, tzinfo=UTC)
    with Store.open(config.database) as store:
        store.sync_feeds(config.feeds)
        store.record_failure("https://moved.example/rss", "HTTP 410 Gone", now=now,
                             next_attempt=None, disabled_reason="410 Gone on 2025-03-24")
    assert "disabled feed   --  Moved" in run(path, "list").output.splitlines()
    result = run(path, "enable", "Moved")
    assert result.exit_code == 0, result.output
    with Store.open(config.database) as store:
        state = store.feed_states()["https://moved.example/rss"]
    assert (state.disabled_reason, state.consecutive_errors, state.next_attempt) == (None, 0, None)
    nowhere = run(path, "enable", "Nowhere")
    assert nowhere.exit_code == 1 and "no feed named or at 'Nowhere'" in nowhere.output


def test_enable_a_feed_never_polled_is_one_line_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[search_feeds]\nenabled = false\n[[feeds]]\nname = "Fresh"\n'
                    'url = "https://fresh.example/rss"\n', encoding="utf-8")
    result = run(path, "enable", "Fresh")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "Error: 'Fresh' has never been polled: nothing to enable")


def test_export_then_import_opml_through_the_cli(config_copy: Path, tmp_path: Path) -> None:
    opml = tmp_path / "out.opml"
    result = run(config_copy, "export-opml", str(opml))
    assert result.exit_code == 0 and "wrote 26 feed(s)" in result.output
    stdout = run(config_copy, "export-opml")
    assert stdout.output == opml.read_text(encoding="utf-8")

    target = tmp_path / "other" / "config.toml"
    target.parent.mkdir()
    target.write_text('[[feeds]]\nname = "Japan Times"\nurl = "https://elsewhere.example/"\n'
                      '[[feeds]]\nname = "Dup"\nurl = "https://japantoday.com/feed"\n',
                      encoding="utf-8")
    result = run(target, "import-opml", str(opml))
    assert result.exit_code == 0, result.output
    assert "imported 25 feed(s)" in result.output
    assert "https://japantoday.com/feed: already configured" in result.output
    feeds = {f.url: f for f in load_config(target).feeds}
    assert len(feeds) == 27
    assert feeds["https://www.japantimes.co.jp/feed/"].name == "Japan Times (2)"
    assert feeds["https://www.mod.go.jp/j/rss/news.xml"].language == "ja"


def test_import_opml_refuses_hostile_file(config_copy: Path, tmp_path: Path) -> None:
    evil = tmp_path / "evil.opml"
    evil.write_bytes(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><opml/>')
    before = config_copy.read_bytes()
    result = run(config_copy, "import-opml", str(evil))
    assert result.exit_code == 1 and "refused: DOCTYPE" in result.output
    assert config_copy.read_bytes() == before


def test_feed_test_fetches_parses_and_reports(httpserver: HTTPServer, tmp_path: Path) -> None:
    body = rss([item("First", link="https://x.example/1",
                     published=datetime(2025, 3, 20, 8, 0, tzinfo=UTC)),
                item("Newest", link="https://x.example/2",
                     published=datetime(2025, 3, 24, 6, 30, tzinfo=UTC)),
                item("Undated", link="https://x.example/3")])
    httpserver.expect_request("/rss").respond_with_data(
        body, content_type="application/rss+xml")
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    httpserver.expect_request("/html").respond_with_data(
        "<html><body>hello</body></html>", content_type="text/html")
    url = httpserver.url_for("/rss")
    path = tmp_path / "config.toml"
    path.write_text(f'[search_feeds]\nenabled = false\n[[feeds]]\nname = "Local"\nurl = "{url}"\n',
                    encoding="utf-8")

    for target in (url, "Local"):
        result = run(path, "test", target)
        assert result.exit_code == 0, result.output
        assert "status:  200" in result.output
        assert "entries: 3 (2 dated)" in result.output
        assert "newest:  2025-03-24T06:30:00+00:00" in result.output
        assert "parser:  " in result.output

    result = run(path, "test", httpserver.url_for("/missing"))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "404" in errors[0]

    result = run(path, "test", httpserver.url_for("/html"))
    assert result.exit_code == 1 and "error: " in result.output

    # no config file at all: the test still runs with default HTTP settings
    assert run(tmp_path / "none.toml", "test", url).exit_code == 0
