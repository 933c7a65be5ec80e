"""Units of measure of one dimension read in each other's size (``[measures]`` of
``data/numbers.toml``): a target of 30 MW is met by "30,000 kilowatts" and by
3万キロワット, which Japanese news writes where English writes MW."""

from __future__ import annotations

from functools import cache

from tracker.match.text.number_words import number_words, numbers_table


@cache
def _units() -> dict[str, tuple[str, float]]:
    """Each unit's matching form -> (its dimension, its size in the dimension's unit)."""
    return {unit: (dimension, float(size))
            for dimension, units in numbers_table().get("measures", {}).items()
            for unit, size in units.items()}


@cache
def _japanese_units() -> tuple[str, ...]:
    return tuple(sorted((u for u in _units() if not u.isascii()), key=len, reverse=True))


def _measure(unit: str) -> tuple[str, float] | None:
    """The dimension and size of a figure's unit: a Latin word as is; a Japanese unit
    by what it starts with, past its scale (万キロワットに: キロワット)."""
    if unit.isascii():
        return _units().get(unit)
    bare = unit.lstrip("".join(number_words("ja").scales))
    return next((_units()[u] for u in _japanese_units() if bare.startswith(u)), None)


def converted(value: float, unit: str, wanted: str) -> float | None:
    """``value`` in ``unit`` read in ``wanted`` when both are units of one dimension
    (3万キロワット in MW is 30); None when they are the same or not such units."""
    if unit == wanted:
        return None
    own, other = _measure(unit), _measure(wanted)
    if own is None or other is None or own[0] != other[0]:
        return None
    return value * own[1] / other[1]
