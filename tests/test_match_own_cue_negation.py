"""A no inside one of a claim's own cues is that cue's word, not a no for its other
cues (claim writer of round 57): for a decision to be taken either way, with the cues
"refuse to fund" and "fund … upkeep", "refuses to fund the Vire bridge upkeep" is the
decision taken (the first cue), not the second cue negated. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

UPKEEP = claim(
    "orne-upkeep-decision", "The Orne cabinet will decide by June 2026 whether to fund the "
    "Vire bridge upkeep.",
    [group("orne", en=["Orne"]), group("bridge", en=["Vire bridge"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("refuse to fund", "fund … upkeep")}})


@pytest.mark.parametrize(("title", "expected"), [
    ("Orne refuses to fund Vire bridge upkeep", "confirms"),
    ("Orne will fund Vire bridge upkeep, cabinet says", "confirms"),
    # guard: a no outside every cue still negates
    ("Orne does not fund Vire bridge upkeep yet", "updates"),
], ids=["no-inside-another-cue", "plain", "guard-no-outside"])
def test_a_no_inside_an_own_cue_is_that_cues(title: str, expected: str) -> None:
    check_verdict([UPKEEP], "orne-upkeep-decision", expected, title, "", "2026-05-02", "en")


PLEDGE = claim(
    "velin-no-layoffs", "Brask will make no compulsory redundancies at its Velin depot until "
    "the end of 2027.",
    [group("brask", en=["Brask"], fr=["Brask"]),
     group("depot", en=["Velin depot"], fr=["dépôt de Velin"])],
    kind=ClaimKind.STATE, expected_from=date(2025, 3, 1), expected_by=date(2027, 12, 31),
    cues={Verdict.CONFIRMS: {"fr": ("aucun licenciement", "tient … engagement")}})


@pytest.mark.parametrize(("summary", "language", "expected"), [
    # French says a negation twice: « ne … aucun », « sans aucun » are the cue's one no
    ("Les chauffeurs du dépôt de Velin ont été reclassés par Brask, sans aucun "
     "licenciement.", "fr", "confirms"),
    ("Brask a confirmé qu'il ne procédera à aucun licenciement au dépôt de Velin.", "fr",
     "confirms"),
    # guard: a negation of a cue holding none still turns it around
    ("Brask ne tient pas son engagement au dépôt de Velin.", "fr", "contradicts"),
], ids=["sans-aucun", "ne-aucun", "guard-plain-negation"])
def test_a_negation_said_twice_is_the_cues_own(summary: str, language: str,
                                                 expected: str) -> None:
    check_verdict([PLEDGE], "velin-no-layoffs", expected, "Velin depot", summary,
                  "2026-04-02", language)
