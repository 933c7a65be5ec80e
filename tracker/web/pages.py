"""The pages (GET): board, claim, review queue, digest archive, feed health."""

from __future__ import annotations

import re

from flask import Flask, Response, abort, redirect, render_template, request, send_file

from tracker.review.board import current_board, needs_attention
from tracker.review.listing import list_findings
from tracker.store.health import classify_feed
from tracker.web.context import WebContext
from tracker.web.security import DIGEST_POLICY

_DIGEST_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}\.(html|md)$")
QUEUE_LIMIT = 100


def local_target(target: str | None, default: str = "/") -> str:
    """Where to go after a form: a path on this site only (no //host, no scheme)."""
    if target and target.startswith("/") and not target.startswith("//") \
            and "\\" not in target and "\n" not in target and "\r" not in target:
        return target
    return default


def register(app: Flask, web: WebContext) -> None:

    @app.get("/")
    def board() -> str:
        claim_set = web.claim_set()
        with web.store() as store:
            rows = current_board(store, claim_set.claims, web.today())
            waiting = list_findings(store, unreviewed=True, flags_only=True)
        known = {c.id for c in claim_set.claims}
        waiting = [w for w in waiting if w.finding.claim_id in known]
        return render_template(
            "board.html.j2", rows=rows, attention=needs_attention(rows, waiting),
            held=claim_set.unloaded, zone=web.zone.key, now=web.clock())

    @app.get("/claims/<claim_id>")
    def claim(claim_id: str) -> str:
        claims = [c for c in web.claims() if c.id == claim_id]
        if not claims:
            abort(404, f"no claim {claim_id!r}")
        with web.store() as store:
            row = current_board(store, claims, web.today())[0]
            findings = list_findings(store, claim_id=claim_id)
        focus = request.args.get("focus", type=int)
        return render_template("claim.html.j2", row=row, claim=claims[0],
                               findings=list(reversed(findings)), focus=focus,
                               zone=web.zone.key, statuses=_STATUSES)

    @app.get("/findings/<int:finding_id>")
    def finding(finding_id: int) -> Response:
        with web.store() as store:
            record = store.finding(finding_id)
        if record is None:
            abort(404, f"no finding {finding_id}")
        return redirect(f"/claims/{record.claim_id}?focus={finding_id}#f{finding_id}")  # type: ignore[return-value]

    @app.get("/review")
    def queue() -> str:
        known = {c.id: c for c in web.claims()}
        with web.store() as store:
            waiting = [w for w in list_findings(store, unreviewed=True, flags_only=True)
                       if w.finding.claim_id in known]
        waiting.sort(key=lambda w: (w.finding.entry.date is None, w.finding.entry.date),
                     reverse=True)
        return render_template("queue.html.j2", items=waiting[:QUEUE_LIMIT],
                               total=len(waiting), claims=known, zone=web.zone.key)

    @app.get("/digests")
    def digests() -> str:
        folder = web.config.digest.output_dir
        names = sorted((p.name for p in folder.glob("*.html")
                        if _DIGEST_NAME.match(p.name)), reverse=True) if folder.is_dir() else []
        return render_template("digests.html.j2", names=names, folder=str(folder))

    @app.get("/digests/<name>")
    def digest_file(name: str) -> Response:
        if not _DIGEST_NAME.match(name):
            abort(404)
        path = web.config.digest.output_dir / name
        if not path.is_file():
            abort(404, f"no digest {name}")
        response = send_file(path, mimetype="text/html" if name.endswith(".html")
                             else "text/plain", max_age=0)
        response.headers["Content-Security-Policy"] = DIGEST_POLICY
        return response

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status=204)  # none; a 404 would be a console error on digests

    @app.get("/feeds")
    def feeds() -> str:
        with web.store() as store:
            states = sorted(store.feed_states().values(), key=lambda s: s.name.lower())
        rows = [(s, str(classify_feed(s))) for s in states if s.in_config]
        return render_template("feeds.html.j2", rows=rows, zone=web.zone.key)


_STATUSES = ("open", "confirmed", "updated", "contradicted", "overdue")
