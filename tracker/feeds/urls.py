"""Which URLs can be feeds (config.toml, ``feeds add``, OPML import)."""

from __future__ import annotations

from urllib.parse import urlsplit


def feed_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a feed URL, or None when it is acceptable."""
    if url != url.strip() or any(c.isspace() for c in url):
        return "must not contain spaces"
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        return f"must be an http:// or https:// URL (scheme: {shown})"
    if not parts.hostname:
        return "has no host name"
    return None
