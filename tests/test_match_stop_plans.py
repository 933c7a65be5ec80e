"""A plan whose content is a stop (docs/claims.md, "A plan whose content is a stop"):
with the stop words as terms, "councillors approve the library closures" is the plan
approved (confirms), not the claim cancelled; "scraps the plan to close" stops the plan
(contradicts), though a stop of a stop otherwise stops nothing. Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import claim, entry, group, verdict_for

from tracker.match import Matcher
from tracker.models import ClaimKind, GroupRole

VOTE = claim(
    "orna-library-vote", "Orna councillors will vote on the plan to close five libraries by "
    "March 2026.",
    [group("orna", en=["Orna"], fr=["Orna"], ja=["オルナ"]),
     group("libraries", en=["libraries", "library"], fr=["bibliothèques"], ja=["図書館"]),
     group("closures", GroupRole.OPTIONAL, en=["library closures", "closure"],
           fr=["fermetures", "fermeture"], ja=["閉鎖", "廃止"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 3, 31),
)
_MATCHER = Matcher([VOTE])


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orna councillors approve the library closures", "en", "confirms"),
    ("Orna : les élus approuvent la fermeture de cinq bibliothèques", "fr", "confirms"),
    ("オルナ市議会、図書館5館の廃止を可決", "ja", "confirms"),
    # the plan's own stop, stopped: the plan is dropped (rule 7)
    ("Orna scraps plan to close libraries", "en", "contradicts"),
    # guard: a court refusing to halt the plan rules for it
    ("Court rejects bid to halt Orna library closures", "en", "updates"),
])
def test_a_plan_whose_content_is_a_stop(title: str, language: str, expected: str) -> None:
    got = verdict_for(_MATCHER, entry(title, "", "2026-02-10", language), "orna-library-vote")
    assert got == expected
