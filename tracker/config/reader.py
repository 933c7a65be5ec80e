"""Typed access to one TOML table, with one-line errors naming file and key.

``Section`` wraps a parsed table and a label saying where it sits in the file
(``[http]``, ``feeds[3]``). Each getter checks the type and records the key as
known; ``finish()`` then rejects any key nobody asked for, so a typo such as
``timeout_s`` is an error rather than a silently ignored setting.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

from tracker.errors import ConfigError
from tracker.tomlnames import toml_type_name


class Section:
    """One table of the config file; ``label`` is how messages name it."""

    def __init__(self, file_label: str, label: str, data: Mapping[str, Any]) -> None:
        self.file_label = file_label
        self.label = label
        self.data = data
        self._used: set[str] = set()

    # -- naming --------------------------------------------------------------
    def key_name(self, key: str) -> str:
        """``[http] connect_timeout``, ``feeds[3].url`` or a bare top-level key."""
        if not self.label:
            return key
        if self.label.startswith("["):
            return f"{self.label} {key}"
        return f"{self.label}.{key}"

    def fail(self, message: str) -> NoReturn:
        raise ConfigError(f"{self.file_label}: {message}")

    def fail_key(self, key: str, message: str) -> NoReturn:
        self.fail(f"{self.key_name(key)} {message}")

    # -- presence ------------------------------------------------------------
    def has(self, key: str) -> bool:
        return key in self.data

    def forbid(self, key: str, message: str) -> None:
        """Reject ``key`` with a specific message (e.g. a password in the file)."""
        if key in self.data:
            self.fail_key(key, message)

    def _raw(self, key: str, required: bool) -> Any:
        self._used.add(key)
        if key not in self.data:
            if required:
                self.fail_key(key, "is required")
            return None
        return self.data[key]

    def value(self, key: str) -> Any:
        """The raw value (None when absent), marking the key as known."""
        return self._raw(key, False)

    # -- typed getters (return None when absent and not required) -------------
    def string(self, key: str, *, required: bool = False, non_empty: bool = True) -> str | None:
        value = self._raw(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail_key(key, f"must be a string, got {toml_type_name(value)}")
        if non_empty and not value.strip():
            self.fail_key(key, "must not be empty")
        return value

    def integer(self, key: str, *, minimum: int | None = None, maximum: int | None = None,
                required: bool = False) -> int | None:
        value = self._raw(key, required)
        if value is None:
            return None
        # bool is an int subclass in Python; TOML true is not a number.
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail_key(key, f"must be an integer, got {toml_type_name(value)}")
        if minimum is not None and value < minimum:
            self.fail_key(key, f"must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            self.fail_key(key, f"must be at most {maximum}, got {value}")
        return value

    def number(self, key: str, *, positive: bool = True,
               maximum: float | None = None) -> float | None:
        value = self._raw(key, False)
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.fail_key(key, f"must be a number, got {toml_type_name(value)}")
        if not math.isfinite(value):  # TOML has inf and nan
            self.fail_key(key, f"must be a finite number, got {value}")
        if positive and not value > 0:
            self.fail_key(key, f"must be greater than 0, got {value}")
        if maximum is not None and value > maximum:
            self.fail_key(key, f"must be at most {maximum:g}, got {value:g}")
        return float(value)

    def boolean(self, key: str) -> bool | None:
        value = self._raw(key, False)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.fail_key(key, f"must be true or false, got {toml_type_name(value)}")
        return value

    def strings(self, key: str) -> tuple[str, ...] | None:
        value = self._raw(key, False)
        if value is None:
            return None
        if not isinstance(value, list):
            self.fail_key(key, f"must be an array of strings, got {toml_type_name(value)}")
        for i, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                self.fail_key(key, f"item {i} must be a non-empty string")
        return tuple(value)

    def table(self, key: str) -> Section | None:
        value = self._raw(key, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail_key(key, f"must be a table, got {toml_type_name(value)}")
        inner = key if not self.label else f"{self.label.strip('[]')}.{key}"
        return Section(self.file_label, f"[{inner}]", value)

    def tables(self, key: str) -> list[Section]:
        """An array of tables (``[[feeds]]``); items are labelled ``feeds[1]``…"""
        value = self._raw(key, False)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail_key(key, f"must be an array of tables ([[{key}]])")
        return [Section(self.file_label, f"{key}[{i}]", item)
                for i, item in enumerate(value, start=1)]

    def path(self, key: str, base: Path, default: str) -> Path:
        """A path; relative values resolve against ``base`` (the config's folder)."""
        value = self.string(key) or default
        candidate = Path(value).expanduser()
        return candidate if candidate.is_absolute() else base / candidate

    # -- closing -------------------------------------------------------------
    def finish(self) -> None:
        """Fail on the first key (in file order) that no getter asked for."""
        for key in self.data:
            if key not in self._used:
                where = f"{self.label} " if self.label else ""
                self.fail(f"{where}unknown key '{key}'")
