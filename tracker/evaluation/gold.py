"""Read a labelled evaluation set: ``gold.jsonl`` beside a ``feeds/`` folder.

Each line of gold.jsonl is one feed item: ``feed``, ``guid``, ``title``,
``published``, ``labels`` (claim id -> confirms | updates | contradicts | related).
Gold ``related`` is the matcher's ``mentions``. A bad line is reported (file and
line number) and skipped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tracker.models import Verdict

GOLD_STANCES: Mapping[str, Verdict] = {
    "confirms": Verdict.CONFIRMS,
    "updates": Verdict.UPDATES,
    "contradicts": Verdict.CONTRADICTS,
    "related": Verdict.MENTIONS,
}


@dataclass(frozen=True, slots=True)
class GoldItem:
    feed: str
    guid: str
    title: str
    published: str
    labels: Mapping[str, Verdict]


def read_gold(path: Path) -> tuple[dict[str, GoldItem], list[str]]:
    """Gold items by guid, and one message per line that could not be used."""
    items: dict[str, GoldItem] = {}
    problems: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("guid"), str):
            problems.append(f"{where}: missing string key 'guid'")
            continue
        labels_raw = record.get("labels", {})
        if not isinstance(labels_raw, dict):
            problems.append(f"{where}: 'labels' must be an object")
            continue
        labels: dict[str, Verdict] = {}
        for claim_id, stance in labels_raw.items():
            verdict = GOLD_STANCES.get(str(stance))
            if verdict is None:
                problems.append(f"{where}: unknown stance {stance!r} for claim {claim_id!r}")
                continue
            labels[str(claim_id)] = verdict
        guid = record["guid"]
        if guid in items:
            problems.append(f"{where}: duplicate guid {guid}")
            continue
        items[guid] = GoldItem(
            str(record.get("feed", "")),
            guid,
            str(record.get("title", "")),
            str(record.get("published", "")),
            labels,
        )
    return items, problems
