""""Deny" refuses only a permission asked for ("denies planning permission"): "denies
plan for a fare surcharge" denies a report, no stop of anything (labelling rule 8).
Subjects are invented."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.invented import check_verdict, claim, group

from tracker.models import ClaimKind

FARE_KEPT = claim(
    "velm-fare-kept", "The Velm tram fare will stay at €1.50 until 2028.",
    [group("tram", en=["Velm tram"], fr=["tramway de Velm"], ja=["ベルム路面電車"]),
     group("fare", en=["fare"], fr=["tarif"], ja=["運賃"])],
    kind=ClaimKind.STATE, expected_from=date(2026, 1, 12), expected_by=date(2028, 12, 31),
)
WORKS = claim(
    "velm-warehouse-works", "Construction of the Velm warehouse will begin in 2026.",
    [group("warehouse", en=["Velm warehouse"], fr=["entrepôt de Velm"], ja=["ベルム倉庫"])],
    kind=ClaimKind.EVENT, expected_from=date(2026, 3, 1), expected_by=date(2026, 12, 31),
)


@pytest.mark.parametrize("title", [
    "City denies plan for Velm tram fare surcharge",
    "Mayor denies Velm tram fare surcharge plan",
])
def test_a_plan_denied_is_no_stop(title: str) -> None:
    check_verdict([FARE_KEPT, WORKS], "velm-fare-kept", "mentions", title, "", "2026-05-12",
                  "en")


@pytest.mark.parametrize("title", [
    "Council denies planning permission for Velm warehouse",
    "Velm warehouse denied permit",
])
def test_a_permission_denied_stops_the_plan(title: str) -> None:
    check_verdict([FARE_KEPT, WORKS], "velm-warehouse-works", "contradicts", title, "",
                  "2026-05-12", "en")
