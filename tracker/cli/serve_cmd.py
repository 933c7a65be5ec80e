"""``claimtracker serve``: run the tracker as a background service."""

from __future__ import annotations

import logging
import os
import sys

import click

from tracker.cli.context import CliContext, pass_cli
from tracker.errors import TrackerError
from tracker.service.signals import DEFAULT_STOP_GRACE_S


@click.command(name="serve")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Log lines on stderr: readable text or one JSON object each.")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"],
              case_sensitive=False), default="info", show_default=True,
              help="Least severe log records shown.")
@click.option("--stop-timeout", type=click.FloatRange(min=0), default=DEFAULT_STOP_GRACE_S,
              show_default=True,
              help="Seconds to wait for a running poll after SIGTERM before exiting anyway.")
@pass_cli
def command(cli: CliContext, log_format: str, log_level: str, stop_timeout: float) -> None:
    """Poll the feeds on schedule and write the daily digest until stopped.

    Stops cleanly on SIGTERM or Ctrl-C. Only one service may run per database.
    """
    from tracker.service.logs import configure_logging
    from tracker.service.runner import serve  # loads APScheduler only for this command

    configure_logging("json" if log_format == "json" else "text", log_level)
    try:
        clean = serve(cli.config(), stop_grace=stop_timeout)
    except TrackerError as exc:
        # One plain line, like the log lines (docs/service.md): why it did not start.
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(1) from exc
    if not clean:
        # A poll thread is still waiting on the network; the interpreter would wait
        # for it at exit. Every feed is stored in its own transaction, so leave now.
        logging.shutdown()
        sys.stderr.flush()
        os._exit(0)
