"""What an entry says about a claim: confirms, updates, contradicts or mentions.

Only sentences that name the claim's subject (a required idea) are read. In each,
every cue word (the general lexicon for the entry's language plus the claim's own
``[cues]``) gets a verdict, changed by the modifiers around it:

=============  ==============  =============  =============
cue says        negated         hedged         future/plan
=============  ==============  =============  =============
contradicts     mentions        updates        contradicts
confirms        updates         mentions       mentions
updates         mentions        updates        updates
=============  ==============  =============  =============

A word that is one of the claim's own cues gets only the claim's reading (the
general lexicon's reading of it, or of a general cue overlapping it, is dropped).
A denial ("denies", "dément", "否定") makes every other cue it governs (the rest
of the sentence; what precedes it in Japanese) mentions, and is then no cue itself.

A back-reference in the sentence ("set up last week", "newly created") makes every
cue in it background: mentions. A cue inside a longer matched term is no cue
("拡大" inside "拡大抑止").

Dates: an entry published before the claim's ``expected_from`` (or before
``claimed_on``) cannot confirm; its confirms cues count as mentions, so it can
still update. An entry published more than ``grace_days`` after ``expected_by``
cannot confirm either: the event it reports is late or a later round (updates),
or, when the title does not name the claim's subject, a look back (mentions).

The title is the item's own news: if it yields a flag, that is the verdict.
Otherwise the strongest flag of the summary sentences wins (contradicts >
updates > confirms), the earliest sentence on ties.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.match.index import CompiledClaim, CueRef, Hit, ModifierRef, PatternIndex
from tracker.match.lexicon import FRENCH_FUTURE_ENDINGS, Modifier
from tracker.match.relevance import TITLE, Relevance
from tracker.match.view import EntryView
from tracker.models import Verdict

PRIORITY: Mapping[Verdict, int] = {
    Verdict.MENTIONS: 0,
    Verdict.CONFIRMS: 1,
    Verdict.UPDATES: 2,
    Verdict.CONTRADICTS: 3,
}
NEGATION_WINDOW = 4  # tokens before a Latin cue
FUTURE_WINDOW = 3  # tokens before a Latin cue (either side for PLANNED words)
CJK_WINDOW = 3  # characters after a Japanese cue


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    sentence: int
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DateWindow:
    """The claim's dates as the verdict rules use them."""

    earliest: date | None  # max(claimed_on, expected_from)
    latest: date | None  # expected_by + grace


def date_window(claim: CompiledClaim, grace_days: int) -> DateWindow:
    c = claim.claim
    earliest = max(c.claimed_on, c.expected_from) if c.expected_from else c.claimed_on
    latest = c.expected_by + timedelta(days=grace_days) if c.expected_by else None
    return DateWindow(earliest, latest)


@dataclass(frozen=True, slots=True)
class _Cue:
    hit: Hit
    ref: CueRef


def judge(
    claim: CompiledClaim,
    relevance: Relevance,
    hits: Sequence[Hit],
    index: PatternIndex,
    view: EntryView,
    published: date | None,
    window: DateWindow,
) -> Judgement:
    """The verdict for one relevant claim (see the module docstring)."""
    by_sentence: dict[int, list[Hit]] = {}
    for hit in hits:
        if hit.sentence in relevance.subject_sentences:
            by_sentence.setdefault(hit.sentence, []).append(hit)
    results: dict[int, tuple[Verdict, tuple[str, ...]]] = {}
    for sentence, sentence_hits in by_sentence.items():
        results[sentence] = _judge_sentence(
            claim, relevance, sentence_hits, index, view, published, window
        )
    title = results.get(TITLE)
    if title is not None and title[0] is not Verdict.MENTIONS:
        return Judgement(title[0], TITLE, title[1])
    best: tuple[int, int] | None = None
    for sentence in sorted(results):
        rank = PRIORITY[results[sentence][0]]
        if rank and (best is None or rank > best[0]):
            best = (rank, sentence)
    if best is not None:
        verdict, cues = results[best[1]]
        return Judgement(verdict, best[1], cues)
    return Judgement(Verdict.MENTIONS, min(relevance.subject_sentences), ())


