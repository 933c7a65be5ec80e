"""Read ``config.toml`` into a validated ``Config``.

Every problem is a ``ConfigError`` with one line naming the file and the key,
for example ``config.toml: [http] unknown key 'timeout_s'`` or
``config.toml: feeds[3].interval_minutes must be an integer, got string``.
Array items are numbered from 1, as a person counts them in the file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import TypeVar, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.addresses import PLAIN_LOGIN_REFUSED, is_loopback_host
from tracker.config.reader import Section
from tracker.config.settings import (
    DEFAULT_BUSY_TIMEOUT_S,
    DEFAULT_RETENTION_DAYS,
    SEARCH_ENGINES,
    Config,
    DeliverySettings,
    DigestSettings,
    EmailSecurity,
    EmailSettings,
    MatcherSettings,
    ScheduleSettings,
    SearchFeedSettings,
)
from tracker.config.web import parse_web
from tracker.errors import ConfigError
from tracker.feeds.search import SEARCH_FEED_PREFIX
from tracker.feeds.urls import feed_url_problem
from tracker.languages import is_language_tag
from tracker.models import LANGUAGES, FeedSpec, HttpSettings

DEFAULT_DATABASE = "data/claimtracker.sqlite3"
DEFAULT_DIGEST_DIR = "digests"
_TOP_LEVEL = ("storage", "http", "schedule", "digest", "delivery", "claims",
              "search_feeds", "feeds", "web", "matcher")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HH_MM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
_T = TypeVar("_T")

# Upper bounds: a number past these is a typo (1e12, inf), and it used to pass here
# and crash a poll later (a timedelta or a timer that cannot hold it).
MAX_TIMEOUT_S = 3600.0
MAX_BYTES = 1 << 30
MAX_WORKERS = 256
MAX_INTERVAL_MINUTES = 7 * 24 * 60  # a week
MAX_JITTER_S = 3600
MAX_DAYS = 36_500


def load_config(path: Path) -> Config:
    """Read and validate the configuration file at ``path``.

    Relative paths inside the file resolve against the file's folder, so the
    tracker behaves the same whatever the current directory. There is no
    fallback: a missing file is a ``ConfigError`` (see docs/config.md).
    """
    label = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{label}: no such file (create it from the shipped config.toml, "
            "or pass --config PATH)") from None
    except OSError as exc:
        raise ConfigError(f"{label}: cannot read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{label}: not UTF-8 text (byte {exc.start})") from exc
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    """Validate TOML ``text`` as if it were the file at ``path``."""
    label = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: invalid TOML: {exc}") from exc
    base = path.resolve().parent
    root = Section(label, "", data)
    for key in data:
        if key not in _TOP_LEVEL:
            root.fail(f"unknown key '{key}'")

    storage = root.table("storage") or Section(label, "[storage]", {})
    database = storage.path("database", base, DEFAULT_DATABASE)
    retention_days = _or(storage.integer("retention_days", minimum=0, maximum=MAX_DAYS),
                         DEFAULT_RETENTION_DAYS)
    busy_timeout = _or(storage.number("busy_timeout", maximum=MAX_TIMEOUT_S),
                       DEFAULT_BUSY_TIMEOUT_S)
    storage.finish()

    claims = root.table("claims") or Section(label, "[claims]", {})
    claims_dir = claims.path("dir", base, "claims")
    seeds_dir = claims.path("seeds_dir", base, "seeds")
    claims.finish()

    matcher = root.table("matcher") or Section(label, "[matcher]", {})
    learned_judge = bool(matcher.boolean("learned_judge"))
    matcher.finish()

    web = parse_web(root.table("web"))
    digest = _digest(root.table("digest") or Section(label, "[digest]", {}), base)
    config = Config(
        path=path.resolve(),
        feeds=_feeds(root.tables("feeds")),
        http=_http(root.table("http")),
        database=database,
        claims_dir=claims_dir,
        seeds_dir=seeds_dir,
        schedule=_schedule(root.table("schedule")),
        # The digest links each finding to its review page when the web app runs.
        digest=replace(digest, web_url=web.url if web.enabled else None),
        delivery=_delivery(root.table("delivery")),
        search_feeds=_search_feeds(root.table("search_feeds")),
        web=web,
        retention_days=retention_days,
        busy_timeout=busy_timeout,
        matcher=MatcherSettings(learned_judge=learned_judge),
    )
    root.finish()
    return config


def _http(section: Section | None) -> HttpSettings:
    if section is None:
        return HttpSettings()
    d = HttpSettings()
    settings = HttpSettings(
        user_agent=section.string("user_agent") or d.user_agent,
        connect_timeout=_or(section.number("connect_timeout", maximum=MAX_TIMEOUT_S),
                            d.connect_timeout),
        read_timeout=_or(section.number("read_timeout", maximum=MAX_TIMEOUT_S), d.read_timeout),
        total_timeout=_or(section.number("total_timeout", maximum=MAX_TIMEOUT_S),
                          d.total_timeout),
        max_bytes=_or(section.integer("max_bytes", minimum=1024, maximum=MAX_BYTES), d.max_bytes),
        max_redirects=_or(section.integer("max_redirects", minimum=0, maximum=50), d.max_redirects),
        per_host=_or(section.integer("per_host", minimum=1, maximum=MAX_WORKERS), d.per_host),
        workers=_or(section.integer("workers", minimum=1, maximum=MAX_WORKERS), d.workers),
        proxy_from_environment=_or(section.boolean("proxy_from_environment"),
                                   d.proxy_from_environment),
    )
    section.finish()
    return settings


def _schedule(section: Section | None) -> ScheduleSettings:
    d = ScheduleSettings()
    if section is None:
        return d
    timezone = section.string("timezone") or d.timezone
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        section.fail_key("timezone", f"is not a known IANA time zone: '{timezone}'")
    settings = ScheduleSettings(
        poll_minutes=_or(section.integer("poll_minutes", minimum=1,
                                               maximum=MAX_INTERVAL_MINUTES), d.poll_minutes),
        jitter_seconds=_or(section.integer("jitter_seconds", minimum=0,
                                                 maximum=MAX_JITTER_S), d.jitter_seconds),
        digest_time=_or(_digest_time(section), d.digest_time),
        timezone=timezone,
    )
    section.finish()
    return settings


def _digest_time(section: Section) -> time | None:
    """``digest_time`` as "HH:MM" (a TOML local time such as 07:00:00 works too)."""
    if not section.has("digest_time"):
        return None
    value = section.value("digest_time")
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    text = section.string("digest_time")
    match = _HH_MM.match(text or "")
    if match is None:
        section.fail_key("digest_time", f"must be a time \"HH:MM\" (00:00-23:59), got '{text}'")
    return time(int(match.group(1)), int(match.group(2)))


def _digest(section: Section, base: Path) -> DigestSettings:
    d = DigestSettings(output_dir=base / DEFAULT_DIGEST_DIR)
    settings = DigestSettings(
        output_dir=section.path("output_dir", base, DEFAULT_DIGEST_DIR),
        quiet_days=_or(section.integer("quiet_days", minimum=1, maximum=MAX_DAYS), d.quiet_days),
        stale_feed_days=_or(section.integer("stale_feed_days", minimum=1,
                                                  maximum=MAX_DAYS), d.stale_feed_days),
    )
    section.finish()
    return settings


def _delivery(section: Section | None) -> DeliverySettings:
    if section is None:
        return DeliverySettings()
    email_section = section.table("email")
    settings = DeliverySettings(
        email=_email(email_section) if email_section is not None else None,
        apprise_urls=section.strings("apprise_urls") or (),
    )
    section.finish()
    return settings


def _email(section: Section) -> EmailSettings | None:
    for secret, env_key in (("password", "password_env"), ("username", "username_env")):
        section.forbid(secret, "is not allowed: credentials never go in the file; put it "
                       f"in an environment variable and give that variable's name as {env_key}")
    enabled = section.boolean("enabled")
    security_value = section.string("security") or "starttls"
    if security_value not in get_args(EmailSecurity):
        section.fail_key("security", f"must be ssl, starttls or none, got '{security_value}'")
    security: EmailSecurity = security_value  # type: ignore[assignment]
    host = section.string("host", required=bool(enabled))
    port = section.integer("port", minimum=1, maximum=65535) or _DEFAULT_PORTS[security]
    sender = section.string("sender", required=bool(enabled))
    recipients = section.strings("recipients") or ()
    if enabled and not recipients:
        section.fail_key("recipients", "must list at least one address when enabled = true")
    for address in (sender, *recipients):
        if address is not None and "@" not in address:
            section.fail(f"{section.label} '{address}' is not an e-mail address")
    envs = {}
    for key in ("username_env", "password_env"):
        name = section.string(key)
        if name is not None and not _ENV_NAME.match(name):
            section.fail_key(key, f"must be an environment variable name, got '{name}'")
        envs[key] = name
    if (security == "none" and host is not None and (envs["username_env"] or envs["password_env"])
            and not is_loopback_host(host)):
        section.fail_key("security", PLAIN_LOGIN_REFUSED.format(host=host))
    section.finish()
    if not enabled:
        return None
    assert host is not None and sender is not None  # required when enabled
    return EmailSettings(host=host, port=port, security=security, sender=sender,
                         recipients=recipients, username_env=envs["username_env"],
                         password_env=envs["password_env"])


def _search_feeds(section: Section | None) -> SearchFeedSettings:
    d = SearchFeedSettings()
    if section is None:
        return d
    engines = section.strings("engines")
    for engine in engines or ():
        if engine not in SEARCH_ENGINES:
            section.fail_key("engines", f"has unknown engine '{engine}' "
                             f"(known: {', '.join(SEARCH_ENGINES)})")
    languages = section.strings("languages")
    for language in languages or ():
        if language not in LANGUAGES:
            section.fail_key("languages", f"has unsupported language '{language}' "
                             f"(supported: {', '.join(LANGUAGES)})")
    interval = section.integer("interval_minutes", minimum=1, maximum=MAX_INTERVAL_MINUTES)
    settings = SearchFeedSettings(
        enabled=_or(section.boolean("enabled"), d.enabled),
        engines=engines if engines is not None else d.engines,
        languages=languages if languages is not None else d.languages,
        max_terms=_or(section.integer("max_terms", minimum=1, maximum=100), d.max_terms),
        max_query_chars=_or(section.integer("max_query_chars", minimum=20,
                                                   maximum=10_000), d.max_query_chars),
        interval_minutes=interval if interval is not None else d.interval_minutes,
    )
    section.finish()
    return settings


def _feeds(sections: list[Section]) -> tuple[FeedSpec, ...]:
    feeds: list[FeedSpec] = []
    seen_urls: dict[str, str] = {}
    seen_names: dict[str, str] = {}
    for section in sections:
        feed = _feed(section)
        if feed.url in seen_urls:
            section.fail_key("url", f"duplicates {seen_urls[feed.url]}.url ('{feed.url}')")
        if feed.name in seen_names:
            section.fail_key("name", f"duplicates {seen_names[feed.name]}.name ('{feed.name}')")
        seen_urls[feed.url] = section.label
        seen_names[feed.name] = section.label
        feeds.append(feed)
    return tuple(feeds)


def _feed(section: Section) -> FeedSpec:
    name = section.string("name", required=True)
    url = section.string("url", required=True)
    assert name is not None and url is not None  # required=True
    if name.startswith(SEARCH_FEED_PREFIX):
        section.fail_key("name", f"must not start with '{SEARCH_FEED_PREFIX}' "
                         "(reserved for generated search feeds)")
    problem = feed_url_problem(url)
    if problem:
        section.fail_key("url", f"{problem}: '{url}'")
    language = section.string("language")
    if language is not None and not is_language_tag(language):
        section.fail_key("language", f"must be a language code such as en, fr, ja, "
                         f"got '{language}'")
    feed = FeedSpec(
        name=name.strip(),
        url=url,
        language=language,
        interval_minutes=section.integer("interval_minutes", minimum=1,
                                         maximum=MAX_INTERVAL_MINUTES),
        enabled=_or(section.boolean("enabled"), True),
    )
    section.finish()
    return feed


def _or(value: _T | None, default: _T) -> _T:
    return default if value is None else value


__all__ = ["SEARCH_FEED_PREFIX", "feed_url_problem", "load_config", "parse_config"]
