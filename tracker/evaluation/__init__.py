"""Measure the matcher against a labelled set of feeds (see docs/matching.md)."""

from tracker.evaluation.report import Case, EvalReport, Figures
from tracker.evaluation.run import evaluate
from tracker.evaluation.text import render_text

__all__ = ["Case", "EvalReport", "Figures", "evaluate", "render_text"]
