"""Plain-text rendering of an ``EvalReport``; the overall figures come last."""

from __future__ import annotations

from tracker.evaluation.report import Case, EvalReport, Figures

MAX_CASES = 10


def _pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def figures_line(figures: Figures) -> str:
    return (
        f"precision {_pct(figures.precision)} ({figures.both_flagged}/{figures.our_flags})  "
        f"recall {_pct(figures.recall)} ({figures.both_flagged}/{figures.gold_flags})  "
        f"verdict accuracy {_pct(figures.verdict_accuracy)} "
        f"({figures.same_verdict}/{figures.both_flagged})"
    )


def _cases(title: str, cases: tuple[Case, ...]) -> list[str]:
    lines = [f"{title} ({len(cases)}):"]
    for c in cases[:MAX_CASES]:
        score = "" if c.score is None else f" score {c.score:.2f}"
        lines.append(
            f"  [{c.claim_id}] gold={c.gold or '-'} ours={c.ours or '-'}{score}  "
            f"{c.published} {c.title}"
        )
    if len(cases) > MAX_CASES:
        lines.append(f"  … and {len(cases) - MAX_CASES} more")
    return lines


def render_text(report: EvalReport) -> str:
    lines = [
        f"evaluation of {report.gold_dir} (matcher {report.matcher_version}): "
        f"{report.items} items, {report.labelled_items} labelled"
    ]
    for problem in report.problems:
        lines.append(f"problem: {problem}")
    lines.append("")
    lines.append("per claim:")
    width = max((len(c) for c in report.per_claim), default=0)
    for claim_id, figures in sorted(report.per_claim.items()):
        lines.append(f"  {claim_id:<{width}}  {figures_line(figures)}")
    lines.append("")
    lines += _cases("misses (gold flag, not flagged)", report.misses)
    lines += _cases("false flags (flagged, no gold flag)", report.false_flags)
    lines += _cases("wrong verdicts", report.wrong_verdicts)
    lines.append("")
    o = report.overall
    lines.append(f"overall: {figures_line(o)}")
    lines.append(
        f"precision={_pct(o.precision).strip()} recall={_pct(o.recall).strip()} "
        f"verdict_accuracy={_pct(o.verdict_accuracy).strip()}"
    )
    return "\n".join(lines)
