"""A delay word after a length of time: how late a thing came ("opened two months
late"), not news of a delay (unless the thing is still to come: ``modality.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.match.finding.index import Hit
from tracker.match.text.time_words import SPAN_COUNTS, TIME_UNITS
from tracker.match.text.view import EntryView

DURATION_WINDOW = 3  # tokens before a delay word that may hold "two months"
_JAPANESE_DURATION = re.compile(
    r"[\d一二三四五六七八九十数]+\s?(?:カ月|か月|ヶ月|ヵ月|年|週間|日)(?:から)?$")


def after_duration(view: EntryView, hit: Hit, named: frozenset[int] = frozenset(),
                   late_nouns: Sequence[str] = ()) -> bool:
    """A length of time just before the word ("2カ月遅れ", "three months' delay"), not
    one inside a claim's term ("the four-day week postponed"). In Japanese, only before
    a word of lateness (``late_nouns``): 1年延期 puts the event off by a year."""
    if view.language == "ja":  # 2カ月遅れ: how late; 1年延期 puts it off by a year
        return (bool(_JAPANESE_DURATION.search(view.text[max(0, hit.start - 8): hit.start]))
                and view.text[hit.start: hit.end] in late_nouns)
    # "a month late": the delay word may itself open with the span's unit
    start = max(0, hit.first_token - DURATION_WINDOW)
    before = [t.raw for t in view.tokens[start: hit.first_token + 1]]
    return any(word in TIME_UNITS and i > 0 and start + i not in named
               and (before[i - 1].isdigit() or before[i - 1] in SPAN_COUNTS)
               for i, word in enumerate(before))


_NON_PAST = ("る", "そ", "す")  # 遅れる, 遅れそう, 遅延する


def delay_ahead(view: EntryView, hit: Hit) -> bool:
    """A Japanese delay word whose own verb is in the non-past (1カ月遅れる見通し,
    2週間遅れそう): the thing is still to come; 1カ月遅れで開業 tells how late it came."""
    return view.text[hit.end: hit.end + 1] in _NON_PAST
