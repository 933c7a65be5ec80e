"""The TOML name of a parsed value's type, shared by config and claim-file messages.

One wording everywhere: ``must be an integer, got float`` reads the same whether
the mistake is in ``config.toml`` or in a claim file. The names are the TOML
specification's (``float``, ``date-time``), so a user can look them up.
"""

from __future__ import annotations

from datetime import date, datetime, time


def toml_type_name(value: object) -> str:
    """The TOML name of a parsed value's type (``float``, ``date-time``, ``table``…)."""
    # bool is a subclass of int and datetime of date, so each is tested first.
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, datetime):
        return "date-time"
    if isinstance(value, date):
        return "date"
    if isinstance(value, time):
        return "time"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "table"
    return type(value).__name__
