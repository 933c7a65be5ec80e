"""Add and remove ``[[feeds]]`` tables in config.toml, keeping the user's text.

The edit is done on lines, not by re-serialising the document, so comments,
blank lines and key order elsewhere stay exactly as written. The new values are
rendered with tomlkit (correct quoting/escaping). After every edit the new text
is validated with ``parse_config`` and checked to hold exactly the expected
feeds before it replaces the file (atomically), so a surprising layout can
never produce a broken or silently different config.

A feed's block runs from its ``[[feeds]]`` header (plus any comment lines right
above it, with no blank line between) to its last key line and the blank lines
after it. Comments further down belong to whatever follows.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from tracker.config.load import parse_config
from tracker.errors import ConfigError
from tracker.models import FeedSpec

_HEADER = re.compile(r"^\s*\[")
_FEEDS_HEADER = re.compile(r"^\s*\[\[\s*feeds\s*\]\]\s*(#.*)?$")
_MULTILINE_QUOTES = ('"""', "'''")


@dataclass(frozen=True, slots=True)
class _Block:
    start: int  # first line (leading comments included)
    end: int    # one past the last line (trailing blank lines included)
    keys_end: int  # one past the last key line


def _is_comment_or_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _header_lines(lines: Sequence[str]) -> list[int]:
    """Indexes of table header lines, ignoring lines inside multi-line strings."""
    headers: list[int] = []
    inside: str | None = None
    for i, line in enumerate(lines):
        if inside is None and _HEADER.match(line):
            headers.append(i)
        for quote in _MULTILINE_QUOTES:
            if line.count(quote) % 2 == 1 and inside in (None, quote):
                inside = None if inside == quote else quote
    return headers


def _feed_blocks(lines: Sequence[str]) -> list[_Block]:
    headers = _header_lines(lines)
    blocks: list[_Block] = []
    for n, h in enumerate(headers):
        if not _FEEDS_HEADER.match(lines[h]):
            continue
        limit = headers[n + 1] if n + 1 < len(headers) else len(lines)
        keys_end = h + 1
        for i in range(h + 1, limit):
            if not _is_comment_or_blank(lines[i]):
                keys_end = i + 1
        end = keys_end
        while end < limit and not lines[end].strip():
            end += 1
        start = h
        while start > 0 and lines[start - 1].strip().startswith("#"):
            start -= 1
        blocks.append(_Block(start, end, keys_end))
    return blocks


def render_feed(feed: FeedSpec) -> list[str]:
    """The ``[[feeds]]`` table for ``feed`` as lines of TOML."""
    out = ["[[feeds]]", f"name = {tomlkit.string(feed.name).as_string()}",
           f"url = {tomlkit.string(feed.url).as_string()}"]
    if feed.language:
        out.append(f"language = {tomlkit.string(feed.language).as_string()}")
    if feed.interval_minutes is not None:
        out.append(f"interval_minutes = {feed.interval_minutes}")
    if not feed.enabled:
        out.append("enabled = false")
    return out


def add_feeds(path: Path, feeds: Sequence[FeedSpec]) -> None:
    """Append ``feeds`` after the last ``[[feeds]]`` table of the file at ``path``.

    Raises ``ConfigError`` if the file is invalid, or would become invalid (for
    example a URL or name already configured).
    """
    text = _read(path)
    old = parse_config(text, path)
    lines = text.splitlines()
    blocks = _feed_blocks(lines)
    new_lines: list[str] = []
    for feed in feeds:
        new_lines += ["", *render_feed(feed)]
    if blocks:
        at = blocks[-1].keys_end
        lines[at:at] = new_lines
    else:
        while lines and not lines[-1].strip():
            lines.pop()
        lines += new_lines
    _replace(path, lines, (*old.feeds, *feeds), _newline_of(text))


def remove_feed(path: Path, name_or_url: str) -> FeedSpec:
    """Remove the configured feed whose name or URL is ``name_or_url``; return it."""
    text = _read(path)
    old = parse_config(text, path)
    index = next((i for i, f in enumerate(old.feeds)
                  if name_or_url in (f.name, f.url)), None)
    if index is None:
        raise ConfigError(f"{path}: no configured feed named or with URL '{name_or_url}'")
    lines = text.splitlines()
    blocks = _feed_blocks(lines)
    if len(blocks) != len(old.feeds):
        raise ConfigError(f"{path}: cannot edit safely: found {len(blocks)} [[feeds]] "
                          f"headers for {len(old.feeds)} feeds; edit the file by hand")
    block = blocks[index]
    del lines[block.start:block.end]
    removed = old.feeds[index]
    _replace(path, lines, tuple(f for f in old.feeds if f is not removed), _newline_of(text))
    return removed


def _newline_of(text: str) -> str:
    """Keep a Windows-edited file in CRLF."""
    return "\r\n" if "\r\n" in text else "\n"


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc


def _replace(path: Path, lines: list[str], expected: Sequence[FeedSpec],
             newline: str) -> None:
    """Validate the edited text, then swap it in atomically."""
    text = "\n".join(lines) + "\n"
    new = parse_config(text, path)  # raises ConfigError naming the bad key
    if new.feeds != tuple(expected):
        raise ConfigError(f"{path}: cannot edit safely (unexpected layout); "
                          "edit the [[feeds]] tables by hand")
    target = path.resolve()  # a symlinked config stays a symlink
    fd, name = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=target.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            handle.write(text)
        tmp.chmod(target.stat().st_mode & 0o7777)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
