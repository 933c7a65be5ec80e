"""``claimtracker claims …``: check and list the claim files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tracker.claims import ClaimSet, load_claims
from tracker.claims.advice import advise
from tracker.claims.seeds import load_seed_set
from tracker.cli import claims_review, claims_status
from tracker.cli.common import claims_dir_option, format_option, print_problems
from tracker.cli.context import CliContext, pass_cli
from tracker.models import Claim


@click.group(name="claims")
def command() -> None:
    """Check and list the claims (watch items) in the claims folder."""


@command.command(name="check")
@claims_dir_option
@click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Seeds folder to check claims' 'seed' against (default: seeds/ beside the claims "
         "folder, if it exists).",
)
@pass_cli
def check(cli: CliContext, claims_dir: Path | None, seeds_dir: Path | None) -> None:
    """Validate every claim file (and seed file); print one line per problem.

    Also prints advice on the claims that load ('path: warning: ...'): a cue the
    general lexicon already has, no 'kind', names the entity catalogue has, and
    other usual mistakes. Exits with status 1 when there is any problem; warnings
    never change the status.
    """
    directory = cli.claims_dir(claims_dir)
    if seeds_dir is None:
        beside = directory.parent / "seeds"
        seeds_dir = beside if beside.is_dir() else None
    claim_set = load_claims(directory, seeds_dir)
    problems = print_problems(claim_set.problems)
    if seeds_dir is not None:
        problems += print_problems(load_seed_set(seeds_dir).problems)
    warnings = advise(claim_set.claims)
    for warning in warnings:
        click.echo(str(warning), err=True)
    counts = [_count(len(claim_set.claims), "claim") + " OK", _count(problems, "problem")]
    if warnings:
        counts.append(_count(len(warnings), "warning"))
    click.echo(", ".join(counts))
    if problems:
        raise click.exceptions.Exit(1)


@command.command(name="list")
@claims_dir_option
@format_option(["text", "json"], "text: one aligned line per claim; json: an array of objects.")
@pass_cli
def list_claims(cli: CliContext, claims_dir: Path | None, output_format: str) -> None:
    """List the valid claims: id, deadline (expected_by) and statement.

    Problems in claim files are reported on stderr; the good claims are still listed.
    """
    claim_set: ClaimSet = load_claims(cli.claims_dir(claims_dir))
    print_problems(claim_set.problems)
    if output_format == "json":
        click.echo(json.dumps([_claim_as_json(claim) for claim in claim_set.claims],
                              ensure_ascii=False, indent=2))
        return
    width = max((len(claim.id) for claim in claim_set.claims), default=0)
    for claim in claim_set.claims:
        deadline = claim.expected_by.isoformat() if claim.expected_by else "-"
        click.echo(f"{claim.id:<{width}}  {deadline:<10}  {claim.statement}")


def _claim_as_json(claim: Claim) -> dict[str, object]:
    return {
        "id": claim.id,
        "deadline": claim.expected_by.isoformat() if claim.expected_by else None,
        "expected_from": claim.expected_from.isoformat() if claim.expected_from else None,
        "statement": claim.statement,
        "seed": claim.seed,
        "claimed_on": claim.claimed_on.isoformat(),
        "tags": list(claim.tags),
        "path": str(claim.path) if claim.path else None,
    }


command.add_command(claims_status.status)
for _sub in (claims_review.show, claims_review.resolve, claims_review.reopen):
    command.add_command(_sub)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
