"""Credentials out of everything shown: one helper for URLs and for text holding them.

Feed URLs may carry secrets: userinfo (``https://user:pass@host/``) or a query
parameter (``?token=``, ``?key=``, ``api_key=``, ``access_token=``, ``sig=``...).
Whatever prints, logs, stores as a message, or e-mails a URL passes it through
``redact_url`` (or ``redact_text`` for a message that may contain URLs).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

MASK = "***"

# A query parameter whose name says it holds a secret.
_SECRET_NAME = re.compile(
    r"token|key|secret|pass|pwd|auth|sig|session|credential|cookie|bearer", re.IGNORECASE)
_URL_IN_TEXT = re.compile(r"\bhttps?://[^\s'\"<>]*[^\s'\"<>.,:;)]", re.IGNORECASE)
_QUERY_PAIR = re.compile(r"([^&;=]*)=([^&;]*)")


def _redact_query(query: str) -> str:
    def mask(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2)
        return f"{name}={MASK}" if value and _SECRET_NAME.search(name) else match.group(0)
    return _QUERY_PAIR.sub(mask, query)


def redact_url(url: str) -> str:
    """``url`` with its userinfo and secret-looking query values replaced by ``***``."""
    if "@" not in url and "=" not in url:  # the usual feed URL: nothing to hide
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return _URL_IN_TEXT.sub(lambda m: MASK, url) if "@" in url else url
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{MASK}@{netloc.rpartition('@')[2]}"
    query = _redact_query(parts.query) if "=" in parts.query else parts.query
    fragment = _redact_query(parts.fragment) if "=" in parts.fragment else parts.fragment
    if (netloc, query, fragment) == (parts.netloc, parts.query, parts.fragment):
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def redact_text(text: str) -> str:
    """``text`` with every http(s) URL in it passed through ``redact_url``."""
    if "://" not in text:
        return text
    return _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)


def has_credentials(url: str) -> bool:
    """True when ``redact_url`` would hide something in ``url``."""
    return redact_url(url) != url
