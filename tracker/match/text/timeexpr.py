"""Explicit time expressions in a clause, resolved against the publication date.

"opens Saturday", "on September 5", "le 24 mars", "3月24日", "tomorrow", "next
week", "来月": when such an expression puts an event after the item was
published, the item previews it (labelling rule 2), whatever the verb's tense
looks like ("Line opens Saturday" is a preview in a headline). Month names
alone ("in March") are left alone: they say nothing about which March.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files

from tracker.match.text.time_words import JAPANESE_WEEKDAY, SEASONS, WEEKDAY, names_a_weekday_ahead
from tracker.match.text.year_parts import JAPANESE_FISCAL_YEAR, full_year, parts_of_years

_TIMES = tomllib.loads(files("tracker.match.data").joinpath("times.toml").read_text("utf-8"))
_MONTHS: dict[str, int] = _TIMES["months"]
MONTH_NAMES = frozenset(_MONTHS)
"""Month names and their short forms, folded (en, fr)."""
_WEEKDAYS: dict[str, int] = _TIMES["weekdays"]
_AHEAD: tuple[str, ...] = tuple(_TIMES["words"]["ahead"])
_LATER_TODAY: tuple[str, ...] = tuple(_TIMES["words"]["later_today"])
_TODAY: tuple[str, ...] = tuple(_TIMES["words"]["today"])
_PAST_BEFORE = frozenset(_TIMES["words"]["past_before_a_month"])
_PAST_AFTER = frozenset(_TIMES["words"]["past_after_a_month"])
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
# « sept » is seven too: alone, with no day or year beside it, it names no month
_ALONE_WORD = "|".join(sorted(set(_MONTHS) - set(_TIMES["words"]["span_counts"]), key=len,
                              reverse=True))
_LONE_MONTH = re.compile(rf"\b({_ALONE_WORD})\b")
_MONTH_TEXT = re.compile(_MONTH_WORD)  # no \b: re finds its first letters quickly


@lru_cache(maxsize=64)
def _month_in(clause: str) -> bool:
    """A month's name occurs in the folded ``clause``, maybe inside a word: every reading
    of a named month needs one, and most clauses have none (read once per clause)."""
    return _MONTH_TEXT.search(clause) is not None
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_WORD})\b(?:\s+((?:19|20)\d\d)\b)?")
# "December 31, 2029" with its year (the comma is folded away); no "May 10,000"
_MONTH_DAY = re.compile(rf"\b({_MONTH_WORD})\.?\s+(\d{{1,2}})\b"
                        rf"(?:\s*,?\s*((?:19|20)\d\d)\b|(?!\s*(?:,\s*)?\d{{3}}))")
_JAPANESE_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
# 20日に: a day of the publication's month (not 2日間, a span; not 10日目, a count; not
# 週4日 or 週休2日, days a week)
_JAPANESE_BARE_DAY = re.compile(r"(?<![\d月週休])(\d{1,2})日(?![間目])")


def points_ahead(clause: str, published: date | None, present_tense: bool,
                 years: bool = False, not_past: bool = False) -> bool:
    """True when the folded ``clause`` dates its event after ``published``.

    A weekday counts only with a present-tense verb ("opens Saturday"): with a
    past one ("met on Sunday") it is the last such day. A later year alone ("in 2027")
    counts only with ``years``. A month alone in the next two counts when the event
    word is ``not_past`` ("second meeting in December", in November).
    """
    if published is None:
        return False
    if any(word in clause for word in _AHEAD):
        return True
    if any(w in clause and (present_tense or _JAPANESE.match(w)) for w in _LATER_TODAY):
        return True  # "councillors meet tonight", on the day: still ahead
    if not _ANY_TIME.search(clause):
        return False  # every reading below needs a digit or a calendar word
    # "opens this summer", in April; a season already begun may be past
    if any(SEASONS[m.group(1)] > published.month for m in _THIS_SEASON.finditer(clause)):
        return True
    if any(SEASONS[m.group(1)] > published.month  # 今夏, 今秋: this summer, this autumn
           for m in _THIS_SEASON_JA.finditer(clause)):
        return True
    # the next day may be today in another time zone, unless a present verb says ahead
    soon = 0 if present_tense and not _JAPANESE.search(clause) else 1
    if any((day - published).days > soon for day in _explicit_dates(clause, published)):
        return True
    if any(month > (published.year, published.month) for month in _months_of_years(clause)):
        return True  # "targets March 2027 restart", 2027年3月に再稼働, published in 2026
    if years and any(int(m.group(1)) > published.year for m in _YEAR.finditer(clause)):
        return True  # "reaching EUR 1,400 only in 2027", published in 2025
    if years and "年度" in clause and any(full_year(m.group(1)) > published.year
                                        for m in JAPANESE_FISCAL_YEAR.finditer(clause)):
        return True  # 27年度にも出荷 (in fiscal 2027), published in 2025
    # "the September opening", in February: a month naming an event still to come
    if _month_in(clause) and any(_MONTHS[m.group(1)] > published.month
                                 for m in _MONTH_BEFORE_NOUN.finditer(clause)):
        return True
    if present_tense and any(m > published.month for m in _bare_months(clause)):
        return True  # "opens in October", 10月に発足, published in February
    if not_past and any(0 < (m - published.month) % 12 <= SOON_MONTHS
                        for m in _bare_months(clause)):
        return True
    return present_tense and (names_a_weekday_ahead(clause, published)
                              or bool(JAPANESE_WEEKDAY.search(clause)))


def _bare_months(clause: str) -> list[int]:
    """The months named without a year, and not said past ("last June", « en juin
    dernier »)."""
    found = ([_MONTHS[m.group(1)] for m in _BARE_MONTH.finditer(clause)
              if not _said_past(clause, m)] if _month_in(clause) else [])
    if "月" in clause:
        found += [int(m.group(1)) for m in _BARE_JAPANESE_MONTH.finditer(clause)]
    return [month for month in found if 1 <= month <= 12]


def _said_past(clause: str, month: re.Match[str]) -> bool:
    """"last June", « juin dernier »: the month named is the one gone by."""
    return bool(_PAST_BEFORE.intersection(clause[:month.start()].split()[-1:])
                or _PAST_AFTER.intersection(clause[month.end():].split()[:1]))


BACKGROUND_DAYS = 30
"""An event dated this long before the item is context, not the item's news."""
SOON_MONTHS = 2
"""A month alone this close ahead is the coming one, not last year's."""
SEASON_MONTHS = 3
"""A season lasts this long: "this summer", in July, is the one under way."""


