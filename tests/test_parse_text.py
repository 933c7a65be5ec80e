"""html_to_text: the plain text the matcher and the digest see."""

from __future__ import annotations

import pytest

from tracker.parse.text import html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Hello &amp; <b>world</b></p><p>Second&nbsp;para</p>", "Hello & world\nSecond para"),
        ("<script>alert(1)</script>Text<style>p {color: red}</style> more", "Text more"),
        ("line1<br>line2<br/>line3", "line1\nline2\nline3"),
        ("plain\n\nsecond paragraph\nsame   paragraph", "plain\nsecond paragraph same paragraph"),
        ("AT&T &lt;tag&gt; &#8212; &#x65e5;本", "AT&T <tag> — 日本"),
        ("a < b and c > d", "a < b and c > d"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("<![CDATA[inside]]> after", "inside after"),
        ("   \n\t ", ""),
        ("", ""),
        ("統合作戦司令部が発足\u3000防衛省", "統合作戦司令部が発足 防衛省"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_unclosed_script_hides_the_rest_like_a_browser() -> None:
    assert html_to_text("visible<script>var x = '<p>hidden</p>'") == "visible"
