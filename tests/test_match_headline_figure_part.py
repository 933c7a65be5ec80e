"""A Japanese headline's last part that is only a noun and its figure (開所　定員600人)
is told of the part before it: the figure is read with the opening (claim writer of
round 64; view._CLAUSE_BREAK). A last part with a date (着工は4月に) keeps its own
time. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import view_of_texts
from tracker.models import ClaimKind

PLACES = claim(
    "kessling-prison-places", "The new Kessling prison will have 600 places when it opens, "
                              "by the end of November 2028.",
    [group("prison", ja=["ケスリング新刑務所"]), group("places", ja=["定員", "収容"])],
    kind=ClaimKind.TARGET, claimed_on=date(2025, 5, 20), expected_by=date(2028, 11, 30))


@pytest.mark.parametrize(("title", "expected"), [
    ("ケスリング新刑務所が開所　定員600人", "confirms"),
    # guard: a figure short of the target, read with the opening too, is no confirmation
    ("ケスリング新刑務所が開所　定員540人", "updates"),
], ids=["figure-part", "guard-short"])
def test_a_figure_part_is_read_with_the_part_before(title: str, expected: str) -> None:
    check_verdict([PLACES], "kessling-prison-places", expected, title, "", "2028-10-20", "ja")


def test_a_dated_last_part_keeps_its_own_clause() -> None:
    view = view_of_texts("英政府、ブレノック潮汐ラグーンを認可 着工は4月に", "", "ja", Stemmer())
    assert len(view.clause_starts) == 3
