"""``Matcher``: judge a news entry against every claim (pure, no I/O).

Per entry: a cheap prefilter (``prefilter``) skips entries that cannot name any
claim's anchor; otherwise build the searchable view (``view``), one automaton pass over it finds
every term, cue and modifier (``index``), the claims whose anchor group was hit
become candidates, each candidate is checked for relevance (``relevance``) and
given a verdict with its evidence (``verdict``). See docs/matching.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial
from typing import NamedTuple

from tracker.entities import load_catalogue
from tracker.match.decided_for import decided_for_the_event
from tracker.match.decisions import (
    Decision,
    context_after_titled_news,
    news_of_the_claim_in_turn,
    steps_that_are_anothers_news,
)
from tracker.match.finding.gatherings import crowd_came, crowd_told, in_its_days, meeting_groups
from tracker.match.finding.index import Hit, PatternIndex
from tracker.match.finding.lexicon import EventClass, Modifier
from tracker.match.finding.omitted import LocalPress, Names
from tracker.match.finding.prefilter import AnchorPrefilter
from tracker.match.finding.publisher import Publishers
from tracker.match.finding.relevance import assess
from tracker.match.finding.roles import names_in_other_roles
from tracker.match.kinds import ClaimReading
from tracker.match.learned import JudgeWeights, reweigh, shipped_weights
from tracker.match.reading.title_labels import TitleLabels
from tracker.match.sharing import share_equal_values
from tracker.match.statement_reading import read_statement
from tracker.match.targets.figures import whole_numbers
from tracker.match.targets.goal_figure import goal_in_title, thing_groups
from tracker.match.targets.target_reading import counted_left_out
from tracker.match.text.coordination import cut_at_coordinated_verbs
from tracker.match.text.kana_spellings import KanaSpellings
from tracker.match.text.normalize import Stemmer
from tracker.match.text.view import EntryView, plain_texts, view_of_texts
from tracker.match.verdict import ClaimContext, date_window, judge
from tracker.match.version import matcher_version
from tracker.models import Claim, ClaimKind, Entry, Evidence, Finding, GroupRole
from tracker.protocols import SecondJudge

MATCHER_VERSION = matcher_version()
"""Changes by itself with the matcher's code and data (``version.py``): stored
entries are re-matched."""

DEFAULT_GRACE_DAYS = 14
"""Days after ``expected_by`` during which a report of the event is on time."""



# From this many claims on, equal values are kept once (sharing.py): below it the walk
# takes longer than the memory it saves is worth (3% of the pickled matcher at 6 claims).
SHARE_FROM = 30


class _EntryRead(NamedTuple):
    title: str  # plain text
    view: EntryView
    candidates: list[int]  # the claims it may be about, by number
    hits: list[Hit]
    by_pid: dict[int, list[Hit]]  # its hits by pattern id, names in a list left out
    by_publisher: Mapping[int, frozenset[str]]  # groups its paper's name names, by claim


class Matcher:
    """Judges entries against a fixed set of claims (implements ``EntryMatcher``)."""

    def __init__(self, claims: Sequence[Claim], *, grace_days: int = DEFAULT_GRACE_DAYS,
                 second_judge: SecondJudge | None = None,
                 learned: bool | JudgeWeights = False) -> None:
        self._second_judge = second_judge
        # the learned judge (learned.py), off unless asked: the shipped weights, or others
        self._learned = (shipped_weights() if learned is True
                         else learned if isinstance(learned, JudgeWeights) else None)
        self._stemmer = Stemmer()
        self._index = PatternIndex(claims, self._stemmer)  # also narrows its lemma tables
        self._windows = tuple(date_window(cc, grace_days) for cc in self._index.claims)
        # a name another claim excludes is no name it shares: "Selenia" excluded by the
        # Modane claim still names only the night train's claims
        uses = Counter(pid for cc in self._index.claims for pid in frozenset().union(
            *(g.pids | g.implied for g in cc.groups if g.role is not GroupRole.EXCLUDE)))
        # claims of one kind mostly read the same event classes: one set for them all
        event_sets: dict[frozenset[EventClass], frozenset[EventClass]] = {}
        self._readings = tuple(read_statement(cc, self._index, self._stemmer, uses, event_sets)
                               for cc in self._index.claims)
        # a target's figure beside a goal word may stand for a group of its things
        self._goal_groups = tuple(
            thing_groups(cc.claim) if r.kind is ClaimKind.TARGET and r.target is not None
            else frozenset() for cc, r in zip(self._index.claims, self._readings, strict=True))
        # a meeting claim's groups of meeting names, which a crowd told may stand for
        self._meeting_groups = tuple(
            meeting_groups(cc.claim, self._index.lexicon) if r.kind is ClaimKind.MEETING
            else frozenset() for cc, r in zip(self._index.claims, self._readings, strict=True))
        self._meetings = tuple(n for n, groups in enumerate(self._meeting_groups) if groups)
        left_out = {n: goal | ({r.target.counted_group} if r.target.counted_group else set())
                    for n, (r, goal) in enumerate(zip(self._readings, self._goal_groups,
                                                      strict=True))
                    if r.target is not None and (goal or r.target.counted_group)}
        self._index.anchor_beside({**left_out, **{n: self._meeting_groups[n]
                                                  for n in self._meetings}})
        self._local = LocalPress([cc.claim for cc in self._index.claims], self._index.lexicon,
                                 load_catalogue().country_marks())
        self._publishers = Publishers(self._index, self._local.omissible,
                                      self._local.written_around, self._stemmer)
        self._labels = TitleLabels(self._index.lexicon)
        self._spellings = KanaSpellings(self._index.claims)
        self._prefilter = AnchorPrefilter(self._index.anchor_patterns(),
                                          self._stemmer.lemma_tables)
        if len(claims) >= SHARE_FROM:
            share_equal_values(self)  # each worker holds a copy (sharing.py)

    @property
    def history_free(self) -> bool:
        """True: ``match`` depends on the entry alone, never on earlier calls (the
        stemmer's token cache only memoises), so entries may be matched in several
        processes. The poll cycle checks it before doing so."""
        return True

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(cc.claim for cc in self._index.claims)

    def readings(self) -> dict[str, ClaimReading]:
        """Each claim's kind (stated or inferred) and event classes, by claim id."""
        return {cc.claim.id: r for cc, r in zip(self._index.claims, self._readings, strict=True)}

    def kinds(self) -> dict[str, ClaimKind]:
        """Each claim's kind, stated or inferred, by claim id."""
        return {claim_id: r.kind for claim_id, r in self.readings().items()}

    def match(self, entry: Entry) -> list[Finding]:
        """Findings for the claims this entry is about, in claim order."""
        findings: list[Finding] = []
        for decision, view in self.decide(entry):
            judgement = decision.judgement
            evidence = Evidence(
                terms=decision.relevance.terms,
                sentence=view.sentences[judgement.sentence],
                cues=judgement.cues,
            )
            finding: Finding | None = Finding(decision.claim.claim.id, judgement.verdict,
                                              decision.relevance.score, evidence)
            if self._second_judge is not None and finding is not None:
                finding = self._second_judge.review(entry, decision.claim.claim, finding)
            if finding is not None:
                findings.append(finding)
        return findings

    def _read_entry(self, entry: Entry, every_claim: bool = False) -> _EntryRead | None:
        """The entry read for matching; None when no claim can be about it (unless
        ``every_claim``)."""
        title, summary = plain_texts(entry)
        # a paper named after a claim's town may leave out even its anchor group
        by_publisher = self._publishers.groups_named(entry)
        if not (every_claim or by_publisher or self._prefilter.may_hit(title, summary)
                or self._spellings.may_hit(f"{title} {summary}")):
            return None  # no anchor can occur: the full pass would find no candidate
        view = view_of_texts(title, summary, entry.language, self._stemmer)
        found = self._index.scan(view)
        respelled = self._spellings.hits(view)  # タルヴァネ for the claim's タルベーン
        candidates = self._index.candidates([*found, *((h.end - 1, h.pid) for h in respelled)])
        if by_publisher:
            candidates = sorted({*candidates, *by_publisher})
        if not candidates and not every_claim:
            return None
        hits = whole_numbers(view, [*self._index.locate(view, found), *respelled])
        view = cut_at_coordinated_verbs(view, hits, self._index)
        listed = names_in_other_roles(hits, self._index, view)
        by_pid: dict[int, list[Hit]] = {}
        for hit in hits:
            if hit not in listed:
                by_pid.setdefault(hit.pid, []).append(hit)
        return _EntryRead(title, view, candidates, hits, by_pid, by_publisher)

    def groups_found(self, entry: Entry, claim_id: str) -> list[tuple[str, str, list[str]]]:
        """For ``explain``: each group of the claim, its role, the terms the entry names."""
        read = self._read_entry(entry, every_claim=True)
        by_pid = read.by_pid if read is not None else {}
        return [(g.name, g.role.value, [t for pid, t in g.terms.items() if pid in by_pid])
                for c in self._index.claims if c.claim.id == claim_id for g in c.groups]

    def why_kept(self, entry: Entry, claim_id: str) -> str | None:
        """For ``explain``: why the one required group the entry misses was not left
        out (``omitted.py``); None unless exactly one is missing."""
        read = self._read_entry(entry, every_claim=True)
        if read is None:
            return None
        for number, compiled in enumerate(self._index.claims):
            if compiled.claim.id != claim_id:
                continue
            missing = [i for i, g in enumerate(compiled.groups) if g.role is GroupRole.REQUIRED
                       and not any(pid in read.by_pid for pid in (*g.terms, *g.implied))]
            if len(missing) != 1:
                return None
            name = compiled.groups[missing[0]].name
            if missing[0] in compiled.core:
                return (f"group {name} cannot be left out: it is one of the claim's subject "
                        "groups (the required groups other claims share least)")
            return self._local.why_kept(number, read.view, name)
        return None

    def _left_out(self, number: int, view: EntryView, hits: Sequence[Hit]) -> frozenset[str]:
        """The groups a target's figure in the title stands for: its counted thing
        (``counted_left_out``), or beside a goal word any group of its things
        (``goal_figure.py``)."""
        target = self._readings[number].target
        counted = counted_left_out(target, view)
        goal = self._goal_groups[number]
        if target is None or not goal:
            return counted
        measures = [h for h in hits if h.sentence == 0 and any(
            m.kind is Modifier.MEASURE and (not m.latin or m.language == view.language)
            for m in self._index.modifiers.get(h.pid, ()))]
        return counted | goal if goal_in_title(target, view, measures) else counted

    def _gathered(self, number: int, crowd: bool, published: date | None) -> frozenset[str]:
        """The meeting names a crowd told stands for, in the meeting's days."""
        groups = self._meeting_groups[number]
        if not groups or not crowd or not in_its_days(self._index.claims[number].claim,
                                                       published):
            return frozenset()
        return groups

    def decide(self, entry: Entry) -> list[tuple[Decision, EntryView]]:
        """Every relevant claim's decision for ``entry``, with the view it was read in."""
        read = self._read_entry(entry)
        if read is None:
            return []
        title, view, candidates, hits, by_pid, by_publisher = read
        names: list[Names | None] = []  # the title's names, read once if a claim asks
        published = entry.published.date() if entry.published else None
        crowd = crowd_told(view, self._index.lexicon) if self._meetings else None
        if crowd is not None:  # a meeting told by its crowd names none of its anchors
            candidates = sorted({*candidates, *(
                n for n in self._meetings if in_its_days(self._index.claims[n].claim,
                                                         published))})
        relevant = [(n, r) for n in candidates
                    if (r := assess(self._index.claims[n], by_pid,
                                    partial(self._local.may_omit, n, view, names),
                                    by_publisher.get(n, frozenset()),
                                    partial(self._left_out, n, view, hits),
                                    partial(self._gathered, n, crowd is not None, published))
                        ) is not None]
        subjects = {n: [h for h in hits if h.pid in self._index.claims[n].subject_pids]
                    for n, _ in relevant}
        opinion = self._labels.opinion_piece(title, view.language)
        preview = self._labels.preview_piece(title, view.language)
        decisions: list[tuple[Decision, EntryView]] = []
        terms = {n: self._index.claims[n].term_pids for n, _ in relevant}
        families = {n: self._readings[n].families for n, _ in relevant}
        # how many of the relevant claims are a meeting's: "another one is" for each
        meetings = sum(self._readings[n].kind is ClaimKind.MEETING for n, _ in relevant)
        for number, relevance in relevant:
            others = frozenset().union(*(t for n, t in terms.items() if n != number))
            theirs = frozenset().union(*(f for n, f in families.items() if n != number))
            rivals: dict[int, list[Hit]] = {}
            for other, other_hits in subjects.items():
                if other != number:
                    for hit in other_hits:
                        rivals.setdefault(hit.sentence, []).append(hit)
            readers = frozenset(h.pid for n, hs in subjects.items()
                                if n != number and self._readings[n].target for h in hs)
            meet = meetings - (self._readings[number].kind is ClaimKind.MEETING) > 0
            ctx = ClaimContext(self._index.claims[number], self._readings[number], self._index,
                               view, self._windows[number], opinion, others, preview, theirs,
                               readers, meet)
            judgement = crowd_came(judge(ctx, relevance, hits, rivals, published), crowd,
                                   bool(self._gathered(number, crowd is not None, published)))
            decisions.append((Decision(ctx.claim, ctx.reading, relevance, judgement), view))
        decisions = decided_for_the_event(news_of_the_claim_in_turn(
            steps_that_are_anothers_news(context_after_titled_news(decisions)), published))
        return reweigh(decisions, self._learned) if self._learned is not None else decisions
