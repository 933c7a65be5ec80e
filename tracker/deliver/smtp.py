"""Send the digest by e-mail: one multipart/alternative message (text + HTML).

Credentials are never in the configuration: ``EmailSettings`` names the
environment variables that hold them, and the caller passes the environment in
(so tests and the service decide where it comes from).
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from tracker.addresses import PLAIN_LOGIN_REFUSED, is_loopback_host
from tracker.errors import DeliveryError
from tracker.settings import EmailSettings

DEFAULT_TIMEOUT = 30.0  # seconds, per socket operation


def build_message(settings: EmailSettings, subject: str, text: str, html: str) -> EmailMessage:
    """The message as it will be sent: plain text first, HTML as the preferred part."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.recipients)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def _credentials(settings: EmailSettings, env: Mapping[str, str]) -> tuple[str, str] | None:
    if settings.username_env is None and settings.password_env is None:
        return None
    values = []
    for key, name in (("username_env", settings.username_env),
                      ("password_env", settings.password_env)):
        if not name:
            raise DeliveryError(
                f"delivery.email.{key} is not set (both names are needed to log in)"
            )
        value = env.get(name, "")
        if not value:
            raise DeliveryError(
                f"environment variable {name} (delivery.email.{key}) is not set or empty"
            )
        values.append(value)
    return values[0], values[1]


def _connect(
    settings: EmailSettings, timeout: float, context: ssl.SSLContext
) -> smtplib.SMTP:
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=context)
    client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    try:
        if settings.security == "starttls":
            client.starttls(context=context)
    except BaseException:
        client.close()
        raise
    return client


def send_email(
    settings: EmailSettings,
    subject: str,
    text: str,
    html: str,
    env: Mapping[str, str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    ssl_context: ssl.SSLContext | None = None,
) -> None:
    """Send one message to every recipient; raise ``DeliveryError`` (one line) on failure.

    ``security`` is "ssl" (implicit TLS, usually port 465), "starttls" (usually
    587) or "none" (plain SMTP, for a relay on localhost). ``ssl_context``
    defaults to the system's trusted CAs with hostname checking.
    """
    if not settings.recipients:
        raise DeliveryError("delivery.email.recipients is empty: nobody to send the digest to")
    credentials = _credentials(settings, env)
    if credentials is not None and settings.security == "none" and not is_loopback_host(
            settings.host):
        raise DeliveryError("e-mail: delivery.email.security = \"none\": "
                            + PLAIN_LOGIN_REFUSED.format(host=settings.host))
    context = ssl_context or ssl.create_default_context()
    message = build_message(settings, subject, text, html)
    where = f"{settings.host}:{settings.port} ({settings.security})"
    try:
        with _connect(settings, timeout, context) as client:
            if credentials is not None:
                client.login(*credentials)
            refused = client.send_message(
                message, from_addr=settings.sender, to_addrs=list(settings.recipients)
            )
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"e-mail via {where}: login refused ({exc.smtp_code})") from exc
    except (smtplib.SMTPException, OSError) as exc:  # ssl.SSLError is an OSError
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise DeliveryError(f"e-mail via {where} failed: {detail}") from exc
    if refused:
        names = ", ".join(sorted(refused))
        raise DeliveryError(f"e-mail via {where}: recipients refused: {names}")
