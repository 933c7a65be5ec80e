"""``claimtracker poll``, ``rematch`` and ``claims status`` through the CLI, against
feeds served on 127.0.0.1 and the repository's real claim files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.feedgen import item, rss
from helpers.project import copy_shipped_claims
from pytest_httpserver import HTTPServer

from tracker.cli import main

LAUNCH = rss([
    item("Japan launches Joint Operations Command to unify SDF",
         link="https://news.example/jjoc", published=datetime(2025, 3, 24, 9, tzinfo=UTC),
         summary="The Self-Defense Forces' new Joint Operations Command was launched on "
                 "Monday in Tokyo, commanding ground, maritime and air units."),
    item("Rice prices climb again", link="https://news.example/rice",
         published=datetime(2025, 3, 24, 10, tzinfo=UTC), summary="Prices rose."),
], language="en")


def write_project(tmp_path: Path, feeds: dict[str, str], disabled: tuple[str, ...] = ()
                  ) -> Path:
    """The shipped claims and seed, and a config.toml with ``feeds`` (name -> URL;
    those named in ``disabled`` switched off) and no search feeds."""
    copy_shipped_claims(tmp_path)
    tables = "".join(
        f'\n[[feeds]]\nname = "{n}"\nurl = "{u}"\nlanguage = "en"\n'
        + ("enabled = false\n" if n in disabled else "")
        for n, u in feeds.items())
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\ndatabase = "data/db.sqlite3"\n'
        "[http]\nconnect_timeout = 2.0\nread_timeout = 2.0\ntotal_timeout = 5.0\n"
        "[search_feeds]\nenabled = false\n" + tables,
        encoding="utf-8",
    )
    return config


def run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def served(httpserver: HTTPServer) -> HTTPServer:
    httpserver.expect_request("/launch.xml").respond_with_data(
        LAUNCH, content_type="application/rss+xml")
    httpserver.expect_request("/gone.xml").respond_with_data("no", status=404)
    return httpserver


def test_poll_names_the_failing_feed_and_succeeds_when_one_feed_works(
    served: HTTPServer, tmp_path: Path,
) -> None:
    config = write_project(tmp_path, {"Launch wire": served.url_for("/launch.xml"),
                                      "Dead feed": served.url_for("/gone.xml")})
    code, out, err = run(config, "poll")
    assert code == 0
    assert "error: Dead feed: HTTP 404 Not Found" in err
    assert "2 new entries" in out
    assert "status: jjoc-launch: - -> confirmed" in out

    code, out, _ = run(config, "claims", "status")
    assert code == 0
    jjoc = next(line for line in out.splitlines() if line.startswith("jjoc-launch"))
    assert "confirmed" in jjoc
    assert "Joint Operations Command" in jjoc


def test_poll_exits_non_zero_when_no_feed_could_be_polled(
    served: HTTPServer, tmp_path: Path,
) -> None:
    config = write_project(tmp_path, {"Dead feed": served.url_for("/gone.xml")})
    code, _, err = run(config, "poll")
    assert code == 1
    assert err.count("error: Dead feed:") == 1


def test_second_poll_finds_nothing_due_and_rematch_is_idempotent(
    served: HTTPServer, tmp_path: Path,
) -> None:
    config = write_project(tmp_path, {"Launch wire": served.url_for("/launch.xml")})
    assert run(config, "poll")[0] == 0
    code, out, _ = run(config, "poll")
    assert code == 0
    assert "1 not due" in out
    code, first, _ = run(config, "rematch")
    assert code == 0
    code, second, _ = run(config, "rematch")
    assert code == 0
    assert first == second  # nothing changed either time
