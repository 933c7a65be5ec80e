"""Apprise alerts posted to a real local HTTP endpoint (pytest-httpserver)."""

from __future__ import annotations

import json
import sys

import pytest
from pytest_httpserver import HTTPServer

from tracker.deliver import send_alerts
from tracker.errors import DeliveryError


def _json_url(httpserver: HTTPServer, path: str) -> str:
    return f"json://127.0.0.1:{httpserver.port}{path}"


def test_alert_is_posted_as_json(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    send_alerts([_json_url(httpserver, "/hook")], "Claim moved", "jjoc-launch: open → confirmed")
    (request, _response), = httpserver.log
    payload = json.loads(request.get_data(as_text=True))
    assert payload["title"] == "Claim moved"
    assert payload["message"] == "jjoc-launch: open → confirmed"


def test_every_url_is_tried_and_failures_are_reported_together(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/broken", method="POST").respond_with_data("no", status=500)
    httpserver.expect_request("/fine", method="POST").respond_with_data("ok")
    urls = [
        _json_url(httpserver, "/broken"),
        "nosuchscheme://token@x",
        _json_url(httpserver, "/fine"),
    ]
    with pytest.raises(DeliveryError) as caught:
        send_alerts(urls, "t", "b")
    message = str(caught.value)
    assert message.startswith("alerts failed for 2 of 3 URLs")
    assert "#1 (json://…) did not accept" in message
    assert "#2 (nosuchscheme://…) is not a valid Apprise URL" in message
    assert "token" not in message  # URLs can hold secrets: never echoed whole
    assert {request.path for request, _ in httpserver.log} == {"/broken", "/fine"}


def test_no_urls_sends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # With Apprise unimportable, any attempt to notify would raise DeliveryError
    # (next test): returning quietly proves no notifier was even built.
    monkeypatch.setitem(sys.modules, "apprise", None)
    sent: list[object] = []
    monkeypatch.setattr("tracker.deliver.alerts._apprise", lambda: sent.append(1))
    send_alerts([], "t", "b")
    assert sent == []


def test_missing_apprise_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None entry in sys.modules makes "import apprise" raise ImportError,
    # which is what a machine without the optional extra sees.
    monkeypatch.setitem(sys.modules, "apprise", None)
    with pytest.raises(DeliveryError, match=r"pip install 'claimtracker\[alerts\]'"):
        send_alerts(["json://127.0.0.1:9/x"], "t", "b")
