"""Store.enable_feed finds a feed as every other feed write does: by current or configured URL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tracker.errors import StorageError
from tracker.models import FeedSpec
from tracker.store import Store

NOW = datetime(2025, 3, 24, 7, 0, tzinfo=UTC)
OLD, NEW, OTHER = "https://old.example/rss", "https://new.example/rss", "https://other.example/rss"


def failing_store(path: Path) -> Store:
    """Two feeds, both failing; the first has moved (301) from OLD to NEW and is switched off."""
    store = Store.open(path)
    store.sync_feeds([FeedSpec("Moved", OLD), FeedSpec("Other", OTHER)])
    store.record_unchanged(OLD, now=NOW, next_attempt=NOW, permanent_url=NEW)
    store.record_failure(NEW, "HTTP 410 Gone", now=NOW, next_attempt=None,
                         disabled_reason="410 Gone on 2025-03-24")
    store.record_failure(OTHER, "HTTP 500", now=NOW, next_attempt=NOW + timedelta(hours=1))
    return store


@pytest.mark.parametrize("known_as", [OLD, NEW])
def test_enable_by_configured_or_current_url(tmp_path: Path, known_as: str) -> None:
    with failing_store(tmp_path / "t.db") as store:
        assert store.feed_states()[NEW].disabled_reason is not None
        store.enable_feed(known_as)
        states = store.feed_states()
    moved, other = states[NEW], states[OTHER]
    assert (moved.disabled_reason, moved.consecutive_errors, moved.next_attempt) == (None, 0, None)
    assert (other.consecutive_errors, other.next_attempt) == (1, NOW + timedelta(hours=1))


def test_enable_unknown_feed_is_a_storage_error_naming_it(tmp_path: Path) -> None:
    with failing_store(tmp_path / "t.db") as store:
        with pytest.raises(StorageError, match=r"^https://nowhere\.example/rss: unknown feed"):
            store.enable_feed("https://nowhere.example/rss")
        assert store.feed_states()[NEW].disabled_reason == "410 Gone on 2025-03-24"
