"""A state claimed to hold until a day has held as claimed once that day has passed:
its end told ahead in news published after its window is later news, a mention, not a
contradiction (labelling rule 7 bears on the claim's period; the state held through
it). Subjects are invented; verdicts follow ../shared/labelling.md."""

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


@pytest.mark.parametrize(("title", "language"), [
    ("Kessling to close its branch library for good", "en"),
    ("Kessling va fermer définitivement sa bibliothèque de quartier", "fr"),
    ("ケスリング市、分館を閉鎖へ", "ja"),
], ids=["en", "fr", "ja"])
@pytest.mark.parametrize(("published", "expected"), [
    ("2027-03-10", "mentions"),  # after the window: the state held as claimed
    ("2026-05-10", "contradicts"),  # guard: within it, the state is broken
], ids=["after-the-window", "guard-within-it"])
def test_a_states_end_after_its_window_is_later_news(title: str, language: str,
                                                     published: str, expected: str) -> None:
    check_verdict([LIBRARY], "kessling-library-open", expected, title, "", published,
                  language)


@pytest.mark.parametrize(("title", "language"), [
    ("Kessling's branch library closes its doors", "en"),
    ("Kessling : la bibliothèque de quartier ferme ses portes", "fr"),
    ("ケスリング市の分館が閉館", "ja"),
], ids=["en", "fr", "ja"])
@pytest.mark.parametrize(("published", "expected"), [
    ("2026-08-31", "confirms"),  # on the day it was to last until: it held as claimed
    ("2026-08-20", "contradicts"),  # guard: before that day, the state is broken
], ids=["on-the-day", "guard-before-it"])
def test_a_states_end_on_its_last_day_keeps_it(title: str, language: str, published: str,
                                               expected: str) -> None:
    check_verdict([LIBRARY], "kessling-library-open", expected, title, "", published,
                  language)


@pytest.mark.parametrize(("title", "language"), [
    ("Kessling approves plan for its branch library building", "en"),
    ("Kessling approuve le projet pour le bâtiment de sa bibliothèque de quartier", "fr"),
    ("ケスリング市議会、分館の建物の活用計画を承認", "ja"),
], ids=["en", "fr", "ja"])
@pytest.mark.parametrize(("published", "expected"), [
    ("2027-03-10", "mentions"),  # after the window: later news of the place
    ("2026-05-10", "updates"),  # guard: within it, a decision bearing on the state
], ids=["after-the-window", "guard-within-it"])
def test_a_decision_after_a_states_window_is_later_news(title: str, language: str,
                                                         published: str, expected: str) -> None:
    check_verdict([LIBRARY], "kessling-library-open", expected, title, "", published,
                  language)
