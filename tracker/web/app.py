"""The Flask application: pages (GET) and the review actions (POST). See docs/web.md."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime

from flask import Flask, Response, abort, redirect, render_template, request, session, url_for
from markupsafe import Markup

from tracker.claims import ClaimSet
from tracker.config import Config
from tracker.digest.escape import safe_link
from tracker.review.board import SETTLED
from tracker.review.timefmt import local_date, local_time
from tracker.review.timeline import days_label, timeline_svg, timeline_text
from tracker.web import actions, pages
from tracker.web.context import Clock, WebContext
from tracker.web.security import (
    add_headers,
    allowed_hosts,
    check_csrf,
    csrf_token,
    host_allowed,
    login_token,
    token_matches,
)


def create_app(
    config: Config, *, host: str | None = None, clock: Clock | None = None,
    env: Mapping[str, str] | None = None, claim_set: ClaimSet | None = None,
) -> Flask:
    """The app for ``config``. ``host`` is the address it will be bound to (a
    non-loopback one needs the login token from ``env``, default os.environ).
    ``claim_set`` replaces the claims folder (benchmarks)."""
    web = WebContext(config, clock or (lambda: datetime.now(UTC)), fixed_claims=claim_set)
    token = login_token(host or config.web.host, config.web.token_env,
                        os.environ if env is None else env)
    app = Flask(__name__)
    app.secret_key = secrets.token_bytes(32)  # sessions last as long as the process
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict",
                      MAX_CONTENT_LENGTH=64 * 1024)
    app.jinja_env.autoescape = True
    app.extensions["claimtracker"] = web
    _filters(app, web)

    bind_host = host or config.web.host
    hosts = allowed_hosts(bind_host, config.web.base_url)

    @app.before_request
    def _guard() -> Response | None:
        if token is None and not host_allowed(request.host, hosts):
            abort(421, "this address is not the tracker's (see docs/web.md: base_url)")
        if token is not None and not session.get("auth") and request.endpoint not in (
                "login", "static"):
            return redirect(url_for("login", next=request.full_path))  # type: ignore[return-value]
        check_csrf()
        return None

    @app.route("/login", methods=["GET", "POST"])
    def login() -> str | Response:
        error = ""
        if token is None:
            return redirect("/")  # type: ignore[return-value]
        if request.method == "POST":
            if token_matches(request.form.get("token", ""), token):
                session["auth"] = True
                return redirect(pages.local_target(request.form.get("next")))  # type: ignore[return-value]
            error = "Wrong token."
        return render_template("login.html.j2", error=error,
                               next=request.args.get("next", "/"))

    app.after_request(add_headers)
    pages.register(app, web)
    actions.register(app, web)
    return app


def _filters(app: Flask, web: WebContext) -> None:
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.filters["link"] = safe_link
    app.jinja_env.filters["ltime"] = lambda moment: local_time(moment, web.zone)
    app.jinja_env.filters["ldate"] = lambda moment: local_date(moment, web.zone)
    app.jinja_env.filters["days"] = lambda row: days_label(row.days_left,
                                                           row.status in SETTLED)
    app.jinja_env.filters["timeline"] = lambda row: Markup(timeline_svg(row, web.today()))
    app.jinja_env.filters["timeline_text"] = timeline_text
