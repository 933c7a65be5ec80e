"""``claimtracker claims status``: each claim's status, since when, and the evidence."""

from __future__ import annotations

import click

from tracker.cli.common import load_setup, open_store
from tracker.cli.context import CliContext, pass_cli
from tracker.models import ClaimStatus


@click.command(name="status")
@pass_cli
def status(cli: CliContext) -> None:
    """Table of claim, status, since (date recorded), and the evidence's title."""
    config, claims = load_setup(cli)
    with open_store(config) as store:
        current = store.current_statuses()
    rows = [("CLAIM", "STATUS", "SINCE", "EVIDENCE")]
    for claim in claims:
        record = current.get(claim.id)
        if record is None:
            rows.append((claim.id, str(ClaimStatus.OPEN), "-", "(not polled yet)"))
            continue
        evidence = "-"
        if record.finding is not None:
            entry = record.finding.entry
            when = entry.date.date().isoformat() if entry.date else "?"
            evidence = f"{entry.title} ({entry.feed_name}, {when})"
        rows.append((claim.id, str(record.status), record.since.date().isoformat(), evidence))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        click.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3]))
                   + "  " + row[3])
