"""The unit of a Japanese rate: 1学年2学級 ("two classes a year group"), 1日3便 ("three
sailings a day"), 1人3万円 ("¥30,000 each"). Japanese writes the unit as "1" and its
counter, with the rate's own figure right after; the 1 counts nothing."""

from __future__ import annotations

from tracker.match.text.view import EntryView


def a_rate_unit(view: EntryView, first: int, last: int) -> bool:
    """Tokens ``first``–``last`` are a lone Japanese 1 whose counter token is followed
    right away by another figure (not "1 000", two tokens)."""
    after = last + 2  # past the counter
    return (view.language == "ja" and first == last and view.tokens[first].raw in ("1", "一")
            and after < len(view.tokens) and view.tokens[after].raw[:1].isdigit()
            and view.clause_of(after) == view.clause_of(first))
