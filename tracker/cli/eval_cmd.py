"""``claimtracker eval``: measure the matcher on a labelled set of feeds."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tracker.claims import load_claims
from tracker.cli.common import claims_dir_option, format_option, print_problems
from tracker.cli.context import CliContext, pass_cli
from tracker.evaluation import evaluate, render_text
from tracker.evaluation.agreement import agreement
from tracker.evaluation.text import figures_line


@click.command(name="eval")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Evaluation set: a folder with feeds/*.xml and gold.jsonl.",
)
@claims_dir_option
@click.option(
    "--second-labels",
    "second_labels",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="A second labeller's gold.jsonl for the same items: also print how far it "
         "agrees with the set's labels, scored as the matcher is.",
)
@click.option("--learned", is_flag=True,
              help="Judge with the learned judge's veto on unlikely flags, as "
                   "[matcher] learned_judge = true does (docs/matching.md).")
@format_option(["text", "json"], "text: report for reading, overall figures last; "
               "json: everything, machine-readable.")
@pass_cli
def command(cli: CliContext, gold_dir: Path, claims_dir: Path | None,
            second_labels: Path | None, learned: bool, output_format: str) -> None:
    """Match a labelled set and report precision, recall and verdict accuracy."""
    claims_dir = cli.claims_dir(claims_dir)
    claim_set = load_claims(claims_dir)  # reports problems, never raises
    print_problems(claim_set.problems)
    if not claim_set.claims:
        raise click.ClickException(f"{claims_dir}: no valid claim files")
    report = evaluate(gold_dir, claim_set.claims, learned=learned)
    agreed = None
    if second_labels is not None:
        agreed, problems = agreement(gold_dir / "gold.jsonl", second_labels)
        for problem in problems:
            click.echo(f"problem: {problem}", err=True)
    if output_format == "json":
        data = report.as_dict()
        if agreed is not None:
            data["second_labeller"] = agreed.as_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(report))
        if agreed is not None:
            click.echo(f"second labeller: {figures_line(agreed)}")
