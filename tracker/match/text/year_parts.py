"""Parts of a year named as times: quarters, halves, trimestres and semestres, Japanese
spans of months (2027年7~9月期) and fiscal years (2027年度), each read as its first day;
and a Japanese two-digit year read in full (26年7月 is July 2026)."""

from __future__ import annotations

import re
from datetime import date

# A part of a year: "the third quarter of 2027", "Q3 2027", "the second half of 2027",
# "H2 2027", "au troisième trimestre 2027", "au second semestre 2027": its first month.
_PART_FIRST_MONTH = {
    "quarter": {"first": 1, "1st": 1, "second": 4, "2nd": 4, "third": 7, "3rd": 7,
                "fourth": 10, "4th": 10, "final": 10, "last": 10},
    "half": {"first": 1, "1st": 1, "second": 7, "2nd": 7},
    "trimestre": {"premier": 1, "1er": 1, "deuxieme": 4, "2e": 4, "second": 4,
                  "troisieme": 7, "3e": 7, "quatrieme": 10, "4e": 10, "dernier": 10},
    "semestre": {"premier": 1, "1er": 1, "second": 7, "deuxieme": 7, "2e": 7},
}
_PART_WORD = "|".join(sorted({w for t in _PART_FIRST_MONTH.values() for w in t}, key=len,
                             reverse=True))
_PART_OF_YEAR = re.compile(
    rf"\b({_PART_WORD})\s+(quarter|half|trimestre|semestre)(?:\s+(?:of|de|d))?"
    r"\s+((?:19|20)\d\d)\b")
_SHORT_PART = re.compile(
    r"\b(q[1-4]|h[12])\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(q[1-4]|h[12])\b")
# 2027年7~9月期 (a span of months: its first), 2027年度 (Japan's fiscal year opens in April)
_JAPANESE_MONTH_SPAN = re.compile(r"(?<!\d)(\d{4}|\d\d)年(\d{1,2})[~〜\-– ]+(\d{1,2})月")
# the view spaces a figure off its counter (27 年度)
JAPANESE_FISCAL_YEAR = re.compile(r"(?<!\d)(\d{4}|\d\d)\s?年度")


def parts_of_years(clause: str) -> list[date]:
    """The first day of each quarter, half, span of months or fiscal year named with
    its year ("Q3 2027", "second half of 2027", 2027年7~9月期, 2027年度)."""
    days = [date(int(m.group(3)), _PART_FIRST_MONTH[m.group(2)][m.group(1)], 1)
            for m in _PART_OF_YEAR.finditer(clause) if m.group(1) in _PART_FIRST_MONTH[m.group(2)]]
    for m in _SHORT_PART.finditer(clause):
        part, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        number = int(part[1])
        days.append(date(int(year), 3 * number - 2 if part[0] == "q" else 6 * number - 5, 1))
    days += [date(full_year(m.group(1)), int(m.group(2)), 1)
             for m in _JAPANESE_MONTH_SPAN.finditer(clause) if 1 <= int(m.group(2)) <= 12]
    days += [date(full_year(m.group(1)), 4, 1) for m in JAPANESE_FISCAL_YEAR.finditer(clause)]
    return days


def full_year(year: str) -> int:
    """26年 is 2026 when a month or 年度 follows it (alone it may be "26 years")."""
    return int(year) + 2000 if len(year) == 2 else int(year)
