"""``claimtracker digest``: write (and optionally send) the digest of a day or a span.

A day is [00:00, 24:00) in ``[schedule] timezone``. With no ``--date`` or
``--since`` the digest is for yesterday: the last complete day, which is what
the scheduled morning digest reports and what stays the same when regenerated.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from tracker.cli.common import format_option, load_setup, open_store
from tracker.cli.context import CliContext, pass_cli
from tracker.deliver import deliver_digest
from tracker.digest import render_html, render_markdown, write_digest
from tracker.digest.collect import collect_digest
from tracker.digest.daily import day_bounds
from tracker.digest.render import write_text_atomically
from tracker.digest.summary import alert_body, digest_subject
from tracker.errors import DeliveryError


def parse_since(text: str, zone: ZoneInfo) -> datetime:
    """YYYY-MM-DD (local midnight) or an ISO datetime (local time if it has no offset)."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(0), tzinfo=zone)
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter(
            f"{text!r} is neither YYYY-MM-DD nor an ISO date-time", param_hint="--since"
        ) from exc
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _period(
    on_date: datetime | None, since: str | None, zone: ZoneInfo, now: datetime
) -> tuple[datetime, datetime]:
    if on_date is not None and since is not None:
        raise click.UsageError("give --date or --since, not both")
    if since is not None:
        start = parse_since(since, zone)
        if start >= now:
            raise click.BadParameter(f"{since!r} is not in the past", param_hint="--since")
        return start, now
    day = on_date.date() if on_date is not None else now.date() - timedelta(days=1)
    return day_bounds(day, zone)


@click.command(name="digest")
@click.option("--date", "on_date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Day to report on, in the configured time zone (default: yesterday).")
@click.option("--since", default=None, metavar="YYYY-MM-DD|ISO-DATETIME",
              help="Report from this moment until now instead of one day.")
@format_option(["md", "html"], "Format for --output (default: from the file suffix, else md).",
               default=None)
@click.option("--output", "output", default=None, metavar="FILE|-",
              help="Write one format to FILE, or to stdout with '-', instead of both files "
                   "in the digest folder.")
@click.option("--send", is_flag=True,
              help="Also e-mail the digest and send alerts as configured in [delivery].")
@pass_cli
def command(cli: CliContext, on_date: datetime | None, since: str | None,
            output_format: str | None, output: str | None, send: bool) -> None:
    """Write the digest: status changes, new findings, overdue and quiet claims, feed trouble.

    Without --output, writes YYYY-MM-DD.md and YYYY-MM-DD.html into the digest
    folder ([digest] output_dir) and prints their paths.
    """
    if send and output is not None:
        raise click.UsageError("--send delivers the digest files: use it without --output")
    config, claims = load_setup(cli)
    zone = ZoneInfo(config.schedule.timezone)
    now = datetime.now(zone)
    start, end = _period(on_date, since, zone, now)
    with open_store(config) as store:
        data = collect_digest(store, claims, start, end, config.digest, now)

    if output is not None:
        if output_format is None:
            output_format = "html" if output.lower().endswith((".html", ".htm")) else "md"
        text = render_html(data) if output_format == "html" else render_markdown(data)
        if output == "-":
            sys.stdout.write(text)
        else:
            try:
                write_text_atomically(Path(output), text)
            except OSError as exc:
                raise click.ClickException(
                    f"{output}: cannot write the digest: {exc.strerror or exc}") from exc
            click.echo(output)
        return
    # Files first: a delivery failure below never loses the digest.
    md_path, html_path = write_digest(data, config.digest.output_dir)
    click.echo(str(md_path))
    click.echo(str(html_path))
    if not send:
        return
    if not config.delivery.configured:
        raise click.ClickException(
            f"nothing to send: {config.path} enables neither [delivery.email] "
            "nor [delivery] apprise_urls"
        )
    try:
        deliver_digest(config.delivery, md_path, html_path, os.environ,
                       subject=digest_subject(data), alert=alert_body(data))
    except DeliveryError as exc:
        click.echo(f"error: {exc}", err=True)  # the digest files are written: say so, exit 1
        raise click.exceptions.Exit(1) from exc
