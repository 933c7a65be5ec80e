"""Fetch and parse a feed once, as ``feeds test`` shows it and ``feeds add`` checks it."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.errors import FetchError, TrackerError
from tracker.models import HttpSettings
from tracker.poll.failures import CONNECT_REASONS
from tracker.redact import redact_url


@dataclass
class Probe:
    """What one fetch + parse showed. ``problem`` is None when it is a readable feed."""

    lines: list[str] = field(default_factory=list)
    problem: str | None = None
    offline: bool = False  # the network (or the host) could not be reached at all


def probe_feed(url: str, settings: HttpSettings) -> Probe:
    """Fetch ``url`` once and parse it; nothing is stored. Never raises TrackerError."""
    from tracker.fetch import HttpFetcher
    from tracker.fetch.auth import split_userinfo
    from tracker.parse import parse_feed
    from tracker.protocols import FetchRequest

    probe = Probe()
    lines = probe.lines
    try:
        with HttpFetcher(settings) as fetcher:
            result = fetcher.fetch(FetchRequest(url=url))
        lines.append(f"url:     {redact_url(url)}")
        lines.append(f"status:  {result.status} ({result.elapsed_s:.2f} s)")
        if result.final_url != split_userinfo(url)[0]:
            permanent = " (permanent)" if result.permanent_url else ""
            lines.append(f"moved:   {redact_url(result.final_url)}{permanent}")
        if result.content_type:
            lines.append(f"type:    {result.content_type}")
        if result.body is None:
            lines.append("body:    none (not modified)")
            return probe
        lines.append(f"size:    {len(result.body)} bytes")
        parsed = parse_feed(result.body, result.final_url)
    except FetchError as exc:
        probe.problem = str(exc)
        reason = str(exc).removeprefix(f"{redact_url(url)}: ")
        probe.offline = reason.startswith(CONNECT_REASONS)
        return probe
    except TrackerError as exc:
        probe.problem = str(exc)
        return probe
    dates = [e.published for e in parsed.entries if e.published is not None]
    lines.append(f"parser:  {parsed.parser or 'unknown'}")
    lines.append(f"title:   {parsed.title or '(none)'}")
    lines.append(f"entries: {len(parsed.entries)} ({len(dates)} dated)")
    lines.append(f"newest:  {max(dates).isoformat() if dates else '(no dates)'}")
    return probe
