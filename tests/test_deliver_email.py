"""E-mail delivery against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import contextlib
import email
import email.policy
import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from test_digest_golden import sample_digest

from tracker.config.settings import EmailSettings
from tracker.deliver import send_email
from tracker.digest import render_html, render_markdown, write_digest
from tracker.errors import DeliveryError

USER, PASSWORD = "digest-bot", "s3cret pass"
ENV = {"CT_SMTP_USER": USER, "CT_SMTP_PASSWORD": PASSWORD}


@dataclass
class Inbox:
    """The aiosmtpd handler: keeps every envelope it receives."""

    received: list[Any] = field(default_factory=list)
    logins: list[bytes | None] = field(default_factory=list)  # who was logged in, per message

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.received.append(envelope)
        self.logins.append(session.login_data)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                   auth_data: Any) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    # handled=False: let aiosmtpd answer 535 itself on failure.
    return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


@contextlib.contextmanager
def smtp_server(**kwargs: Any) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), **kwargs)
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


def _settings(port: int, security: str = "none", *, login: bool = False) -> EmailSettings:
    return EmailSettings(
        host="127.0.0.1",
        port=port,
        security=security,  # type: ignore[arg-type]
        sender="tracker@example.org",
        recipients=("a@example.org", "b@example.net"),
        username_env="CT_SMTP_USER" if login else None,
        password_env="CT_SMTP_PASSWORD" if login else None,
    )


def _parsed(envelope: Any) -> Message:
    return email.message_from_bytes(envelope.original_content, policy=email.policy.default)


def _send_digest(settings: EmailSettings, **kwargs: Any) -> None:
    data = sample_digest()
    send_email(settings, data.title, render_markdown(data), render_html(data), ENV, **kwargs)


def test_plain_smtp_sends_multipart_text_and_html() -> None:
    with smtp_server() as (inbox, port):
        _send_digest(_settings(port))
    assert inbox.logins == [None]
    envelope = inbox.received[0]
    assert envelope.mail_from == "tracker@example.org"
    assert envelope.rcpt_tos == ["a@example.org", "b@example.net"]
    message = _parsed(envelope)
    assert message["Subject"] == "Claim Tracker digest — 2025-03-24"
    assert message.get_content_type() == "multipart/alternative"
    parts = {part.get_content_type(): part for part in message.get_payload()}  # type: ignore[union-attr]
    assert set(parts) == {"text/plain", "text/html"}
    text = parts["text/plain"].get_payload(decode=True).decode()  # type: ignore[union-attr]
    html = parts["text/html"].get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "## Claims whose status changed" in text
    assert "<h2>Claims whose status changed</h2>" in html


def test_login_with_credentials_from_env() -> None:
    with smtp_server(authenticator=_authenticator, auth_require_tls=False) as (inbox, port):
        _send_digest(_settings(port, login=True))
    assert inbox.logins == [USER.encode()]


def test_wrong_password_is_a_one_line_delivery_error() -> None:
    with smtp_server(authenticator=_authenticator, auth_require_tls=False) as (inbox, port):
        data = sample_digest()
        with pytest.raises(DeliveryError, match="login refused") as caught:
            send_email(_settings(port, login=True), data.title, "t", "<p>h</p>",
                       {**ENV, "CT_SMTP_PASSWORD": "wrong"})
    assert "\n" not in str(caught.value)
    assert inbox.received == []


def test_missing_credential_variable_names_it() -> None:
    with pytest.raises(DeliveryError, match="CT_SMTP_PASSWORD"):
        send_email(_settings(1, login=True), "s", "t", "h", {"CT_SMTP_USER": USER})


def test_connection_refused_raises_and_digest_file_survives(tmp_path: Path) -> None:
    md_path, html_path = write_digest(sample_digest(), tmp_path)
    with pytest.raises(DeliveryError) as caught:
        _send_digest(_settings(_free_port()), timeout=5)
    message = str(caught.value)
    assert message.startswith("e-mail via 127.0.0.1:") and "\n" not in message
    assert md_path.read_text(encoding="utf-8").startswith("# Claim Tracker digest")
    assert html_path.exists()


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec",
             "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", str(key), "-out", str(cert), "-days", "2",
             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
            check=True, capture_output=True, timeout=30,
        )
    except FileNotFoundError:
        pytest.skip("the openssl command is not installed: cannot make a test certificate")
    return cert, key


def _server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def test_starttls_with_login(tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    with smtp_server(tls_context=_server_context(cert, key), require_starttls=True,
                     authenticator=_authenticator, auth_required=True) as (inbox, port):
        _send_digest(_settings(port, "starttls", login=True),
                     ssl_context=ssl.create_default_context(cafile=str(cert)))
    assert inbox.logins == [USER.encode()]
    assert _parsed(inbox.received[0]).get_content_type() == "multipart/alternative"


def test_implicit_tls(tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    with smtp_server(ssl_context=_server_context(cert, key)) as (inbox, port):
        _send_digest(_settings(port, "ssl"),
                     ssl_context=ssl.create_default_context(cafile=str(cert)))
    assert len(inbox.received) == 1


def test_untrusted_certificate_is_refused(tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    with smtp_server(tls_context=_server_context(cert, key),
                     require_starttls=True) as (inbox, port), \
            pytest.raises(DeliveryError, match=r"CERTIFICATE_VERIFY_FAILED|certificate"):
        # The default context trusts only the system CAs, not our self-signed cert.
        _send_digest(_settings(port, "starttls"))
    assert inbox.received == []


def test_no_recipients_is_an_error() -> None:
    settings = EmailSettings(host="127.0.0.1", port=25, security="none",
                             sender="a@example.org", recipients=())
    with pytest.raises(DeliveryError, match="recipients"):
        send_email(settings, "s", "t", "h", {})
