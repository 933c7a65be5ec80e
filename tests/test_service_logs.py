"""The JSON log format: one parseable object per record, extras and exceptions kept."""

from __future__ import annotations

import json
import logging
import sys

from tracker.service.logs import JsonFormatter


def _record(message: str, *args: object, exc: bool = False,
            extra: dict[str, object] | None = None) -> logging.LogRecord:
    logger = logging.getLogger("tracker.service.test")
    exc_info = None
    if exc:
        try:
            raise ValueError("bad feed")
        except ValueError:
            exc_info = sys.exc_info()
    return logger.makeRecord(logger.name, logging.WARNING, __file__, 1, message, args,
                             exc_info, extra=extra)


def test_json_line_has_the_standard_fields_and_extras() -> None:
    line = JsonFormatter().format(_record("feed %s: %s", "Nikkei", "HTTP 503 «重要»",
                                          extra={"feed_url": "https://ex.org/rss"}))
    assert "\n" not in line
    data = json.loads(line)
    assert data["level"] == "warning"
    assert data["logger"] == "tracker.service.test"
    assert data["message"] == "feed Nikkei: HTTP 503 «重要»"
    assert data["feed_url"] == "https://ex.org/rss"
    assert data["time"].endswith("+00:00")


def test_exceptions_stay_inside_the_one_line() -> None:
    line = JsonFormatter().format(_record("poll failed", exc=True))
    assert "\n" not in line
    data = json.loads(line)
    assert "ValueError: bad feed" in data["exception"]
