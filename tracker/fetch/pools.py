"""urllib3 connection pools whose connections honour the fetch's deadline
(tracker.fetch.deadline) and its rule on private addresses (tracker.fetch.peer)."""

from __future__ import annotations

from typing import TypeVar

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from tracker.fetch.deadline import DeadlineMixin
from tracker.fetch.peer import PeerCheckMixin

_Manager = TypeVar("_Manager", bound=urllib3.PoolManager)


class FetchHTTPConnection(PeerCheckMixin, DeadlineMixin, HTTPConnection):
    pass


class FetchHTTPSConnection(PeerCheckMixin, DeadlineMixin, HTTPSConnection):
    pass


class FetchHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = FetchHTTPConnection


class FetchHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = FetchHTTPSConnection


def use_fetch_pools(manager: _Manager) -> _Manager:
    """Make ``manager`` (or a ProxyManager) open connections that honour
    ``fetch_deadline`` and ``peer_rule``."""
    manager.pool_classes_by_scheme = {"http": FetchHTTPConnectionPool,
                                      "https": FetchHTTPSConnectionPool}
    return manager
