"""Making untrusted feed text safe to show: links and Markdown.

Feed titles, summaries and links are attacker-controlled. In HTML, Jinja's
autoescape handles text; links additionally go through ``safe_link`` so only
http(s) URLs ever become an ``href``. In Markdown there is no autoescape, so the
Markdown environment runs every printed string through ``markdown_escape``
(see ``render.py``) unless it is a ``MarkdownSafe`` built by our own filters.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

_ALLOWED_SCHEMES = frozenset({"http", "https"})
# Browsers drop leading/trailing C0 controls and spaces before reading a scheme.
_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))
# Characters kept as they are in an href; everything else is percent-encoded so a
# link can close neither an HTML attribute nor a Markdown link destination.
_URL_SAFE = "/:?#[]@!$&*+,;=%~-._"

_WHITESPACE = re.compile(r"\s+")
# Punctuation that means something inline in Markdown (or starts raw HTML).
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~!])")
# '&' that would start an HTML entity (&lt; &#60; …) in a Markdown renderer.
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Things that turn the start of a line into a block: heading, quote, list, rule,
# and an ordered-list number ("1." / "1)"), whose punctuation is what gets escaped.
_MD_BLOCK_START = re.compile(r"^([#>+=-])")
_MD_ORDERED_START = re.compile(r"^(\d+)([.)])")


class MarkdownSafe(str):
    """A string already fit for Markdown output (made by our filters, not by a feed)."""

    __slots__ = ()


def safe_link(url: str | None) -> str | None:
    """The URL fit for an href, or None if it is not an absolute http(s) URL.

    ``javascript:``, ``data:``, relative and scheme-less links return None, and
    the renderers then show the title as plain text.
    """
    if not url:
        return None
    cleaned = url.strip(_C0_AND_SPACE)
    try:
        parts = urlsplit(cleaned)
    except ValueError:  # e.g. an invalid IPv6 literal
        return None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.netloc:
        return None
    return quote(cleaned, safe=_URL_SAFE)


def one_line(text: str | None, limit: int | None = None) -> str:
    """Collapse all whitespace (newlines included) to single spaces; cut at ``limit``."""
    flat = _WHITESPACE.sub(" ", text or "").strip()
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def markdown_escape(text: str) -> str:
    """Make untrusted text print literally in Markdown, on one line.

    Inline markers and '<' are backslash-escaped (CommonMark prints an escaped
    punctuation character as itself, so ``<script>`` can't become a tag), an
    entity-like '&' is escaped, and a leading block marker ('#', '>', '-', '1.')
    is escaped so a title can't become a heading or a quote.
    """
    flat = one_line(text)
    escaped = _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(r"\\\1", flat))
    escaped = _MD_BLOCK_START.sub(r"\\\1", escaped)
    return _MD_ORDERED_START.sub(r"\1\\\2", escaped)


def markdown_link(text: str, url: str | None) -> MarkdownSafe:
    """``[text](url)`` when the URL is http(s), else the escaped text alone."""
    label = markdown_escape(text) or "(untitled)"
    href = safe_link(url)
    if href is None:
        return MarkdownSafe(label)
    # safe_link percent-encodes spaces, '(', ')', '<' and '>', so the
    # destination can't end early or smuggle in markup.
    return MarkdownSafe(f"[{label}]({href})")
