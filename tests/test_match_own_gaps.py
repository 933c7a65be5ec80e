"""A claim's own cue with a gap spans any words of it, prepositions too, as
docs/claims.md promises ("talks … broke down" finds "talks over pay broke down"); a
lexicon phrase still stops at a preposition ("close … deal" is not "closed higher on
the deal"). Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

TALKS = claim(
    "orvel-ferry-talks", "Orvel Ferries and its crews' union will hold talks at the "
    "conciliation service on 17 February 2026.",
    [group("ferry", en=["Orvel ferry", "Orvel Ferries"], fr=["ferries d'Orvel"],
           ja=["オルベル・フェリー"])],
    kind=ClaimKind.MEETING, expected_from=date(2026, 2, 17), expected_by=date(2026, 2, 17),
    cues={Verdict.CONTRADICTS: {"en": ("talks … broke down",)}},
)


@pytest.mark.parametrize("title", [
    "Orvel ferry talks over pay broke down",
    "Orvel ferry talks at Westcombe broke down",
])
def test_a_claims_gapped_cue_spans_a_preposition(title: str) -> None:
    check_verdict([TALKS], "orvel-ferry-talks", "contradicts", title, "", "2026-02-12",
                  "en")


DEAL = claim(
    "orvel-takeover", "Harwick will complete its takeover of Orvel Ferries by June 2026.",
    [group("ferry", en=["Orvel Ferries"], fr=["ferries d'Orvel"], ja=["オルベル・フェリー"]),
     group("buyer", en=["Harwick"], fr=["Harwick"], ja=["ハーウィック"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 3, 1), expected_by=date(2026, 6, 30),
)


def test_a_lexicon_phrase_still_stops_at_a_preposition() -> None:
    """"close … deal" is the lexicon's: shares closing higher on the deal close none."""
    check_verdict([DEAL], "orvel-takeover", "mentions",
                  "Orvel Ferries shares closed higher on the Harwick deal", "", "2026-04-10",
                  "en")
