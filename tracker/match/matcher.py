"""``Matcher``: judge a news entry against every claim (pure, no I/O).

Per entry: a cheap prefilter (``prefilter``) skips entries that cannot name any
claim's anchor; otherwise build the searchable view (``view``), one automaton pass over it finds
every term, cue and modifier (``index``), the claims whose anchor group was hit
become candidates, each candidate is checked for relevance (``relevance``) and
given a verdict with its evidence (``verdict``). See docs/matching.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.match.index import Hit, PatternIndex
from tracker.match.normalize import Stemmer
from tracker.match.prefilter import AnchorPrefilter
from tracker.match.relevance import assess
from tracker.match.verdict import date_window, judge
from tracker.match.view import plain_texts, view_of_texts
from tracker.models import Claim, Entry, Evidence, Finding

MATCHER_VERSION = "1.2"
"""Bump when matching rules or the lexicon change: stored entries are re-matched."""

DEFAULT_GRACE_DAYS = 14
"""Days after ``expected_by`` during which a report of the event still confirms it."""


class Matcher:
    """Judges entries against a fixed set of claims (implements ``EntryMatcher``)."""

    def __init__(self, claims: Sequence[Claim], *, grace_days: int = DEFAULT_GRACE_DAYS) -> None:
        self._stemmer = Stemmer()
        self._index = PatternIndex(claims, self._stemmer)
        self._windows = tuple(date_window(cc, grace_days) for cc in self._index.claims)
        self._prefilter = AnchorPrefilter(self._index.anchor_patterns())

    @property
    def history_free(self) -> bool:
        """True: ``match`` depends on the entry alone, never on earlier calls (the
        stemmer's token cache only memoises), so entries may be matched in several
        processes. The poll cycle checks it before doing so."""
        return True

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(cc.claim for cc in self._index.claims)

    def match(self, entry: Entry) -> list[Finding]:
        """Findings for the claims this entry is about, in claim order."""
        title, summary = plain_texts(entry)
        if not self._prefilter.may_hit(title, summary):
            return []  # no anchor can occur: the full pass would find no candidate
        view = view_of_texts(title, summary, entry.language, self._stemmer)
        found = self._index.scan(view)
        candidates = self._index.candidates(found)
        if not candidates:
            return []
        hits = self._index.locate(view, found)
        by_pid: dict[int, list[Hit]] = {}
        for hit in hits:
            by_pid.setdefault(hit.pid, []).append(hit)
        published = entry.published.date() if entry.published else None
        findings: list[Finding] = []
        for number in candidates:
            compiled = self._index.claims[number]
            relevance = assess(compiled, by_pid)
            if relevance is None:
                continue
            judgement = judge(
                compiled, relevance, hits, self._index, view, published, self._windows[number]
            )
            evidence = Evidence(
                terms=relevance.terms,
                sentence=view.sentences[judgement.sentence],
                cues=judgement.cues,
            )
            findings.append(
                Finding(compiled.claim.id, judgement.verdict, relevance.score, evidence)
            )
        return findings
