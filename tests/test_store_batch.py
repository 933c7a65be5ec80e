"""Store.batch: several transactions, one commit; each still undone on its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tracker.models import FeedSpec
from tracker.store import Store


@pytest.fixture(autouse=True)
def _feeds(store: Store) -> None:
    store.sync_feeds([FeedSpec("a", "http://a.test/f")])


def _set(store: Store, key: str, value: str) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def _seen_by_another_connection(tmp_path: Path) -> dict[str, str]:
    conn = sqlite3.connect(tmp_path / "t.db")
    try:
        return dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'k%'"))
    finally:
        conn.close()


def test_nothing_is_visible_until_the_batch_commits(store: Store, tmp_path: Path) -> None:
    with store.batch():
        _set(store, "k1", "1")
        _set(store, "k2", "2")
        assert _seen_by_another_connection(tmp_path) == {}
    assert _seen_by_another_connection(tmp_path) == {"k1": "1", "k2": "2"}


def test_a_failed_transaction_inside_is_undone_alone(store: Store, tmp_path: Path) -> None:
    with store.batch():
        _set(store, "k1", "1")
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('k2', '2')")
            raise RuntimeError("this feed failed")
        _set(store, "k3", "3")
    assert _seen_by_another_connection(tmp_path) == {"k1": "1", "k3": "3"}


def test_an_error_leaving_the_batch_undoes_all_of_it(store: Store, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), store.batch():
        _set(store, "k1", "1")
        raise RuntimeError("crash")
    assert _seen_by_another_connection(tmp_path) == {}
    _set(store, "k4", "4")  # the store is usable afterwards, outside any batch
    assert _seen_by_another_connection(tmp_path) == {"k4": "4"}


def test_a_nested_batch_joins_the_outer_one(store: Store, tmp_path: Path) -> None:
    with store.batch():
        with store.batch():
            _set(store, "k1", "1")
        assert _seen_by_another_connection(tmp_path) == {}
    assert _seen_by_another_connection(tmp_path) == {"k1": "1"}