def _judge_sentence(
    claim: CompiledClaim,
    relevance: Relevance,
    hits: Sequence[Hit],
    index: PatternIndex,
    view: EntryView,
    published: date | None,
    window: DateWindow,
) -> tuple[Verdict, tuple[str, ...]]:
    language = view.language
    terms = [h for h in hits if h.pid in index.term_pids]
    own: list[_Cue] = []
    general: list[_Cue] = []
    modifiers: list[tuple[Hit, ModifierRef]] = []
    for hit in hits:
        seen: set[Verdict] = set()  # "export", "exports": one stem, one cue
        refs = [r for r in claim.cues.get(hit.pid, ()) if not r.latin or r.language == language]
        target = own
        if not refs:  # the claim's own cue for a word decides it; else the lexicon
            refs = [
                r
                for r in index.general_cues.get(hit.pid, ())
                if not r.latin or r.language == language
            ]
            target = general
        for ref in refs:
            if ref.verdict not in seen:
                seen.add(ref.verdict)
                target.append(_Cue(hit, ref))
        for mod in index.modifiers.get(hit.pid, ()):
            if not mod.latin or mod.language == language:
                modifiers.append((hit, mod))
    # A general cue overlapping one of the claim's own cues yields to it.
    general = [g for g in general if not any(_overlaps(g.hit, o.hit) for o in own)]
    cues = own + general
    cues = [
        c
        for c in cues
        if not _inside_longer(c.hit, terms) and not _inside_longer(c.hit, [o.hit for o in cues])
    ]
    denials = [(h, m) for h, m in modifiers if m.kind is Modifier.DENIAL]
    # A denial word that denies another cue is about a report, not a cue itself.
    cues = [
        c
        for c in cues
        if not any(
            _overlaps(c.hit, d) and any(_denies(d, m, o.hit) for o in cues) for d, m in denials
        )
    ]
    backref = any(m.kind is Modifier.BACKREF for _, m in modifiers)
    best = Verdict.MENTIONS
    found: dict[Verdict, dict[str, None]] = {}
    for cue in cues:
        verdict = Verdict.MENTIONS if backref else _effective(cue, modifiers, view)
        if verdict is Verdict.CONFIRMS:
            verdict = _apply_dates(relevance, published, window)
        found.setdefault(verdict, {})[cue.ref.text] = None
        if PRIORITY[verdict] > PRIORITY[best]:
            best = verdict
    return best, tuple(found.get(best, ()))


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _denies(mod_hit: Hit, mod: ModifierRef, hit: Hit) -> bool:
    """A denial governs the rest of its sentence (what precedes it in Japanese)."""
    if _overlaps(mod_hit, hit):
        return False
    if mod.latin:
        return mod_hit.last_token < hit.first_token
    return mod_hit.start >= hit.end


def _inside_longer(hit: Hit, others: Sequence[Hit]) -> bool:
    size = hit.end - hit.start
    return any(o.start <= hit.start and hit.end <= o.end and o.end - o.start > size for o in others)


def _effective(cue: _Cue, modifiers: Sequence[tuple[Hit, ModifierRef]], view: EntryView) -> Verdict:
    negated = future = hedged = denied = False
    hit = cue.hit
    for mod_hit, mod in modifiers:
        if mod_hit.end > hit.start and mod_hit.start < hit.end:
            continue  # part of the cue itself ("set to" in "set up", "intends to")
        if mod.kind is Modifier.HEDGE:
            hedged = True
        elif mod.kind is Modifier.NEGATION:
            negated = negated or _governs(mod_hit, mod, hit, cue.ref, NEGATION_WINDOW)
        elif mod.kind is Modifier.DENIAL:
            denied = denied or _denies(mod_hit, mod, hit)
        elif mod.kind is Modifier.FUTURE:
            future = future or _governs(mod_hit, mod, hit, cue.ref, FUTURE_WINDOW)
        elif mod.kind is Modifier.PLANNED:
            future = future or abs(mod_hit.first_token - hit.first_token) <= FUTURE_WINDOW
    if cue.ref.latin and view.language == "fr":
        words = view.tokens[hit.first_token : hit.last_token + 1]
        future = future or any(t.raw.endswith(FRENCH_FUTURE_ENDINGS) for t in words)
    if denied:
        # What is denied did not happen: no delay, no cancellation, and "denies
        # report that the launch will slip" is not a launch either.
        return Verdict.MENTIONS
    verdict = cue.ref.verdict
    if verdict is Verdict.CONTRADICTS:
        if negated:
            return Verdict.MENTIONS
        return Verdict.UPDATES if hedged else Verdict.CONTRADICTS
    if verdict is Verdict.CONFIRMS:
        if negated:
            return Verdict.UPDATES
        return Verdict.MENTIONS if hedged or future else Verdict.CONFIRMS
    if verdict is Verdict.UPDATES:
        return Verdict.MENTIONS if negated else Verdict.UPDATES
    return verdict


def _governs(mod_hit: Hit, mod: ModifierRef, hit: Hit, ref: CueRef, window: int) -> bool:
    """Latin modifiers stand just before the cue; Japanese ones just after it."""
    if ref.latin and mod.latin:
        return 0 < hit.first_token - mod_hit.last_token <= window
    if not ref.latin and not mod.latin:
        return 0 <= mod_hit.start - hit.end <= CJK_WINDOW
    return False


def _apply_dates(relevance: Relevance, published: date | None, window: DateWindow) -> Verdict:
    if published is None:
        return Verdict.CONFIRMS
    if window.earliest is not None and published < window.earliest:
        return Verdict.MENTIONS
    if window.latest is not None and published > window.latest:
        return Verdict.UPDATES if relevance.title_subject else Verdict.MENTIONS
    return Verdict.CONFIRMS
