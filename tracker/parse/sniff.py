"""Cheap checks on raw bytes that decide which parser may read a document.

fastfeedparser is only handed documents it reads completely: XML (not JSON
Feed), in an encoding the bytes really are in, without xml:base and without
per-entry language markup (it reads neither). Everything else goes to
feedparser. These checks also find the feed language, which fastfeedparser
ignores unless it is an xml:lang on the channel.
"""

from __future__ import annotations

import codecs
import re

from tracker.parse.declines import reads_like_feedparser

_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_FIRST_ITEM = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
_FEED_LANGUAGE = re.compile(
    r"<(?:dc:)?language>\s*([^<\s]+)\s*</(?:dc:)?language>|xml:lang\s*=\s*[\"']([^\"']+)[\"']"
)
# An "&" that does not start one of XML's own entities or a character reference.
_NOT_XML_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)")
_RSS_ITEM = re.compile(r"<item[\s>].*?</item\s*>", re.DOTALL)
_RSS_SOURCE = re.compile(r"<source(?:\s[^>]*)?>(.*?)</source\s*>", re.DOTALL)
_ROOT_TAG = re.compile(r"<(?![?!/])([\w.:-]+)")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def decode(body: bytes) -> str | None:
    """The document as text in its BOM/declared encoding (UTF-8 by default), or
    None when the bytes are not valid in that encoding (feedparser then guesses)."""
    if body.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", body[len(codecs.BOM_UTF8):]
    elif body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        declared = _DECLARED_ENCODING.match(body.lstrip()[:512])
        encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def looks_truncated(text: str) -> bool:
    """True when an XML document does not end by closing its root element (after
    trailing comments and whitespace): the download or the file was cut short."""
    if "<!--" in text:
        text = _COMMENT.sub("", text)  # markup inside comments is not the root element
    root = _ROOT_TAG.search(text)
    if root is None:
        return False  # no element at all: not XML, the parsers say so
    body = text.rstrip()
    while body.endswith(("-->", "?>")):  # trailing comments and processing instructions
        opening = body.rfind("<!--" if body.endswith("-->") else "<?")
        if opening == -1:
            break
        body = body[:opening].rstrip()
    closing = body.rfind("</")
    return closing == -1 or body[closing + 2:].rstrip(" \t\r\n>") != root.group(1)


def fast_parser_can_read(text: str) -> bool:
    """True when fastfeedparser reads everything we take from this document."""
    if not text.lstrip("\ufeff \t\r\n").startswith("<"):
        return False  # JSON Feed or junk: feedparser decides (and rejects it)
    if "xml:base" in text:
        return False
    if _NOT_XML_ENTITY.search(text):
        return False  # lxml's recovery drops text at an undefined entity or a bare "&"
    first_item = _FIRST_ITEM.search(text)
    items = text[first_item.start():] if first_item else ""
    if "xml:lang" in items or "language>" in items:
        return False
    atom = first_item is not None and "entry" in first_item.group(0)
    # RSS <source> is read by rss_item_sources; Atom's <source> is feedparser's.
    if atom and "<source" in items:
        return False
    head = text[:first_item.start()] if first_item else text
    return reads_like_feedparser(text, head, items, atom)


def rss_item_sources(text: str) -> list[str] | None:
    """The <source> text of each RSS <item> in document order ("" when none), or
    None when the document has no <source> at all (fastfeedparser drops it)."""
    if "<source" not in text:
        return None
    sources = []
    for item in _RSS_ITEM.finditer(text):
        found = _RSS_SOURCE.search(item.group(0))
        sources.append(found.group(1) if found else "")
    return sources


def feed_language(text: str) -> str | None:
    """The channel's <language>, <dc:language> or root xml:lang, if given."""
    first_item = _FIRST_ITEM.search(text)
    head = text[: first_item.start()] if first_item else text
    found = _FEED_LANGUAGE.search(head)
    if not found:
        return None
    return found.group(1) or found.group(2)
