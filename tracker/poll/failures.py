"""Many feeds failing the same way is one problem: say it once.

Without a network every feed fails alike ("cannot resolve host name"); printing
one warning per feed buries the cause. ``failure_lines`` turns a cycle's failed
outcomes into the lines to show: one summary when all of them share a
network-level cause; otherwise one line for each network-level cause shared by
GROUP_MIN feeds or more (offline, a feed on this machine or the local network
still answers: the others must not flood the output), and one line per other
failed feed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tracker.poll.report import FeedOutcome

# Reasons (tracker.fetch.messages) that mean "no way to the network", not "this feed";
# many feeds refused at once is a firewall or a missing proxy, not each server.
NETWORK_REASONS = ("cannot resolve host name", "network unreachable", "no route to host",
                   "connect timeout", "connection refused")
NOT_FETCHED = "not fetched:"  # (tracker.fetch.pool: a host given up after timeouts)
# Reasons that a proxy the fetcher ignores could explain.
CONNECT_REASONS = (*NETWORK_REASONS, "connection failed", "connection reset")
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                   "ALL_PROXY", "all_proxy")
GROUP_MIN = 3  # feeds failing alike, while others answer, said in one line
NAMES_SHOWN = 3


def network_reason(outcome: FeedOutcome) -> str | None:
    """The network-level cause of a failed outcome, or None."""
    if not outcome.error:
        return None
    reason = outcome.reason
    if reason.startswith(NOT_FETCHED):  # feeds not sent after timeouts on their host
        return "connect timeout"
    return next((r for r in NETWORK_REASONS if reason.startswith(r)), None)


def _groups(failed: Sequence[FeedOutcome]) -> dict[str, list[FeedOutcome]]:
    groups: dict[str, list[FeedOutcome]] = {}
    for outcome in failed:
        reason = network_reason(outcome)
        if reason is not None:
            groups.setdefault(reason, []).append(outcome)
    return groups


def _group_line(reason: str, members: Sequence[FeedOutcome], total: int) -> str:
    names = ", ".join(o.name for o in members[:NAMES_SHOWN])
    more = len(members) - NAMES_SHOWN
    return (f"network unreachable for {len(members)} of {total} feeds, failed the same way "
            f"({reason}): {names}" + (f" and {more} more" if more > 0 else ""))


def failure_lines(outcomes: Sequence[FeedOutcome]) -> list[str]:
    """``name: reason`` per failed feed, or one line for feeds sharing a network cause."""
    failed = [o for o in outcomes if o.error]
    groups = _groups(failed)
    if len(failed) >= 2 and len(failed) == len(outcomes) and len(groups) == 1:
        (only, alike), = groups.items()
        if len(alike) == len(failed):
            return [f"network unreachable: {len(failed)} feeds failed the same way ({only})"]
    lines: list[str] = []
    said: set[str] = set()
    for outcome in failed:
        reason = network_reason(outcome)
        members = groups.get(reason or "", [])
        if reason is None or len(members) < GROUP_MIN:
            lines.append(f"{outcome.name}: {outcome.reason}")
        elif reason not in said:
            said.add(reason)
            lines.append(_group_line(reason, members, len(outcomes)))
    return lines


def network_failure_lines(outcomes: Sequence[FeedOutcome]) -> list[str]:
    """Only the lines for network-level failures (the others were shown feed by feed):
    the summaries, or ``name: reason`` for each."""
    return [line for line in failure_lines(outcomes) if line.startswith("network unreachable")
            or any(line == f"{o.name}: {o.reason}" for o in outcomes if network_reason(o))]


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
