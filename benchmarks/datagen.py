"""Deterministic generated data: feed documents, entries and claims."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from tracker.models import Claim, Entry, GroupRole, TermGroup, Verdict

BASE_TIME = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

# One subject in ten names something a seed claim watches; news feeds on defence
# carry mostly other stories, and the matcher must stay cheap on those.
_CLAIM_SUBJECTS = [
    "Japan's Joint Operations Command", "U.S. Forces Japan", "PAC-3 interceptor output",
    "the extended deterrence dialogue", "defence ministers of Japan and South Korea",
    "missile co-production", "ship repair at Japanese yards",
]
_OTHER_SUBJECTS = [
    "the city council", "a regional bank", "the football league", "rice prices",
    "a typhoon off Okinawa", "the central bank", "a new rail line", "the opposition party",
    "a chip maker", "the weather agency", "a film festival", "the port authority",
    "an airline", "the teachers' union", "a car maker", "the stock exchange",
]
_SUBJECTS = _OTHER_SUBJECTS * 4 + _CLAIM_SUBJECTS
_VERBS = ["launched", "delayed", "expanded", "reviewed", "announced", "postponed",
          "approved", "completed", "cancelled", "discussed"]
_FILLER_TEXT = (
    "officials said on Tuesday that the plan would move ahead as agreed, while analysts "
    "noted the budget, the schedule and the political context in Tokyo and Washington "
    "remained uncertain for the coming fiscal year"
)
_FILLER = _FILLER_TEXT.split(" ")


def _sentence(rng: random.Random) -> str:
    words = rng.sample(_FILLER, k=rng.randint(10, 20))
    subject = rng.choice(_OTHER_SUBJECTS).capitalize()
    return f"{subject} {rng.choice(_VERBS)}; " + " ".join(words) + "."


def summary_html(rng: random.Random) -> str:
    """A realistic HTML summary: paragraphs, a link, an image, entities."""
    paras = [f"<p>{escape(_sentence(rng))} {escape(_sentence(rng))}</p>" for _ in range(2)]
    paras.append('<p><a href="/related/story">Related &amp; more</a> '
                 '<img src="/img/x.jpg" alt="photo"/></p>')
    return "".join(paras)


def item_fields(feed_no: int, item_no: int, rng: random.Random) -> dict[str, object]:
    published = BASE_TIME - timedelta(minutes=feed_no * 7 + item_no * 53)
    return {
        "title": f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_VERBS)} "
                 f"(report {feed_no}-{item_no})",
        "link": f"https://news{feed_no % 40}.example.com/{feed_no}/{item_no}",
        "guid": f"urn:bench:{feed_no}:{item_no}",
        "published": published,
        "summary": summary_html(rng),
    }


def rss_document(feed_no: int, items: list[dict[str, object]]) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>Bench feed {feed_no}</title><link>https://news{feed_no}.example.com/</link>",
        "<description>generated</description><language>en</language>",
    ]
    for it in items:
        pub = it["published"]
        assert isinstance(pub, datetime)
        parts.append(
            f"<item><title>{escape(str(it['title']))}</title><link>{escape(str(it['link']))}</link>"
            f"<guid isPermaLink=\"false\">{escape(str(it['guid']))}</guid>"
            f"<pubDate>{format_datetime(pub)}</pubDate>"
            f"<description>{escape(str(it['summary']))}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def atom_document(feed_no: int, items: list[dict[str, object]]) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>Bench feed {feed_no}</title><id>urn:bench:feed:{feed_no}</id>",
        f"<updated>{BASE_TIME.isoformat()}</updated>",
        f'<link href="https://news{feed_no}.example.com/"/>',
    ]
    for it in items:
        pub = it["published"]
        assert isinstance(pub, datetime)
        parts.append(
            f"<entry><title>{escape(str(it['title']))}</title>"
            f'<link href="{escape(str(it["link"]))}"/><id>{escape(str(it["guid"]))}</id>'
            f"<updated>{pub.isoformat()}</updated>"
            f'<summary type="html">{escape(str(it["summary"]))}</summary></entry>'
        )
    parts.append("</feed>")
    return "".join(parts).encode()


def feed_documents(n_feeds: int, n_items: int, *, extra: int = 0, grow_every: int = 0,
                   seed: int = 1) -> list[bytes]:
    """``n_feeds`` documents; every ``grow_every``-th feed gets ``extra`` newer items."""
    docs = []
    for f in range(n_feeds):
        rng = random.Random(seed * 1_000_003 + f)
        items = [item_fields(f, i, rng) for i in range(n_items)]
        if extra and grow_every and f % grow_every == 0:
            grow_rng = random.Random(seed * 7_000_003 + f)
            new = [item_fields(f, 10_000 + i, grow_rng) for i in range(extra)]
            for k, it in enumerate(new):
                it["published"] = BASE_TIME + timedelta(hours=1, minutes=k)
            items = new + items[: n_items]
        docs.append(rss_document(f, items) if f % 2 == 0 else atom_document(f, items))
    return docs


_VOCAB_EN = ["radar", "frigate", "satellite", "drone", "destroyer", "interceptor", "brigade",
             "airbase", "submarine", "tanker", "helicopter", "howitzer", "corvette", "missile",
             "command", "treaty", "budget", "shipyard", "reactor", "port", "railway", "bridge",
             "pipeline", "refinery", "vaccine", "election", "tariff", "summit", "exercise",
             "deployment"]
_PLACES = ["Japan", "Korea", "Philippines", "Australia", "India", "Vietnam", "Taiwan",
           "Indonesia", "Canada", "France", "Germany", "Poland", "Brazil", "Kenya", "Chile"]


def generated_claims(n: int, seed: int = 7) -> list[Claim]:
    """``n`` distinct claims with two required groups and one optional group each."""
    rng = random.Random(seed)
    claims = []
    for k in range(n):
        thing = f"{rng.choice(_VOCAB_EN)} {rng.choice(_VOCAB_EN)} programme {k}"
        place = rng.choice(_PLACES)
        claims.append(Claim(
            id=f"gen-{k:04d}",
            statement=f"{place} will complete the {thing}.",
            seed="bench",
            claimed_on=date(2024, 7, 27),
            source_language="en",
            source_text=f"{place} will complete the {thing}.",
            groups=(
                TermGroup("thing", GroupRole.REQUIRED, {"en": (thing, f"P{k:04d}")}),
                TermGroup("place", GroupRole.REQUIRED, {"en": (place,)}),
                TermGroup("extra", GroupRole.OPTIONAL, {"en": (rng.choice(_VOCAB_EN),)}),
            ),
            cues={Verdict.CONFIRMS: {"en": ("completed",)}},
            expected_by=date(2025, 12, 31),
        ))
    return claims


def generated_entries(n: int, claims: list[Claim], seed: int = 3) -> list[Entry]:
    """``n`` entries; about one in ten names a claim's required terms."""
    rng = random.Random(seed)
    entries = []
    for i in range(n):
        title = f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_VERBS)}"
        summary = summary_html(rng)
        if claims and i % 10 == 0:
            c = rng.choice(claims)
            thing = c.groups[0].terms["en"][0]
            place = c.groups[1].terms["en"][0]
            title = f"{place} completed the {thing}"
        entries.append(Entry(
            source="bench", title=title, summary=summary, link=f"https://x.example/{i}",
            guid=f"g{i}", published=BASE_TIME + timedelta(minutes=i),
        ))
    return entries
