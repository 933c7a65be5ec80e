"""A state claimed to hold until a day has held as claimed once that day has come: a
stop reported on or after it keeps the claim; a stop still to come or a decision told
after its window is later news, a mention, not a contradiction or an update (the
state held through its period). Within the window both still bear on it. A stop that
never came, told once the window is over, is the state kept to its end. Subjects are
invented; verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

LIBRARY = claim(
    "kessling-library-open", "Kessling's branch library will stay open six days a week "
    "until 31 August 2026.",
    [group("library", en=["branch library"], fr=["bibliothèque de quartier"],
           ja=["分館"]),
     group("kessling", en=["Kessling"], fr=["Kessling"], ja=["ケスリング"])],
    kind=ClaimKind.STATE, claimed_on=date(2026, 1, 12), expected_from=date(2026, 1, 12),
    expected_by=date(2026, 8, 31))

TO_CLOSE = {  # a stop still to come
    "en": "Kessling to close its branch library for good",
    "fr": "Kessling va fermer définitivement sa bibliothèque de quartier",
    "ja": "ケスリング市、分館を閉鎖へ",
}
CLOSES = {  # a stop done
    "en": "Kessling's branch library closes its doors",
    "fr": "Kessling : la bibliothèque de quartier ferme ses portes",
    "ja": "ケスリング市の分館が閉館",
}
DECIDED = {  # a decision bearing on the place
    "en": "Kessling approves plan for its branch library building",
    "fr": "Kessling approuve le projet pour le bâtiment de sa bibliothèque de quartier",
    "ja": "ケスリング市議会、分館の建物の活用計画を承認",
}
CASES = [
    (TO_CLOSE, "2027-03-10", "mentions"),  # after the window: later news
    (TO_CLOSE, "2026-05-10", "contradicts"),  # guard: within it, the state is broken
    (CLOSES, "2026-08-31", "confirms"),  # on the day it was to last until: it held
    (CLOSES, "2026-08-20", "contradicts"),  # guard: before that day, it is broken
    (DECIDED, "2027-03-10", "mentions"),  # after the window: later news
    (DECIDED, "2026-05-10", "updates"),  # guard: within it, a decision bearing on it
]


@pytest.mark.parametrize("language", ["en", "fr", "ja"])
@pytest.mark.parametrize(("titles", "published", "expected"), CASES,
                         ids=["to-close-after", "to-close-within", "closes-on-the-day",
                              "closes-before", "decided-after", "decided-within"])
def test_a_state_claimed_until_a_day(titles: dict[str, str], published: str, expected: str,
                                     language: str) -> None:
    check_verdict([LIBRARY], "kessling-library-open", expected, titles[language], "",
                  published, language)


NEVER_CLOSED = {  # the stop negated
    "en": "Kessling: the branch library never closed during the pledge",
    "fr": "Kessling : la bibliothèque de quartier n'a jamais fermé",
    "ja": "ケスリング市の分館、閉館せず",
}


@pytest.mark.parametrize("language", ["en", "fr", "ja"])
@pytest.mark.parametrize(("published", "expected"), [
    ("2026-09-03", "confirms"),  # told once the span is over: the state held to its end
    ("2026-05-10", "mentions"),  # guard: within it, an assurance, a mention
], ids=["after", "within"])
def test_a_stop_that_never_came_told_after_the_window(published: str, expected: str,
                                                      language: str) -> None:
    check_verdict([LIBRARY], "kessling-library-open", expected, NEVER_CLOSED[language], "",
                  published, language)
