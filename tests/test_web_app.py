"""The web app through Flask's test client: pages, review actions, CSRF, login for a
non-loopback address, escaping of feed text, and reviews made while a poll writes."""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient
from helpers.feedgen import item, rss
from helpers.review_project import FEED, write_project
from pytest_httpserver import HTTPServer

from tracker.cli import main
from tracker.config import load_config
from tracker.errors import TrackerError
from tracker.store import Store
from tracker.web.app import create_app

NOW = datetime(2025, 3, 20, 9, tzinfo=UTC)

HOSTILE = rss([
    item('<script>alert("x")</script> Widget Command launched',
         link="javascript:alert(1)", guid="https://example.test/h",
         published=datetime(2025, 3, 15, tzinfo=UTC),
         summary="The Widget Command began work. <img src=x onerror=alert(2)>"),
], language="en", title="Hostile wire")


def _poll(config: Path) -> None:
    result = CliRunner().invoke(main, ["--config", str(config), "poll"])
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def config(httpserver: HTTPServer, tmp_path: Path) -> Path:
    httpserver.expect_request("/widgets.xml").respond_with_data(
        FEED, content_type="application/rss+xml")
    httpserver.expect_request("/hostile.xml").respond_with_data(
        HOSTILE, content_type="application/rss+xml")
    path = write_project(tmp_path, httpserver.url_for("/widgets.xml"), extra=(
        f'[[feeds]]\nname = "Hostile wire"\nurl = "{httpserver.url_for("/hostile.xml")}"\n'
        'language = "en"\n'))
    _poll(path)
    return path


@pytest.fixture
def client(config: Path) -> FlaskClient:
    app = create_app(load_config(config), clock=lambda: NOW, env={})
    app.testing = True
    return app.test_client()


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "page has no CSRF field"
    return found.group(1)


def _finding_id(config: Path, title_part: str) -> int:
    with Store.open(load_config(config).database) as store:
        return next(f.id for f in store.all_findings() if title_part in f.entry.title)


