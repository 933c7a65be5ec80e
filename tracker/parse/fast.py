"""The fastfeedparser path: the main parser, much faster than feedparser.

Its output differs from feedparser's (``description`` for ``summary``, ISO date
strings, no relative-link resolution, an ``id`` that falls back to the link, a
description synthesised from the content); this module reads it into the same
``RawEntry`` as ``tracker.parse.slow`` so ``build_entry`` treats both alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tracker.parse.normalize import (
    RawEntry,
    build_entry,
    choose_base,
    language_code,
    pick_summary,
)
from tracker.parse.text import html_to_text
from tracker.protocols import ParsedFeed

PARSER_NAME = "fast"
_SYNTH_LIMIT = 512  # fastfeedparser's descriptions made from content are no longer


class FastParserRejectedError(Exception):
    """fastfeedparser could not read the document (feedparser gets a try)."""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _iso_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _raw_entry(item: Any, source_name: str, atom: bool) -> RawEntry:
    published = _iso_datetime(item.get("published")) or _iso_datetime(item.get("updated"))
    if published is not None and published.microsecond:
        published = published.replace(microsecond=0)  # feedparser keeps whole seconds
    contents = item.get("content") or []
    content = _text(contents[0].get("value")) if contents else ""
    description = _text(item.get("description"))
    if (content and description and content != description
            and len(description) <= _SYNTH_LIMIT and _synthesized(description, contents[0])):
        description = ""  # made up by fastfeedparser from the content, not the feed's
    guid = _text(item.get("id"))
    link = _text(item.get("link"))
    if atom and not link:
        link = guid  # feedparser takes an Atom entry's id as its link when it has none
    return RawEntry(
        title=_text(item.get("title")),
        summary=pick_summary(description, content),
        link=link,
        guid=guid,
        published=published,
        source_name=source_name,
    )


def _synthesized(description: str, content: Any) -> bool:
    """True when ``description`` is what fastfeedparser derives from the content
    when an entry has no description of its own."""
    from fastfeedparser.main import _synthesize_entry_description  # loaded on first parse

    probe: dict[str, Any] = {"content": [content]}
    _synthesize_entry_description(probe)
    return bool(probe.get("description") == description)


def parse_with_fastfeedparser(body: bytes, source: str, *, language: str | None,
                              source_names: Sequence[str] | None) -> ParsedFeed:
    """Parse with fastfeedparser. ``language`` and ``source_names`` (one per item,
    or None) come from ``tracker.parse.sniff``: fastfeedparser reads neither
    <language> nor <source>.

    Raises FastParserRejectedError when fastfeedparser refuses the document, or when
    its items cannot be paired with ``source_names``.
    """
    # Imported here, not with the module: a process that only hands bodies to the
    # parse workers (a big poll cycle) never loads it (tests/test_parse_lazy_imports.py).
    import fastfeedparser

    try:
        # bytes, never str: given a str URL fastfeedparser would fetch it.
        result = fastfeedparser.parse(bytes(body))
    except Exception as exc:  # third-party parser on untrusted input: any failure
        raise FastParserRejectedError(str(exc)) from exc
    items = result.get("entries") or []
    if not items and _has_items(body):
        raise FastParserRejectedError("items that fastfeedparser did not read")
    if source_names is not None and len(source_names) != len(items):
        raise FastParserRejectedError("cannot pair <source> elements with items")
    names = source_names if source_names is not None else [""] * len(items)
    feed = result.get("feed") or {}
    atom = b"<entry" in body
    feed_language = language_code(language or _text(feed.get("language")))
    base = choose_base(source, _text(feed.get("link")))
    return ParsedFeed(
        title=html_to_text(_text(feed.get("title"))) or None,
        language=feed_language,
        entries=tuple(
            build_entry(_raw_entry(item, name, atom), source=source, base=base,
                        feed_language=feed_language)
            for item, name in zip(items, names, strict=True)
        ),
        parser=PARSER_NAME,
    )


def _has_items(body: bytes) -> bool:
    return b"<item" in body or b"<entry" in body
