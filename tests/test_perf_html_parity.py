"""The regex fast path of html_to_text gives exactly html.parser's text.

``_simple_markup_text`` (one regex over simple tags) must return what the
reference ``_parsed_text`` (html.parser) returns, or None to hand the document
to it. Checked on hand-picked tricky fragments, on every title/summary of the
eval and fixture feeds, and on thousands of random fragments built from
tag-like and entity-like pieces (fixed seed).
"""

from __future__ import annotations

import random
import re

import pytest
from helpers.project import FIXTURES, SHARED

from tracker.parse.text import _parsed_text, _simple_markup_text, html_to_text

FEED_DIRS = [FIXTURES, SHARED / "eval-dev" / "feeds"]

TRICKY = [
    "<p>Hello &amp; <b>world</b></p><p>Second&nbsp;para</p>",
    "line1<br>line2<br/>line3<br />line4<BR>five",
    '<img src="/img/x.jpg" alt="photo"/> after',
    "<a href=x>unquoted</a>",
    "<a href='x>y'>quote holds a &gt;</a>",
    '<a title="a<b">lt in attribute</a>',
    "a < b and c > d",
    "<!-- comment --> text",
    "<![CDATA[inside]]> after",
    "<script>var x = '<p>'</script>after",
    "<style>p{}</style>shown",
    "</iframe>stray end of a skipped element",
    "<svg/>self-closed skipped",
    "AT&T &lt;tag&gt; &#8212; &#x65e5;本 &bogus; &amp",
    "text ending in an ampersand &",
    "text ending in &amp",
    "text ending in &#12",
    "para one\n\npara two\n \t\npara three",
    "<p>one\n\ntwo</p>\n\n<p>three</p>",
    "<div\nclass=\"x\"\n>multi-line tag</div>",
    "<p\x0b>vertical tab in a tag</p>",
    "<a-b>dash in a name</a-b>",
    "<p/ >odd close</p>",
    "<?xml version='1.0'?>pi",
    "<!DOCTYPE html>decl",
    "unfinished <p",
    "unfinished <p class=\"x",
    "<</p>>",
    "nul\x00char<p>x</p>",
    "<P CLASS=\"A\">Upper</P >",
    "<a b=\"1\"c=\"2\">no space between attributes</a>",
    "<a b = \"1\" c>spaced value, bare name</a>",
    "<li>one</li><li>two &amp; three</li>",
]

PIECES = [
    "<p>", "</p>", "<br>", "<br/>", "<br />", "<b>", "</b>", "<div class=\"c\">", "</div>",
    "<a href=\"/x?a=1&amp;b=2\">", "</a>", "<img src='y' alt=\"z\"/>", "<li>", "</li>",
    "<script>", "</script>", "<style>", "</style>", "<span", ">", "<", "/", "=", "\"", "'",
    "&amp;", "&lt;", "&gt;", "&nbsp;", "&#38;", "&#x41;", "&", "&amp", "&#", ";", "<!--",
    "-->", "<!", "<?", "?>", "\n", "\n\n", " \n \n ", "\t", " ", "word", "Word", "日本",
    "é", "\u3000", "a.b.", "<h2>", "</h2>", "<table>", "<td>", "</td>", "<Tr>", "</TR>",
    "<noscript>", "</noscript>", "<x-y>", "<p\t id='q'>", "text", "more text",
]


def _feed_fragments() -> list[str]:
    texts: list[str] = []
    for directory in FEED_DIRS:
        if not directory.exists():
            continue
        for path in sorted(directory.rglob("*.xml")):
            raw = path.read_text(encoding="utf-8", errors="replace")
            for found in re.findall(
                r"<(?:title|description|summary|content)[^>]*>(.*?)</", raw, flags=re.S
            ):
                texts.append(found)
                texts.append(html_unescaped(found))
    return texts


def html_unescaped(text: str) -> str:
    """Feed XML escapes the HTML of a summary once: undo that like an XML parser."""
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&amp;", "&"))


def _assert_same(html: str) -> None:
    fast = _simple_markup_text(html)
    if fast is not None:
        assert fast == _parsed_text(html), html


@pytest.mark.parametrize("html", TRICKY)
def test_tricky_fragments_agree(html: str) -> None:
    _assert_same(html)


def test_simple_markup_takes_the_fast_path() -> None:
    # The parity checks would pass vacuously if the fast path always gave up.
    assert _simple_markup_text(TRICKY[0]) is not None
    assert _simple_markup_text(TRICKY[2]) is not None
    assert _simple_markup_text("<a href=x>unquoted</a>") is None
    assert _simple_markup_text("<script>x</script>") is None


def test_feed_titles_and_summaries_agree() -> None:
    fragments = _feed_fragments()
    assert len(fragments) > 50
    for html in fragments:
        _assert_same(html)


def test_random_fragments_agree() -> None:
    rng = random.Random(20250301)
    fast_path = 0
    for _ in range(4000):
        html = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
        _assert_same(html)
        fast_path += _simple_markup_text(html) is not None
    assert fast_path > 500  # enough of them really went through the fast path


def test_public_function_unchanged_on_tricky_fragments() -> None:
    for html in TRICKY:
        reference = _parsed_text(html)
        lines = (" ".join(chunk.split()) for chunk in reference.split("\x00"))
        assert html_to_text(html) == "\n".join(line for line in lines if line)


def test_split_whitespace_is_regex_whitespace() -> None:
    # _join_lines relies on str.split() collapsing exactly what r"\s+" matches.
    spaces = re.compile(r"\s")
    for code in range(0x3100):  # every whitespace code point is below U+3100
        char = chr(code)
        assert bool(spaces.match(char)) == char.isspace() == (char.split() == []), hex(code)
    assert not any(chr(c).isspace() for c in range(0x3100, 0x110000, 1))
