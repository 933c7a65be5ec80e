"""Turn untrusted feed HTML into plain text for matching and display.

Feed titles and summaries arrive as HTML fragments, HTML-escaped text or plain
text. ``html_to_text`` handles all three the same way: tags are dropped, the
content of script/style-like elements is dropped, entities are unescaped, and
whitespace is collapsed. Block boundaries (<p>, <br>, <li>, headings, ...) and
blank lines in the text become a single "\\n": the output has one paragraph or
line per line, so a sentence splitter can treat "\\n" as a sentence boundary.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

# Elements whose content is never text a reader sees.
_SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "math", "head",
                      "iframe", "object"})

# Elements that start a new line (paragraph or line break) when rendered.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})

_BREAK = "\x00"  # placeholder for a block boundary while text is being collected
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

# The fast path reads only plain, well-formed tags: a name of letters/digits,
# attributes with quoted values (or none), HTML whitespace only. On such tags
# html.parser makes exactly the same calls; anything else (comments, CDATA,
# declarations, bare "<", unquoted values, script/style...) goes to html.parser.
_WS = "[ \t\n\r\f]"
_SIMPLE_TAG = re.compile(
    rf"<(?:/([a-zA-Z][a-zA-Z0-9]*){_WS}*"
    rf"|([a-zA-Z][a-zA-Z0-9]*)"
    rf"(?:{_WS}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:{_WS}*={_WS}*(?:\"[^\"]*\"|'[^']*'))?)*"
    rf"{_WS}*/?)>"
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>: a break, and no matching end tag will follow.
        if tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append(_BREAK)

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            # A blank line in the text is a paragraph break (plain-text summaries).
            self.parts.append(_BLANK_LINE.sub(_BREAK, data))

    def unknown_decl(self, data: str) -> None:
        # <![CDATA[...]]> left inside an HTML fragment: its content is text.
        if data.startswith("CDATA[") and not self._skip_depth:
            self.parts.append(data[len("CDATA["):])


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (or of plain text): see the module docstring.

    The result has no leading/trailing whitespace, single spaces inside lines and
    "\\n" between paragraphs; it is "" for markup with no visible text.
    """
    if not html:
        return ""
    if "<" not in html and "&" not in html:  # plain text: skip the HTML parser
        return _join_lines(_text_piece(html))
    raw = _simple_markup_text(html)
    if raw is None:
        raw = _parsed_text(html)
    return _join_lines(raw)


def _parsed_text(html: str) -> str:
    """The reference reading: html.parser with ``_TextCollector``."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)


def _simple_markup_text(html: str) -> str | None:
    """What ``_parsed_text`` returns, for markup made only of simple tags; else None.

    html.parser hands over the text between two tags unescaped in one piece and
    calls the tag handlers for each tag; this does the same with one regex,
    much faster (tests/test_perf_html_parity.py compares the two).
    """
    # split() gives [text, end-tag name, start-tag name, text, ...]: 3 items per tag.
    pieces = _SIMPLE_TAG.split(html)
    if len(pieces) // 3 != html.count("<"):
        return None  # a "<" that is not a simple tag (or sits inside an attribute)
    parts: list[str] = []
    if pieces[0]:
        parts.append(_text_piece(pieces[0]))
    for k in range(1, len(pieces), 3):
        name = (pieces[k] or pieces[k + 1]).lower()
        if name in _SKIPPED:
            return None  # script/style content is raw text to html.parser
        if name in _BLOCKS:
            parts.append(_BREAK)
        if pieces[k + 2]:
            parts.append(_text_piece(pieces[k + 2]))
    return "".join(parts)


def _text_piece(text: str) -> str:
    """``_TextCollector.handle_data``'s reading of the text between two tags."""
    if "&" in text:
        text = unescape(text)
    if "\n" in text:  # no newline, no blank line: skip the regex
        text = _BLANK_LINE.sub(_BREAK, text)
    return text


def _join_lines(raw: str) -> str:
    # str.split() and the regex \s agree on what whitespace is (every code point
    # was checked), so this is "collapse runs of whitespace, strip", done in C.
    if _BREAK not in raw:
        return " ".join(raw.split())
    lines = [" ".join(chunk.split()) for chunk in raw.split(_BREAK)]
    return "\n".join(line for line in lines if line)