def points_back(clause: str, published: date | None) -> bool:
    """True when the folded ``clause`` dates its event well before ``published``
    ("the command set up in March", in a June item)."""
    if published is None or not _ANY_TIME.search(clause):
        return False  # every reading below needs a digit or a calendar word
    dates = _explicit_dates(clause, published)
    for match in _IN_MONTH.finditer(clause) if _month_in(clause) else ():
        month = _MONTHS[match.group(1) or match.group(2)]
        written = _A_YEAR.match(clause, match.end())
        if written is None and 0 < (month - published.month) % 12 <= SOON_MONTHS:
            continue  # "second meeting in December", in November: the coming one
        # "opens in April 2027": the year written; a month alone is the last one
        year = (int(written.group()) if written is not None
                else published.year if month <= published.month else published.year - 1)
        if year >= date.min.year:
            dates.append(_month_end(year, month))
    # "launched in the spring", in an August item: a season already over ("au printemps"
    # is as often the next one)
    for match in _IN_SEASON.finditer(clause):
        end = SEASONS[match.group(1)] + 2
        if end <= 12 and end < published.month:
            dates.append(_month_end(published.year, end))
    # "at their July security talks": a month naming a past event of this year
    for match in _MONTH_ADJECTIVE.finditer(clause) if _month_in(clause) else ():
        month = _MONTHS[match.group(1)]
        if month < published.month:
            dates.append(_month_end(published.year, month))
    return any(timedelta(days=BACKGROUND_DAYS) < published - day for day in dates)


