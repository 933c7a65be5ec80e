"""Which language codes claim and seed files may use.

Two rules, because two different things carry a language:

- the seed text (``[source] language`` in a claim, ``language`` in a seed) may be in
  any language, so any ISO 639-1 code is accepted (``tracker.languages.is_language_code``,
  the check config feeds use too);
- matching terms and cue words must be in a language the matcher handles,
  ``tracker.models.LANGUAGES`` (en, fr, ja). A term list under any other
  language key is an error, not silently ignored.
"""

from __future__ import annotations

from tracker.models import LANGUAGES

TERM_LANGUAGES: tuple[str, ...] = LANGUAGES


def looks_like_language_key(key: str) -> bool:
    """A table key meant as a language (``de``, ``jp``, ``EN``), as opposed to a typo'd field."""
    return 2 <= len(key) <= 3 and key.isascii() and key.isalpha()
