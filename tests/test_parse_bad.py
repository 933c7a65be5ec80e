"""Documents that are no feed raise one ParseError line naming the source."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from helpers.feedgen import item, rss

from tracker.errors import ParseError
from tracker.parse import parse_feed

GOOD = rss([item("Japan launches JJOC", link="https://ex.org/a",
                 published=datetime(2025, 3, 24, tzinfo=UTC), summary="<p>Launched.</p>"),
            item("Second item", link="https://ex.org/b")], language="en")

BAD_DOCUMENTS = {
    "empty": (b"", "empty document"),
    "blank": (b"  \n\t ", "empty document"),
    "html-page": (b"<!DOCTYPE html><html><head><title>Home</title></head>"
                  b"<body><p>Welcome</p></body></html>", "HTML page"),
    "not-xml": (b"just some text, not xml at all", "not well-formed XML"),
    "json": (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}',
             "not well-formed XML"),
    "truncated": (GOOD[: GOOD.index(b"</item>") + 20], "truncated"),
    "truncated-after-item": (GOOD[: GOOD.rindex(b"</item>") + 7], "truncated"),
    "xml-not-a-feed": (b'<?xml version="1.0"?><config><a>1</a></config>', "no RSS or Atom"),
    "utf-32-declared-utf-8": (GOOD.decode().encode("utf-32"), "not well-formed XML"),
    "binary": (bytes(range(256)) * 8, "not well-formed XML"),
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_bad_document_is_one_line_error_naming_source(name: str) -> None:
    body, reason = BAD_DOCUMENTS[name]
    source = f"https://feeds.example/{name}.xml"
    with pytest.raises(ParseError) as caught:
        parse_feed(body, source)
    message = str(caught.value)
    assert message.startswith(f"{source}: ")
    assert reason in message
    assert "\n" not in message
    assert caught.value.source == source


def test_wrong_declared_encoding_is_recovered_by_feedparser() -> None:
    body = GOOD.decode().replace("JJOC", "été français").encode("latin-1")  # says utf-8
    feed = parse_feed(body, "latin.xml")
    assert feed.parser == "feedparser"
    assert feed.entries[0].title == "Japan launches été français"


def test_recoverable_bozo_with_entries_is_accepted() -> None:
    # An undefined HTML entity makes the XML not well-formed; both parsers recover.
    body = GOOD.replace(b"Second item", b"Second&nbsp;item")
    feed = parse_feed(body, "entity.xml")
    assert [e.title for e in feed.entries] == ["Japan launches JJOC", "Second item"]


def test_feed_without_entries_is_not_an_error() -> None:
    feed = parse_feed(rss([], title="Quiet"), "quiet.xml")
    assert feed.title == "Quiet"
    assert feed.entries == ()


def test_markup_inside_a_leading_comment_is_not_taken_for_the_root() -> None:
    # A comment before the root may hold anything, tags included; the document is whole.
    body = GOOD.replace(b"<rss", b"<!-- sample: <script>alert(1)</script> -->\n<rss", 1)
    feed = parse_feed(body, "commented.xml")
    assert [e.title for e in feed.entries] == ["Japan launches JJOC", "Second item"]
    with pytest.raises(ParseError, match="truncated"):
        parse_feed(body[: body.rindex(b"</channel>")], "commented-cut.xml")
