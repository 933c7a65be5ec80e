"""Many feeds failing the same way is one problem: say it once.

Without a network every feed fails alike ("cannot resolve host name"); printing
one warning per feed buries the cause. ``failure_lines`` turns a cycle's failed
outcomes into the lines to show: one summary when all of them share a
network-level cause, else one line per feed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tracker.poll.report import FeedOutcome

# Reasons (tracker.fetch.messages) that mean "no way to the network", not "this feed".
NETWORK_REASONS = ("cannot resolve host name", "network unreachable", "no route to host",
                   "connect timeout")
NOT_FETCHED = "not fetched:"  # (tracker.fetch.pool: a host given up after timeouts)
# Reasons that a proxy the fetcher ignores could explain.
CONNECT_REASONS = (*NETWORK_REASONS, "connection refused", "connection failed",
                   "connection reset")
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                   "ALL_PROXY", "all_proxy")


def network_reason(outcome: FeedOutcome) -> str | None:
    """The network-level cause of a failed outcome, or None."""
    if not outcome.error:
        return None
    reason = outcome.reason
    return next((r for r in NETWORK_REASONS if reason.startswith(r)), None)


def failure_lines(outcomes: Sequence[FeedOutcome]) -> list[str]:
    """``name: reason`` per failed feed, or one line when all share a network cause."""
    failed = [o for o in outcomes if o.error]
    if len(failed) >= 2 and len(failed) == len(outcomes):
        # feeds not sent after timeouts on their host follow those timeouts
        reasons = {network_reason(o) for o in failed if not o.reason.startswith(NOT_FETCHED)}
        if len(reasons) == 1 and None not in reasons:
            return [f"network unreachable: {len(failed)} feeds failed the same way "
                    f"({reasons.pop()})"]
    return [f"{o.name}: {o.reason}" for o in failed]


def network_failure_lines(outcomes: Sequence[FeedOutcome]) -> list[str]:
    """Only the lines for network-level failures (the others were shown feed by feed):
    the one summary, or ``name: reason`` for each."""
    lines = failure_lines(outcomes)
    if len(lines) == 1 and lines[0].startswith("network unreachable:"):
        return lines
    return [f"{o.name}: {o.reason}" for o in outcomes if network_reason(o)]


def connect_failed(outcome: FeedOutcome) -> bool:
    """The feed could not even be connected to."""
    return bool(outcome.error) and outcome.reason.startswith(CONNECT_REASONS)


def ignored_proxy_note(env: Mapping[str, str], proxy_from_environment: bool) -> str | None:
    """A note when a proxy variable is set but the fetcher ignores it."""
    if proxy_from_environment:
        return None
    name = next((n for n in PROXY_VARIABLES if env.get(n)), None)
    if name is None:
        return None
    return (f"{name} is set but ignored: to fetch through the proxy, set "
            "[http] proxy_from_environment = true in config.toml")
