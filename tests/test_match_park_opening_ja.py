"""開園 (a park, garden or zoo opened) is an opening as 開館, 開校 and 開院 are (lexicon
`occurred` and `openings`); 開園時間 (opening hours) stays none. Subjects are
invented; the guard passed before."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

PARK = claim(
    "selve-riverside-park", "The Selve riverside park will open in April 2026.",
    [group("park", en=["Selve riverside park"], fr=["parc des berges de la Selve"],
           ja=["セルブ川河川公園"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 4, 1), expected_by=date(2026, 4, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "セルブ川河川公園が開園　初日に3000人"),
    # guard: its opening hours are no opening
    ("mentions", "セルブ川河川公園、開園時間は午前9時から"),
])
def test_a_park_opened_is_an_opening(expected: str, title: str) -> None:
    check_verdict([PARK], "selve-riverside-park", expected, title, "", "2026-04-18", "ja")
