"""A sibling's decision, made, that decides this claim's event ("Orrin governor
consents to restart of Kelby No. 2 reactor"): the decision's claim is confirmed, and for
the restart's claim, whose event word is here only what is decided, it is a step on
the way (labelling rule 6), an update. Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

REACTOR = group("reactor", en=["Kelby No. 2 reactor", "Kelby reactor"],
                fr=["réacteur n° 2 de Kelby"])
CONSENT = claim(
    "orrin-governor-consent", "The Orrin governor will consent to the restart of the Kelby "
    "No. 2 reactor by June 2026.",
    [REACTOR, group("governor", en=["Orrin governor", "governor"], fr=["gouverneur"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
    cues={Verdict.CONFIRMS: {"en": ("consents",), "fr": ("donne son accord",)}})
RESTART = claim(
    "kelby-restart", "The Kelby No. 2 reactor will restart in September 2026.",
    [REACTOR], kind=ClaimKind.EVENT, expected_from=date(2026, 9, 1),
    expected_by=date(2026, 9, 30),
    cues={Verdict.CONFIRMS: {"en": ("restart",), "fr": ("redémarrage",)}})
CLAIMS = [CONSENT, RESTART]


@pytest.mark.parametrize(("claim_id", "title", "expected"), [
    ("orrin-governor-consent", "Orrin governor consents to restart of Kelby No. 2 reactor",
     "confirms"),
    ("kelby-restart", "Orrin governor consents to restart of Kelby No. 2 reactor", "updates"),
    # guard: the restart told as coming, with no decision made
    ("kelby-restart", "Kelby No. 2 reactor to restart in September, operator says",
     "mentions"),
], ids=["the-decision", "the-event", "guard-no-decision"])
def test_a_decision_that_decides_the_event_is_a_step(claim_id: str, title: str,
                                                     expected: str) -> None:
    check_verdict(CLAIMS, claim_id, expected, title, "", "2026-05-20", "en")
