"""OPML 2.0: round trip, messy real-world files, hostile documents refused."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tracker.feeds.opml import MAX_OPML_BYTES, OpmlError, export_opml, import_opml
from tracker.models import FeedSpec

FEEDS = (
    FeedSpec("Japan Times", "https://www.japantimes.co.jp/feed/", "en"),
    FeedSpec("NHK 政治 & <co>", "https://news.web.nhk/n-data/conf/na/rss/cat4.xml", "ja"),
    FeedSpec("No language", "https://example.org/rss?a=1&b=2"),
)


def test_round_trip_keeps_names_urls_and_languages() -> None:
    document = export_opml(FEEDS, title="Mine")
    root = ET.fromstring(document)
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title") == "Mine"
    assert [o.get("type") for o in root.iter("outline")] == ["rss"] * 3
    found = import_opml(document.encode("utf-8"), "feeds.opml")
    assert found.feeds == FEEDS
    assert found.problems == ()


def test_nested_folders_bad_urls_duplicates_and_fallback_names() -> None:
    document = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>x</title></head><body>
  <outline text="Defence">
    <outline text="Breaking  Defense" xmlUrl="https://breakingdefense.com/feed/" language="EN"/>
    <outline title="Only title" xmlUrl="https://a.example/rss" language="English"/>
  </outline>
  <outline xmlUrl="https://b.example/feed"/>
  <outline text="Local file" xmlUrl="file:///etc/passwd"/>
  <outline text="Again" xmlUrl="https://a.example/rss"/>
  <outline text="Breaking  Defense" xmlUrl="https://c.example/rss"/>
  <outline text="search:sneaky" xmlUrl="https://d.example/rss"/>
</body></opml>"""
    found = import_opml(document, "in.opml")
    assert [(f.name, f.url, f.language) for f in found.feeds] == [
        ("Breaking Defense", "https://breakingdefense.com/feed/", "en"),
        ("Only title", "https://a.example/rss", None),   # "English" is no language code
        ("b.example", "https://b.example/feed", None),
        ("Breaking Defense (2)", "https://c.example/rss", None),
        ("sneaky", "https://d.example/rss", None),
    ]
    assert len(found.problems) == 2
    assert found.problems[0].startswith("in.opml: line 8: xmlUrl must be an http")
    assert found.problems[1] == "in.opml: line 9: duplicate xmlUrl 'https://a.example/rss'"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<opml version="2.0"><body><outline text="&c;" xmlUrl="https://x.example/rss"/></body></opml>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://x.example/rss"/></body></opml>"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY,
                                      b'<!DOCTYPE opml SYSTEM "http://evil.example/x.dtd">'
                                      b"<opml><body/></opml>"])
def test_hostile_documents_are_refused(document: bytes) -> None:
    with pytest.raises(OpmlError, match=r"^evil\.opml: refused: DOCTYPE") as info:
        import_opml(document, "evil.opml")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("document", "expected"), [
    (b"not xml at all", "evil.opml: not XML"),
    (b"<opml><body><outline></body></opml>", "evil.opml: not XML"),
    (b"<rss><channel/></rss>", "evil.opml: not an OPML document (root element <rss>)"),
    (b"<opml>" + b" " * MAX_OPML_BYTES + b"</opml>", "evil.opml: larger than 5 MiB"),
])
def test_unusable_documents_give_one_line_errors(document: bytes, expected: str) -> None:
    with pytest.raises(OpmlError) as info:
        import_opml(document, "evil.opml")
    assert str(info.value).startswith(expected)