_IN_MONTH = re.compile(rf"\bin\s+({_ALONE_WORD})\b|\ben\s+({_ALONE_WORD})\b")
_MONTH_ADJECTIVE = re.compile(
    rf"\b(?:the|their|its|his|her|our|last|leur|leurs|son|sa|ses|les)\s+({_ALONE_WORD})\b")


_MONTH_BEFORE_NOUN = re.compile(
    rf"\b(?:the|their|its|his|her|our|this|next|leur|son|sa|ce|cette)\s+({_ALONE_WORD})\b"
    r"(?!\s+\d)")


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)  # never before date.min: day 1 exists


def has_time(clause: str) -> bool:
    """The folded ``clause`` names a date, a month or a weekday."""
    return bool(
        _DAY_MONTH.search(clause) or _MONTH_DAY.search(clause) or _JAPANESE_DATE.search(clause)
        or WEEKDAY.search(clause) or _LONE_MONTH.search(clause)
        or re.search(r"\b(19|20)\d\d\b|\bq[1-4]\b|\d+月", clause)
        or any(word in clause for word in _AHEAD) or _A_SEASON.search(clause)
    )


def days_named(texts: Iterable[str], claimed_on: date) -> frozenset[date]:
    """The days that ``texts`` (a claim's statement and source, folded) name, read from
    its ``claimed_on``."""
    days = (exact_day(text, claimed_on) for text in texts if text)
    return frozenset(day for day in days if day is not None)


def exact_day(clause: str, published: date) -> date | None:
    """The first day-of-month date the folded ``clause`` names ("March 16", "le 24
    mars", 3月24日), read as on or after ``published``; None without one."""
    days = [d for d in _explicit_dates(clause, published) if d >= published]
    return min(days, default=None)


def days_in(clause: str, published: date) -> tuple[date, ...]:
    """Every day-of-month date the folded ``clause`` names, a year-less one in
    ``published``'s year."""
    return _dates_in(clause, published, False)


_MONTH_YEAR = re.compile(rf"\b({_MONTH_WORD})\s+((?:19|20)\d\d)\b")
_JAPANESE_MONTH_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d|\d\d)年(\d{1,2})月")
_JAPANESE_SEASON_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d|\d\d)年(春|夏|秋|冬)")  # 27年夏


def _months_of_years(clause: str) -> list[tuple[int, int]]:
    """(year, month) of each month or season named with its year ("March 2027", 27年夏)."""
    found = ([(int(m.group(2)), _MONTHS[m.group(1)]) for m in _MONTH_YEAR.finditer(clause)]
             if _month_in(clause) else [])
    if "年" in clause:  # what both Japanese forms need
        found += [(full_year(m.group(1)), int(m.group(2)))
                  for m in _JAPANESE_MONTH_YEAR.finditer(clause)]
        found += [(full_year(m.group(1)), SEASONS[m.group(2)])
                  for m in _JAPANESE_SEASON_YEAR.finditer(clause)]
    return found


def _explicit_dates(clause: str, published: date, ahead: bool = False) -> list[date]:
    return list(_dates_in(clause, published, ahead))  # a list of its own, to extend


