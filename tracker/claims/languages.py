"""Which language codes claim and seed files may use.

Two rules, because two different things carry a language:

- the seed text (``[source] language`` in a claim, ``language`` in a seed) may be in
  any language, so any ISO 639-1 code is accepted (lowercase, two letters);
- matching terms and cue words must be in a language the matcher handles,
  ``tracker.models.LANGUAGES`` (en, fr, ja). A term list under any other
  language key is an error, not silently ignored.
"""

from __future__ import annotations

from tracker.models import LANGUAGES

TERM_LANGUAGES: tuple[str, ...] = LANGUAGES

# ISO 639-1 (two-letter) codes. Catches common slips such as "jp" for Japanese.
_ISO_639_1_CODES = """
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv
cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr
ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw
ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr
ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
yo za zh zu
"""
ISO_639_1: frozenset[str] = frozenset(_ISO_639_1_CODES.split())


def is_language_code(code: str) -> bool:
    """True for a lowercase ISO 639-1 code."""
    return code in ISO_639_1


def looks_like_language_key(key: str) -> bool:
    """A table key meant as a language (``de``, ``jp``, ``EN``), as opposed to a typo'd field."""
    return 2 <= len(key) <= 3 and key.isascii() and key.isalpha()
