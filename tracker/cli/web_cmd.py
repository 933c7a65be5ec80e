"""``claimtracker web``: the local web app in the foreground (docs/web.md)."""

from __future__ import annotations

import contextlib

import click

from tracker.cli.common import load_setup
from tracker.cli.context import CliContext, pass_cli
from tracker.errors import TrackerError


@click.command(name="web")
@click.option("--host", default=None,
              help="Address to bind (default: [web] host, 127.0.0.1). Any address that is "
                   "not loopback needs a login token in the environment (docs/web.md).")
@click.option("--port", type=click.IntRange(0, 65535), default=None,
              help="Port (default: [web] port, 8765).")
@pass_cli
def command(cli: CliContext, host: str | None, port: int | None) -> None:
    """Serve the claims board, claim pages, review queue, digests and feed health."""
    from tracker.web.server import WebServer

    config, _ = load_setup(cli)
    host = host or config.web.host
    try:
        server = WebServer(config, host, config.web.port if port is None else port)
    except (TrackerError, OSError) as exc:
        raise click.ClickException(f"web: {exc}") from exc
    click.echo(f"web app on {server.url} (Ctrl-C stops it)", err=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the way to stop it
        server.run()
