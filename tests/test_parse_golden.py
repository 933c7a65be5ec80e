"""Each golden feed parses into the concrete entries it holds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tracker.models import Entry
from tracker.parse import parse_feed
from tracker.protocols import ParsedFeed

GOLDEN = Path(__file__).parent / "golden"


def parse(name: str, source: str | None = None) -> ParsedFeed:
    path = GOLDEN / name
    return parse_feed(path.read_bytes(), source or str(path))


def by_title(feed: ParsedFeed, start: str) -> Entry:
    (entry,) = [e for e in feed.entries if e.title.startswith(start)]
    return entry


def test_rss20_mixed() -> None:
    feed = parse("rss20-mixed.xml")
    assert feed.parser == "fast"
    assert feed.title == "Defense Desk & Wire"
    assert feed.language == "en"
    assert len(feed.entries) == 5

    first = feed.entries[0]
    assert first.title == "Japan launches Joint Operations Command — a first"
    assert first.guid == "urn:example:jjoc-1"
    assert first.link == "https://news.example.com/defense/2025/03/jjoc-launch"
    assert first.published == datetime(2025, 3, 24, 0, 30, tzinfo=UTC)  # +0900 -> UTC
    assert first.summary == "Tokyo launched the JJOC on Monday.\nAbout 240 personnel."
    assert first.language == "en"
    assert first.source_name is None

    pac3 = by_title(feed, "PAC-3")
    assert pac3.title == "PAC-3 output to rise & exports planned"  # double-escaped &amp;amp;
    assert pac3.link == "https://news.example.com/defense/2025/04/pac3-output"  # resolved
    assert pac3.guid is None
    assert pac3.identity == pac3.link
    assert "alert" not in pac3.summary
    assert pac3.summary == ("Mitsubishi Heavy Industries will double output.\n"
                            "Deliveries start in 2026 & later.")

    undated = by_title(feed, "Undated")
    assert undated.published is None
    assert undated.guid is None
    assert undated.identity == "https://news.example.com/defense/undated"

    content_only = by_title(feed, "Item with full content only")
    assert content_only.link == "https://news.example.com/defense/2025/05/content-only"
    assert content_only.published == datetime(2025, 5, 2, 4, 15, tzinfo=UTC)
    assert content_only.summary == ("The first working group met in Tokyo.\n"
                                    "Ship repair was discussed.")

    both = by_title(feed, "Summary and content")
    assert both.summary == "Short teaser about DICAS."


def test_atom10_french() -> None:
    feed = parse("atom10-fr.xml")
    assert feed.parser == "fast"
    assert (feed.title, feed.language) == ("Défense & diplomatie", "fr")
    jjoc, undated, xhtml = feed.entries
    assert jjoc.title == "Le Japon crée un commandement opérationnel interarmées"
    assert jjoc.guid == "tag:presse.example.fr,2025:jjoc"
    assert jjoc.published == datetime(2025, 3, 24, 17, 0, tzinfo=UTC)  # published, not updated
    assert jjoc.summary == "Tokyo a inauguré lundi son nouvel état-major, « une étape historique »."
    assert jjoc.language == "fr"
    # no <published>: <updated> is the date; relative link resolved against the feed link
    assert undated.published == datetime(2025, 4, 2, 7, 30, tzinfo=UTC)
    assert undated.link == "https://presse.example.fr/defense/2025/04/maj"
    assert xhtml.summary == "Ministers held extended deterrence talks."


def test_atom_xml_base_and_entry_language_go_to_feedparser() -> None:
    feed = parse("atom10-xmlbase-lang.xml")
    assert feed.parser == "feedparser"
    ja, en = feed.entries
    assert ja.language == "ja"
    assert en.language == "en"
    assert ja.link == "https://blog.example.org/posts/2025/09/nichikan"
    assert ja.published == datetime(2025, 9, 8, 6, 0, tzinfo=UTC)


def test_rss10_rdf_with_dc_date() -> None:
    feed = parse("rss10-rdf.xml")
    assert (feed.title, feed.language) == ("防衛ニュース", "ja")
    first, second = feed.entries
    assert first.title == "統合作戦司令部が発足 防衛省"
    assert first.published == datetime(2025, 3, 24, 1, 0, tzinfo=UTC)
    assert first.link == "https://jp.example.jp/news/1"
    assert first.language == "ja"
    assert second.title == "PAC3の増産&輸出、三菱重工が計画"
    assert second.published == datetime(2025, 4, 1, tzinfo=UTC)  # date only: midnight UTC
    assert second.summary == "三菱重工業は地対空誘導弾パトリオット（PAC3）の生産能力を引き上げる。"


def test_google_news_item_keeps_its_publisher() -> None:
    feed = parse("google-news.xml")
    assert feed.parser == "fast"
    first, second = feed.entries
    assert first.source_name == "Reuters"
    assert second.source_name == "The Diplomat"
    assert first.guid == "CBMiXkFVX3lxTE1abc"
    assert first.title == "Japan sets up joint command to better coordinate with US - Reuters"
    assert first.summary == "Japan sets up joint command to better coordinate with US Reuters"
    assert second.summary == "Japan's new JJOC The Diplomat\nRelated coverage NHK"


@pytest.mark.parametrize(
    ("name", "title", "language"),
    [
        ("rss20-latin1.xml", "Réunion « 2+2 » à Tokyo : l'été des alliances", "fr"),
        ("rss20-shift-jis.xml", "日米「２＋２」、東京で開催へ", "ja"),
    ],
)
def test_declared_legacy_encodings(name: str, title: str, language: str) -> None:
    (entry,) = parse(name).entries
    assert entry.title == title
    assert entry.language == language
    assert entry.published is not None and entry.published.tzinfo is UTC


def test_relative_links_resolve_against_an_http_source() -> None:
    feed = parse("rss20-mixed.xml", source="https://mirror.example.net/feeds/defense.xml")
    pac3 = by_title(feed, "PAC-3")
    assert pac3.link == "https://mirror.example.net/defense/2025/04/pac3-output"
    assert pac3.source == "https://mirror.example.net/feeds/defense.xml"
