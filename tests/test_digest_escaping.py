"""Hostile feed text in the digest: nothing from a feed may run or load anything.

The HTML is parsed with html.parser (a real parser, not string search) and
checked for script elements, event-handler attributes and non-http(s) hrefs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_digest_golden import sample_digest

from tracker.digest import render_html, render_markdown, write_digest
from tracker.digest.escape import markdown_escape, markdown_link, safe_link

HOSTILE_TITLES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "</span></li><script>alert(1)</script>",
    "<svg/onload=alert(1)>",
    "[click](javascript:alert(1))",
]
HOSTILE_LINKS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \tjavascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "https://ok.example/\" onclick=\"alert(1)",
    "https://ok.example/'><script>alert(1)</script>",
    "//evil.example/x",
    "/relative/path",
]


class _Collector(HTMLParser):
    """Every tag with its attributes, and the text inside script/style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def _assert_inert(html: str) -> None:
    parsed = _parse(html)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names
    assert "img" not in names and "svg" not in names and "iframe" not in names
    for tag, attrs in parsed.tags:
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name, value)
            if name in ("href", "src", "action", "formaction"):
                assert tag == "a" and name == "href", (tag, name, value)
                assert value is not None and re.match(r"https?://", value), value


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_title_and_summary_are_inert_in_html(title: str) -> None:
    data = sample_digest(title=title, sentence=title, source=title)
    html = render_html(data)
    _assert_inert(html)
    # The text is still there for the reader, shown literally.
    assert "&lt;" in html or "&#34;" in html or "&#39;" in html or "[click]" in html


@pytest.mark.parametrize("link", HOSTILE_LINKS)
def test_only_http_links_become_hrefs(link: str) -> None:
    html = render_html(sample_digest(link=link))
    _assert_inert(html)
    hrefs = [
        value
        for tag, attrs in _parse(html).tags
        if tag == "a"
        for name, value in attrs
        if name == "href" and value is not None
    ]
    # The hostile story's title is still shown, as plain text when the link is bad.
    assert "Japan inaugurates Joint Operations Command" in html
    for href in hrefs:
        assert "javascript" not in href.lower() and "data:" not in href.lower()
        assert '"' not in href and "'" not in href and "<" not in href


def test_javascript_link_renders_title_as_plain_text() -> None:
    html = render_html(sample_digest(link="javascript:alert(1)"))
    assert "javascript:alert(1)" not in html
    assert ">Japan inaugurates Joint Operations Command</span>" in html


def test_html_is_self_contained() -> None:
    """No external assets: the only URLs are <a href> links to stories."""
    html = render_html(sample_digest())
    parsed = _parse(html)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "video", "audio"}
    for tag, attrs in parsed.tags:
        for name, value in attrs:
            if value and re.search(r"https?:", value):
                assert (tag, name) == ("a", "href")
    style = html[html.index("<style>") : html.index("</style>")]
    assert "url(" not in style and "@import" not in style
    assert '<meta name="viewport"' in html and "max-width" in style


def test_markdown_escapes_feed_text() -> None:
    md = render_markdown(
        sample_digest(
            title="# <script>alert(1)</script> [x](javascript:alert(1))",
            sentence="<img src=x onerror=alert(1)>\n# heading\n> quote",
            link="javascript:alert(1)",
        )
    )
    # No raw tag survives: every '<' from the feed is backslash-escaped.
    assert re.search(r"(?<!\\)<(script|img|/script)", md) is None
    assert r"\<script\>" in md
    # No line of the digest is a heading made by the feed.
    assert not any(line.startswith("# ") and "script" in line for line in md.splitlines())
    # The hostile link never becomes a Markdown link destination.
    assert re.search(r"(?<!\\)\]\(javascript", md) is None
    assert r"\[x\](javascript:alert(1))" in md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Title", r"\# Title"),
        ("1. first", r"1\. first"),
        ("- item", r"\- item"),
        ("a *b* _c_", r"a \*b\* \_c\_"),
        ("AT&T &amp; co", r"AT&T \&amp; co"),
        ("line\nbreak", "line break"),
        ("<b>bold</b>", r"\<b\>bold\</b\>"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_markdown_escape(text: str, expected: str) -> None:
    assert markdown_escape(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/x?y=1&z=2", "https://a.example/x?y=1&z=2"),
        ("http://a.example/a b(c)", "http://a.example/a%20b%28c%29"),
        ("https://a.example/\"'<>", "https://a.example/%22%27%3C%3E"),
        ("HTTPS://A.example/", "HTTPS://A.example/"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("mailto:a@example.org", None),
        ("https:///nohost", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_link(url: str | None, expected: str | None) -> None:
    assert safe_link(url) == expected


def test_markdown_link_encodes_closing_parenthesis() -> None:
    assert markdown_link("t", "https://a.example/x)y") == "[t](https://a.example/x%29y)"


CHROMIUM = Path("/usr/bin/chromium")


def test_html_opens_in_headless_chromium_without_console_errors(tmp_path: Path) -> None:
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("/usr/bin/chromium is not installed: the browser check needs it")
    data = sample_digest(title="<script>console.error('xss')</script>", link="javascript:alert(1)")
    _, html_path = write_digest(data, tmp_path / "out")
    profile = tmp_path / "profile"
    result = subprocess.run(
        [
            str(CHROMIUM) if CHROMIUM.exists() else "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            html_path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(tmp_path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Claims whose status changed" in result.stdout
    console = [line for line in result.stderr.splitlines() if "CONSOLE" in line]
    assert console == []
    assert "<script" not in result.stdout.split("</head>", 1)[1]