def test_board_lists_every_claim_with_status_deadline_and_evidence(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert 'id="claim-widget-command"' in page and 'id="claim-sample-claim"' in page
    assert "chip-contradicted" in page or "chip-confirmed" in page
    assert "Times in UTC" in page
    assert "11 days left" in page  # 2025-03-31 seen from 2025-03-20
    assert "Needs your attention" in page
    for path in ("/review", "/feeds", "/digests", "/claims/widget-command"):
        assert client.get(path).status_code == 200, path
    assert client.get("/claims/nope").status_code == 404
    assert client.get("/digests/../../etc/passwd").status_code == 404


def test_feed_text_is_escaped_and_only_http_links_render(client: FlaskClient) -> None:
    for path in ("/", "/review", "/claims/widget-command"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "javascript:" not in page
    page = client.get("/claims/widget-command").get_data(as_text=True)
    assert "Widget Command launched" in page
    assert "onerror" not in page or "&lt;img" in page
    response = client.get("/")
    assert "script-src" not in response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


def test_review_from_the_claim_page_changes_the_status(config: Path, client: FlaskClient) -> None:
    page = client.get("/claims/widget-command").get_data(as_text=True)
    hostile = _finding_id(config, "Widget Command launched")
    # Reject the two confirmations: only the update is left.
    for fid in (hostile, _finding_id(config, "Acme launches")):
        response = client.post(f"/findings/{fid}/review", data={
            "csrf": _csrf(page), "action": "reject", "note": "false flag",
            "next": "/claims/widget-command"})
        assert response.status_code == 302
        assert response.headers["Location"] == "/claims/widget-command"
    page = client.get("/claims/widget-command").get_data(as_text=True)
    assert "chip-updated" in page and "reject by" in page and "false flag" in page


def test_every_post_needs_the_csrf_token(config: Path, client: FlaskClient) -> None:
    fid = _finding_id(config, "Acme launches")
    assert client.post(f"/findings/{fid}/review", data={"action": "reject"}).status_code == 403
    client.get("/")
    assert client.post(f"/findings/{fid}/review",
                       data={"action": "reject", "csrf": "forged"}).status_code == 403
    assert client.post("/claims/widget-command/resolve",
                       data={"status": "confirmed", "note": "x"}).status_code == 403
    with Store.open(load_config(config).database) as store:
        assert store.review_count() == 0


def test_resolve_and_reopen(client: FlaskClient) -> None:
    page = client.get("/claims/widget-command").get_data(as_text=True)
    client.post("/claims/widget-command/resolve", data={
        "csrf": _csrf(page), "status": "contradicted", "note": "board vote"})
    page = client.get("/claims/widget-command").get_data(as_text=True)
    assert "Resolved by hand by" in page and "board vote" in page
    assert "chip-contradicted" in page
    client.post("/claims/widget-command/reopen", data={"csrf": _csrf(page)})
    page = client.get("/claims/widget-command").get_data(as_text=True)
    assert "Resolved by hand" not in page


def test_redirect_after_post_stays_on_this_site(config: Path, client: FlaskClient) -> None:
    page = client.get("/review").get_data(as_text=True)
    fid = _finding_id(config, "Acme launches")
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil"):
        response = client.post(f"/findings/{fid}/review", data={
            "csrf": _csrf(page), "action": "accept", "next": target})
        assert response.headers["Location"] == "/"


def test_a_public_address_needs_a_login_token(config: Path) -> None:
    settings = load_config(config)
    with pytest.raises(TrackerError, match="CLAIMTRACKER_WEB_TOKEN"):
        create_app(settings, host="0.0.0.0", env={})
    token = "s3cret-token-of-enough-length"
    app = create_app(settings, host="0.0.0.0", env={"CLAIMTRACKER_WEB_TOKEN": token})
    client = app.test_client()
    response = client.get("/claims/widget-command")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    page = client.get("/login").get_data(as_text=True)
    assert client.post("/login", data={"csrf": _csrf(page), "token": "wrong"}).status_code == 200
    assert client.get("/").status_code == 302
    response = client.post("/login", data={"csrf": _csrf(page), "token": token, "next": "/"})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    assert token not in client.get("/").get_data(as_text=True)


def test_reviews_made_while_a_poll_writes_are_never_lost(config: Path, client: FlaskClient) -> None:
    """A writer holds write transactions in a loop (as a poll does) while reviews
    arrive; every review is stored."""
    database = load_config(config).database
    stop = threading.Event()
    writes = 0

    def writer() -> None:
        nonlocal writes
        with Store.open(database) as store:
            while not stop.is_set():
                with store.transaction() as conn:
                    conn.execute("INSERT INTO meta(key, value) VALUES ('poll', '1') ON CONFLICT"
                                 "(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
                    time.sleep(0.05)  # a group of feeds being stored
                writes += 1
                time.sleep(0.01)  # the poll fetching and parsing the next group

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        page = client.get("/review").get_data(as_text=True)
        with Store.open(database) as store:
            ids = [f.id for f in store.all_findings()]
        for round_ in range(4):
            for fid in ids:
                response = client.post(f"/findings/{fid}/review", data={
                    "csrf": _csrf(page), "action": "accept" if round_ % 2 else "reject"})
                assert response.status_code == 302
    finally:
        stop.set()
        thread.join()
    assert writes > 0
    with Store.open(database) as store:
        assert store.review_count() == 4 * len(ids)
        assert all(r.action == "accept" for r in store.reviews().values())


def test_a_claim_file_that_does_not_load_is_named_on_the_board(
    config: Path, client: FlaskClient,
) -> None:
    claim_file = config.parent / "claims" / "widget-command.toml"
    claim_file.write_text(claim_file.read_text(encoding="utf-8").replace(
        "claimed_on = 2025-01-01", 'claimed_on = "soon"'), encoding="utf-8")
    page = client.get("/").get_data(as_text=True)
    assert 'id="held"' in page and "widget-command" in page and "claims check" in page
    assert client.get("/claims/widget-command").status_code == 404


def test_a_loopback_app_refuses_other_host_names(client: FlaskClient) -> None:
    """DNS rebinding: a page whose own name resolves to 127.0.0.1 gets nothing."""
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 421
    assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "localhost"}).status_code == 200


def test_a_relabelled_confirmation_says_on_the_claim_page_why_it_is_an_update(
        config: Path, client: FlaskClient) -> None:
    page = client.get("/claims/widget-command").get_data(as_text=True)
    assert "already reported on" not in page
    with Store.open(load_config(config).database) as store:
        store.relabel_confirmations({_finding_id(config, "Acme launches"):
                               datetime(2025, 3, 1, 9, tzinfo=UTC)})
    page = client.get("/claims/widget-command").get_data(as_text=True)
    assert "read as done, but after the event reported on" in page
