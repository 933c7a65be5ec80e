"""Package names that load their module on first use (PEP 562 ``__getattr__``).

A spawned parse/match worker imports ``tracker.poll.parallel``; if the ``tracker.poll``
and ``tracker.store`` packages imported everything they export, each worker would load
the poll cycle and the database code it never runs (docs/performance.md, "Lighter
processes"). A lazily exported name must not be the name of one of the package's
modules (tests/test_lazy_exports.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``homes`` maps each exported name to
    the module that defines it; the value is kept on the package once loaded."""

    def load(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home), name)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value

    return load
