"""Is an entry about a claim, and how strongly?

An entry is about a claim when every ``required`` group has a hit (a name, or a
word the entity catalogue says implies it: "Tokyo" for Japan, 対米 for the US)
and no
``exclude`` group marks the entry's subject as something else. Exclusion applies
to the subject only: an exclude term in the title, or in the lead (first summary)
sentence when the title names none of the claim's required ideas. A passing
mention further down ("unlike the US-ROK Nuclear Consultative Group, …") does not
veto.

Score (0..1) = 0.8 × group coverage + 0.2 × term variety, where group coverage is
the weight of the groups hit (full weight if hit in the title, 0.7 of it if only
in the summary; half of that when only an implied word stands for the group) over
the weight of all required and optional groups, and term variety is the number of
distinct terms hit over (number of groups + 2), capped at 1. An entry scoring
below ``MIN_SCORE`` is not about the claim: its ideas are all faint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tracker.match.finding.index import CompiledClaim, Hit
from tracker.models import GroupRole

TITLE = 0
LEAD = 1
SUMMARY_ONLY_FACTOR = 0.7
IMPLIED_FACTOR = 0.5  # "Tokyo" says less about Japan than "Japan" does
COVERAGE_WEIGHT = 0.8
VARIETY_WEIGHT = 0.2
MIN_SCORE = 0.2


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    terms: tuple[str, ...]  # as written in the claim file, claim-file order
    subject_sentences: frozenset[int]  # sentences naming a subject (core) group
    title_hit: bool  # the title names any idea of the claim
    title_subject: bool = False  # the title names a required group (or a core one)
    named_by_feed: tuple[str, ...] = ()  # required groups only the paper's name names
    by_crowd: bool = False  # a meeting's names left out, a crowd told instead (gatherings.py)


def assess(claim: CompiledClaim, hits: Mapping[int, Sequence[Hit]],
           may_omit: Callable[[], frozenset[str]] | None = None,
           by_publisher: frozenset[str] = frozenset(),
           counted: Callable[[], frozenset[str]] | None = None,
           gathered: Callable[[], frozenset[str]] | None = None) -> Relevance | None:
    """The relevance of an entry (its hits by pattern id) to one claim, or None.

    One required group that ``may_omit()`` names may be missing (``omitted.py``) when
    the title names the claim's subject and no exclude group is named. The groups
    ``by_publisher`` names are named by the paper itself (``publisher.py``): they may
    be missing when the title names another required group. The group ``counted()``
    names (a count target's counted thing, its figure in the title: ``target_reading``)
    may be missing when the title names the other required groups. One group
    ``gathered()`` names (a meeting's names, a crowd told: ``gatherings.py``) may be
    missing."""
    required_sentences: set[int] = set()
    named_sentences: set[int] = set()  # sentences naming any required group
    any_sentences: set[int] = set()
    exclude_sentences: set[int] = set()
    terms: dict[str, None] = {}
    omitted = by_figure = by_crowd = False
    publisher_named: list[str] = []
    total_weight = 0.0
    got_weight = 0.0
    for number, group in enumerate(claim.groups):
        found = (
            group.pids.intersection(hits)
            if len(hits) < len(group.pids)
            else [pid for pid in group.pids if pid in hits]
        )
        if group.role is GroupRole.EXCLUDE:
            for pid in found:
                exclude_sentences.update(h.sentence for h in hits[pid])
            continue
        total_weight += group.weight
        factor = 1.0
        if not found and group.implied:
            found = [pid for pid in group.implied if pid in hits]
            factor = IMPLIED_FACTOR
        if group.role is GroupRole.REQUIRED and not found and group.name in by_publisher:
            publisher_named.append(group.name)  # the Sumihama Daily's "the city"
            got_weight += group.weight * SUMMARY_ONLY_FACTOR
            continue
        if (group.role is GroupRole.REQUIRED and not found and not omitted
                and counted is not None and group.name in counted()):
            omitted = by_figure = True  # "目標90万回に届かず": the figure names the journeys
            continue
        if (group.role is GroupRole.REQUIRED and not found and not by_crowd
                and gathered is not None and group.name in gathered()):
            by_crowd = True  # "Packed hall grills mayor": the crowd tells the meeting
            got_weight += group.weight * IMPLIED_FACTOR
            continue
        if group.role is GroupRole.REQUIRED and not found:
            if (omitted or number in claim.core or may_omit is None
                    or group.name not in may_omit()):
                return None
            omitted = True  # a place the local press leaves out
            continue
        if not found:
            continue
        sentences = {h.sentence for pid in found for h in hits[pid]}
        factor *= 1.0 if TITLE in sentences else SUMMARY_ONLY_FACTOR
        if factor == SUMMARY_ONLY_FACTOR and group.implied and any(
                hits[pid][0].sentence == TITLE for pid in (
                    group.implied.intersection(hits) if len(hits) < len(group.implied)
                    else [p for p in group.implied if p in hits])):
            # named in the summary, implied in the title ("postpone Vienna trip"): the
            # title is about the group too, though the name sets its weight
            sentences.add(TITLE)
        any_sentences |= sentences
        if number in claim.core:
            required_sentences |= sentences
        if group.role is GroupRole.REQUIRED:
            named_sentences |= sentences
        got_weight += group.weight * factor
        for pid in sorted(found, key=lambda p: min(h.start for h in hits[p])):
            terms[group.terms[pid]] = None
    subject_named = named_sentences if by_figure else required_sentences
    if not any_sentences or (omitted and (TITLE not in subject_named or exclude_sentences)):
        return None
    if publisher_named and TITLE not in named_sentences:
        return None
    if TITLE in exclude_sentences or (
        LEAD in exclude_sentences and TITLE not in required_sentences
    ):
        return None
    groups = sum(1 for g in claim.groups if g.role is not GroupRole.EXCLUDE)
    coverage = got_weight / total_weight if total_weight else 0.0
    variety = min(1.0, len(terms) / (groups + 2))
    score = round(min(1.0, COVERAGE_WEIGHT * coverage + VARIETY_WEIGHT * variety), 3)
    if score < MIN_SCORE:
        return None
    subject = required_sentences or any_sentences
    return Relevance(
        score,
        tuple(terms),
        frozenset(subject),
        TITLE in any_sentences,
        TITLE in required_sentences or TITLE in named_sentences,
        tuple(publisher_named),
        by_crowd,
    )
