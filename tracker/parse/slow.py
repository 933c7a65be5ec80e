"""The feedparser path: slow, but it reads almost anything that is a feed.

Used when fastfeedparser rejects a document or cannot decode it. feedparser
never raises; it flags problems with ``bozo``. Our rule: a document with feed
structure (a recognised version or at least one entry) is accepted even when
bozo (undefined entities, a wrong declared encoding it recovered from...); a
document with no feed structure, or one cut off before its end, is a ParseError.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from tracker.errors import ParseError
from tracker.parse.normalize import (
    RawEntry,
    build_entry,
    choose_base,
    language_code,
    pick_summary,
)
from tracker.parse.text import html_to_text
from tracker.protocols import ParsedFeed

PARSER_NAME = "feedparser"


def _struct_to_datetime(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _raw_entry(item: Any) -> RawEntry:
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        published = _struct_to_datetime(item.get(key))
        if published is not None:
            break
    contents = item.get("content") or []
    content = _text(contents[0].get("value")) if contents else ""
    source = item.get("source") or {}
    title_detail = item.get("title_detail") or {}
    return RawEntry(
        title=_text(item.get("title")),
        summary=pick_summary(_text(item.get("summary")), content),
        link=_text(item.get("link")),
        guid=_text(item.get("id")),
        published=published,
        language=_text(item.get("language")) or _text(title_detail.get("language")),
        source_name=_text(source.get("title")),
    )


def describe_failure(body: bytes, result: Any) -> str:
    """One-line reason why a feedparser result holds no feed."""
    if b"<html" in body[:2048].lower():
        return "not a feed: an HTML page"
    exc = result.get("bozo_exception")
    if exc is not None:
        return f"not a feed: not well-formed XML ({str(exc).splitlines()[0]})"
    return "not a feed: no RSS or Atom structure found"


def parse_with_feedparser(body: bytes, source: str) -> ParsedFeed:
    # No base URI is handed to feedparser: links are resolved by build_entry, the
    # same way for both parsers. No sanitising either: html_to_text keeps only
    # text, and raw HTML is what fastfeedparser gives too.
    import feedparser  # loaded on first use, as fastfeedparser is (tracker/parse/fast.py)

    result = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    entries = result.get("entries") or []
    version = result.get("version") or ""
    if not version and not entries:
        raise ParseError(source, describe_failure(body, result))
    exc = result.get("bozo_exception")
    if exc is not None and "no element found" in str(exc):
        raise ParseError(source, "truncated document: the XML ends before the feed is closed")
    feed = result.get("feed") or {}
    feed_language = language_code(_text(feed.get("language")))
    base = choose_base(source, _text(feed.get("link")))
    return ParsedFeed(
        title=html_to_text(_text(feed.get("title"))) or None,
        language=feed_language,
        entries=tuple(
            build_entry(_raw_entry(item), source=source, base=base, feed_language=feed_language)
            for item in entries
        ),
        parser=PARSER_NAME,
    )
