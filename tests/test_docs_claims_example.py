"""The worked example of docs/claims.md is real: its claim files load with no problem
and no warning, and the matcher gives the headlines the verdicts the doc shows."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from helpers.project import REPO

from tracker.claims import load_claims
from tracker.claims.advice import advise
from tracker.match import Matcher
from tracker.models import Entry

DOC = (REPO / "docs" / "claims.md").read_text(encoding="utf-8")
FILE_BLOCK = re.compile(r"^### claims/([a-z0-9-]+)\.toml\n\n```toml\n(.*?)^```", re.M | re.S)
NO_FINDING = "—"


def example_claims(folder: Path) -> Path:
    blocks = FILE_BLOCK.findall(DOC)
    assert len(blocks) >= 2, "the worked example shows at least two claim files"
    folder.mkdir()
    for name, text in blocks:
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def headline_table() -> tuple[list[str], list[list[str]]]:
    lines = [line for line in DOC.splitlines() if line.startswith("| published | title |")]
    assert len(lines) == 1
    start = DOC.splitlines().index(lines[0])
    rows = []
    for line in DOC.splitlines()[start:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    header, _separator, *body = rows
    return header[2:], body


def test_example_claims_load_cleanly(tmp_path: Path) -> None:
    loaded = load_claims(example_claims(tmp_path / "claims"))
    assert [str(p) for p in loaded.problems] == []
    assert all(c.kind is not None for c in loaded.claims)
    assert [str(w) for w in advise(loaded.claims)] == []


def test_example_headlines_get_the_documented_verdicts(tmp_path: Path) -> None:
    claims = load_claims(example_claims(tmp_path / "claims")).claims
    claim_ids, rows = headline_table()
    assert set(claim_ids) == {c.id for c in claims}
    matcher = Matcher(claims)
    for published, title, *expected in rows:
        entry = Entry(source="docs", title=title, guid=title,
                      published=datetime.fromisoformat(published).replace(tzinfo=UTC))
        found = {f.claim_id: f.verdict.value for f in matcher.match(entry)}
        got = [found.get(claim_id, NO_FINDING) for claim_id in claim_ids]
        assert got == expected, f"{title!r}: docs/claims.md says {expected}, matcher {got}"
