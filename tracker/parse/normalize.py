"""The one place where parser output becomes ``Entry`` objects.

Both parsers (fastfeedparser and feedparser) are read into a ``RawEntry`` of plain
strings first; ``build_entry`` then applies the same rules to both, so the two
paths yield identical entries:

* title and summary: ``html_to_text`` (tags dropped, entities unescaped);
* link: stripped, resolved against the base URL with ``urljoin``;
* summary: the description, or the full content when the description is only its
  beginning (a teaser or a synthesised prefix) or absent (``pick_summary``);
* guid: stripped; None when empty or equal to the raw link (fastfeedparser puts
  the link in ``id`` when there is no guid; identity falls back to the link);
* published: timezone-aware UTC (naive dates are taken as UTC), else None;
* language: primary subtag, lower case ("fr-FR" -> "fr"), entry's else feed's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from tracker.models import Entry
from tracker.parse.text import html_to_text


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One item as a parser gave it, before normalisation (strings may hold HTML)."""

    title: str = ""
    summary: str = ""
    link: str = ""
    guid: str = ""
    published: datetime | None = None
    language: str = ""
    source_name: str = ""


def is_web_url(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def choose_base(source: str, feed_link: str | None) -> str:
    """Base URL for relative links: the document URL when it is http(s), else the
    feed's own (absolute) home link, else "" (links stay as given)."""
    if is_web_url(source):
        return source
    if feed_link and is_web_url(feed_link.strip()):
        return feed_link.strip()
    return ""


# An absolute http(s) link that urljoin gives back unchanged: lower-case scheme,
# a plain host (letters, digits, dots, hyphens) and port, a path without ";"
# (params), an optional non-empty query, no fragment, no control characters or
# spaces (urlsplit removes some). tests/test_perf_link_parity.py compares.
_PLAIN_ABSOLUTE = re.compile(
    r"https?://[A-Za-z0-9.\-]+(?::[0-9]+)?(?:/[^?#;\x00-\x20\x7f]*)?(?:\?[^#\x00-\x20\x7f]+)?"
)


def resolve_link(link: str, base: str) -> str | None:
    """``link`` resolved against ``base`` with urljoin ("" base: as given).

    ``base`` comes from ``choose_base``, which already split it, so urljoin
    cannot fail on it; a plain absolute link is what urljoin would return.
    """
    link = link.strip()
    if not link:
        return None
    if not base or _PLAIN_ABSOLUTE.fullmatch(link):
        return link
    return urljoin(base, link)


def language_code(value: str | None) -> str | None:
    """"en-US" -> "en"; None or blank -> None."""
    if not value:
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary or None


def to_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _squeezed(html: str) -> str:
    return "".join(html_to_text(html).split())


def pick_summary(description: str, content: str) -> str:
    """The description, unless it is empty or merely the start of the content
    (compared as text without whitespace): then the content, which says more."""
    if not content or content == description:
        return description
    if _squeezed(content).startswith(_squeezed(description)):
        return content
    return description


def build_entry(raw: RawEntry, *, source: str, base: str, feed_language: str | None) -> Entry:
    guid = raw.guid.strip() or None
    if guid is not None and guid == raw.link.strip():
        guid = None
    return Entry(
        source=source,
        title=html_to_text(raw.title),
        summary=html_to_text(raw.summary),
        link=resolve_link(raw.link, base),
        guid=guid,
        published=to_utc(raw.published),
        language=language_code(raw.language) or feed_language,
        source_name=html_to_text(raw.source_name) or None,
    )
