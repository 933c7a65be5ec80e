"""Shared helpers for the store/status/poll tests (no tests in this module).

``KeywordMatcher`` is a small stand-in for tracker.match.Matcher used only while
that package is not importable; ``make_matcher`` returns the real one when it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tracker.models import Claim, Entry, Evidence, Finding, GroupRole, TermGroup, Verdict
from tracker.parse.text import html_to_text
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


class KeywordMatcher:
    """Substring matcher: every required group present -> finding; cue word -> verdict."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = tuple(claims)

    def match(self, entry: Entry) -> list[Finding]:
        text = f"{entry.title} {html_to_text(entry.summary)}".lower()
        found: list[Finding] = []
        for claim in self.claims:
            terms: list[str] = []
            for group in claim.groups_with_role(GroupRole.REQUIRED):
                hit = next((t for t in group.all_terms() if t.lower() in text), None)
                if hit is None:
                    break
                terms.append(hit)
            else:
                verdict, cues = Verdict.MENTIONS, ()
                for candidate in (Verdict.UPDATES, Verdict.CONFIRMS, Verdict.CONTRADICTS):
                    words = tuple(w for w in claim.cues.get(candidate, {}).get("en", ())
                                  if w.lower() in text)
                    if words:
                        verdict, cues = candidate, words
                found.append(Finding(claim.id, verdict, 0.5,
                                     Evidence(tuple(terms), entry.title, cues)))
        return found


def make_matcher(claims: Sequence[Claim]) -> EntryMatcher:
    """The real matcher when it has landed, else the keyword stand-in."""
    try:
        from tracker.match import Matcher
    except ImportError:
        return KeywordMatcher(claims)
    return Matcher(claims)  # type: ignore[no-any-return]


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
