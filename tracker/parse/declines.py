"""Markup that fastfeedparser reads differently from feedparser: such documents
go to feedparser. Found with ``make parity`` (benchmarks/parity.py) on
feedparser's own test corpus; tests/test_parse_parity_classes.py holds one
document of our own per class.

Every check starts with plain substring tests (``in``, ``count``), which cost
microseconds on an ordinary feed; the regexes run only when a marker is there.
"""

from __future__ import annotations

import re

# Atom 0.3 and RSS 0.90: modes, created dates, other elements
_OLD_FORMATS = ("purl.org/atom/ns#", "my.netscape.com/rdf/simple/0.9")
# Titles or summaries in inline XHTML; base64 text
_XHTML_TEXT = re.compile(
    r"""<(?:title|summary)\b[^>]*type\s*=\s*["'](?:xhtml|application/xhtml\+xml)["']""")
_BASE64_TEXT = re.compile(r"""(?:type|mode)\s*=\s*["'](?:application/octet-stream|base64)["']""")
# RSS bodies in XHTML, Media RSS text, dcterms:created
_ELEMENTS = re.compile(r"<(?:[\w-]+:)?(?:body|fullitem)[\s>]|<xhtml:"
                       r"|<media:(?:group|title|description)[\s>]|created>")
_ELEMENT_MARKERS = ("body", "fullitem", "<media:", "created>")  # (xhtml: checked apart)
_NOT_PERMALINK = re.compile(r"""[pP]erma[lL]ink\s*=\s*["'][fF][aA][lL][sS][eE]""")
_XHTML_CONTENT = re.compile(r"""type\s*=\s*["'](?:xhtml|application/xhtml\+xml)["']""")
# Unescaped markup inside a text element (``<description><p>..``).
_NAKED_MARKUP = re.compile(
    r"<((?:[\w-]+:)?(?:title|description|summary|content|encoded|category))(?=[\s>/])"
    r"(?![^>]*xhtml)[^>]*(?<!/)>[^<]*<(?!/\1\s*>|!\[CDATA\[)")
# Windows-1252 read as Latin-1, or double-encoded UTF-8 (feedparser repairs both)
_C1_CHARACTERS = re.compile("[\x80-\x9f]")
_C1_REFERENCES = re.compile(r"&#(?:12[89]|1[3-5][0-9]);|&#[xX]0*[89][0-9a-fA-F];")
_REL_NOT_ALTERNATE = re.compile(r"""rel\s*=\s*["'](?!alternate["'])""")
_LINK_TAG = re.compile(r"<(?:[\w-]+:)?link\b([^>]*)>")
_REL_VALUE = re.compile(r"""\brel\s*=\s*["']([^"']*)["']""")


def reads_like_feedparser(text: str, head: str, items: str, atom: bool) -> bool:
    """False when fastfeedparser would read ``text`` (``head``: before its first
    item, where the namespaces are; ``items``: the rest) differently from feedparser."""
    if any(marker in head for marker in _OLD_FORMATS) or _repaired_by_feedparser(text):
        return False
    xhtml = "xhtml" in items
    if xhtml and (_XHTML_TEXT.search(items) or not _xhtml_content_alike(items)):
        return False
    # (mode="base64" is Atom 0.3, declined above)
    if "octet-stream" in items and _BASE64_TEXT.search(items):
        return False
    if (xhtml or any(marker in items for marker in _ELEMENT_MARKERS)) and _ELEMENTS.search(items):
        return False
    if _NAKED_MARKUP.search(items):
        return False
    if not atom and _link_from_non_permalink_guid(items):
        return False
    if atom:
        entries = items.count("<entry")
        # an entry with two dates or ids (feedparser keeps another one than fastfeedparser)
        if max(items.count("<updated"), items.count("<published"), items.count("<id>")) > entries:
            return False
        return not (_REL_NOT_ALTERNATE.search(items) and _entry_without_alternate(items))
    # RSS items with Atom-style elements, or a <summary> beside the <description>
    return not ("<summary" in items or "<link href" in items)


def _repaired_by_feedparser(text: str) -> bool:
    if not text.isascii() and _C1_CHARACTERS.search(text):
        return True
    return "&#" in text and _C1_REFERENCES.search(text) is not None


def _xhtml_content_alike(items: str) -> bool:
    """XHTML content is read alike, unless it holds escaped markup, SVG or MathML."""
    for found in _XHTML_CONTENT.finditer(items):
        end = items.find("</content", found.end())
        content = items[found.end(): end if end != -1 else None]
        if "&lt;" in content or "<svg" in content or "<math" in content:
            return False
    return True


def _link_from_non_permalink_guid(items: str) -> bool:
    """An item without a link whose guid is no permalink: fastfeedparser takes the
    guid as the link, feedparser does not."""
    if items.count("<link") >= items.count("<item") or not _NOT_PERMALINK.search(items):
        return False
    return any(_NOT_PERMALINK.search(item) and "<link" not in item
               for item in items.split("<item")[1:])


def _entry_without_alternate(items: str) -> bool:
    """An Atom entry whose links all have another rel (enclosure, self, ...):
    feedparser gives it no link, fastfeedparser the first of them."""
    for entry in items.split("<entry")[1:]:
        rels = [_REL_VALUE.search(attrs) for attrs in _LINK_TAG.findall(entry)]
        if rels and not any(rel is None or rel.group(1) == "alternate" for rel in rels):
            return True
    return False
