"""Run in a worker process of ``tracker.poll.parallel.WorkerPool``: do a parse and a
match job as the pool does, then report which modules the process has loaded.
Imports nothing at module level, so the report is the worker's own."""

from __future__ import annotations

from typing import Any


def parse_match_and_list_modules(parser: Any, body: bytes, url: str) -> tuple[int, list[str]]:
    import sys

    from tracker.poll.parallel import _match_job, _parse_prepare_job

    kind, value = _parse_prepare_job(parser, body, url, url, "en")
    assert kind == "prepared", value
    rows = value[3]  # (title, language, parser, rows, prepared)
    from tracker.models import Entry

    results, errors = _match_job([(n, Entry(*row)) for n, row in enumerate(rows)])
    assert not errors, errors
    return len(results), sorted(sys.modules)
