"""Feed parsing: bytes of an RSS/Atom document -> ``ParsedFeed`` of ``Entry``.

fastfeedparser reads what it can read completely; feedparser reads the rest.
Both outputs go through the same normalisation (``tracker.parse.normalize``), so
an entry does not depend on which parser read it. See docs/parsing.md.
"""

from __future__ import annotations

from tracker.errors import ParseError
from tracker.parse import sniff
from tracker.parse.fast import FastParserRejectedError, parse_with_fastfeedparser
from tracker.parse.slow import parse_with_feedparser
from tracker.protocols import ParsedFeed

__all__ = ["ParseError", "parse_feed", "parse_with_fastfeedparser", "parse_with_feedparser"]


def parse_feed(body: bytes, source: str) -> ParsedFeed:
    """Parse one feed document; ``source`` (path or URL) names it in errors and
    is the base for relative links when it is an http(s) URL.

    Raises ``ParseError`` (one line, naming ``source``) when the document is
    empty, not XML, an HTML page, truncated, or otherwise holds no feed. A feed
    with no entries is not an error. ``ParsedFeed.parser`` is "fast" or
    "feedparser".
    """
    if not body.strip():
        raise ParseError(source, "empty document")
    text = sniff.decode(body)
    if text is not None and sniff.looks_truncated(text) and text.lstrip().startswith("<"):
        raise ParseError(source, "truncated document: the XML ends before the feed is closed")
    if text is not None and sniff.fast_parser_can_read(text):
        try:
            return parse_with_fastfeedparser(
                body, source,
                language=sniff.feed_language(text),
                source_names=sniff.rss_item_sources(text),
            )
        except FastParserRejectedError:
            pass  # feedparser reads more; if it cannot either, it says why
    return parse_with_feedparser(body, source)
