"""Config numbers that are huge, infinite or not a number are refused with one line
naming the key (issue 12, item 3), instead of passing and crashing a poll later."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config import parse_config
from tracker.errors import ConfigError


@pytest.mark.parametrize(("table", "line", "key"), [
    ("schedule", "poll_minutes = 1000000000000", "[schedule] poll_minutes"),
    ("schedule", "poll_minutes = 1e12", "[schedule] poll_minutes"),
    ("schedule", "jitter_seconds = 100000000000000", "[schedule] jitter_seconds"),
    ("http", "read_timeout = inf", "[http] read_timeout"),
    ("http", "connect_timeout = nan", "[http] connect_timeout"),
    ("http", "total_timeout = 1e300", "[http] total_timeout"),
    ("http", "workers = 100000", "[http] workers"),
    ("digest", "stale_feed_days = 100000000000", "[digest] stale_feed_days"),
    ("digest", "quiet_days = 100000000000", "[digest] quiet_days"),
    ("storage", "retention_days = 100000000000", "[storage] retention_days"),
    ("storage", "retention_days = -1", "[storage] retention_days"),
    ("search_feeds", "interval_minutes = 100000000000", "[search_feeds] interval_minutes"),
])
def test_out_of_range_numbers_are_refused_naming_the_key(
        tmp_path: Path, table: str, line: str, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(f"[{table}]\n{line}\n", tmp_path / "config.toml")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path / 'config.toml'}: {key} must be")


def test_feed_interval_has_an_upper_bound(tmp_path: Path) -> None:
    text = '[[feeds]]\nname = "A"\nurl = "https://ex.org/a"\ninterval_minutes = 99999999999\n'
    with pytest.raises(ConfigError, match=r"feeds\[1\]\.interval_minutes must be at most"):
        parse_config(text, tmp_path / "config.toml")


def test_sane_values_and_retention_default(tmp_path: Path) -> None:
    config = parse_config("[schedule]\npoll_minutes = 10080\njitter_seconds = 3600\n"
                          "[http]\nread_timeout = 3600\n", tmp_path / "config.toml")
    assert config.schedule.poll_minutes == 10080
    assert config.retention_days == 180
    assert parse_config("[storage]\nretention_days = 0\n",
                        tmp_path / "config.toml").retention_days == 0
