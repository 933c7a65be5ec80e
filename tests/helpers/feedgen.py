"""Build small, valid RSS 2.0 / Atom 1.0 documents for tests.

    from helpers.feedgen import item, rss, atom   # tests/ is on sys.path under pytest

    body = rss([item("Japan launches JJOC", link="https://ex.org/a",
                     published=datetime(2025, 3, 24, tzinfo=UTC),
                     summary="<p>The command was <b>launched</b>.</p>")],
               language="en")

Every text is XML-escaped, so ``summary`` may hold HTML (it travels escaped, as
most real feeds carry it). ``cdata=True`` wraps the summary in CDATA instead.
Naive datetimes are taken as UTC. Both builders return UTF-8 bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr


@dataclass(frozen=True)
class Item:
    """One feed item; build it with ``item()``."""

    title: str
    link: str | None = None
    guid: str | None = None
    published: datetime | None = None
    summary: str | None = None
    source: str | None = None       # publisher name (RSS <source>, as Google News items)
    source_url: str = "https://publisher.example/"
    cdata: bool = False             # summary in <![CDATA[...]]> instead of escaped


def item(title: str, *, link: str | None = None, guid: str | None = None,
         published: datetime | None = None, summary: str | None = None,
         source: str | None = None, cdata: bool = False) -> Item:
    """An item; ``guid`` defaults to nothing (the parser then falls back to ``link``)."""
    return Item(title=title, link=link, guid=guid, published=published, summary=summary,
                source=source, cdata=cdata)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _text_element(tag: str, value: str | None, *, cdata: bool = False) -> str:
    if value is None:
        return ""
    if cdata:
        return f"<{tag}><![CDATA[{value.replace(']]>', ']]]]><![CDATA[>')}]]></{tag}>"
    return f"<{tag}>{escape(value)}</{tag}>"


def rss(items: Sequence[Item], *, title: str = "Test feed", link: str = "https://example.org/",
        language: str | None = None, description: str = "A feed built by tests.") -> bytes:
    """An RSS 2.0 document."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', "<channel>",
             _text_element("title", title), _text_element("link", link),
             _text_element("description", description), _text_element("language", language)]
    for it in items:
        parts.append("<item>")
        parts.append(_text_element("title", it.title))
        parts.append(_text_element("link", it.link))
        if it.guid is not None:
            parts.append(f'<guid isPermaLink="false">{escape(it.guid)}</guid>')
        if it.published is not None:
            parts.append(_text_element("pubDate", format_datetime(_utc(it.published))))
        parts.append(_text_element("description", it.summary, cdata=it.cdata))
        if it.source is not None:
            parts.append(f"<source url={quoteattr(it.source_url)}>{escape(it.source)}</source>")
        parts.append("</item>")
    parts += ["</channel>", "</rss>"]
    return "\n".join(p for p in parts if p).encode("utf-8")


def atom(items: Sequence[Item], *, title: str = "Test feed", link: str = "https://example.org/",
         language: str | None = None, feed_id: str = "urn:test:feed") -> bytes:
    """An Atom 1.0 document; ``language`` goes in xml:lang on <feed>.

    Each entry gets an <id>: ``guid``, else ``link``, else a urn made from its
    position. ``published`` fills <published> and <updated>; an item without it gets
    neither (not strictly valid Atom, but it is how an undated entry is tested).
    """
    lang = f" xml:lang={quoteattr(language)}" if language else ""
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<feed xmlns="http://www.w3.org/2005/Atom"{lang}>',
             _text_element("title", title), f"<link href={quoteattr(link)}/>",
             _text_element("id", feed_id), "<updated>2000-01-01T00:00:00Z</updated>"]
    for number, it in enumerate(items):
        parts.append("<entry>")
        parts.append(_text_element("title", it.title))
        if it.link is not None:
            parts.append(f'<link rel="alternate" href={quoteattr(it.link)}/>')
        parts.append(_text_element("id", it.guid or it.link or f"urn:test:entry:{number}"))
        if it.published is not None:
            stamp = _utc(it.published).isoformat()
            parts.append(f"<published>{stamp}</published><updated>{stamp}</updated>")
        if it.summary is not None:
            parts.append(f'<summary type="html">{escape(it.summary)}</summary>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(p for p in parts if p).encode("utf-8")
