"""The daily digest: collect what moved from the store, render it as Markdown and HTML.

``collect_digest`` (store → ``DigestData``) lives in ``tracker.digest.collect``;
the renderers and ``write_digest`` in ``tracker.digest.render``; the escaping
rules in ``tracker.digest.escape``. See docs/digest.md.
"""

from __future__ import annotations

from tracker.digest.collect import collect_digest
from tracker.digest.data import DigestData
from tracker.digest.render import render_html, render_markdown, write_digest

__all__ = ["DigestData", "collect_digest", "render_html", "render_markdown", "write_digest"]
