"""Matching news entries against claims: relevance, verdict and evidence.

See docs/matching.md for the rules.
"""

from tracker.match.matcher import MATCHER_VERSION, Matcher
from tracker.match.text.normalize import normalize

__all__ = ["MATCHER_VERSION", "Matcher", "normalize"]
