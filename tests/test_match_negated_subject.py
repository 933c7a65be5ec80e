"""An event noun as the subject of a negated verb (issue 10, class 7): "the first
stone of the Tavrin depot has still not been laid" is no report of the stone laid,
nor « la mise en service du dépôt n'a toujours pas eu lieu » of the depot in service.
The negation stands after the noun, out of the window read before it. A verb is
negated only before it: "voted not to renew the lease" decided. Subjects are invented;
verdicts follow ../shared/labelling.md."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind, Verdict

DEPOT = group("depot", en=["Tavrin depot", "Tavrin tram depot"], fr=["dépôt de Tavrin"],
              ja=["タブリン車両基地"])
GROUNDBREAKING = claim(
    "tavrin-first-stone", "The first stone of the Tavrin tram depot will be laid in May 2026.",
    [DEPOT], kind=ClaimKind.EVENT, expected_from=date(2026, 5, 1),
    expected_by=date(2026, 5, 31),
    cues={Verdict.CONFIRMS: {"en": ("first stone",), "fr": ("première pierre",),
                             "ja": ("起工式",)}},
)
IN_SERVICE = claim(
    "tavrin-in-service", "The Tavrin tram depot will be put into service in March 2027.",
    [DEPOT], kind=ClaimKind.EVENT, expected_from=date(2027, 3, 1),
    expected_by=date(2027, 3, 31),
    cues={Verdict.CONFIRMS: {"en": ("into service",), "fr": ("mise en service",),
                             "ja": ("供用開始",)}},
)
LEASE = claim(
    "tavrin-lease", "The council will decide by June 2026 whether to renew the Tavrin depot "
    "lease.", [DEPOT, group("lease", en=["lease"], fr=["bail"], ja=["賃貸契約"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("claim_id", "expected", "title", "day", "language"), [
    ("tavrin-first-stone", "updates",
     "The first stone of the Tavrin depot has still not been laid", "2026-06-10", "en"),
    ("tavrin-first-stone", "updates",
     "La première pierre du dépôt de Tavrin n'a toujours pas été posée", "2026-06-10", "fr"),
    ("tavrin-in-service", "updates",
     "La mise en service du dépôt de Tavrin n'a toujours pas eu lieu", "2027-04-20", "fr"),
    # guards: the noun with no negation after it; a verb negated after it
    ("tavrin-first-stone", "confirms",
     "The first stone of the Tavrin depot was laid on Friday", "2026-05-15", "en"),
    ("tavrin-first-stone", "confirms",
     "La première pierre du dépôt de Tavrin a été posée vendredi", "2026-05-15", "fr"),
    ("tavrin-lease", "confirms",
     "Council voted not to renew the Tavrin depot lease", "2026-06-10", "en"),
])
def test_an_event_noun_whose_verb_is_negated(claim_id: str, expected: str, title: str,
                                             day: str, language: str) -> None:
    check_verdict([GROUNDBREAKING, IN_SERVICE, LEASE], claim_id, expected, title, "", day,
                  language)


# A French verb is negated only before it too: the « ne … pas » after it belongs to the
# clause of a later noun (« les paquebots qui ne se branchent pas »).
BERTH_FEE = claim(
    "tavrin-berth-fee", "Tavrin's council will adopt a fee on barges that idle at the depot "
    "quay by June 2026.",
    [group("fee", en=["berth fee", "idling fee"], fr=["redevance"], ja=["係留料"]),
     group("tavrin", en=["Tavrin"], fr=["Tavrin"], ja=["タブリン"])],
    kind=ClaimKind.DECISION, expected_by=date(2026, 6, 30),
)


@pytest.mark.parametrize(("expected", "title"), [
    ("confirms", "Tavrin adopte une redevance pour les péniches qui ne se branchent pas"),
    ("confirms", "Tavrin adopte une redevance pour les péniches qui ne coupent pas leur moteur"),
    # near miss: the verb negated before it
    ("updates", "Tavrin n'adopte pas la redevance pour les péniches"),
])
def test_a_french_verb_is_not_negated_by_a_later_clause(expected: str, title: str) -> None:
    check_verdict([BERTH_FEE], "tavrin-berth-fee", expected, title, "", "2026-06-10", "fr")
