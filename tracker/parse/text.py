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
_SPACES = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


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
        return _join_lines(_BLANK_LINE.sub(_BREAK, html))
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return _join_lines("".join(collector.parts))


def _join_lines(raw: str) -> str:
    lines = (_SPACES.sub(" ", chunk).strip() for chunk in raw.split(_BREAK))
    return "\n".join(line for line in lines if line)
