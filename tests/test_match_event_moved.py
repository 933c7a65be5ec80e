"""The claim's own event moved to another place changes a detail the claim states: an
update (../shared/labelling.md, "updates"), as a move to another date is. A shift word
counts so only when the event's noun comes right before it or is its object, and a
destination follows. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FORUM = claim(  # meeting: a water forum's first session, at the town hall
    "orvel-forum", "The Orvel water forum will hold its first meeting at the town hall "
    "on 10 July 2025.",
    [group("orvel", en=["Orvel"], fr=["Orvel"], ja=["オルヴェル"]),
     group("forum", en=["water forum"], fr=["forum de l'eau"], ja=["水フォーラム"])],
    kind=ClaimKind.MEETING, claimed_on=date(2025, 6, 1), expected_from=date(2025, 7, 10),
    expected_by=date(2025, 7, 10),
)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orvel water forum's first meeting moved to Civic Centre", "en", "updates"),
    ("Orvel moves water forum's first meeting to the Civic Centre", "en", "updates"),
    ("Forum de l'eau d'Orvel : la première réunion décalée à la salle des fêtes", "fr",
     "updates"),
    # a date moved reads as before
    ("Orvel water forum's first meeting moved to July 17", "en", "updates"),
    # near misses: the shift word moves no event of the claim, or moves nothing
    ("Orvel water forum moves its offices to the Civic Centre", "en", "mentions"),
    ("Orvel water forum moves to tighten rules for its first meeting", "en", "mentions"),
], ids=["after-its-noun", "its-object", "fr-after-its-noun", "a-date", "guard-offices",
        "guard-moves-to-verb"])
def test_the_event_moved_elsewhere_is_an_update(title: str, language: str,
                                                expected: str) -> None:
    check_verdict([FORUM], "orvel-forum", expected, title, "", "2025-07-04", language)


@pytest.mark.parametrize(("title", "language", "expected"), [
    ("Orvel water forum: change of venue for first meeting", "en", "updates"),
    ("Forum de l'eau d'Orvel : changement de salle pour la première réunion", "fr", "updates"),
    ("オルヴェル水フォーラムの初会合、会場を市民ホールに変更", "ja", "updates"),
    # a venue named with no change: a preview
    ("Orvel water forum names venue for first meeting", "en", "mentions"),
], ids=["en-change-of-venue", "fr-changement-de-salle", "ja-kaijo-henko", "guard-venue-named"])
def test_a_change_of_venue_is_an_update(title: str, language: str, expected: str) -> None:
    # a shift word that names the place it moves ([markers] venue_nouns)
    check_verdict([FORUM], "orvel-forum", expected, title, "", "2025-07-04", language)
