"""The review actions (POST, CSRF-checked): review a finding, resolve or reopen a
claim. Each redirects back (Post/Redirect/Get) with a one-line message."""

from __future__ import annotations

import os
import sqlite3

from flask import Flask, Response, flash, redirect, request, url_for

from tracker.errors import TrackerError
from tracker.review.actions import reopen_claim, resolve_claim, review_finding
from tracker.web.context import WebContext
from tracker.web.pages import local_target


def _by() -> str:
    """The reviewer: the form's name, else the user running the app."""
    return ((request.form.get("by") or "").strip()[:80]
            or os.environ.get("USER") or "web")


def register(app: Flask, web: WebContext) -> None:

    @app.post("/findings/<int:finding_id>/review")
    def review(finding_id: int) -> Response:
        action = request.form.get("action", "")
        verdict = request.form.get("verdict") if action == "verdict" else None
        try:
            with web.store() as store:
                done, changes = review_finding(
                    store, web.claims(), finding_id, action, by=_by(), now=web.clock(),
                    verdict=verdict, note=request.form.get("note", "").strip()[:2000])
            moved = "; ".join(f"{c.claim_id}: {c.old_status or '-'} → {c.new_status}"
                              for c in changes)
            flash(f"Finding {finding_id}: {done.action}"
                  + (f" {done.verdict}" if done.verdict else "")
                  + (f". Status {moved}." if moved else "."))
        except (TrackerError, sqlite3.Error) as exc:
            flash(f"Not saved: {exc}", "error")
        return redirect(local_target(request.form.get("next")))  # type: ignore[return-value]

    @app.post("/claims/<claim_id>/resolve")
    def resolve(claim_id: str) -> Response:
        try:
            with web.store() as store:
                resolve_claim(store, web.claims(), claim_id, request.form.get("status", ""),
                              note=request.form.get("note", "").strip()[:2000], by=_by(),
                              now=web.clock())
            flash(f"{claim_id}: resolved by hand.")
        except (TrackerError, sqlite3.Error) as exc:
            flash(f"Not saved: {exc}", "error")
        return redirect(url_for("claim", claim_id=claim_id))  # type: ignore[return-value]

    @app.post("/claims/<claim_id>/reopen")
    def reopen(claim_id: str) -> Response:
        try:
            with web.store() as store:
                reopen_claim(store, web.claims(), claim_id, by=_by(), now=web.clock())
            flash(f"{claim_id}: reopened; its status derives from its findings again.")
        except (TrackerError, sqlite3.Error) as exc:
            flash(f"Not saved: {exc}", "error")
        return redirect(url_for("claim", claim_id=claim_id))  # type: ignore[return-value]
