"""Feed parsing: bytes of an RSS/Atom document -> ``ParsedFeed`` of ``Entry``.

See docs/parsing.md for the two parsers and the normalisation rules.
"""

from __future__ import annotations

from tracker.errors import ParseError
from tracker.parse.slow import parse_with_feedparser
from tracker.protocols import ParsedFeed

__all__ = ["ParseError", "parse_feed"]


def parse_feed(body: bytes, source: str) -> ParsedFeed:
    """Parse one feed document; ``source`` (path or URL) names it in errors and
    is the base for relative links when it is an http(s) URL.

    Raises ``ParseError`` (one line, naming ``source``) when the document is
    empty, not XML, an HTML page, truncated, or otherwise holds no feed.
    """
    if not body.strip():
        raise ParseError(source, "empty document")
    return parse_with_feedparser(body, source)
