"""Time words read one token at a time: is a word a month, a weekday, part of a time?

``timeexpr`` resolves whole clauses against a date; these answer for a word and its
neighbours ("May 14" against the modal "may", "début mars" against the event's start).
Read from the same ``times.toml``."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from datetime import date, timedelta
from importlib.resources import files

_TIMES = tomllib.loads(files("tracker.match.data").joinpath("times.toml").read_text("utf-8"))
_MONTHS: dict[str, int] = _TIMES["months"]
_WEEKDAYS: dict[str, int] = _TIMES["weekdays"]
# The month each season or holiday starts in (times.toml): timeexpr reads them too
SEASONS: dict[str, int] = {**_TIMES["seasons"], **_TIMES["holidays"]}
# The day of publication and the day before, folded ("today", « hier », きのう)
RECENT_DAY_WORDS: tuple[str, ...] = (*_TIMES["words"]["today"], *_TIMES["words"]["yesterday"])
# Latin time words that may open a sentence before a comma and date what follows
# ("Demain, Akarigawa ouvre …": view.py keeps the comma from cutting a clause)
FRONTING_TIME_WORDS: frozenset[str] = frozenset(w for w in (
    *_WEEKDAYS, *RECENT_DAY_WORDS, *_TIMES["words"]["later_today"], *_TIMES["words"]["ahead"])
    if w.isascii())
# Before a month name they make it a month ("in May", "end of May"), not the modal "may".
_MONTH_LEADS = frozenset({"in", "into", "by", "until", "till", "since", "from", "of", "to", "for",
                          "early", "late", "mid", "next", "last", "this", "before", "after",
                          "through", "end", "en", "fin", "debut", "courant", "depuis", "jusqu"})

# A Japanese headline's day an event is set for, then に or へ and the end of its part
# (開院、2030年4月に, 選定、10月中旬に). A view sets figures apart ("10 月"): spaces allowed.
JAPANESE_DAY_SET_FOR = (
    r"(?:(?:\d{1,4}\s?年度?\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|\d{4}\s?年度?"
    r"|来春|来秋|今春|今秋|年内|年度内|来年度?)(?:上旬|中旬|下旬|末|初め|中)?[にへ](?=\s|$)")
_OF = frozenset({"of", "de", "d", "du"})
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_PERIOD_NOUNS = frozenset(_TIMES["words"]["period_nouns"])
_START_OF = re.compile(
    rf"\b(?:{'|'.join(_TIMES['words']['start_nouns'])}) (?:of|de|du|d)(?:[ ']+\w+){{0,3}}?"
    rf"[ ']+(?:{'|'.join(_PERIOD_NOUNS)})\b")
YEAR_LEADS = frozenset(_TIMES["words"]["year_leads"])  # "in 1891": a year, no count
TIME_UNITS = frozenset(_TIMES["words"]["time_units"])  # "months" in "three months late"
SPAN_COUNTS = frozenset(_TIMES["words"]["span_counts"])  # "three" in "three months late"


def opens_a_time(following: Sequence[str]) -> bool:
    """The words after a noun such as "start" or "début" make it part of a time
    ("début mars", "start of 2027", "au début de l'année", "the start of next year"),
    not the event: a month or a year next, or after "of"/"de", a period noun within
    two more words."""
    words = list(following[:4])
    if words and words[0] in _OF:
        words = words[1:]
    if not words:
        return False
    if words[0] in _MONTHS or _YEAR_TOKEN.fullmatch(words[0]):
        return True
    return len(words) < len(following[:4]) and any(w in _PERIOD_NOUNS for w in words[:3])


_TIME_NEIGHBOURS = frozenset(_PERIOD_NOUNS | _WEEKDAYS.keys() | SEASONS.keys() | {"half"})



def names_a_day(words: Sequence[str]) -> bool:
    """A month, a weekday or a year among the words ("instead of next Tuesday", « au lieu
    du 10 mars »): they name when, not what."""
    return any(w in _MONTHS or w in _WEEKDAYS or _YEAR_TOKEN.fullmatch(w) for w in words)


def starts_a_time(word: str) -> bool:
    """A folded token that starts a time after "since"/"depuis": a year or a month."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", word)) or word in _MONTHS


