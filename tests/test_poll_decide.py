"""``decide``: what one fetch result means for its feed, without a database or a
network; and the errors a worker process hands back whole (they pickle)."""

from __future__ import annotations

import pickle
import random
from datetime import UTC, datetime, timedelta

import pytest

from tracker.errors import FetchError, ParseError, TrackerError
from tracker.models import Entry
from tracker.poll.decide import Failure, NewBody, decide, outcome_state
from tracker.poll.report import OutcomeState
from tracker.protocols import FetchResult, ParsedFeed
from tracker.store.records import FeedState, Unchanged

NOW = datetime(2025, 3, 24, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
URL = "https://news.example/rss"


def _state(errors: int = 0) -> FeedState:
    return FeedState(url=URL, name="News", etag=None, last_modified=None,
                     last_success=NOW - HOUR, last_error=None, error_message=None,
                     consecutive_errors=errors, next_attempt=None, disabled_reason=None,
                     last_new_entry=None, newest_entry_published=None)


def _ok(body: bytes | None = b"<rss/>", permanent: str | None = None) -> FetchResult:
    return FetchResult(URL, 200 if body else 304, body, URL, etag='"v2"',
                       last_modified="Mon, 24 Mar 2025 08:00:00 GMT", permanent_url=permanent)


def _decide(fetched: FetchResult | FetchError, parsed: ParsedFeed | TrackerError | None,
            errors: int = 0) -> NewBody | Unchanged | Failure:
    return decide(fetched, "hash", parsed, _state(errors), language="ja", now=NOW,
                  interval=HOUR, stale_after=timedelta(days=7), rng=random.Random(1))


def test_a_new_body_is_stored_with_its_validators_and_the_feed_language() -> None:
    fresh = Entry(URL, "Fresh story", published=NOW - HOUR)
    labelled = Entry(URL, "Labelled story", published=NOW - HOUR, language="en")
    update = _decide(_ok(permanent="https://moved.example/rss"),
                     ParsedFeed("News", None, [fresh, labelled], "fast"))
    assert isinstance(update, NewBody)
    assert [e.language for e in update.entries] == ["ja", "en"]
    assert (update.etag, update.body_hash, update.next_attempt) == ('"v2"', "hash", NOW + HOUR)
    assert update.permanent_url == "https://moved.example/rss" and not update.stale
    assert outcome_state(update) is OutcomeState.OK


def test_old_or_no_entries_make_the_feed_stale() -> None:
    old = Entry(URL, "Old story", published=NOW - timedelta(days=8))
    for entries in ([old], []):
        update = _decide(_ok(), ParsedFeed("News", None, entries, "fast"))
        assert isinstance(update, NewBody) and update.stale


def test_nothing_to_parse_is_unchanged_and_keeps_new_validators() -> None:
    update = _decide(_ok(body=None), None)
    assert update == Unchanged(URL, NOW + HOUR, None, '"v2"', "Mon, 24 Mar 2025 08:00:00 GMT")
    assert outcome_state(update) is OutcomeState.NOT_MODIFIED


def test_410_disables_the_feed_until_enabled() -> None:
    update = _decide(FetchError(URL, "HTTP 410 Gone", status=410), None)
    assert update == Failure(f"{URL}: HTTP 410 Gone", None, "410 Gone on 2025-03-24")
    assert outcome_state(update) is OutcomeState.DISABLED


def test_errors_back_off_and_a_longer_retry_after_wins() -> None:
    first = _decide(FetchError(URL, "timed out"), None)
    assert isinstance(first, Failure) and first.disabled_reason is None
    assert first.next_attempt is not None and NOW + HOUR <= first.next_attempt <= NOW + 2 * HOUR
    busy = _decide(FetchError(URL, "HTTP 503", status=503, retry_after=5 * 3600), None, errors=1)
    assert isinstance(busy, Failure) and busy.next_attempt == NOW + timedelta(hours=5)
    assert outcome_state(busy) is OutcomeState.FAILED


def test_a_parse_error_fails_the_feed_with_a_short_one_line_reason() -> None:
    update = _decide(_ok(), ParseError(URL, "not a feed:\n" + "x" * 5000))
    assert isinstance(update, Failure)
    assert update.message.startswith(f"{URL}: not a feed: xxx") and "\n" not in update.message
    assert len(update.message) <= len(URL) + 2 + 300


@pytest.mark.parametrize("error", [
    FetchError(URL, "HTTP 429 Too Many Requests", status=429, retry_after=120.0),
    ParseError(URL, "no <rss> or <feed> element"),
    TrackerError(f"{URL}: parser crashed: ValueError: boom"),
])
def test_errors_pickle_with_their_type_and_attributes(error: TrackerError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    assert vars(copy) == vars(error)
