"""The daily digest: collect what moved from the store, render it as Markdown and HTML.

``collect_digest`` (store → ``DigestData``) lives in ``tracker.digest.collect``;
the renderers and ``write_digest`` in ``tracker.digest.render``.
"""

from __future__ import annotations

from tracker.digest.data import DigestData
from tracker.digest.render import render_html, render_markdown, write_digest

__all__ = ["DigestData", "collect_digest", "render_html", "render_markdown", "write_digest"]


def __getattr__(name: str) -> object:
    # collect imports the store; loading it lazily keeps the renderers usable
    # (and testable) on their own.
    if name == "collect_digest":
        from tracker.digest.collect import collect_digest

        return collect_digest
    raise AttributeError(name)
