"""``claimtracker scan SOURCE...``: match feed documents against the claims once.

Nothing is stored: each source (a path, file:// or http(s):// URL) is read,
parsed and every entry matched; findings go to stdout, problems to stderr, one
line each, and the scan goes on. Exit status 1 only when no source could be
read and parsed (or no claim is valid); 0 otherwise, findings or not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import click

from tracker.claims import load_claims
from tracker.cli.common import claims_dir_option, format_option, print_problems
from tracker.cli.context import CliContext, pass_cli
from tracker.cli.output import finding_jsonl, finding_text
from tracker.errors import TrackerError
from tracker.fetch import read_source
from tracker.models import Entry, Finding, HttpSettings
from tracker.parse import parse_feed
from tracker.protocols import EntryMatcher

_FORMATTERS: dict[str, Callable[[Finding, Entry], str]] = {
    "jsonl": finding_jsonl,
    "text": finding_text,
}


def _error(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def scan_sources(sources: Sequence[str], matcher: EntryMatcher, output_format: str,
                 settings: HttpSettings) -> int:
    """Scan each source, print findings; return how many sources were read."""
    show = _FORMATTERS[output_format]
    read = 0
    for source in sources:
        try:
            feed = parse_feed(read_source(source, settings), source)
        except TrackerError as exc:  # FetchError / ParseError: message names the source
            _error(str(exc))
            continue
        read += 1
        for entry in feed.entries_named():
            for finding in matcher.match(entry):
                text = show(finding, entry)
                click.echo(text if output_format == "jsonl" else text + "\n")
    return read


@click.command("scan")
@click.argument("sources", nargs=-1, required=True)
@claims_dir_option
@format_option(sorted(_FORMATTERS), "jsonl: one JSON object per finding (see docs/scan-jsonl.md).")
@pass_cli
def command(cli: CliContext, sources: tuple[str, ...], claims_dir: Path | None,
            output_format: str) -> None:
    """Match the entries of feed files or URLs against the claims, once.

    SOURCE is a file path, a file:// URL or an http(s):// URL. A source that
    cannot be read or parsed is reported on stderr and skipped.
    """
    from tracker.match import Matcher  # the matcher's automaton is built only when scanning

    claims_dir = cli.claims_dir(claims_dir)
    claim_set = load_claims(claims_dir)
    print_problems(claim_set.problems, prefix="error: ")
    if not claim_set.claims:
        _error(f"no valid claim in {claims_dir}")
        raise click.exceptions.Exit(1)
    read = scan_sources(sources, Matcher(claim_set.claims), output_format, HttpSettings())
    if read == 0:
        raise click.exceptions.Exit(1)
