"""OPML 2.0 import and export of feed lists.

Export writes with ``xml.etree``. Import treats the file as untrusted: it is
read with the bare expat parser, and any DOCTYPE or entity declaration stops it
(that is where "billion laughs" expansion and external entities live), as does
a file over ``MAX_OPML_BYTES``. Outlines without a usable ``xmlUrl`` are
reported, one line each, and skipped; the others are kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.parsers import expat

from tracker.errors import TrackerError
from tracker.feeds.search import SEARCH_FEED_PREFIX
from tracker.feeds.urls import feed_url_problem
from tracker.languages import is_language_tag
from tracker.models import FeedSpec

MAX_OPML_BYTES = 5 * 1024 * 1024


class OpmlError(TrackerError):
    """The OPML file cannot be read at all (not XML, hostile, too big, no <opml>)."""


@dataclass(frozen=True, slots=True)
class OpmlImport:
    """Feeds found in an OPML file, and one line per outline that was skipped."""

    feeds: tuple[FeedSpec, ...]
    problems: tuple[str, ...]


def export_opml(feeds: Sequence[FeedSpec], title: str = "Claim Tracker feeds") -> str:
    """An OPML 2.0 document listing ``feeds`` (as ``type="rss"`` outlines)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.language:
            attrs["language"] = feed.language
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


class _RefusedError(Exception):
    """Raised from an expat handler to stop on a DOCTYPE or entity declaration."""


def import_opml(data: bytes, source: str) -> OpmlImport:
    """Feeds from the OPML document ``data``; ``source`` names it in messages.

    Raises ``OpmlError`` (one line) when the document is unusable as a whole.
    """
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"{source}: larger than {MAX_OPML_BYTES // (1024 * 1024)} MiB")
    outlines: list[tuple[int, dict[str, str]]] = []
    root_tag: list[str] = []

    def refuse_doctype(*_: object) -> None:
        raise _RefusedError("DOCTYPE declarations are not accepted")

    def refuse_entity(*_: object) -> int:
        raise _RefusedError("entity declarations are not accepted")

    def start(tag: str, attrs: dict[str, str]) -> None:
        if not root_tag:
            root_tag.append(tag)
        if tag == "outline":
            outlines.append((parser.CurrentLineNumber, attrs))

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_entity
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except _RefusedError as exc:
        raise OpmlError(f"{source}: refused: {exc}") from None
    except expat.ExpatError as exc:
        raise OpmlError(f"{source}: not XML: {exc}") from exc
    if root_tag != ["opml"]:
        raise OpmlError(f"{source}: not an OPML document (root element "
                        f"<{root_tag[0] if root_tag else '?'}>)")
    return _feeds_from_outlines(outlines, source)


def _feeds_from_outlines(outlines: list[tuple[int, dict[str, str]]], source: str) -> OpmlImport:
    feeds: list[FeedSpec] = []
    problems: list[str] = []
    urls: set[str] = set()
    names: set[str] = set()
    for line, attrs in outlines:
        url = (attrs.get("xmlUrl") or "").strip()
        if not url:
            continue  # a folder outline (category), not a feed
        problem = feed_url_problem(url)
        if problem:
            problems.append(f"{source}: line {line}: xmlUrl {problem}: '{url}'")
            continue
        if url in urls:
            problems.append(f"{source}: line {line}: duplicate xmlUrl '{url}'")
            continue
        name = _unique(_name_for(attrs, url), names)
        language = (attrs.get("language") or "").strip().lower() or None
        if language is not None and not is_language_tag(language):
            language = None  # e.g. "English": better no hint than a wrong one
        urls.add(url)
        names.add(name)
        feeds.append(FeedSpec(name=name, url=url, language=language))
    return OpmlImport(tuple(feeds), tuple(problems))


def _name_for(attrs: dict[str, str], url: str) -> str:
    name = " ".join((attrs.get("text") or attrs.get("title") or "").split())
    if not name:
        name = urlsplit(url).hostname or url
    if name.startswith(SEARCH_FEED_PREFIX):  # reserved for generated feeds
        name = name[len(SEARCH_FEED_PREFIX):].strip() or url
    return name[:200]


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    n = 2
    while f"{name} ({n})" in taken:
        n += 1
    return f"{name} ({n})"
