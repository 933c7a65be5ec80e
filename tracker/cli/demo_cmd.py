"""``claimtracker demo``: the whole product offline, on bundled sample feeds."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from tracker.cli.common import claims_dir_option, print_problems
from tracker.cli.context import CliContext, pass_cli

# The claims folder of the checkout this package runs from (an editable install).
_CHECKOUT_CLAIMS = Path(__file__).resolve().parents[2] / "claims"


def demo_claims_dir(cli: CliContext, given: Path | None) -> Path:
    """``--claims``, else the usual default folder, else (run from elsewhere, with no
    claims folder) the checkout's seed claims."""
    claims_dir = cli.claims_dir(given)
    if given is None and not claims_dir.is_dir() and _CHECKOUT_CLAIMS.is_dir():
        return _CHECKOUT_CLAIMS
    return claims_dir


@click.command(name="demo")
@claims_dir_option
@click.option("--workdir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Where the demo's config, database and digest go (default: a new temp folder).")
@pass_cli
def command(cli: CliContext, claims_dir: Path | None, workdir: Path | None) -> None:
    """Serve sample feeds on 127.0.0.1, poll them, print statuses, write a digest.

    Needs no network and no configuration: only the claim files.
    """
    from tracker.demo.run import DIGEST_AT, POLL_AT, run_demo

    claims_dir = demo_claims_dir(cli, claims_dir)
    if not claims_dir.is_dir():
        raise click.ClickException(f"{claims_dir}: no such claims folder (use --claims DIR)")
    seeds_dir = claims_dir.parent / "seeds"
    workdir = workdir or Path(tempfile.mkdtemp(prefix="claimtracker-demo-"))
    result = run_demo(workdir.resolve(), claims_dir.resolve(),
                      seeds_dir.resolve() if seeds_dir.is_dir() else None)
    print_problems(result.claim_problems, prefix="warning: ")
    for error in result.report.errors:
        click.echo(f"error: {error}", err=True)

    click.echo("Claim Tracker demo — offline, on 5 sample feeds served from 127.0.0.1")
    click.echo(f"(demo clock: polled at {POLL_AT:%Y-%m-%d %H:%M} UTC, "
               f"digest written at {DIGEST_AT:%Y-%m-%d %H:%M} UTC)")
    click.echo("")
    click.echo(result.report.summary())
    click.echo("")
    click.echo("Claim statuses:")
    width = max((len(cid) for cid, _, _ in result.statuses), default=0)
    for claim_id, status, statement in result.statuses:
        click.echo(f"  {claim_id:<{width}}  {status.value:<12} {statement}")
    click.echo("")
    click.echo("Digest for the week of sample news:")
    click.echo(f"  {result.digest_md}")
    click.echo(f"  {result.digest_html}")
    click.echo(f"Work folder (config, database): {result.workdir}")
    click.echo(f"Look around: claimtracker --config {result.config_path} status")
