"""Polite feed fetching: conditional GETs, caps, deadlines, back-off.

See docs/fetching.md for the rules.
"""

from tracker.fetch.backoff import next_attempt
from tracker.fetch.http_fetcher import HttpFetcher
from tracker.fetch.pool import fetch_all, host_key
from tracker.fetch.retry_after import parse_retry_after
from tracker.fetch.source import read_source

__all__ = ["HttpFetcher", "fetch_all", "host_key", "next_attempt", "parse_retry_after",
           "read_source"]
