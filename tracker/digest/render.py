"""Render a ``DigestData`` as Markdown or as one self-contained HTML page.

Both renderers are pure functions of the data: no clock, no environment, stable
orders (sorting happens in ``collect``), so the same data gives the same bytes.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2

from tracker.digest.data import DigestData
from tracker.digest.escape import (
    MarkdownSafe,
    markdown_escape,
    markdown_link,
    one_line,
    safe_link,
)
from tracker.errors import DigestError

SENTENCE_LIMIT = 400  # characters of evidence shown; the link has the rest
TITLE_LIMIT = 200


def _finalize_markdown(value: object) -> object:
    """Markdown's stand-in for autoescape: escape every printed string not ours."""
    if isinstance(value, MarkdownSafe):
        return value
    if isinstance(value, str):
        return markdown_escape(value)
    return value


def _plural(count: int, singular: str, plural: str) -> MarkdownSafe:
    """``1 day`` / ``3 days``: our own words, so already safe for Markdown."""
    return MarkdownSafe(f"{count} {singular if count == 1 else plural}")


def _filters(zone: ZoneInfo) -> dict[str, Callable[..., Any]]:
    def local(value: datetime | date | None, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
        if value is None:
            return "undated"
        if isinstance(value, datetime):
            with contextlib.suppress(OverflowError):  # a feed's year 1 or 9999: kept in UTC
                value = value.astimezone(zone)
            return value.strftime(fmt.replace("%Y", f"{value.year:04d}"))
        return value.isoformat()

    return {
        "local": local,
        "safe_link": safe_link,
        "one_line": one_line,
        "md_link": markdown_link,
        "score": lambda value: MarkdownSafe(f"{value:.2f}"),
        "plural": _plural,
    }


@cache
def _environment(kind: str) -> jinja2.Environment:
    common: dict[str, Any] = {
        "loader": jinja2.PackageLoader("tracker.digest", "templates"),
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
    }
    if kind == "html":
        return jinja2.Environment(autoescape=True, **common)
    return jinja2.Environment(autoescape=False, finalize=_finalize_markdown, **common)


def _render(kind: str, template: str, data: DigestData) -> str:
    env = _environment(kind)
    zone = ZoneInfo(data.timezone)
    return env.get_template(template).render(
        data=data,
        sentence_limit=SENTENCE_LIMIT,
        title_limit=TITLE_LIMIT,
        **_filters(zone),
    )


def render_markdown(data: DigestData) -> str:
    """The digest as Markdown (CommonMark/GFM; feed text escaped)."""
    return _render("md", "digest.md.j2", data)


def render_html(data: DigestData) -> str:
    """The digest as one HTML file: inline CSS, no scripts, no external assets."""
    return _render("html", "digest.html.j2", data)


def write_text_atomically(path: Path, text: str) -> None:
    """Write UTF-8 text via a temporary file in the same folder and os.replace."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        Path(tmp_name).replace(path)  # atomic rename (os.replace)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def write_digest(data: DigestData, output_dir: Path) -> tuple[Path, Path]:
    """Write ``YYYY-MM-DD.md`` and ``YYYY-MM-DD.html`` into ``output_dir``.

    Each file is written to a temporary file in the same folder and renamed
    over the target, so a reader never sees half a digest.
    """
    stem = data.generated_for.isoformat()
    md_path = output_dir / f"{stem}.md"
    html_path = output_dir / f"{stem}.html"
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        write_text_atomically(md_path, render_markdown(data))
        write_text_atomically(html_path, render_html(data))
    except OSError as exc:  # a read-only folder, a full disk: one line naming the folder
        raise DigestError(f"{output_dir}: cannot write the digest: "
                          f"{exc.strerror or exc}") from exc
    return md_path, html_path
