"""The TOML name of a parsed value's type, shared by config and claim-file messages.

One wording everywhere: ``must be an integer, got float`` reads the same whether
the mistake is in ``config.toml`` or in a claim file. The names are the TOML
specification's (``float``, ``date-time``), so a user can look them up.
"""

from __future__ import annotations

from datetime import date, datetime, time

# In test order: bool is a subclass of int and datetime of date, so each comes first.
_TOML_NAMES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"), (int, "integer"), (float, "float"), (str, "string"),
    (datetime, "date-time"), (date, "date"), (time, "time"), (list, "array"),
    (dict, "table"),
)


def toml_type_name(value: object) -> str:
    """The TOML name of a parsed value's type (``float``, ``date-time``, ``table``…)."""
    return next((name for kind, name in _TOML_NAMES if isinstance(value, kind)),
                type(value).__name__)
