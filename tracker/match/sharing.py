"""Keep equal values once in a built matcher.

The matcher is built claim by claim, so it holds thousands of small equal values:
empty sets, the same few pattern ids, the same words, each its own object. It is
then copied whole into every parse/match worker, so its size counts once per
process. ``share_equal_values`` replaces every equal immutable value (strings,
numbers, dates, frozensets, tuples of such) by one instance; pickle keeps the
sharing, so the workers get it too. Nothing reads these values by identity, so
the matcher's answers do not change (docs/performance.md).
"""

from __future__ import annotations

from datetime import date
from typing import Any

_ATOMS = (str, int, float, date)  # None, bool and enum members are single already
_OWN_PACKAGE = "tracker."  # only the tracker's own objects are walked, never a library's


def share_equal_values(root: object) -> None:
    """Walk ``root``'s own objects, dicts, lists and sets in place."""
    _Sharer().walk(root)


class _Sharer:
    def __init__(self) -> None:
        self._kept: dict[tuple[type, object], Any] = {}  # by _typed(value)
        self._walked: set[int] = set()  # ids of the objects walked (all kept alive by root)

    def value(self, value: Any) -> Any:
        """The one instance of an immutable value; a mutable one is walked in place."""
        kind = type(value)
        if kind in _ATOMS:
            return self._keep(value)
        if kind is frozenset:
            return self._keep(frozenset(map(self.value, value)))
        if isinstance(value, tuple) and (kind is tuple or hasattr(kind, "_make")):
            items = [self.value(item) for item in value]
            rebuilt = value if all(a is b for a, b in zip(items, value, strict=True)) else (
                tuple(items) if kind is tuple else kind._make(items))
            try:
                return self._keep(rebuilt)
            except TypeError:  # it holds a mutable value: kept as rebuilt
                return rebuilt
        self.walk(value)
        return value

    def walk(self, obj: object) -> None:
        if id(obj) in self._walked:
            return
        self._walked.add(id(obj))
        if isinstance(obj, dict):
            items = [(self.value(k), self.value(v)) for k, v in obj.items()]
            obj.clear()  # in place: a defaultdict keeps its factory
            obj.update(items)
        elif isinstance(obj, list):
            obj[:] = [self.value(item) for item in obj]
        elif isinstance(obj, set):
            items = [self.value(item) for item in obj]
            obj.clear()
            obj.update(items)
        elif type(obj).__module__.startswith(_OWN_PACKAGE):
            for name in _attribute_names(obj):
                # frozen dataclasses too: an equal value in place of an equal value
                object.__setattr__(obj, name, self.value(getattr(obj, name)))

    def _keep(self, value: Any) -> Any:
        return self._kept.setdefault(_typed(value), value)


def _typed(value: Any) -> tuple[type, object]:
    """A key equal only for values of the same types throughout: a set of enum members
    equals the set of their strings (``StrEnum``), and must not become it."""
    if isinstance(value, frozenset):
        return frozenset, frozenset(map(_typed, value))
    if isinstance(value, tuple):
        return type(value), tuple(map(_typed, value))
    return type(value), value



def _attribute_names(obj: object) -> list[str]:
    names = list(getattr(obj, "__dict__", ()))
    for cls in type(obj).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names.extend(n for n in ((slots,) if isinstance(slots, str) else slots)
                     if n not in ("__dict__", "__weakref__") and hasattr(obj, n))
    return names
