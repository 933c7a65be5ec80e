"""The unit of a Japanese rate: 1学年2学級 ("two classes a year group"), 1日3便 ("three
sailings a day"), 1人3万円 ("¥30,000 each"). Japanese writes the unit as "1" and its
counter, with the rate's own figure right after; the 1 counts nothing."""

from __future__ import annotations

from tracker.match.text.view import EntryView


def a_rate_unit(view: EntryView, first: int, last: int) -> bool:
    """Tokens ``first``–``last`` are a Japanese 1 (then its counter token) with another
    figure right after its counter."""
    if view.language != "ja" or view.tokens[first].raw not in ("1", "一"):
        return False
    counter = last if last > first else last + 1  # the counter, in the quantity or after it
    after = counter + 1
    return (after < len(view.tokens) and view.tokens[after].raw[:1].isdigit()
            and view.clause_of(after) == view.clause_of(first))
