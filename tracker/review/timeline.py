"""A claim's timeline as a small inline SVG (no script, no external asset) and
as one line of text for readers whose mail client shows no SVG."""

from __future__ import annotations

from datetime import date
from html import escape

from tracker.review.board import BoardRow

WIDTH, HEIGHT, PAD = 320, 36, 8
VERDICT_COLOURS = {"confirms": "#1a7f37", "updates": "#b7791f", "contradicts": "#c62828",
                   "mentions": "#888888"}


def timeline_svg(row: BoardRow, today: date) -> str:
    """The SVG markup (every text escaped): evidence dots by verdict over time, the
    claim date and the deadline marked."""
    days = [p.day for p in row.timeline]
    start = min([row.claimed_on, today, *days])
    end = max([today, *days, *([row.deadline] if row.deadline else [])])
    span = max((end - start).days, 1)

    def x(day: date) -> float:
        return round(PAD + (WIDTH - 2 * PAD) * (day - start).days / span, 1)

    label = f"Timeline of {row.claim_id}: {timeline_text(row)}"
    parts = [
        f'<svg class="timeline" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(label)}">',
        f'<line x1="{PAD}" y1="20" x2="{WIDTH - PAD}" y2="20" stroke="#999" '
        'stroke-width="1"/>',
        _mark(x(row.claimed_on), "#555", f"claimed {row.claimed_on.isoformat()}"),
    ]
    if row.deadline is not None:
        parts.append(_mark(x(row.deadline), "#c62828",
                           f"deadline {row.deadline.isoformat()}", dashed=True))
    parts.append(_mark(x(today), "#1f6feb", f"today {today.isoformat()}", short=True))
    for point in row.timeline:
        colour = VERDICT_COLOURS.get(str(point.verdict), "#888888")
        parts.append(
            f'<circle cx="{x(point.day)}" cy="20" r="5" fill="{colour}">'
            f"<title>{escape(point.day.isoformat())} {escape(str(point.verdict))}: "
            f"{escape(point.title)}</title></circle>")
    parts.append("</svg>")
    return "".join(parts)


def _mark(at: float, colour: str, title: str, *, dashed: bool = False,
          short: bool = False) -> str:
    dash = ' stroke-dasharray="3,2"' if dashed else ""
    top = 12 if short else 4
    return (f'<line x1="{at}" y1="{top}" x2="{at}" y2="{HEIGHT - 4}" stroke="{colour}" '
            f'stroke-width="2"{dash}><title>{escape(title)}</title></line>')


def timeline_text(row: BoardRow) -> str:
    """``claimed 2025-01-01 · 2025-03-10 confirms · deadline 2025-03-31``, by date."""
    events: list[tuple[date, int, str]] = [(row.claimed_on, 0, "claimed")]
    if row.deadline is not None:
        events.append((row.deadline, 2, "deadline"))
    events += [(p.day, 1, str(p.verdict)) for p in row.timeline]
    return " · ".join(f"{d.isoformat()} {what}" for d, _, what in sorted(events))


def days_label(days_left: int | None, settled: bool) -> str:
    """``12 days left`` / ``3 days overdue`` / ``due today`` ("" without a deadline)."""
    if days_left is None:
        return ""
    if days_left > 0:
        return f"{days_left} day{'s' if days_left != 1 else ''} left"
    if days_left == 0:
        return "due today"
    late = -days_left
    word = "past" if settled else "overdue"
    return f"{late} day{'s' if late != 1 else ''} {word}"


