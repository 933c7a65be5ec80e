"""deliver_digest: send a digest from its written files, by e-mail and Apprise."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from test_deliver_email import smtp_server
from test_digest_golden import sample_digest

from tracker.config.settings import DeliverySettings, EmailSettings
from tracker.deliver import deliver_digest
from tracker.deliver.digest_files import digest_summary, digest_title
from tracker.digest import write_digest
from tracker.errors import DeliveryError


def _email(port: int) -> EmailSettings:
    return EmailSettings(host="127.0.0.1", port=port, security="none",
                         sender="t@example.org", recipients=("you@example.org",))


def test_title_and_summary_come_from_the_markdown(tmp_path: Path) -> None:
    md_path, _ = write_digest(sample_digest(), tmp_path)
    text = md_path.read_text(encoding="utf-8")
    assert digest_title(text) == "Claim Tracker digest — 2025-03-24"
    assert digest_summary(text) == (
        "2 status changes · 3 new findings · 1 mention · 1 overdue · 2 quiet · "
        "2 feeds in trouble"
    )


def test_sends_both_channels_from_files(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    md_path, html_path = write_digest(sample_digest(), tmp_path)
    with smtp_server() as (inbox, port):
        delivery = DeliverySettings(
            email=_email(port), apprise_urls=(f"json://127.0.0.1:{httpserver.port}/hook",)
        )
        deliver_digest(delivery, md_path, html_path, {})
    (envelope,) = inbox.received
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    parts = {p.get_content_type(): p.get_content() for p in message.iter_parts()}
    assert parts["text/plain"].replace("\r\n", "\n") == md_path.read_text(encoding="utf-8")
    assert parts["text/html"].replace("\r\n", "\n") == html_path.read_text(encoding="utf-8")
    (request, _), = httpserver.log
    payload = json.loads(request.get_data(as_text=True))
    assert payload["title"] == "Claim Tracker digest — 2025-03-24"
    assert payload["message"].startswith("2 status changes")


def test_a_failing_channel_does_not_stop_the_other(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    md_path, html_path = write_digest(sample_digest(), tmp_path)
    with smtp_server() as (_, closed_port):
        pass
    delivery = DeliverySettings(
        email=_email(closed_port), apprise_urls=(f"json://127.0.0.1:{httpserver.port}/hook",)
    )
    with pytest.raises(DeliveryError, match=r"^e-mail via 127\.0\.0\.1"):
        deliver_digest(delivery, md_path, html_path, {})
    assert len(httpserver.log) == 1  # the alert still went out
    assert md_path.exists() and html_path.exists()


def test_missing_file_is_a_delivery_error(tmp_path: Path) -> None:
    with pytest.raises(DeliveryError, match="cannot read the digest"):
        deliver_digest(DeliverySettings(), tmp_path / "x.md", tmp_path / "x.html", {})
