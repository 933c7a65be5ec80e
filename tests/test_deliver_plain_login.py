"""SMTP ``security = "none"`` with a login sends the password in clear: only to localhost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.addresses import is_loopback_host
from tracker.config import ConfigError, load_config
from tracker.config.settings import EmailSettings
from tracker.deliver.smtp import send_email
from tracker.errors import DeliveryError

ENV = {"CT_USER": "me", "CT_PASSWORD": "hunter2"}


def _config(tmp_path: Path, host: str, security: str = "none", login: bool = True) -> Path:
    path = tmp_path / "config.toml"
    lines = ["[delivery.email]", "enabled = true", f"host = '{host}'",
             f"security = '{security}'", "sender = 'a@b.example'",
             "recipients = ['x@y.example']"]
    if login:
        lines += ["username_env = 'CT_USER'", "password_env = 'CT_PASSWORD'"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.0.0.53", "::1", "[::1]",
                                  "mail.localhost", "LOCALHOST."])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["smtp.example.org", "10.0.0.1", "192.168.1.1",
                                  "localhost.evil.org",
                                  "0.0.0.0"])
def test_not_loopback_hosts(host: str) -> None:
    assert not is_loopback_host(host)


def test_config_refuses_a_plain_login_to_a_remote_host(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(_config(tmp_path, "smtp.example.org"))
    message = str(info.value)
    assert "\n" not in message
    assert "[delivery.email] security" in message
    assert "sends the login in clear, allowed only to localhost" in message
    assert "smtp.example.org" in message


@pytest.mark.parametrize(("host", "security", "login"), [
    ("localhost", "none", True), ("127.0.0.1", "none", True),
    ("smtp.example.org", "none", False), ("smtp.example.org", "starttls", True),
])
def test_config_accepts_safe_combinations(tmp_path: Path, host: str, security: str,
                                          login: bool) -> None:
    email = load_config(_config(tmp_path, host, security, login)).delivery.email
    assert email is not None and email.host == host


def test_send_refuses_a_plain_login_to_a_remote_host_before_connecting() -> None:
    settings = EmailSettings(host="smtp.example.org", port=25, security="none",
                             sender="a@b.example", recipients=("x@y.example",),
                             username_env="CT_USER", password_env="CT_PASSWORD")
    with pytest.raises(DeliveryError) as info:  # no network: it must fail before connecting
        send_email(settings, "s", "t", "<p>h</p>", ENV, timeout=0.5)
    assert "allowed only to localhost" in str(info.value)
    assert "hunter2" not in str(info.value)
