"""Reviews as a labelled set in the ``eval`` format (feeds/*.xml + gold.jsonl), so
an analyst's own reviews become their own test set for ``claimtracker eval``.

Labels: an accepted finding keeps the matcher's verdict, a re-labelled one the
reviewer's; a rejected one gives no label for that claim (the item is not a
flag for it). Gold ``related`` is the matcher's ``mentions``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from tracker.models import Verdict
from tracker.store.db import Store
from tracker.store.timefmt import from_db


def export_reviews(store: Store, directory: Path) -> tuple[int, int]:
    """Write the set; return (items, feeds)."""
    reviews = store.reviews()
    current = {(f.claim_id, f.entry.id): f.verdict for f in store.all_findings()}
    labels: dict[int, dict[str, str]] = defaultdict(dict)
    for (claim_id, entry_id), review in reviews.items():
        verdict = review.verdict if review.action == "verdict" else (
            current.get((claim_id, entry_id)) if review.action == "accept" else None)
        if verdict is not None:
            labels[entry_id][claim_id] = "related" if verdict is Verdict.MENTIONS else str(verdict)
    feeds: dict[str, list[str]] = defaultdict(list)
    gold: list[str] = []
    for entry_id, identity, title, summary, link, published, feed, language, feed_id in (
            store.reviewed_entries()):
        name = f"{_slug(str(feed))}-{feed_id}.xml"
        moment = from_db(published)
        feeds[name].append(_item(str(identity), str(title), str(summary), link, moment))
        if language and len(feeds[name]) == 1:
            feeds[name].insert(0, f"<language>{escape(str(language))}</language>")
        gold.append(json.dumps({
            "feed": name, "guid": str(identity), "title": str(title),
            "published": moment.date().isoformat() if moment else "",
            "labels": labels.get(int(entry_id), {}),
        }, ensure_ascii=False))
    (directory / "feeds").mkdir(parents=True, exist_ok=True)
    for name, parts in feeds.items():
        (directory / "feeds" / name).write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            "<title>reviewed</title><link>https://localhost/</link><description>"
            "exported reviews</description>" + "".join(parts) + "</channel></rss>\n",
            encoding="utf-8")
    (directory / "gold.jsonl").write_text("".join(line + "\n" for line in gold),
                                          encoding="utf-8")
    return len(gold), len(feeds)


def _item(guid: str, title: str, summary: str, link: object, moment: object) -> str:
    date = (f"<pubDate>{format_datetime(moment)}</pubDate>"
            if isinstance(moment, datetime) else "")
    link_xml = f"<link>{escape(str(link))}</link>" if link else ""
    return (f'<item><title>{escape(title)}</title>{link_xml}'
            f'<guid isPermaLink="false">{escape(guid)}</guid>{date}'
            f"<description>{escape(summary)}</description></item>")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "feed"
