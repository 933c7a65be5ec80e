"""PARITY: fastfeedparser and feedparser yield identical entries.

For every feed document used in the test suite (golden files, feeds built by
feedgen, and the labelled dev feeds of ../shared/eval-dev beside the repo), both parser
paths run on their own and must agree on every Entry field. Documents the fast
path does not take (tracker.parse.sniff) must be read by feedparser.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.feedgen import atom, item, rss
from helpers.project import SHARED

from tracker.parse import parse_feed, parse_with_fastfeedparser, parse_with_feedparser, sniff

GOLDEN = Path(__file__).parent / "golden"
EVAL_DEV_FEEDS = SHARED / "eval-dev" / "feeds"

_JST = timezone(timedelta(hours=9))
_ITEMS = [
    item("Japan & US <agree> on \"2+2\"", link="https://ex.org/1", guid="g-1",
         published=datetime(2024, 7, 28, 15, 0, tzinfo=_JST),
         summary="<p>First paragraph.</p><p>Second &amp; last.</p>", source="Kyodo"),
    item("Sans guid ni date", link="/relatif/2", summary="Texte brut ; « guillemets »."),
    item("CDATA summary", link="https://ex.org/3", cdata=True,
         published=datetime(2025, 1, 1, 23, 59, 59),
         summary="<div>Inside <em>CDATA</em> ]]> with a terminator</div>"),
    item("防衛省、統合作戦司令部を新設", link="https://ex.org/4", guid="https://ex.org/4",
         published=datetime(2025, 3, 24, tzinfo=UTC), summary="約240人体制で発足した。"),
]


def _documents() -> dict[str, bytes]:
    docs = {f"golden/{p.name}": p.read_bytes() for p in sorted(GOLDEN.glob("*.xml"))}
    docs["feedgen/rss"] = rss(_ITEMS, language="en-GB", link="https://ex.org/")
    docs["feedgen/atom"] = atom(_ITEMS, language="fr", link="https://ex.org/")
    docs["feedgen/rss-empty"] = rss([], title="Empty")
    if EVAL_DEV_FEEDS.is_dir():
        for path in sorted(EVAL_DEV_FEEDS.glob("*.xml")):
            docs[f"eval-dev/{path.name}"] = path.read_bytes()
    return docs


DOCUMENTS = _documents()


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_both_parsers_agree(name: str) -> None:
    body = DOCUMENTS[name]
    source = f"https://feeds.example/{name}"
    text = sniff.decode(body)
    chosen = parse_feed(body, source)
    if text is None or not sniff.fast_parser_can_read(text):
        assert chosen.parser == "feedparser"
        return
    assert chosen.parser == "fast"
    fast = parse_with_fastfeedparser(body, source, language=sniff.feed_language(text),
                                     source_names=sniff.rss_item_sources(text))
    slow = parse_with_feedparser(body, source)
    assert (fast.title, fast.language) == (slow.title, slow.language)
    assert len(fast.entries) == len(slow.entries)
    for fast_entry, slow_entry in zip(fast.entries, slow.entries, strict=True):
        assert fast_entry == slow_entry


def test_the_corpus_exercises_both_paths() -> None:
    parsers = {parse_feed(body, name).parser for name, body in DOCUMENTS.items()}
    assert parsers == {"fast", "feedparser"}


def test_feedgen_rss_reads_back() -> None:
    feed = parse_feed(DOCUMENTS["feedgen/rss"], "https://ex.org/feed.xml")
    first, second, third, fourth = feed.entries
    # Titles are read as HTML (feeds escape HTML in titles): a literal <agree> is a tag.
    assert first.title == 'Japan & US on "2+2"'
    assert first.published == datetime(2024, 7, 28, 6, 0, tzinfo=UTC)
    assert first.summary == "First paragraph.\nSecond & last."
    assert first.source_name == "Kyodo"
    assert first.language == "en"
    assert second.link == "https://ex.org/relatif/2"
    assert second.identity == "https://ex.org/relatif/2"
    assert second.published is None
    assert third.summary == "Inside CDATA ]]> with a terminator"
    assert third.published == datetime(2025, 1, 1, 23, 59, 59, tzinfo=UTC)
    assert fourth.guid is None and fourth.identity == "https://ex.org/4"  # guid == link


def test_feedgen_atom_reads_back() -> None:
    feed = parse_feed(DOCUMENTS["feedgen/atom"], "atom.xml")
    assert feed.language == "fr"
    assert [e.guid for e in feed.entries] == ["g-1", None, None, None]
    assert feed.entries[1].link == "https://ex.org/relatif/2"
    assert feed.entries[1].published is None