@lru_cache(maxsize=64)
def _dates_in(clause: str, published: date, ahead: bool) -> tuple[date, ...]:
    # with ``ahead``, a day with no year is the next such day ("on Feb. 12"); read once
    # per clause: points_ahead and points_back both ask
    found: list[tuple[int | None, int, int]] = []
    for match in _DAY_MONTH.finditer(clause) if _month_in(clause) else ():
        year = int(match.group(3)) if match.group(3) else None  # "1er janvier 2027"
        found.append((year, _MONTHS[match.group(2)], int(match.group(1))))
    for match in _MONTH_DAY.finditer(clause) if _month_in(clause) else ():
        year = int(match.group(3)) if match.group(3) else None  # "December 31, 2029"
        found.append((year, _MONTHS[match.group(1)], int(match.group(2))))
    for match in _JAPANESE_DATE.finditer(clause) if "月" in clause else ():
        year = int(match.group(1)) if match.group(1) else None
        found.append((year, int(match.group(2)), int(match.group(3))))
    for match in _JAPANESE_BARE_DAY.finditer(clause) if "日" in clause else ():
        found.append((None, published.month, int(match.group(1))))
    days: list[date] = []
    for year, month, day in found:
        later = ahead and not year and (month, day) < (published.month, published.day)
        try:
            days.append(date((year or published.year) + later, month, day))
        except ValueError:
            continue  # "February 30": not a date
    return tuple(days)


_SEASON_WORD = "|".join(k for k in SEASONS if k.isascii())
_IN_SEASON = re.compile(rf"\bin\s+(?:the\s+)?({_SEASON_WORD})\b")
NEXT_YEAR: tuple[str, ...] = tuple(_TIMES["words"]["next_year"])
_MONTH_PART = r"(?:early|late|mid|debut|fin|mi)\s+"
_FUTURE_MONTH = re.compile(  # « rouvrira début juillet »: a part of a month needs no "in"
    rf"\b(?:(?:in|by|until|till|before|to|from|for|en|d ici|a partir d|jusqu en|pour|avant)\s+"
    rf"(?:{_MONTH_PART})?|{_MONTH_PART})({_ALONE_WORD})\b(?:\s+((?:19|20)\d\d))?")
_SEASON = re.compile(rf"\b({_SEASON_WORD})\b(?:\s+((?:19|20)\d\d))?")
_BARE_MONTH = re.compile(rf"\b({_ALONE_WORD})\b(?!\s*\d)")  # "in October", no day or year
_BARE_JAPANESE_MONTH = re.compile(r"(?<![\d年~〜\-– ])(\d{1,2})月(?!\d)")  # 10月, no year or day
_THIS_SEASON_JA = re.compile(r"今(春|夏|秋|冬)")
# "before spring", "à l'automne", "by the summer": a season as a time
_A_SEASON = re.compile(
    rf"\b(?:in|by|until|before|after|from|to|for|next|last|this|early|late|en|avant|apres|"
    rf"jusqu a|d ici|l|la|au|des|cet|ce|cette)\s+(?:the\s+)?({_SEASON_WORD})\b")
_THIS_SEASON = re.compile(r"\b(?:this|cet|ce|cette)\s+(spring|summer|autumn|fall|winter|ete|"
                          r"automne|hiver|printemps)\b")
# what every dated reading of ``points_ahead`` and ``points_back`` needs (a cheap first
# test: most clauses name no time)
_ANY_TIME = re.compile(rf"\d|曜|今[春夏秋冬]|\b(?:{_MONTH_WORD}|{_SEASON_WORD}|"
                       rf"{'|'.join(_WEEKDAYS)})\b")
_YEAR = re.compile(
    r"\b(?:in|by|until|to|for|before|en|d ici|pour|avant|early|mid|debut|courant)\s+"
    r"((?:19|20)\d\d)\b")
_A_YEAR = re.compile(r"\s+(?:19|20)\d\d\b")  # right after a month: "in July 2026"
_YEAR_END = re.compile(r"\b(?:end of|late|fin|fin d)\s+((?:19|20)\d\d)\b")
_JAPANESE_MONTH = re.compile(r"(?:(?<!\d)(\d{4}|\d\d)年)?(?<![\d~〜\-– ])(\d{1,2})月")
_JAPANESE_YEAR = re.compile(r"(\d{4})年(?!\d{1,2}(?:月|[~〜\-– ]+\d)|度|末|[春夏秋冬])")
_YEAR_END_THIS: tuple[str, ...] = tuple(_TIMES["words"]["year_end_this"])
_YEAR_END_NEXT: tuple[str, ...] = tuple(_TIMES["words"]["year_end_next"])
_JAPANESE_YEAR_END = re.compile(r"(?<!\d)(\d{4}|\d\d)年末")  # 2027年末, 27年末: that year's end


