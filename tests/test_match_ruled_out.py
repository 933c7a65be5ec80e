"""A negated event that no time limits is ruled out (a stop, labelling rule 7); with a
time, it is put off (an update). Subjects are invented. Each case failed before its
rule (docs/matching.md, "Clauses and frames")."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

THEATRE = claim(  # event: the theatre reopens by June 2027
    "corran-theatre", "The Corran Theatre will reopen after its refit by June 2027.",
    [group("theatre", en=["Corran Theatre"], fr=["théâtre Corran"], ja=["コラン劇場"])],
    kind=ClaimKind.EVENT, expected_by=date(2027, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("reopen",), "fr": ("rouvrir",), "ja": ("再開館",)}},
)
FORUM = claim(  # meeting: the first forum of two invented towns
    "lessen-dorn-forum", "The mayors of Lessen and Dorn will hold their first forum in 2026.",
    [group("lessen", en=["Lessen"], fr=["Lessen"]), group("dorn", en=["Dorn"], fr=["Dorn"]),
     group("forum", en=["forum"], fr=["forum"])],
    kind=ClaimKind.MEETING, expected_by=date(2026, 12, 31),
)
CLAIMS = [THEATRE, FORUM]


@pytest.mark.parametrize(("expected", "title", "language"), [
    ("contradicts", "Corran Theatre will never reopen, council says", "en"),
    ("contradicts", "Council votes not to reopen the Corran Theatre", "en"),
    ("contradicts", "Corran Theatre will not reopen", "en"),
    ("contradicts", "Le théâtre Corran ne rouvrira jamais", "fr"),
    ("contradicts", "La ville décide de ne pas rouvrir le théâtre Corran", "fr"),
    # a time in the sentence: put off, not ruled out
    ("updates", "Corran Theatre will not reopen before October 2027", "en"),
    ("updates", "Corran Theatre won't reopen until 2028", "en"),
    ("updates", "Le théâtre Corran ne rouvrira pas avant 2028", "fr"),
    # the current span or the time set limits it too (round 100's items)
    ("updates", "Corran Theatre will not reopen this month after asbestos find", "en"),
    ("updates", "Corran Theatre will not reopen on time", "en"),
    ("updates", "Le théâtre Corran ne rouvrira pas cette année", "fr"),
])
def test_a_negated_event_without_a_time_is_ruled_out(expected: str, title: str,
                                                     language: str) -> None:
    check_verdict(CLAIMS, "corran-theatre", expected, title, "", "2026-11-10", language)


@pytest.mark.parametrize(("expected", "title"), [
    ("contradicts", "Le forum entre Lessen et Dorn n'aura pas lieu"),
    ("mentions", "Le forum entre Lessen et Dorn aura lieu en septembre"),
])
def test_avoir_lieu_in_the_future_and_negated(expected: str, title: str) -> None:
    check_verdict(CLAIMS, "lessen-dorn-forum", expected, title, "", "2026-06-01", "fr")
