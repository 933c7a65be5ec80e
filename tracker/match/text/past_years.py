"""A year already over, named in a clause: "a link suspended since 2021", "fermée en
2019", "a planned 2024 visit was put off". Such a clause tells the past, not the
claim's news."""

from __future__ import annotations

import re
from datetime import date


def names_a_past_year(clause: str, published: date | None) -> bool:
    """The folded ``clause`` dates something in a year already over ("a link suspended
    since 2021", "fermée en 2019"). Not read for a claim's own event: "12.1 million
    passengers in 2027" counts the year a target names."""
    return published is not None and any(
        int(m.group(1)) < published.year
        for m in (*_PAST_YEAR.finditer(clause), *_PAST_YEAR_JA.finditer(clause)))


_PAST_YEAR = re.compile(r"\b(?:in|since|en|depuis)\s+((?:19|20)\d\d)\b")
# 2019年に, 2021年3月から, 2020年度以降: in or since that year
_PAST_YEAR_JA = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s?年度?(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?(?:に|から|以来|以降)")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def writes_a_past_year(clause: str, published: date | None) -> bool:
    """The folded ``clause`` writes a year already over anywhere, as a modifier too ("a
    planned 2024 visit was put off"); ``names_a_past_year`` wants "in 2024"."""
    return published is not None and any(
        int(m.group(1)) < published.year for m in _ANY_YEAR.finditer(clause))
