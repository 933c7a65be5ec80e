"""The plain-URL fast paths of resolve_link, canonical_link and is_google_news
give exactly what the urllib path gives, on odd URLs and many random ones."""

from __future__ import annotations

import random
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import pytest

from tracker.parse.normalize import resolve_link
from tracker.store.links import (
    _GOOGLE_NEWS_HOSTS,
    _PLAIN_LINK,
    _split_canonical,
    canonical_link,
    is_google_news,
    unwrap_redirect,
)

ODD = [
    "https://example.com/a/b", "http://Example.COM", "http://example.com", "https://x.y/",
    "HTTP://example.com/a", "Https://example.com/a", "https://news.google.com/rss/articles/x",
    "https://NEWS.GOOGLE.COM/a", "https://news.google.com", "https://münchen.de/a",
    "https://xn--mnchen-3ya.de/a", "http://example.com:80/a", "http://example.com:8080/a",
    "https://example.com:443/", "https://example.com:0/a", "http://example.com:/a",
    "http://example.com:99999/a", "http://example.com:x/a", "https://user@example.com/a",
    "https://user:pw@Example.com:81/a", "https://example.com/a#frag", "https://example.com/#",
    "https://example.com/a?", "https://example.com/a?x=1&utm_source=y", "https://example.com/?q",
    "https://example.com/a;p=1", "https://example.com/a;p?x=1", "https://example.com/a b",
    "https://example.com/a\tb", "https://example.com/a\nb", " https://example.com/a ",
    "https://example.com/é/ü?ß=1", "https://[::1]/a", "https://[::1]:8080/a", "https://[::1/a",
    "https://example.com]/a", "//example.com/a", "/relative/path", "relative", "../up",
    "?only=query", "#only-frag", "mailto:someone@example.com", "ftp://example.com/file",
    "javascript:alert(1)", "https:/example.com/a", "https:example.com", "https://",
    "https:///a", "https://./a", "https://-/a", "https://a..b/c", "https://example.com//a//b",
    "https://example.com/a%20b%2F", "https://example.com/a\\b", "https://example.com/\x7f",
    "https://www.bing.com/news/apiclick.aspx?url=https%3A%2F%2Fexample.com%2Fa&x=1",
    "https://example.com/apiclick.aspx", "https://example.com/a?b?c", "https://example.com/a?#",
    "https://example.com/\u2028a", "https://example.com/a\x00b", "http://1.2.3.4/a",
    "https://EXAMPLE.com/Path/With/Case",
]
BASES = ["", "https://example.com/feed.xml", "http://127.0.0.1:8000/f/1",
         "https://news.example.org/dir/sub/", "http://[::1]:9/x"]

_PIECES = ["http", "https", "HTTP", "://", ":/", "/", "//", "example.com", "Ex-Ample.org",
           "news.google.com", "münchen.de", "a", "b.c", ":", "80", "8080", "@", "user",
           "?", "#", ";", "=", "&", "utm_x", "%20", " ", "\t", "é", ".", "..", "[", "]", "-",
           "apiclick.aspx", "x"]


def _random_urls(n: int) -> list[str]:
    rng = random.Random(5)
    urls = []
    for _ in range(n):
        parts = [rng.choice(["http://", "https://", "HTTPS://", "", "/"])]
        parts += [rng.choice(_PIECES) for _ in range(rng.randint(0, 7))]
        urls.append("".join(parts))
    return urls


def _shaped_urls(n: int) -> list[str]:
    """URLs shaped like real links, each part sometimes odd."""
    rng = random.Random(11)
    hosts = ["example.com", "News.Example.org", "news.google.com", "127.0.0.1", "a-b.c",
             "münchen.de", "user@h.io", "[::1]", "x", "."]
    segments = ["story", "2025", "a b", "é", "%41", ";p", "a;b=c", "", "..", "index.html",
                "\\", "ü"]
    urls = []
    for _ in range(n):
        url = rng.choice(["https://", "http://", "Http://", "https:/"]) + rng.choice(hosts)
        if rng.random() < 0.2:
            url += ":" + rng.choice(["80", "443", "8080", "", "70000", "x"])
        url += "".join("/" + rng.choice(segments) for _ in range(rng.randint(0, 4)))
        if rng.random() < 0.3:
            url += "?" + rng.choice(["", "a=1", "utm_source=x&b=2", "q=a b", "x"])
        if rng.random() < 0.15:
            url += "#" + rng.choice(["", "top", "a?b"])
        urls.append(url)
    return urls


ALL = ODD + _random_urls(4000) + _shaped_urls(4000)


def _outcome(function: Callable[..., object], *args: object) -> tuple[str, object]:
    try:
        return ("ok", function(*args))
    except ValueError as exc:
        return ("error", type(exc))


def _urljoin_reference(url: str, base: str) -> str | None:
    stripped = url.strip()
    return None if not stripped else (urljoin(base, stripped) if base else stripped)


def _canonical_reference(url: str) -> str | None:
    stripped = url.strip()
    return _split_canonical(unwrap_redirect(stripped)) if stripped else None


def _google_reference(url: str) -> bool:
    return urlsplit(url).hostname in _GOOGLE_NEWS_HOSTS


def test_resolve_link_equals_urljoin() -> None:
    fast_taken = 0
    for base in BASES:
        for url in ALL:
            expected = _outcome(_urljoin_reference, url, base)
            assert _outcome(resolve_link, url, base) == expected, (url, base)
            fast_taken += bool(base)
    assert fast_taken


def test_canonical_link_equals_urlsplit_path() -> None:
    plain = 0
    for url in ALL:
        stripped = url.strip()
        expected = _outcome(_canonical_reference, url)
        assert _outcome(canonical_link, url) == expected, url
        plain += _PLAIN_LINK.fullmatch(stripped) is not None
    assert plain > 500  # the fast path is exercised, not just the fallback


def test_is_google_news_equals_urlsplit() -> None:
    for url in ALL:
        expected = _outcome(_google_reference, url)
        assert _outcome(is_google_news, url) == expected, url


@pytest.mark.parametrize("link", ["https://example.com/a", "http://Example.COM"])
def test_plain_links_take_the_fast_path(link: str) -> None:
    assert _PLAIN_LINK.fullmatch(link) is not None
    assert canonical_link(link) == _split_canonical(link)
