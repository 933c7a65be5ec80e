"""The fast path reads each class of document feedparser reads differently the
way feedparser does, or declines it (found by ``make parity`` on feedparser's
own test corpus; these documents are our own, one per class)."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from tracker.models import Entry
from tracker.parse import parse_feed, parse_with_feedparser

ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{}</feed>'
RSS = '<rss version="2.0"><channel><title>T</title>{}</channel></rss>'
XHTML = 'xmlns="http://www.w3.org/1999/xhtml"'


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _same_as_feedparser(document: str | bytes) -> tuple[str, Sequence[Entry]]:
    body = document.encode() if isinstance(document, str) else document
    chosen = parse_feed(body, "doc.xml")
    reference = parse_with_feedparser(body, "doc.xml")
    fields = ("title", "link", "guid", "published", "summary")
    assert len(chosen.entries) == len(reference.entries)
    for mine, theirs in zip(chosen.entries, reference.entries, strict=True):
        assert [getattr(mine, f) for f in fields] == [getattr(theirs, f) for f in fields]
    return chosen.parser or "", chosen.entries


def test_atom_title_and_summary_with_inline_xhtml_are_not_empty() -> None:
    doc = ATOM.format(
        f'<entry><id>urn:1</id><title type="xhtml"><div {XHTML}>Diet <b>passes</b> the '
        f'budget</div></title><summary type="xhtml"><div {XHTML}>After a <i>long</i> '
        "night.</div></summary><link href='https://news.example/1'/></entry>")
    _, entries = _same_as_feedparser(doc)
    assert entries[0].title == "Diet passes the budget"
    assert entries[0].summary == "After a long night."


def test_atom_xhtml_content_stays_on_the_fast_path() -> None:
    doc = ATOM.format(
        f"<entry><id>urn:1</id><title>Budget</title><link href='https://news.example/1'/>"
        f'<content type="xhtml"><div {XHTML}><p>The Diet <strong>passed</strong> it.</p>'
        "</div></content></entry>")
    parser, entries = _same_as_feedparser(doc)
    assert parser == "fast"
    assert entries[0].summary == "The Diet passed it."


def test_xhtml_content_with_escaped_markup_matches_feedparser() -> None:
    doc = ATOM.format(f'<entry><id>urn:1</id><title>x</title><content type="xhtml"><div '
                      f"{XHTML}>The &lt;marquee&gt; tag</div></content></entry>")
    _, entries = _same_as_feedparser(doc)
    assert entries[0].summary == "The <marquee> tag"


@pytest.mark.parametrize("element", ["title", "summary", "content"])
def test_base64_text_is_decoded(element: str) -> None:
    other = "" if element == "title" else "<title>x</title>"
    doc = ATOM.format(f'<entry><id>urn:1</id>{other}<{element} type="application/'
                      f'octet-stream">{_b64("Ministry <b>confirms</b> the plan")}'
                      f"</{element}></entry>")
    _, entries = _same_as_feedparser(doc)
    value = entries[0].title if element == "title" else entries[0].summary
    assert value == "Ministry confirms the plan"


def test_an_atom_id_alone_gives_the_link_on_the_fast_path() -> None:
    doc = ATOM.format("<entry><id>https://news.example/only-id</id><title>A</title>"
                      "<updated>2025-03-24T09:00:00Z</updated></entry>")
    parser, entries = _same_as_feedparser(doc)
    assert parser == "fast"
    assert entries[0].link == "https://news.example/only-id"
    assert entries[0].guid is None  # the same as the link


def test_created_dates_are_read() -> None:
    doc = ('<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>T'
           "</title><item><title>A</title><link>https://news.example/a</link>"
           "<dcterms:created>2025-03-24T09:30:00Z</dcterms:created></item></channel></rss>")
    _, entries = _same_as_feedparser(doc)
    assert entries[0].published == datetime(2025, 3, 24, 9, 30, tzinfo=UTC)


def test_windows_1252_smart_quotes_declared_as_latin1_are_repaired() -> None:
    doc = (b'<?xml version="1.0" encoding="iso-8859-1"?>' + RSS.format(
        "<item><title>Q</title><link>https://news.example/q</link><description>"
        "\x93Quoted\x94 and it\x92s</description></item>").encode("latin-1"))
    _, entries = _same_as_feedparser(doc)
    assert entries[0].summary == "\u201cQuoted\u201d and it\u2019s"


@pytest.mark.parametrize(("text", "expected"), [("don&#146;t", "don\u2019t"),
                                                ("&#226;&#128;&#166;", "\u2026")])
def test_cp1252_references_and_double_encoded_text_are_repaired(text: str,
                                                                 expected: str) -> None:
    doc = RSS.format(f"<item><title>Q</title><link>https://news.example/q</link>"
                     f"<description>{text}</description></item>")
    _, entries = _same_as_feedparser(doc)
    assert entries[0].summary == expected


@pytest.mark.parametrize("doc", [
    ATOM.format("<item><title>An item in an Atom feed</title></item>"),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
     'xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>T</title></channel>'
     "<item><title>RSS 0.90 item</title><link>https://news.example/x</link></item></rdf:RDF>"),
])
def test_entry_counts_match(doc: str) -> None:
    _, entries = _same_as_feedparser(doc)
    assert len(entries) == 1


def test_two_dates_in_one_entry_match_feedparser() -> None:
    doc = ATOM.format("<entry><id>urn:1</id><title>A</title><updated>2025-01-01T00:00:00Z"
                      "</updated><updated>2024-01-01T00:00:00Z</updated></entry>")
    _same_as_feedparser(doc)


def test_fractional_seconds_are_dropped_on_the_fast_path() -> None:
    doc = ATOM.format("<entry><id>urn:1</id><title>A</title><link href='https://e.example/a'/>"
                      "<updated>2025-03-24T09:00:00.544Z</updated></entry>")
    parser, entries = _same_as_feedparser(doc)
    assert parser == "fast"
    assert entries[0].published == datetime(2025, 3, 24, 9, tzinfo=UTC)


def test_content_without_description_is_read_as_content_on_the_fast_path() -> None:
    doc = ('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
           "<channel><title>T</title><item><title>A</title><link>https://e.example/a</link>"
           "<content:encoded>safe&lt;script&gt;steal()&lt;/script&gt; text"
           "</content:encoded></item></channel></rss>")
    parser, entries = _same_as_feedparser(doc)
    assert parser == "fast"
    assert entries[0].summary == "safe text"


@pytest.mark.parametrize("links", [
    "<link rel='enclosure' href='https://e.example/a.mp3'/>",
    "<link rel='self' href='https://e.example/self'/>",
])
def test_atom_entries_with_only_non_alternate_links(links: str) -> None:
    doc = ATOM.format(f"<entry><title>A</title>{links}</entry>")
    _, entries = _same_as_feedparser(doc)
    assert entries[0].link is None


def test_a_guid_that_is_no_permalink_is_not_the_link() -> None:
    doc = RSS.format("<item><title>A</title><guid isPermaLink='false'>https://e.example/g"
                     "</guid></item><item><title>B</title><link>https://e.example/b</link>"
                     "<guid isPermaLink='false'>b-1</guid></item>")
    _, entries = _same_as_feedparser(doc)
    assert entries[0].link is None and entries[0].guid == "https://e.example/g"


@pytest.mark.parametrize("item", [
    "<item><title>A</title><description><p>Naked <b>markup</b></p></description></item>",
    "<item><title>A</title><category>c<image><title>Other</title></image></category></item>",
    "<item><title>A</title><summary>S</summary><description>D</description></item>",
])
def test_unusual_rss_markup_matches_feedparser(item: str) -> None:
    _same_as_feedparser(RSS.format(item))


def test_media_rss_descriptions_match_feedparser() -> None:
    doc = ('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/'
           'mrss/"><title>T</title><entry><id>urn:1</id><title>Video</title>'
           "<link href='https://e.example/v'/><media:group><media:title>Video</media:title>"
           "<media:description>What the video shows</media:description></media:group>"
           "</entry></feed>")
    _, entries = _same_as_feedparser(doc)
    assert entries[0].summary == "What the video shows"


def test_ordinary_feeds_stay_on_the_fast_path() -> None:
    rss = RSS.format("<item><title>A &amp; B</title><link>https://e.example/a</link>"
                     "<guid isPermaLink='false'>a-1</guid><description>&lt;p&gt;Text&lt;/p"
                     "&gt;</description><pubDate>Mon, 24 Mar 2025 09:00:00 GMT</pubDate>"
                     "<category>Politics</category></item>")
    atom = ATOM.format("<entry><id>urn:1</id><title>A</title><link rel='alternate' "
                       "href='https://e.example/a'/><link rel='replies' href='https://e.example"
                       "/c'/><updated>2025-03-24T09:00:00Z</updated><summary type='html'>"
                       "&lt;p&gt;Text&lt;/p&gt;</summary></entry>")
    for doc in (rss, atom):
        parser, _ = _same_as_feedparser(doc)
        assert parser == "fast"
