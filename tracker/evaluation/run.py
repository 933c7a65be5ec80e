"""Run the matcher over a labelled set and compare with the gold labels."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from tracker.errors import TrackerError
from tracker.evaluation.gold import GoldItem, read_gold
from tracker.evaluation.report import Case, EvalReport, count_flags
from tracker.match import MATCHER_VERSION, Matcher
from tracker.models import Claim, Entry, Finding, Verdict
from tracker.parse import parse_feed
from tracker.status.one_off import Confirmation, one_off_claims, out_of_step_by_claim

Pair = tuple[str, str]  # (item guid, claim id)


def evaluate(gold_dir: Path, claims: Sequence[Claim], learned: bool = False) -> EvalReport:
    """Match every item of ``gold_dir/feeds/*.xml`` and score against gold.jsonl
    (``learned``: with the learned judge, as ``[matcher] learned_judge`` sets).

    Raises ``TrackerError`` when gold.jsonl or the feeds folder is missing; a feed
    that does not parse, a bad gold line or an item missing on either side is
    listed in ``EvalReport.problems`` and evaluation goes on.
    """
    gold_path = gold_dir / "gold.jsonl"
    feeds_dir = gold_dir / "feeds"
    if not gold_path.is_file():
        raise TrackerError(f"{gold_path}: no such file (an evaluation set needs gold.jsonl)")
    if not feeds_dir.is_dir():
        raise TrackerError(f"{feeds_dir}: no such folder (an evaluation set needs feeds/)")
    gold, problems = read_gold(gold_path)
    entries = read_entries(feeds_dir, problems)
    matcher = Matcher(claims, learned=learned)
    ours: dict[Pair, Finding] = {}
    seen: dict[str, Entry] = {}
    for entry in entries:
        key = entry.guid or entry.link or entry.identity
        if key not in gold:
            problems.append(f"{entry.source}: item {key} has no line in gold.jsonl")
        seen[key] = entry
        for finding in matcher.match(entry):
            ours[(key, finding.claim_id)] = finding
    _read_one_off(ours, seen, matcher)
    for guid, item in gold.items():
        if guid not in seen:
            problems.append(f"{gold_path}: item {guid} ({item.feed}) is in no feed")
    known = {c.id for c in claims}
    gold_pairs = {
        (g, c): v for g, item in gold.items() if g in seen for c, v in item.labels.items()
    }
    for guid, claim_id in sorted(gold_pairs):
        if claim_id not in known:
            problems.append(f"{gold_path}: label for unknown claim {claim_id!r} ({guid})")
    return _report(gold_dir, gold, seen, gold_pairs, ours, sorted(known), problems)


def _read_one_off(ours: dict[Pair, Finding], seen: dict[str, Entry], matcher: Matcher) -> None:
    """Relabel as updates the confirmations published well before or after an
    established one-off event, as the service does with its stored findings
    (tracker.status.one_off)."""
    confirmations = (
        (claim_id, Confirmation((guid, claim_id), seen[guid].published,
                                seen[guid].source_name or seen[guid].source))
        for (guid, claim_id), finding in ours.items() if finding.verdict is Verdict.CONFIRMS)
    for pair in out_of_step_by_claim(one_off_claims(matcher.kinds()), confirmations):
        assert isinstance(pair, tuple)
        ours[pair] = dataclasses.replace(ours[pair], verdict=Verdict.UPDATES)


def read_entries(feeds_dir: Path, problems: list[str]) -> list[Entry]:
    entries: list[Entry] = []
    for path in sorted(feeds_dir.glob("*.xml")):
        try:
            parsed = parse_feed(path.read_bytes(), str(path))
        except (OSError, TrackerError) as exc:
            problems.append(f"{path}: {exc}")
            continue
        language = parsed.language
        entries += [dataclasses.replace(entry, language=entry.language or language)
                    for entry in parsed.entries_named()]
    return entries


def _report(
    gold_dir: Path,
    gold: dict[str, GoldItem],
    seen: dict[str, Entry],
    gold_pairs: dict[Pair, Verdict],
    ours: dict[Pair, Finding],
    claim_ids: list[str],
    problems: list[str],
) -> EvalReport:
    pairs = set(gold_pairs) | set(ours)
    verdicts = {pair: f.verdict for pair, f in ours.items()}
    per_claim = {
        cid: count_flags([p for p in pairs if p[1] == cid], gold_pairs, verdicts)
        for cid in sorted({*claim_ids, *(p[1] for p in pairs)})
    }

    def case(pair: Pair) -> Case:
        entry = seen[pair[0]]
        finding = ours.get(pair)
        g = gold_pairs.get(pair)
        return Case(
            pair[1],
            entry.title,
            entry.published.date().isoformat() if entry.published else "",
            g.value if g else None,
            finding.verdict.value if finding else None,
            finding.score if finding else None,
            finding.evidence.sentence if finding else "",
        )

    misses = [
        case(p)
        for p in sorted(pairs)
        if gold_pairs.get(p, Verdict.MENTIONS).is_flag
        and not (p in ours and ours[p].verdict.is_flag)
    ]
    false_flags = [
        case(p)
        for p in sorted(pairs)
        if p in ours and ours[p].verdict.is_flag and not gold_pairs.get(p, Verdict.MENTIONS).is_flag
    ]
    wrong = [
        case(p)
        for p in sorted(pairs)
        if p in ours
        and ours[p].verdict.is_flag
        and gold_pairs.get(p, Verdict.MENTIONS).is_flag
        and ours[p].verdict != gold_pairs[p]
    ]
    misses.sort(key=lambda c: -(c.score or 0.0))  # the near-misses first: closest to a flag
    false_flags.sort(key=lambda c: -(c.score or 0.0))
    return EvalReport(
        gold_dir=str(gold_dir),
        matcher_version=MATCHER_VERSION,
        items=len(seen),
        labelled_items=sum(1 for g in gold if g in seen and gold[g].labels),
        overall=count_flags(pairs, gold_pairs, verdicts),
        per_claim=per_claim,
        misses=tuple(misses),
        false_flags=tuple(false_flags),
        wrong_verdicts=tuple(wrong),
        problems=tuple(problems),
    )
