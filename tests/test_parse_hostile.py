"""Hostile XML held before issue 12 and is kept so: external entities (XXE) are
never read, entity expansion (billion laughs) is never carried out, on either parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.errors import ParseError
from tracker.parse import parse_feed, parse_with_feedparser

pytestmark = pytest.mark.timeout(30)


def _xxe(secret_file: Path) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM '
            f'"file://{secret_file}">]><rss version="2.0"><channel><title>T</title>'
            "<item><title>A &leak; B</title><link>https://e.example/a</link>"
            "<description>x &leak; y</description></item></channel></rss>").encode()


def _laughs() -> bytes:
    entities = '<!ENTITY lol0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
            "<title>T</title><item><title>&lol9;</title><link>https://e.example/a</link>"
            "</item></channel></rss>").encode()


@pytest.mark.parametrize("parse", [parse_feed, parse_with_feedparser])
def test_external_entities_are_never_read(tmp_path: Path, parse: object) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    try:
        feed = parse(_xxe(secret), "xxe.xml")  # type: ignore[operator]
    except ParseError:
        return  # refusing the document is fine too
    text = " ".join(f"{e.title} {e.summary}" for e in feed.entries)
    assert "TOP-SECRET-VALUE" not in text


@pytest.mark.parametrize("parse", [parse_feed, parse_with_feedparser])
def test_entity_expansion_is_not_carried_out(parse: object) -> None:
    try:
        feed = parse(_laughs(), "laughs.xml")  # type: ignore[operator]
    except ParseError:
        return
    assert all(len(e.title) < 100_000 for e in feed.entries)  # 10^9 "lol"s expanded: 3 GB
