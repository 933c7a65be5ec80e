"""Text rules shared by the digest and the web app."""

from __future__ import annotations


def same_words(a: str, b: str) -> bool:
    """True when two texts have the same words (case, punctuation and spacing aside):
    an evidence sentence that only repeats the headline is not shown again."""
    return _words(a) == _words(b)


def _words(text: str) -> str:
    return " ".join("".join(c for c in text.casefold() if c.isalnum() or c.isspace()).split())
