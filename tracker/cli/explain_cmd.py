"""``claimtracker explain ENTRY_SOURCE``: why the matcher judges each entry as it does.

The source is read and parsed as ``scan`` reads it (a path, file:// or http(s)://
URL); for each entry (or the one named by ``--entry``) the matcher's decision
path is printed (``tracker.match.explain``): terms, score, timing, the frames of
each sentence with their verdict-table cell, and the verdict. ``--title`` reads one
headline instead of a feed: a new claim can be tried before any feed has news of it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from tracker.claims import load_claims
from tracker.cli.common import claims_dir_option, format_option, print_problems
from tracker.cli.context import CliContext, pass_cli
from tracker.errors import TrackerError
from tracker.fetch import read_source
from tracker.models import Entry, HttpSettings
from tracker.parse import parse_feed


def _select(entries: Sequence[Entry], wanted: str | None,
            source: str) -> list[Entry]:
    if wanted is None:
        return list(entries)
    chosen = [e for e in entries if wanted in (e.guid, e.link)]
    if not chosen:
        raise TrackerError(f"{source}: no entry has the guid or link {wanted!r}")
    return chosen


def _headline(title: str, summary: str, day: datetime | None, language: str | None,
              feed_name: str | None) -> Entry:
    """One entry written on the command line, published on ``day`` (default: now)."""
    published = (day.replace(hour=12, tzinfo=UTC) if day is not None
                 else datetime.now(UTC))
    return Entry("command line", title, summary, published=published, language=language,
                 guid="command-line", feed_name=feed_name)


@click.command("explain")
@click.argument("entry_source", required=False)
@click.option("--title", default=None,
              help="Explain this headline instead of a feed's entries (ENTRY_SOURCE "
                   "is then left out).")
@click.option("--summary", default="", help="With --title: the entry's summary text.")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="With --title: its publication day (YYYY-MM-DD); default: now.")
@click.option("--language", type=click.Choice(["en", "fr", "ja"]), default=None,
              help="With --title: its language; default: guessed from the text.")
@click.option("--feed", "feed_name", default=None,
              help="With --title: the name of the feed it comes from (a paper named "
                   "after a town may leave the town out).")
@click.option("--claim", "claim_id", default=None,
              help="Explain only this claim (its id); default: every claim the entry is about.")
@click.option("--entry", "entry_key", default=None,
              help="Explain only the entry whose guid or link equals this.")
@claims_dir_option
@click.option("--learned", is_flag=True,
              help="With the learned judge's veto on unlikely flags, as "
                   "[matcher] learned_judge = true does.")
@format_option(["text", "json"], "text: the decision path as lines; json: an array of "
                                 "objects, one per entry and claim (see docs/matching.md).")
@pass_cli
def command(cli: CliContext, entry_source: str | None, title: str | None, summary: str,
            day: datetime | None, language: str | None, feed_name: str | None,
            claim_id: str | None,
            entry_key: str | None, claims_dir: Path | None, learned: bool,
            output_format: str) -> None:
    """Show how the matcher judges the entries of a feed file or URL, or one headline.

    ENTRY_SOURCE is a file path, a file:// URL or an http(s):// URL, read as
    'scan' reads it. For each entry: the claim terms found and the score, the
    claim's kind, each event word's frame (role, modality, clause) and the
    verdict-table cell it fell into, and the verdict.

    To try a claim before any feed has news of it, give a headline instead:
    explain --title "Verennes glass museum reopens" --date 2031-05-15
    """
    from tracker.match import Matcher  # the automaton is built only when explaining
    from tracker.match.explain import explain, explain_records

    if (entry_source is None) == (title is None):
        raise TrackerError("give either ENTRY_SOURCE (a feed) or --title (one headline)")
    if title is None and (summary or day is not None or language is not None
                          or feed_name is not None):
        raise TrackerError("--summary, --date, --language and --feed go with --title")
    directory = cli.claims_dir(claims_dir)
    claim_set = load_claims(directory)
    print_problems(claim_set.problems, prefix="error: ")
    if not claim_set.claims:
        raise TrackerError(f"no valid claim in {directory}")
    if claim_id is not None and claim_id not in {c.id for c in claim_set.claims}:
        raise TrackerError(f"no valid claim with id {claim_id!r} in {directory}")
    if entry_source is not None:
        feed = parse_feed(read_source(entry_source, HttpSettings()), entry_source)
        entries = _select(feed.entries_named(), entry_key, entry_source)
    else:
        assert title is not None
        entries = [_headline(title, summary, day, language, feed_name)]
        if language is None:  # a short headline with a foreign name is easily misread
            from tracker.match.text.language_guess import guess_language

            click.echo(f"note: read as {guess_language(f'{title} {summary}')!r} (guessed); "
                       "give --language to set it", err=True)
    matcher = Matcher(claim_set.claims, learned=learned)
    if output_format == "json":
        records: list[dict[str, Any]] = []
        for entry in entries:
            records += explain_records(matcher, entry, claim_id)
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for number, entry in enumerate(entries):
        if number:
            click.echo("")
        click.echo("\n".join(explain(matcher, entry, claim_id)))
