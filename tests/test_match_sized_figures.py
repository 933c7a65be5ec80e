""""To" before a figure is a level, not a plan, also when a word only sizes the figure
("to all 6,300 households", "to about 6,300", "to more than 6,300"). Before, the
sizing word hid the figure and "to" read as a future marker, so a completion was an
update. The words are data (``sizing`` in data/numbers.toml). Subjects are invented;
each case but the guards failed before the rule."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

BINS = claim(
    "velmora-bins", "Velmora will deliver food-waste bins to 6,300 households by September "
    "2026.",
    [group("velmora", en=["Velmora"], fr=["Velmora"], ja=["ヴェルモラ"]),
     group("bins", en=["food-waste bins", "food waste bins"], fr=["bacs à biodéchets"],
           ja=["生ごみ容器"])],
    kind=ClaimKind.TARGET, expected_by=date(2026, 9, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "Velmora completes food-waste bins distribution to all 6,300 households"),
    ("confirms", "Velmora completes food-waste bins distribution to about 6,300 households"),
    ("confirms", "Velmora completes food-waste bins rollout to more than 6,300 households"),
    # guards: the figure without a sizing word, and a plan still ahead
    ("confirms", "Velmora completes food-waste bins distribution to 6,300 households"),
    ("updates", "Velmora to deliver food-waste bins to all 6,300 households"),
])
def test_a_sized_figure_after_to_is_a_level(expected: str, title: str) -> None:
    check_verdict([BINS], "velmora-bins", expected, title, "", "2026-06-01", "en")
