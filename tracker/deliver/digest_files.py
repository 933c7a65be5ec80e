"""Deliver a digest that is already written: read the files, e-mail them, alert.

The service writes the digest first and delivers later (and retries), so
delivery works from the files alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tracker.deliver.alerts import send_alerts
from tracker.deliver.smtp import send_email
from tracker.errors import DeliveryError
from tracker.settings import DeliverySettings


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DeliveryError(f"{path}: cannot read the digest: {exc.strerror}") from exc


def digest_title(markdown: str) -> str:
    """The digest's own title: its first Markdown heading."""
    first = markdown.split("\n", 1)[0]
    return first.removeprefix("# ").strip() or "Claim Tracker digest"


def digest_summary(markdown: str) -> str:
    """The one-glance summary line of a Markdown digest, without bold markers."""
    for line in markdown.splitlines():
        if line.startswith("**"):
            return line.replace("**", "")
    return ""


def deliver_digest(
    delivery: DeliverySettings,
    md_path: Path,
    html_path: Path,
    env: Mapping[str, str],
    *,
    subject: str | None = None,
    alert: str | None = None,
) -> None:
    """E-mail the digest and send alerts as configured; one ``DeliveryError`` if any failed.

    Both channels are tried even if the first fails. ``subject`` and ``alert``
    default to the digest's title and its summary line.
    """
    text, html = _read(md_path), _read(html_path)
    title = subject or digest_title(text)
    errors: list[str] = []
    if delivery.email is not None:
        try:
            send_email(delivery.email, title, text, html, env)
        except DeliveryError as exc:
            errors.append(str(exc))
    if delivery.apprise_urls:
        try:
            send_alerts(delivery.apprise_urls, title, alert or digest_summary(text))
        except DeliveryError as exc:
            errors.append(str(exc))
    if errors:
        raise DeliveryError("; ".join(errors))
