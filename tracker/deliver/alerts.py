"""Short alerts through Apprise (chat, push, webhooks), an optional extra.

Apprise URLs often carry tokens, so error messages name a URL by its position
and scheme only, never by the whole URL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tracker.errors import DeliveryError

INSTALL_HINT = "pip install 'claimtracker[alerts]'"


def _apprise() -> Any:
    try:
        import apprise  # optional dependency: imported only when alerts are sent
    except ImportError as exc:
        raise DeliveryError(
            f"alerts need the Apprise package, which is not installed: {INSTALL_HINT}"
        ) from exc
    return apprise


def _label(index: int, url: str) -> str:
    scheme = url.split("://", 1)[0] if "://" in url else "?"
    return f"#{index} ({scheme}://…)"


def send_alerts(urls: Sequence[str], title: str, body: str) -> None:
    """Notify every Apprise URL; try them all, then raise one ``DeliveryError`` if any failed."""
    if not urls:
        return
    apprise = _apprise()
    failed: list[str] = []
    for index, url in enumerate(urls, start=1):
        target = apprise.Apprise()
        if not target.add(url):
            failed.append(f"{_label(index, url)} is not a valid Apprise URL")
            continue
        if not target.notify(title=title, body=body):
            failed.append(f"{_label(index, url)} did not accept the alert")
    if failed:
        raise DeliveryError(f"alerts failed for {len(failed)} of {len(urls)} URLs: "
                            + "; ".join(failed))
