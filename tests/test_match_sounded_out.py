"""A change only sounded out is not made: 運賃導入を打診, "sounds out the council on a
fare". For a state kept it is a threat to the state, an update (labelling rule 7), not
its end; the same change made still ends it. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

FERRY = claim(
    "brindle-ferry-free", "The Brindle ferry will stay free of charge until the end of 2027.",
    [group("ferry", en=["Brindle ferry"], fr=["bac de Brindle"], ja=["ブリンドル渡し船"]),
     group("free", en=["free"], fr=["gratuit"], ja=["無料", "運賃"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 1), expected_by=date(2027, 12, 31),
    cues={Verdict.CONTRADICTS: {"ja": ("運賃 … 導入",), "en": ("introduce … fare",)}},
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("運航会社がブリンドル渡し船の運賃導入を打診", "ja", "updates"),
    ("Brindle ferry operator sounds out council on plan to introduce a fare on free crossing",
     "en", "updates"),
    # guards: the change made
    ("ブリンドル渡し船、運賃を導入", "ja", "contradicts"),
    ("Brindle ferry operator to introduce a fare on free crossing", "en", "contradicts"),
], ids=["ja", "en", "ja-made", "en-made"])
def test_a_change_sounded_out_threatens_the_state(title: str, language: str,
                                                   expected: str) -> None:
    check_verdict([FERRY], FERRY.id, expected, title, "", "2027-02-04", language)
