"""What the review commands share: who is reviewing, the configured zone."""

from __future__ import annotations

import os
from zoneinfo import ZoneInfo

import click

from tracker.config import Config


def by_option(function: click.decorators.FC) -> click.decorators.FC:
    return click.option("--by", "by", default=None,
                        help="Who reviews (default: $USER).")(function)


def reviewer(by: str | None) -> str:
    return by or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def zone_of(config: Config) -> ZoneInfo:
    return ZoneInfo(config.schedule.timezone)