def part_of_a_time(before: str, after: str, language: str) -> bool:
    """A word between these two is part of a time ("next week", "la semaine prochaine",
    "the second half", "lundi prochain", "l'an prochain"): a period noun, a weekday or
    a season beside it."""
    return (before in _TIME_NEIGHBOURS or after in _TIME_NEIGHBOURS
            or (language == "fr" and before == "an"))


# Before a season's name they make it a time ("this fall", "the fall of 2026", "for fall
# opening"), not the verb "fall"; "to" only with a year after ("pushed to fall 2027",
# not "expected to fall").
_SEASON_LEADS = (_MONTH_LEADS - {"to"}) | {"the", "that", "each", "every", "coming"}


def names_a_season(before: str, word: str, after: str) -> bool:
    """``word`` is a season's name used as one ("this fall", "fall 2027")."""
    return word in SEASONS and (before in _SEASON_LEADS or bool(_YEAR_TOKEN.fullmatch(after)))


def a_calendar_name(word: str) -> bool:
    """A month or a weekday ("October", "Monday"): capitalised, yet no one's name."""
    return word in _MONTHS or word in _WEEKDAYS


def names_a_month(before: str, word: str, after: str) -> bool:
    """``word`` is a month name used as one: beside a number ("May 14", "14 May
    2026") or after a time word ("in May", "end of May"). The modal "may" is neither."""
    return word in _MONTHS and (before.isdigit() or after.isdigit() or before in _MONTH_LEADS)


_TIME_LIMITS: tuple[str, ...] = tuple(_TIMES["words"]["time_limits"])


def names_a_time_limit(clause: str) -> bool:
    """The folded ``clause`` names the current span or the time set ("this month",
    "on time", 今月): a negated event there is put off, not ruled out."""
    padded = f" {clause} "
    return any(f" {w} " in padded if w.isascii() else w in clause for w in _TIME_LIMITS)


WEEKDAY = re.compile(rf"\b({'|'.join(_WEEKDAYS)})\b")
_JAPANESE_WEEKDAYS = "月火水木金土日"
# not before の: 水曜日の余暇センター is the Wednesday centre, no day of the event; nor
# before a noun written on (日曜マイカー規制, 土曜営業: a Sunday kind of thing), unless the
# noun is a time of day (日曜午前, 土曜夜)
JAPANESE_WEEKDAY = re.compile(
    rf"([{_JAPANESE_WEEKDAYS}])曜日?(?!の)(?![\u30a1-\u30fa\u4e00-\u9fff](?<![午朝夜夕昼未正深早]))")


# "ce mardi", "this Tuesday": on a Tuesday, that very day
_THIS_WEEKDAY = re.compile(rf"\b(?:ce|this)\s+({'|'.join(_WEEKDAYS)})\b")


def names_a_weekday_ahead(clause: str, published: date) -> bool:
    """The folded ``clause`` names a weekday other than the day ``published`` itself
    ("ouvre ses portes ce mardi", on a Tuesday, opens today)."""
    today = {m.start(1) for m in _THIS_WEEKDAY.finditer(clause)
             if _WEEKDAYS[m.group(1)] == published.weekday()}
    return any(m.start() not in today for m in WEEKDAY.finditer(clause))


def weekday_ahead(clause: str, published: date) -> date | None:
    """The day the folded ``clause`` names by its weekday alone ("set for Wednesday",
    水曜に): the first such day from ``published`` on; None with no weekday or several."""
    found = {_WEEKDAYS[m.group(1)] for m in WEEKDAY.finditer(clause)}
    found |= {_JAPANESE_WEEKDAYS.index(m.group(1)) for m in JAPANESE_WEEKDAY.finditer(clause)}
    if len(found) != 1:
        return None
    return published + timedelta(days=(found.pop() - published.weekday()) % 7)


def without_starts_of_spans(folded: str) -> str:
    """The folded text less the first moments of spans it names ("at the start of the
    2026 school year", « au début de l'année scolaire »): a count due then is taken at
    that moment, not over the span."""
    return _START_OF.sub(" ", folded)
