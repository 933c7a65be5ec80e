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
from tracker.evaluation.report import Figures
from tracker.models import Verdict


def agreement(gold_path: Path, second_path: Path) -> tuple[Figures, list[str]]:
    """The second labels scored against the gold ones, and one message per item that
    only one side has (or per line that could not be read)."""
    gold, problems = read_gold(gold_path)
    second, second_problems = read_gold(second_path)
    problems += second_problems
    problems += [f"{second_path}: no line for item {guid}" for guid in gold if guid not in second]
    problems += [f"{second_path}: item {guid} is not in {gold_path}"
                 for guid in second if guid not in gold]
    first_flags = second_flags = both = same = 0
    for guid, item in gold.items():
        if guid not in second:
            continue
        theirs = second[guid].labels
        for claim_id in {*item.labels, *theirs}:
            g: Verdict | None = item.labels.get(claim_id)
            s: Verdict | None = theirs.get(claim_id)
            g_flag = g is not None and g.is_flag
            s_flag = s is not None and s.is_flag
            first_flags += g_flag
            second_flags += s_flag
            if g_flag and s_flag:
                both += 1
                same += g == s
    return Figures(second_flags, first_flags, both, same), problems
