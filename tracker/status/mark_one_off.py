"""Relabel the stored confirmations out of step with a one-off event (the rule is
tracker/status/one_off.py), after matching and before statuses are derived."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from tracker.models import ClaimKind, Verdict
from tracker.status.one_off import (
    CORROBORATION,
    FOLLOW_UP_MARGIN,
    MARGIN,
    Confirmation,
    one_off_claims,
    out_of_step_by_claim,
)
from tracker.store.db import Store
from tracker.store.one_off import StoredConfirmation
from tracker.store.records import Review

ONE_OFF_BASIS_KEY = "one_off_basis"
"""Meta key: the inputs of the last pass (findings, reviews, the one-off claims)."""


def mark_one_off(store: Store, kinds: Mapping[str, ClaimKind]) -> int:
    """Mark or un-mark the one-off claims' confirmations out of step with their event
    (``kinds``: every claim's kind, as the matcher reads it); how many findings changed.

    Idempotent, and skipped when nothing it reads moved since the last pass. The
    analyst's reviews count: a rejected finding, or one relabelled to another
    verdict, is no confirmation; an accepted one (or one relabelled ``confirms``)
    establishes the event on its own.
    """
    one_off = one_off_claims(kinds)
    if store.get_meta(ONE_OFF_BASIS_KEY) == _basis(store, one_off):
        return 0
    # a claim no longer one-off (its kind edited) loses its marks; a held claim (its
    # file fails to load) keeps them untouched
    stale = store.relabelled_claims() - set(one_off) - store.held_claims()
    reviews = store.reviews()  # few rows: no IN list of every one-off claim's id
    rows = store.confirmations({*one_off, *stale})
    wanted = out_of_step_by_claim(one_off, (
        (row.claim_id, c) for row in rows
        if (c := _as_confirmation(row, reviews.get((row.claim_id, row.entry_id))))))
    marks = {row.finding_id: wanted.get(row.finding_id) for row in rows
             if wanted.get(row.finding_id) != row.event_on}
    changed = store.relabel_confirmations(marks)
    store.set_meta(ONE_OFF_BASIS_KEY, _basis(store, one_off))
    return changed


def _as_confirmation(row: StoredConfirmation, review: Review | None) -> Confirmation | None:
    if review is not None and (review.action == "reject" or (
            review.action == "verdict" and review.verdict is not Verdict.CONFIRMS)):
        return None
    # accepting a row shown relabelled accepts the update, not a confirmation
    accepted = review is not None and (review.action == "verdict" or row.event_on is None)
    return Confirmation(row.finding_id, row.published, row.source, accepted)


def _basis(store: Store, one_off: Mapping[str, ClaimKind]) -> str:
    # the rule's own figures too: a release that changes them marks again
    claims = hashlib.sha256(repr(sorted(one_off.items())).encode()).hexdigest()[:16]
    return (f"{store.findings_generation()}|{store.reviews_generation()}|{claims}|"
            f"{CORROBORATION}|{MARGIN}|{FOLLOW_UP_MARGIN}")
