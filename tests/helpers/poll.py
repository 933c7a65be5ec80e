"""Helpers for the store, status and poll tests: claims, a matcher, a fake feed site."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tracker.match import Matcher
from tracker.models import Claim, GroupRole, TermGroup, Verdict
from tracker.protocols import EntryMatcher


def make_claim(
    claim_id: str, required: Sequence[Sequence[str]],
    cues: Mapping[Verdict, Sequence[str]] | None = None, *,
    expected_by: date | None = None,
) -> Claim:
    """A claim with English required groups and English cue words."""
    groups = tuple(
        TermGroup(name=f"g{i}", role=GroupRole.REQUIRED, terms={"en": tuple(terms)})
        for i, terms in enumerate(required)
    )
    return Claim(
        id=claim_id, statement=f"statement of {claim_id}", seed="seed",
        claimed_on=date(2024, 7, 27), source_language="en", source_text="text",
        groups=groups, cues={v: {"en": tuple(w)} for v, w in (cues or {}).items()},
        expected_by=expected_by,
    )


def make_matcher(claims: Sequence[Claim]) -> EntryMatcher:
    """The real matcher: poll tests judge entries exactly as the product does."""
    return Matcher(claims)


@dataclass
class FeedDoc:
    """What the fake site serves at one path; tests change it between polls."""

    body: bytes = b""
    status: int = 200
    etag: str | None = None
    honour_conditional: bool = True
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0


class FeedSite:
    """Dynamic feeds on a pytest-httpserver: ``site.put(path, body)`` then poll."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.docs: dict[str, FeedDoc] = {}

    def url(self, path: str) -> str:
        return self.server.url_for(path)

    def put(self, path: str, body: bytes = b"", **options: object) -> FeedDoc:
        doc = self.docs.get(path)
        if doc is None:
            doc = FeedDoc()
            self.docs[path] = doc
            self.server.expect_request(path).respond_with_handler(self._handler(path))
        doc.body = body
        for name, value in options.items():
            setattr(doc, name, value)
        return doc

    def _handler(self, path: str) -> Callable[[Request], Response]:
        def handle(request: Request) -> Response:
            doc = self.docs[path]
            doc.hits += 1
            headers = dict(doc.headers)
            if doc.etag:
                headers["ETag"] = doc.etag
            if (doc.honour_conditional and doc.etag
                    and request.headers.get("If-None-Match") == doc.etag):
                return Response(status=304, headers=headers)
            return Response(doc.body, status=doc.status, headers=headers,
                            content_type="application/rss+xml")
        return handle
