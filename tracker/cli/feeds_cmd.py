"""``claimtracker feeds ...``: list, add, remove, test, import and export feeds.

``add``/``remove``/``import-opml`` edit config.toml in place, keeping its
comments and layout (tracker.config.edit). ``list`` reads feed health from
the database when there is one, and never creates it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from tracker.cli.common import configured_claims
from tracker.cli.context import CliContext, pass_cli
from tracker.cli.feed_probe import probe_feed
from tracker.config import (
    SEARCH_FEED_PREFIX,
    Config,
    all_feeds,
    feed_url_problem,
)
from tracker.config.edit import add_feeds, remove_feed
from tracker.errors import TrackerError
from tracker.feeds.opml import export_opml, import_opml
from tracker.models import FeedHealth, FeedSpec, HttpSettings
from tracker.poll.failures import ignored_proxy_note
from tracker.redact import redact_text, redact_url
from tracker.review.timefmt import local_minute
from tracker.store import FeedState, Store, stored_url
from tracker.store.health import classify_feed


@click.group(name="feeds")
def command() -> None:
    """Show and edit the feed list (config.toml [[feeds]] and generated search feeds)."""


# -- list --------------------------------------------------------------------

def _health_lines(feed: FeedSpec, state: FeedState | None,
                  zone: ZoneInfo) -> tuple[FeedHealth, list[str]]:
    """The feed's health and detail lines, from its stored state (the config decides
    whether it is enabled: the store learns of an edit at the next poll)."""
    if not feed.enabled:
        return FeedHealth.DISABLED, []
    if state is None:
        return FeedHealth.NEW, []
    health = classify_feed(replace(state, enabled=True))
    details = [f"last ok {local_minute(state.last_success, zone)}"]
    if state.newest_entry_published is not None:
        details.append(f"newest entry {local_minute(state.newest_entry_published, zone)}")
    if health is FeedHealth.DISABLED:
        details.append(f"disabled: {redact_text(state.disabled_reason or '')}")
    elif health in (FeedHealth.FAILING, FeedHealth.RETRYING):
        details.append(f"{state.consecutive_errors} error(s) in a row, last: "
                       f"{redact_text(state.error_message or 'error')}")
        if state.next_attempt is not None:
            details.append(f"next attempt {local_minute(state.next_attempt, zone)}")
    return health, details


def _feed_states(config: Config) -> dict[str, FeedState]:
    """url -> FeedState (by current and by configured URL), if the database exists."""
    if not config.database.exists():
        return {}
    try:
        with Store.open(config.database, create=False, busy_timeout=config.busy_timeout) as store:
            states = store.feed_states()
    except TrackerError as exc:
        click.echo(f"warning: feed health unavailable: {exc}", err=True)
        return {}
    by_url = dict(states)
    for state in states.values():
        if state.config_url:  # the feed moved (301/308): find it by its configured URL too
            by_url.setdefault(state.config_url, state)
    return by_url


@command.command(name="list")
@click.option("--no-search", is_flag=True, help="Hide the generated news-search feeds.")
@pass_cli
def list_feeds(cli: CliContext, no_search: bool) -> None:
    """Each feed with its kind (configured / search), language and health."""
    config = cli.config()
    claims = () if no_search else configured_claims(config)
    feeds = all_feeds(config, claims, include_disabled=True)
    states = _feed_states(config)
    zone = ZoneInfo(config.schedule.timezone)
    if not states:
        click.echo(f"(no health data yet: {config.database} does not exist or is empty)")
    else:
        click.echo(f"(times in {zone.key})")
    counts: dict[FeedHealth, int] = {}
    for feed in feeds:
        kind = "search" if feed.name.startswith(SEARCH_FEED_PREFIX) else "feed"
        word, details = _health_lines(feed, states.get(stored_url(feed.url)), zone)
        counts[word] = counts.get(word, 0) + 1
        language = feed.language or "--"
        click.echo(f"{word:<8} {kind:<6} {language:<3} {feed.name}")
        click.echo(f"{'':<19}{redact_url(feed.url)}")
        for detail in details:
            click.echo(f"{'':<19}{detail}")
    summary = ", ".join(f"{n} {word}" for word, n in sorted(counts.items()))
    configured = sum(1 for f in feeds if not f.name.startswith(SEARCH_FEED_PREFIX))
    click.echo(f"{len(feeds)} feeds ({configured} configured, {len(feeds) - configured} "
               f"generated search feeds): {summary or 'none'}")


# -- add / remove ------------------------------------------------------------

@command.command(name="add")
@click.argument("name")
@click.argument("url")
@click.option("--language", "-l", help="Language code of the feed (en, fr, ja, ...).")
@click.option("--interval", "interval_minutes", type=click.IntRange(min=1),
              help="Poll interval in minutes (default: [schedule] poll_minutes).")
@click.option("--disabled", is_flag=True, help="Add it switched off (enabled = false).")
@click.option("--force", is_flag=True,
              help="Add it even when the check finds no readable feed at URL.")
@click.option("--no-check", is_flag=True, help="Add it without fetching it first.")
@pass_cli
def add(cli: CliContext, name: str, url: str, language: str | None,
        interval_minutes: int | None, disabled: bool, force: bool, no_check: bool) -> None:
    """Add a feed NAME at URL to config.toml (comments and layout are kept).

    The URL is first fetched and parsed as 'feeds test' does. When that finds no
    readable feed, nothing is added unless --force is given; when the network
    cannot be reached, the feed is added with a note.
    """
    problem = feed_url_problem(url)
    if problem:
        raise click.ClickException(f"{redact_url(url)}: URL {problem}")
    config = cli.config()
    for feed in config.feeds:
        if feed.url == url:
            raise click.ClickException(f"{redact_url(url)}: already configured as "
                                       f"'{feed.name}'")
        if feed.name == name:
            raise click.ClickException(f"a feed named '{name}' already exists "
                                       f"({redact_url(feed.url)})")
    spec = FeedSpec(name=name, url=url, language=language,
                    interval_minutes=interval_minutes, enabled=not disabled)
    if not no_check:
        _check_before_adding(config.http, url, force)
    add_feeds(config.path, [spec])
    click.echo(f"added feed '{name}': {redact_url(url)}")


def _check_before_adding(settings: HttpSettings, url: str, force: bool) -> None:
    probe = probe_feed(url, settings)
    if probe.problem is None:
        entries = next((line for line in probe.lines if line.startswith("entries:")), "")
        click.echo(f"checked: a readable feed{', ' + entries if entries else ''}")
        return
    if probe.offline:
        click.echo(f"note: could not check it ({probe.problem}); adding it unchecked: "
                   "run 'claimtracker feeds test' when the network is back", err=True)
        _proxy_note(settings)
        return
    click.echo(f"warning: {probe.problem}", err=True)
    if not force:
        click.echo("not added: this URL does not give a readable feed; check the URL, "
                   "or add it anyway with --force", err=True)
        raise click.exceptions.Exit(1)


@command.command(name="remove")
@click.argument("name_or_url")
@pass_cli
def remove(cli: CliContext, name_or_url: str) -> None:
    """Remove a configured feed, by name or URL (its history stays in the database)."""
    if name_or_url.startswith(SEARCH_FEED_PREFIX):
        raise click.ClickException(
            f"'{name_or_url}' is a generated search feed: turn search feeds off in "
            "[search_feeds], or edit the claim's terms")
    removed = remove_feed(cli.config().path, name_or_url)
    click.echo(f"removed feed '{removed.name}': {redact_url(removed.url)}")


@command.command(name="enable")
@click.argument("name_or_url")
@pass_cli
def enable(cli: CliContext, name_or_url: str) -> None:
    """Poll a feed again that was switched off (410 Gone) or is backing off.

    Clears the recorded reason and error count; the feed is polled at the next
    cycle. Use it once the publisher has fixed the feed (or after 'feeds add'
    with its new address).
    """
    config = cli.config()
    feeds = all_feeds(config, configured_claims(config), include_disabled=True)
    url = next((f.url for f in feeds if name_or_url in (f.name, f.url)), None)
    if url is None:
        raise click.ClickException(f"no feed named or at '{name_or_url}' in {config.path}")
    states = _feed_states(config)
    if stored_url(url) not in states:
        raise click.ClickException(f"'{name_or_url}' has never been polled: nothing to enable")
    with Store.open(config.database, create=False, busy_timeout=config.busy_timeout) as store:
        store.enable_feed(url)
    click.echo(f"enabled '{name_or_url}': it is polled at the next cycle")


# -- test --------------------------------------------------------------------

def _http_settings_and_feeds(cli: CliContext) -> tuple[HttpSettings, Sequence[FeedSpec]]:
    """HTTP settings from the config; without a config file, the defaults."""
    if not cli.config_path.exists():
        return HttpSettings(), ()
    config = cli.config()
    return config.http, all_feeds(config, configured_claims(config), include_disabled=True)


@command.command(name="test")
@click.argument("url_or_name")
@pass_cli
def test(cli: CliContext, url_or_name: str) -> None:
    """Fetch a feed once and show what the tracker sees: status, parser, entries.

    URL_OR_NAME is a URL or the name of a configured or generated feed. Nothing
    is stored. Exits 1 when the feed cannot be fetched or parsed.
    """
    settings, feeds = _http_settings_and_feeds(cli)
    url = next((f.url for f in feeds if f.name == url_or_name), url_or_name)
    problem = feed_url_problem(url)
    if problem:
        raise click.ClickException(f"{redact_url(url)}: URL {problem}")
    probe = probe_feed(url, settings)
    for line in probe.lines:
        click.echo(line)
    if probe.problem:
        click.echo(f"error: {probe.problem}", err=True)
        if probe.offline:
            _proxy_note(settings)
        raise click.exceptions.Exit(1)


def _proxy_note(settings: HttpSettings) -> None:
    note = ignored_proxy_note(os.environ, settings.proxy_from_environment)
    if note:
        click.echo(f"note: {note}", err=True)


# -- OPML --------------------------------------------------------------------

@command.command(name="import-opml")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@pass_cli
def import_opml_cmd(cli: CliContext, file: Path) -> None:
    """Add the feeds of an OPML file to config.toml (known URLs are skipped)."""
    config = cli.config()
    try:
        document = file.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"{file}: cannot read: {exc.strerror or exc}") from exc
    found = import_opml(document, str(file))
    for problem in found.problems:
        click.echo(f"skipped: {problem}", err=True)
    known_urls = {f.url for f in config.feeds}
    names = {f.name for f in config.feeds}
    new: list[FeedSpec] = []
    for feed in found.feeds:
        if feed.url in known_urls:
            click.echo(f"skipped: {redact_url(feed.url)}: already configured", err=True)
            continue
        name, n = feed.name, 2
        while name in names:
            name, n = f"{feed.name} ({n})", n + 1
        names.add(name)
        new.append(FeedSpec(name=name, url=feed.url, language=feed.language))
    if new:
        add_feeds(config.path, new)
    click.echo(f"imported {len(new)} feed(s) from {file}")


@command.command(name="export-opml")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False), required=False)
@click.option("--with-search", is_flag=True, help="Include the generated search feeds.")
@pass_cli
def export_opml_cmd(cli: CliContext, file: Path | None, with_search: bool) -> None:
    """Write the configured feeds as OPML 2.0 to FILE (default: standard output)."""
    config = cli.config()
    feeds = (all_feeds(config, configured_claims(config), include_disabled=True) if with_search
             else config.feeds)
    document = export_opml(feeds)
    if file is None:
        click.echo(document, nl=False)
        return
    try:
        file.write_text(document, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{file}: cannot write: {exc.strerror or exc}") from exc
    click.echo(f"wrote {len(feeds)} feed(s) to {file}")
