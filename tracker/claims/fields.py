"""Typed reading of TOML tables that collects one-line problems instead of stopping.

Claim files and seed files share these helpers. Every problem names the key by its
dotted path as written in the file (``source.language``, ``groups[2].colour``), so
a user can find it without knowing the code. Arrays of tables are counted from 1,
like the n-th ``[[groups]]`` block in the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker.languages import is_language_code
from tracker.tomlnames import toml_type_name

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Claim and seed ids: lowercase ASCII letters and digits in runs joined by single '-'."""

ID_MAX_LENGTH = 80

_TOML_SYNTAX_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_SYNTAX_AT_END = re.compile(r"\s*\(at end of document\)$")


def read_toml(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """Read and parse one TOML file: (table, None) or (None, one-line problem).

    Syntax errors are reported as ``line N, column M: what is wrong``.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, f"cannot read file: {exc.strerror or exc}"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (bad byte at offset {exc.start})"
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_SYNTAX_POSITION.search(message)
        if found:
            reason = message[: found.start()]
            return None, f"line {found.group(1)}, column {found.group(2)}: TOML syntax: {reason}"
        at_end = _TOML_SYNTAX_AT_END.search(message)
        if at_end:
            last_line = max(1, len(text.splitlines()))
            reason = message[: at_end.start()]
            return None, f"line {last_line} (end of file): TOML syntax: {reason}"
        return None, f"TOML syntax: {message}"


class FieldReader:
    """Reads typed values out of parsed TOML tables, recording problems as it goes.

    Getters return None when the value is missing or has the wrong type; the
    reason is appended to ``problems``. Callers build an object only when
    ``problems`` stays empty.
    """

    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, message: str) -> None:
        self.problems.append(message)

    def unknown_keys(self, table: Mapping[str, Any], allowed: Iterable[str], prefix: str) -> None:
        """One problem per key of ``table`` that is not in ``allowed``."""
        allowed_set = set(allowed)
        for key in table:
            if key not in allowed_set:
                self.add(f"unknown key '{prefix}{key}' (allowed: {', '.join(sorted(allowed_set))})")

    def _get(self, table: Mapping[str, Any], key: str, prefix: str, required: bool) -> Any:
        if key not in table:
            if required:
                self.add(f"missing required key '{prefix}{key}'")
            return None
        return table[key]

    def _wrong_type(self, key_path: str, expected: str, value: object) -> None:
        self.add(f"'{key_path}' must be {expected}, got {toml_type_name(value)}")

    def text(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
             required: bool = True) -> str | None:
        """A non-blank string."""
        value = self._get(table, key, prefix, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self._wrong_type(prefix + key, "a string", value)
            return None
        if not value.strip():
            self.add(f"'{prefix}{key}' must not be empty")
            return None
        return value.strip()

    def day(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
            required: bool = True) -> date | None:
        """A TOML local date (``2025-03-31``, no quotes, no time of day)."""
        value = self._get(table, key, prefix, required)
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            self._wrong_type(prefix + key, "a date (YYYY-MM-DD, without quotes)", value)
            return None
        return value

    def number(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
               required: bool = True) -> float | None:
        """An integer or float (booleans are not numbers here)."""
        value = self._get(table, key, prefix, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._wrong_type(prefix + key, "a number", value)
            return None
        return float(value)

    def table(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
              required: bool = True) -> dict[str, Any] | None:
        value = self._get(table, key, prefix, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self._wrong_type(prefix + key, f"a table ([{prefix}{key}])", value)
            return None
        return value

    def tables(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
               required: bool = True) -> list[dict[str, Any]] | None:
        """An array of tables (``[[key]]`` blocks)."""
        value = self._get(table, key, prefix, required)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self._wrong_type(prefix + key, f"an array of tables ([[{prefix}{key}]] blocks)", value)
            return None
        return value

    def text_list(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
                  required: bool = True) -> tuple[str, ...] | None:
        """A list of non-blank strings (each stripped)."""
        value = self._get(table, key, prefix, required)
        if value is None:
            return None
        if not isinstance(value, list):
            self._wrong_type(prefix + key, "a list of strings", value)
            return None
        items: list[str] = []
        ok = True
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self._wrong_type(f"{prefix}{key}[{position}]", "a string", item)
                ok = False
            elif not item.strip():
                self.add(f"'{prefix}{key}[{position}]' must not be empty")
                ok = False
            else:
                items.append(item.strip())
        return tuple(items) if ok else None

    def file_id(self, table: Mapping[str, Any], path: Path) -> str | None:
        """The file's ``id``, which must equal the file name's stem."""
        value = self.ident(table, "id")
        if value is not None and value != path.stem:
            self.add(f"'id' is {value!r} but the file is {path.name}: "
                     f"the file must be named {value}.toml")
        return value

    def ident(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
              required: bool = True) -> str | None:
        """An id: see ``ID_PATTERN``."""
        value = self.text(table, key, prefix, required=required)
        if value is None:
            return None
        if len(value) > ID_MAX_LENGTH or not ID_PATTERN.match(value):
            self.add(f"'{prefix}{key}' must be lowercase letters, digits and single '-' "
                     f"(at most {ID_MAX_LENGTH} characters, e.g. 'jjoc-launch'), got {value!r}")
            return None
        return value

    def language(self, table: Mapping[str, Any], key: str, prefix: str = "", *,
                 required: bool = True) -> str | None:
        """An ISO 639-1 language code such as ``fr`` (any language, not only en/fr/ja)."""
        value = self.text(table, key, prefix, required=required)
        if value is None:
            return None
        if not is_language_code(value):
            self.add(f"'{prefix}{key}' must be a two-letter ISO 639-1 language code "
                     f"such as 'en', 'fr' or 'ja', got {value!r}")
            return None
        return value