def earliest_named(clause: str, published: date) -> date | None:
    """The earliest day the folded ``clause`` puts its event on, reading each time
    expression as the next such time from ``published`` ("in March", "autumn 2026",
    "next year", "2027年"). None when it names no time. For a plan or a forecast:
    a clause that puts the event after the claim's deadline reports a slip."""
    days: list[date] = [d for d in _explicit_dates(clause, published, True) if d >= published]
    for match in _FUTURE_MONTH.finditer(clause):
        days.append(_next_month(published, _MONTHS[match.group(1)], match.group(2)))
    for match in _MONTH_YEAR.finditer(clause):
        days.append(_next_month(published, _MONTHS[match.group(1)], match.group(2)))
    for match in _SEASON.finditer(clause):
        days.append(_next_month(published, SEASONS[match.group(1)], match.group(2)))
    for match in (*_THIS_SEASON.finditer(clause), *_THIS_SEASON_JA.finditer(clause)):
        days.append(_this_season(published, SEASONS[match.group(1)]))
    for match in _YEAR.finditer(clause):
        days.append(date(int(match.group(1)), 1, 1))
    for match in _YEAR_END.finditer(clause):
        days.append(date(int(match.group(1)), 10, 1))
    next_months = 0  # 来年12月: next year's December, not next year's first day
    for match in _JAPANESE_MONTH.finditer(clause):
        first = _next_month(published, int(match.group(2)), match.group(1))
        if not match.group(1) and clause[:match.start()].endswith(NEXT_YEAR):
            first, next_months = date(published.year + 1, first.month, 1), next_months + 1
        days.append(first)
    for match in _JAPANESE_YEAR.finditer(clause):
        days.append(date(int(match.group(1)), 1, 1))
    days += parts_of_years(clause)
    for match in _JAPANESE_YEAR_END.finditer(clause):
        days.append(date(full_year(match.group(1)), 12, 1))
    if any(word in clause for word in _YEAR_END_NEXT):  # 来年末: not this year's end
        days.append(date(published.year + 1, 12, 1))
        for word in _YEAR_END_NEXT:
            clause = clause.replace(word, " ")
    if any(word in _JAPANESE_YEAR_END.sub("", clause) for word in _YEAR_END_THIS):
        days.append(date(published.year, 12, 1))
    days += [date(year, month, 1) for year, month in _months_of_years(clause)
             if (year, month) not in ((d.year, d.month) for d in days)]
    seasons = _JAPANESE_SEASON_YEAR.sub("", clause)  # 夏 of 27年夏 is that year's
    for word, month in SEASONS.items():
        if not word.isascii() and word in seasons:
            days.append(_next_month(published, month, None))
    if sum(clause.count(word) for word in NEXT_YEAR) > next_months:
        days.append(date(published.year + 1, 1, 1))
    return min(days, default=None)


def _this_season(published: date, month: int) -> date:
    """The first day of the season starting in ``month`` that is under way on
    ``published`` ("this summer", in July: this June), else of its next coming."""
    if (published.month - month) % 12 < SEASON_MONTHS:
        return date(published.year - (month > published.month), month, 1)
    return _next_month(published, month, None)


def _next_month(published: date, month: int, year: str | None) -> date:
    """The first day of ``month`` in ``year``, or of its next coming (this month included)."""
    if not 1 <= month <= 12:
        return published
    if year:
        return date(full_year(year), month, 1)
    this_year = published.year if month >= published.month else published.year + 1
    return date(min(this_year, date.max.year), month, 1)


def names_today(clause: str) -> bool:
    """The folded ``clause`` dates something on the day of publication ("today", きょう)."""
    return any(word in clause for word in _TODAY)
