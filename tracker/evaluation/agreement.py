"""How far a second labeller agrees with a set's gold labels.

Both files are gold.jsonl lines for the same items. The second labeller is scored as
the matcher is (``report.Figures``): precision is their flags that are gold flags too,
recall the gold flags they flag, verdict accuracy the shared flags with the same
verdict. It bounds what a matcher can be asked for on that set (docs/matching.md,
"How far labellers agree").
"""

from __future__ import annotations

from pathlib import Path

from tracker.evaluation.gold import read_gold
from tracker.evaluation.report import Figures, count_flags


def agreement(gold_path: Path, second_path: Path) -> tuple[Figures, list[str]]:
    """The second labels scored against the gold ones, and one message per item that
    only one side has (or per line that could not be read)."""
    gold, problems = read_gold(gold_path)
    second, second_problems = read_gold(second_path)
    problems += second_problems
    problems += [f"{second_path}: no line for item {guid}" for guid in gold if guid not in second]
    problems += [f"{second_path}: item {guid} is not in {gold_path}"
                 for guid in second if guid not in gold]
    pairs = [(guid, claim_id) for guid, item in gold.items() if guid in second
             for claim_id in {*item.labels, *second[guid].labels}]
    first = {(guid, c): v for guid, item in gold.items() for c, v in item.labels.items()}
    theirs = {(guid, c): v for guid, item in second.items() for c, v in item.labels.items()}
    return count_flags(pairs, first, theirs), problems
