"""Keys that recognise the same story in two feeds: canonical links and title keys.

Rules (docs/storage.md): a link is normalised (lower-case scheme and host, no
fragment, no tracking parameters), aggregator redirect links are unwrapped (Bing
``apiclick.aspx?url=``); Google News links hide the target, so they get no
canonical link and the story is keyed on its title (publisher suffix removed).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_EXACT = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"})
_GOOGLE_NEWS_HOSTS = frozenset({"news.google.com"})
_BING_HOSTS = frozenset({"www.bing.com", "bing.com"})
_MIN_TITLE_TOKENS = 4  # shorter titles ("Press release", "Daily briefing") are too generic

_WORD = re.compile(r"\w+", re.UNICODE)

# A link whose canonical form needs no urlsplit: lower-case http(s) scheme, a
# plain host (letters, digits, dots, hyphens; no userinfo, no port), a path
# without control characters or spaces, no query, no fragment.
# tests/test_perf_link_parity.py compares it with the general path.
_PLAIN_LINK = re.compile(r"https?://([A-Za-z0-9.\-]+)(/[^?#\x00-\x20\x7f]*)?")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith("utm_") or lowered in _TRACKING_EXACT


def unwrap_redirect(url: str) -> str:
    """The target of an aggregator click-through link (Bing ``apiclick.aspx``), else ``url``."""
    if "apiclick.aspx" not in url.lower():  # cheap exit: the path must end with it
        return url
    parts = urlsplit(url)
    if parts.hostname in _BING_HOSTS and parts.path.lower().endswith("/apiclick.aspx"):
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            if name.lower() == "url" and value.startswith(("http://", "https://")):
                return value
    return url


def is_google_news(url: str) -> bool:
    plain = _PLAIN_LINK.fullmatch(url)
    host = plain[1].lower() if plain is not None else urlsplit(url).hostname
    return host in _GOOGLE_NEWS_HOSTS


def canonical_link(link: str | None) -> str | None:
    """Normalised link for cross-feed duplicate detection; None when it can't identify a story."""
    if not link:
        return None
    link = unwrap_redirect(link.strip())
    plain = _PLAIN_LINK.fullmatch(link)
    if plain is not None:
        host = plain[1].lower()
        if host in _GOOGLE_NEWS_HOSTS:
            return None
        return f"https://{host}{plain[2] or '/'}"
    return _split_canonical(link)


def _split_canonical(link: str) -> str | None:
    """``canonical_link`` of any (stripped, unwrapped) link, with urlsplit."""
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.hostname in _GOOGLE_NEWS_HOSTS:
        return None  # opaque article id: the same story has many ids; key on the title
    netloc = parts.hostname.lower()
    if parts.port and parts.port not in (80, 443):
        netloc = f"{netloc}:{parts.port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    ) if parts.query else ""
    # http and https copies of one page are one story.
    return urlunsplit(("https", netloc, parts.path or "/", query, ""))


def title_key(title: str, source_name: str | None = None, link: str | None = None) -> str | None:
    """A title reduced to its words, for near-identical-title detection.

    NFKC + case fold + accents folded; punctuation dropped; the `` - Publisher``
    suffix aggregators append is removed. Titles with fewer than four words give
    None (too generic to prove two entries are one story).
    """
    text = title.strip()
    if source_name and text.lower().endswith(f" - {source_name.lower()}"):
        text = text[: -len(source_name) - 3]
    elif link and is_google_news(link) and " - " in text:
        text = text.rsplit(" - ", 1)[0]
    folded = unicodedata.normalize("NFKC", text).casefold()
    if not folded.isascii():  # ASCII has nothing to decompose and no combining marks
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = _WORD.findall(folded)
    if len(words) < _MIN_TITLE_TOKENS and not _mostly_cjk(folded):
        return None
    if not words:
        return None
    return " ".join(words)


def _mostly_cjk(text: str) -> bool:
    """Japanese titles have no spaces: one 'word' can be a whole headline."""
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff")
    return cjk >= 8


def content_hash(title: str, summary: str) -> str:
    """What decides that an entry was edited: its title and summary."""
    return hashlib.sha256(f"{title}\x1f{summary}".encode()).hexdigest()
