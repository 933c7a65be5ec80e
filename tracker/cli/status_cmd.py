"""``claimtracker status``: last and next runs, feed health, claim statuses."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import click

from tracker.cli.common import load_setup, open_store
from tracker.cli.context import CliContext, pass_cli
from tracker.config import all_feeds
from tracker.service.lock import lock_path_for, running_pid
from tracker.service.status import configured_states, gather_status, render_status


@click.command(name="status")
@pass_cli
def command(cli: CliContext) -> None:
    """Show whether the service runs, its last/next runs, feed health and claim statuses."""
    config, claims = load_setup(cli)
    # The configured feeds, not only the store's rows: before the first poll the
    # store knows no feed, and they must show as never polled rather than vanish.
    feeds = all_feeds(config, claims, include_disabled=True)
    with open_store(config) as store:
        status = gather_status(
            store, configured_states(feeds, store.feed_states()), store.current_statuses(),
            claims, running_pid(lock_path_for(config.database)),
        )
    for line in render_status(status, ZoneInfo(config.schedule.timezone)):
        click.echo(line)
