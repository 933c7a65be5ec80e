"""``claimtracker claims status``: each claim's status, the date of the event that set
it, and the evidence, in the configured time zone (labelled)."""

from __future__ import annotations

import click

from tracker.cli.common import load_setup, open_store
from tracker.cli.context import CliContext, pass_cli
from tracker.cli.review_common import zone_of
from tracker.models import ClaimStatus
from tracker.review.timefmt import local_date


@click.command(name="status")
@pass_cli
def status(cli: CliContext) -> None:
    """Table of claim, status, event (the decisive evidence's date), recorded (when the
    status was written) and the evidence's title. Dates in [schedule] timezone."""
    config, claims = load_setup(cli)
    zone = zone_of(config)
    with open_store(config) as store:
        current = store.current_statuses()
        resolutions = store.resolutions()
    rows = [("CLAIM", "STATUS", f"EVENT ({zone.key})", "RECORDED", "EVIDENCE")]
    for claim in claims:
        record = current.get(claim.id)
        if record is None:
            rows.append((claim.id, str(ClaimStatus.OPEN), "-", "-", "(not polled yet)"))
            continue
        evidence, event = "-", "-"
        if claim.id in resolutions:
            res = resolutions[claim.id]
            evidence = f"resolved by hand by {res.by}: {res.note}"
        elif record.finding is not None:
            entry = record.finding.entry
            event = local_date(entry.date, zone)
            evidence = f"{entry.title} ({entry.source_name or entry.feed_name})"
        rows.append((claim.id, str(record.status), event, local_date(record.since, zone),
                     evidence))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        click.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4]))
                   + "  " + row[4])
