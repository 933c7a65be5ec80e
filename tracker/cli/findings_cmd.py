"""``claimtracker findings …``: list, review and export the matcher's findings."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import click

from tracker.cli.common import load_setup
from tracker.cli.context import CliContext, pass_cli
from tracker.cli.review_common import by_option, reviewer, zone_of
from tracker.errors import TrackerError
from tracker.review.actions import review_finding
from tracker.review.export import export_reviews
from tracker.review.listing import list_findings
from tracker.review.timefmt import local_date
from tracker.store import Store


@click.group(name="findings")
def command() -> None:
    """List the findings, review them (accept, reject, re-label), export the reviews."""


@command.command(name="list")
@click.option("--claim", "claim_id", default=None, help="Only this claim's findings.")
@click.option("--unreviewed", is_flag=True, help="Only findings nobody reviewed yet.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True,
              help="text: one line per finding; json: an array of objects (docs/review.md).")
@pass_cli
def list_command(cli: CliContext, claim_id: str | None, unreviewed: bool,
                 output_format: str) -> None:
    """Findings by claim, then by entry date, with the review in force."""
    config, _ = load_setup(cli)
    zone = zone_of(config)
    with Store.open(config.database) as store:
        rows = list_findings(store, claim_id=claim_id, unreviewed=unreviewed)
    if output_format == "json":
        click.echo(json.dumps([r.as_json(zone) for r in rows], ensure_ascii=False, indent=2))
        return
    click.echo(f"# dates in {zone.key}")
    for row in rows:
        f = row.finding
        state = "unreviewed" if row.review is None else (
            f"{row.review.action}" + (f" {row.review.verdict}" if row.review.verdict else "")
            + f" by {row.review.by}")
        click.echo(f"{f.id:>6}  {f.claim_id}  {f.verdict:<11} {f.score:.2f}  "
                   f"{local_date(f.entry.date, zone)}  [{state}]  {f.entry.title} "
                   f"({row.source})")


@command.command(name="review")
@click.argument("finding_id", type=int)
@click.argument("action", type=click.Choice(["accept", "reject", "verdict"]))
@click.argument("verdict", required=False)
@click.option("--note", default="", help="Why (kept with the review).")
@by_option
@pass_cli
def review_command(cli: CliContext, finding_id: int, action: str, verdict: str | None,
                   note: str, by: str | None) -> None:
    """Accept, reject (a false flag) or re-label (verdict VERDICT) finding ID.

    The claim's status is derived again at once. A review is kept through rematch,
    claim edits and matcher upgrades.
    """
    if (action == "verdict") != (verdict is not None):
        raise click.UsageError("give VERDICT with 'verdict' (and only then)")
    config, claims = load_setup(cli)
    with Store.open(config.database) as store:
        try:
            review, changes = review_finding(
                store, claims, finding_id, action, by=reviewer(by), now=datetime.now(UTC),
                verdict=verdict, note=note)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"finding {finding_id} ({review.claim_id}): {review.action}"
               + (f" {review.verdict}" if review.verdict else "") + f" by {review.by}")
    for change in changes:
        click.echo(f"status: {change.claim_id}: {change.old_status or '-'} -> "
                   f"{change.new_status}")


@command.command(name="export")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@pass_cli
def export_command(cli: CliContext, directory: Path) -> None:
    """Write the reviewed findings as a labelled set (feeds/*.xml + gold.jsonl) for
    ``claimtracker eval --gold DIRECTORY``."""
    config, _ = load_setup(cli)
    with Store.open(config.database) as store:
        try:
            items, feeds = export_reviews(store, directory)
        except OSError as exc:
            raise click.ClickException(f"{directory}: cannot write: {exc}") from exc
    click.echo(f"{items} labelled items in {feeds} feeds written to {directory}")
